// The evidence tests use the demo's public world (src/cli/demo-world.ts), so what the demo shows is tested.
export { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../../standin/world.js";
