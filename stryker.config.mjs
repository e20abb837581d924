// Mutation testing of the pure core: `npm run mutate` (not part of `npm test`: about 4,000 mutants, hours on
// two cores), `npm run mutate:security` for the security-critical modules. Each mutant is checked by the
// TypeScript compiler first (a mutant that does not compile is not a test gap), then the unit tests that
// cover it run. Results are kept in reports/ so a rerun only tests what changed (incremental).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  testRunnerNodeArgs: ["--experimental-vm-modules"],
  jest: { configFile: "jest.mutate.config.mjs", enableFindRelatedTests: false },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  mutate: ["src/domain/**/*.ts"],
  reporters: ["clear-text", "progress-append-only", "html"],
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
};
