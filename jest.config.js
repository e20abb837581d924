/** @type {import('jest').Config} */
export default {
  // TypeScript as ES modules, types stripped by esbuild (`npm run typecheck` checks them).
  transform: { "^.+\\.ts$": "<rootDir>/test/transform-typescript.mjs" },
  extensionsToTreatAsEsm: [".ts"],
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  // Our imports name `./x.js` for `./x.ts`: looking for .ts first saves four missed lookups per import
  // (about 5 % of a file's module loading; no folder holds both x.ts and x.js).
  moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json", "node"],
  testTimeout: 30000,
  // Most suites wait (on pacing, timers, child processes) far more than they compute: more workers
  // than cores keeps both cores busy while the longest files, started first, mostly wait. Measured
  // on 2 cores from a cold cache: 6 workers 172 s, 4 workers 189 s (docs/contributors.md).
  maxWorkers: 6,
  globalSetup: "<rootDir>/test/check-tools.mjs",
  testSequencer: "<rootDir>/test/sequence.mjs",
  // Jest's own output, and each file's time for `npm run measure:suite` (only when it asks: RECORD_TEST_DURATIONS).
  reporters: ["default", "<rootDir>/test/durations-reporter.mjs"],
};
