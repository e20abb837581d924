// `npm run mutate:security`: the security-critical modules only, against the unit tests that exercise them.
// The guard (secrets and addresses in public text), the strict reading of the security settings, the
// verification factors and codes, and the account binding. Most mutants here are "static" (regular expressions,
// the settings' schema: module-level values), and each of those reruns the whole suite below, so the suite is
// kept to the unit tests of these modules (the app-level and rendering tests stay in `npm test`).
import base from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  jest: { ...base.jest, configFile: "jest.mutate-security.config.mjs" },
  mutate: [
    "src/domain/safety/secrets.ts",
    "src/domain/safety/emails.ts",
    "src/domain/safety/issue-text.ts",
    // The security keys: which keys fail closed, and the reviewer-key revocation (not the unknown-key hints).
    "src/config/lenient.ts:17-106",
    "src/config/lenient.ts:121-168",
    // verificationSchema and the maintainer teams (the rest of the schema is vocabulary and timers).
    "src/config/schema.ts:67-108",
    "src/config/schema.ts:194-198",
    "src/domain/case/factors.ts",
    "src/domain/verification/codes.ts",
    "src/domain/case/binding.ts",
  ],
  // No type-check step here: on two shared cores the checker, not the tests, was the slow part (it would have
  // taken over an hour and a half alone). A mutant the compiler would reject runs like any other: it counts as
  // killed only when a test fails on it, which is the question this run asks.
  checkers: [],
  // Each mutant that loops forever costs this much; the slowest test here (the linearity checks) takes about 1 s.
  timeoutMS: 10000,
  incrementalFile: "reports/stryker-security-incremental.json",
  htmlReporter: { fileName: "reports/mutation/security.html" },
};
