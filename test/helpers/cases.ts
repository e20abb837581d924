// Builders for the pure core's inputs.
import { defaultConfig, type Config } from "../../src/config/schema.js";
import type { CaseEvent, DecideInput, IssueSnapshot } from "../../src/domain/case/model.js";
import { newCaseState, type CaseState } from "../../src/domain/case/state.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { caseRef } from "../../src/domain/case/binding.js";
import { EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import type { Validation } from "../../src/domain/intake/validate.js";

export const NOW = new Date("2026-11-23T12:00:00Z");

export const config = (over: Partial<Config> = {}): Config => ({ ...defaultConfig, reviewers: ["alice", "bob", "carol"], ...over });

export const issue = (over: Partial<IssueSnapshot> = {}): IssueSnapshot => ({
  number: 10,
  author: "jbber",
  title: "Account recovery request",
  body: "",
  labels: ["account-recovery"],
  assignees: [],
  open: true,
  ...over,
});

export const valid = (username = "jbber", testInstance = false): Validation => ({ valid: true, username, testInstance, problems: [] });
export const invalid = (problems: Validation["problems"] = [{ code: "username-email" }]): Validation => ({
  valid: false,
  username: null,
  testInstance: false,
  problems,
});

export const state = (over: Partial<CaseState> = {}): CaseState => ({
  ...newCaseState({ author: "jbber", username: "jbber", testInstance: false, problems: [], queueAhead: 3 }),
  status: "triage",
  reviewer: "bob",
  timeline: [{ at: "2026-11-20T10:00:00.000Z", by: "jbber", status: "triage" }],
  ...over,
});

/** A case whose email factor is waiting for the requester's code. */
export const verifyingState = (over: Partial<CaseState> = {}, startedAt = NOW.toISOString(), by = "alice"): CaseState =>
  state({
    status: "verifying",
    queueAhead: 0,
    binding: { username: "jbber", testInstance: false, author: "jbber" },
    factors: { email: { state: "pending", startedAt, by, failures: 0, usedStep: null, doneAt: null, keyVersion: null, issuedBy: null } },
    waitingSince: startedAt,
    ...over,
  });

export const input = (event: CaseEvent, over: Partial<DecideInput> = {}): DecideInput => ({
  event,
  actor: "jbber",
  issue: issue(),
  previous: null,
  validation: valid(),
  config: config(),
  openRequests: [],
  now: NOW,
  repo: "registry/support",
  verifier: VERIFIER,
  lastRequesterComment: null,
  branch: null,
  issueSecrets: null,
  replies: EMPTY_HISTORY,
  unassignable: [],
  ...over,
});

export const SECRET = "test-recovery-secret-0123456789";
export const VERIFIER = new Verifier(SECRET);

/** jbber's own account on the main instance, as a case on registry/support#10 binds it. */
export const JBBER_ACCOUNT = { username: "jbber", testInstance: false, author: "jbber" };
/** The code/challenge key of that case (generation 0). */
export const JBBER_REF = caseRef("registry/support", 10, JBBER_ACCOUNT, 0);
