// The suite mutation testing runs: the unit tests of the pure folders (no servers, no browser, no nock).
import base from "./jest.config.js";

export default {
  ...base,
  globalSetup: undefined,
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/{case,command-text,intake,safety,verification}/**/*.test.ts"],
};
