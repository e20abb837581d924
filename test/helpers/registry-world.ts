// The evidence tests use the demo's public world (standin/world.ts), so what the demo shows is tested.
export { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../../standin/world.js";
