// What the app must tell people after an event. All notices of one event are folded into a single
// new comment (comment creation is the most expensive write GitHub has), and a notice exists only
// when a person must act or must learn of a decision: everything else is shown on the card.
import type { Audience } from "../commands/catalog.js";
import type { IssuePart } from "../safety/issue-text.js";
import type { SecretKind } from "../safety/secrets.js";

export type Notice =
  | { kind: "refused"; command: string; audiences: Audience[] }
  | { kind: "usage"; command: string; problem: string }
  | { kind: "hint"; written: string; meant: string }
  | { kind: "closed-case"; command: string }
  | { kind: "own-case"; command: string }
  | { kind: "verification-off" }
  | { kind: "info-request"; text: string }
  | { kind: "email-sent" }
  | { kind: "challenge"; repo: string; branch: string; expiresAt: string }
  | { kind: "code-wrong"; attemptsLeft: number }
  | { kind: "code-expired"; expiryHours: number }
  | { kind: "code-used" }
  | { kind: "code-locked" }
  | { kind: "code-not-expected" }
  | { kind: "challenge-not-expected" }
  | { kind: "branch-missing"; repo: string; branch: string }
  | { kind: "branch-unchecked" }
  | { kind: "challenge-expired"; repo: string }
  | { kind: "challenge-unreachable"; repo: string }
  | { kind: "approve-needs-verification" }
  | { kind: "verified" }
  | { kind: "approved"; note: string }
  | { kind: "denied"; reason: string }
  | { kind: "help"; audiences: Audience[] }
  | { kind: "reminder"; closeAfterDays: number }
  | { kind: "stale-closed"; days: number }
  | { kind: "too-many-commands"; dropped: number }
  | { kind: "secret-in-comment"; kinds: SecretKind[]; commenter: string }
  /** Secrets in the issue's own title or body (`subject`: a recovery request, or any other issue). */
  | { kind: "secret-in-body"; kinds: SecretKind[]; parts: IssuePart[]; subject: "request" | "issue" };

/**
 * How the desk treats each kind of notice. One record per kind, so a new kind is added in one place
 * (its text is in messages.ts).
 * - `answer`: a reply to whoever caused the event. Answers fall under the per-user-per-issue cap
 *   (replies.ts); decisions and timers (approved, reminder…) are never capped: people must learn them.
 * - `limit`: a stricter limit of its own (refusals for life, `/help` hourly, code and branch answers per minute).
 * - `requester` / `reviewer`: who is mentioned. The reviewer at most once per issue per hour per kind.
 */
export interface NoticeRule {
  answer: boolean;
  limit?: LimitedKind;
  requester?: true;
  reviewer?: true;
}

export type LimitedKind = "refused" | "help" | "code" | "done";

export const NOTICE_RULES: Record<Notice["kind"], NoticeRule> = {
  refused: { answer: true, limit: "refused" },
  usage: { answer: true },
  hint: { answer: true },
  "closed-case": { answer: true },
  "own-case": { answer: true },
  "verification-off": { answer: true },
  "info-request": { answer: false, requester: true },
  "email-sent": { answer: false, requester: true },
  challenge: { answer: false, requester: true },
  "code-wrong": { answer: true, limit: "code" },
  "code-expired": { answer: true, limit: "code" },
  "code-used": { answer: true, limit: "code" },
  "code-locked": { answer: true, limit: "code", reviewer: true },
  "code-not-expected": { answer: true, limit: "code" },
  "challenge-not-expected": { answer: true, limit: "done" },
  "branch-missing": { answer: true, limit: "done" },
  "branch-unchecked": { answer: true, limit: "done" },
  "challenge-expired": { answer: true, limit: "done", reviewer: true },
  "challenge-unreachable": { answer: true, limit: "done", reviewer: true },
  "approve-needs-verification": { answer: true },
  verified: { answer: false, reviewer: true },
  approved: { answer: false, requester: true },
  denied: { answer: false, requester: true },
  help: { answer: true, limit: "help" },
  reminder: { answer: false, requester: true },
  "stale-closed": { answer: false, requester: true },
  "too-many-commands": { answer: true },
  "secret-in-comment": { answer: true, reviewer: true },
  "secret-in-body": { answer: true, requester: true, reviewer: true },
};
