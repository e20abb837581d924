// The desk with one request on it (jbber's, issue #1, reviewer alice), on the test's clock: where
// the tests of lost comments and of the one way in start.
import { startHarness, type Harness } from "../../standin/harness.js";
import type { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "./fixtures.js";

export async function deskWithOneRequest(options: {
  roles: Record<string, string>;
  verifier: Verifier;
  now: () => Date;
}): Promise<Harness> {
  const harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, ...options });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.settled();
  return harness;
}
