import { createDefaultEsmPreset } from "ts-jest";

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset({ tsconfig: "tsconfig.json" }),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/check-tools.mjs",
};
