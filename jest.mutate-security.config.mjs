// The suite `npm run mutate:security` runs: the unit tests of the security-critical modules, and the intake
// and decide() tests that drive them. Kept small on purpose (stryker.security.config.mjs says why): every
// test file that covers a mutant is loaded again for it, and most mutants here are covered from many.
import base from "./jest.mutate.config.mjs";

export default {
  ...base,
  testMatch: [
    "<rootDir>/test/safety/{secrets,emails,issue-text}*.test.ts",
    "<rootDir>/test/config/config.test.ts",
    "<rootDir>/test/verification/**/*.test.ts",
    "<rootDir>/test/case/{binding,factors,reviewer-keys,decide}.test.ts",
    "<rootDir>/test/intake/{parse,corpus}.test.ts",
  ],
};
