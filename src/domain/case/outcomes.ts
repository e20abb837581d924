// What a settled comment did, for the processed record (domain/case/processed.ts): its commands applied,
// refused (with the notice that said so), or the comment only read. Read from the decision's notices
// before the limits on noise silence some of them.
import type { Decision } from "./model.js";
import type { Notice } from "./notices/rules.js";
import type { Outcome } from "./processed.js";
import type { CaseState } from "./state.js";

/** Notices that say a comment's command was not applied, and why. */
const REFUSALS = new Set<Notice["kind"]>([
  "refused",
  "usage",
  "closed-case",
  "own-case",
  "verification-off",
  "code-wrong",
  "code-expired",
  "code-used",
  "code-locked",
  "code-key-revoked",
  "factor-voided",
  "code-not-expected",
  "challenge-not-expected",
  "approve-needs-verification",
  "not-reopenable",
  "reopen-too-late",
  "command-too-late",
  "command-before-reset",
]);

/**
 * Refused when a notice refuses it and the case kept its status (a wrong code counts an attempt,
 * yet was refused); applied when a command was accepted or the case changed; else only read.
 */
export function outcomeOf(decision: Decision, previous: CaseState | null): Omit<Outcome, "id"> {
  const refusal = decision.notices.find((n) => REFUSALS.has(n.kind));
  if (refusal && decision.state?.status === previous?.status) return { did: "refused", why: refusal.kind };
  const changed = JSON.stringify({ ...decision.state, processed: null }) !== JSON.stringify({ ...previous, processed: null });
  return { did: decision.accepted || changed ? "applied" : "read" };
}
