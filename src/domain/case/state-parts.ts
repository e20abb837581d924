// The case state (state.ts) read by its parts. Its keys stay flat and in the schema's order because
// that order is the card's bytes: regrouping them would change every card and cost one write per
// open case the first time a new version swept them. So the grouping lives here, for readers: each
// key belongs to exactly one part (test/case/state.test.ts checks it against the schema).
import type { CaseState } from "./state.js";

export const STATE_PARTS = {
  /** What was asked and by whom: the request as filed and read, and where it stands in the queue. */
  request: [
    "v",
    "status",
    "author",
    "username",
    "testInstance",
    "problems",
    "reviewer",
    "queueAhead",
    "duplicateOf",
    "conflictsWith",
    "conflictsMore",
    "usernameChange",
    "infoRequest",
    "resumeStatus",
    "holdReason",
    "emailsRemoved",
    "skippedReviewers",
    "waitWeeks",
    "quiet",
    "language",
  ],
  /** Proving the requester owns the account: what it is bound to, the factors, and the reviewers' decision. */
  verification: ["binding", "factors", "attestation", "decision", "accountReset", "generation", "closedBy"],
  /** What the registry and GitHub say in public about who owns the account (never a verification by itself). */
  evidence: ["evidence"],
  /** When things happened that start a clock: waiting on the requester, reminders, locks. */
  timers: ["waitingSince", "requesterEditAt", "remindedAt", "lockedAt", "lockRefused"],
  /** The desk's own record: what it did and said, which comments it settled, what it still owes, what it removed. */
  record: ["timeline", "processed", "outbox", "security"],
} as const satisfies Record<string, readonly (keyof CaseState)[]>;
