// What the app must tell people after an event. All notices of one event are folded into a single
// new comment (comment creation is the most expensive write GitHub has), and a notice exists only
// when a person must act or must learn of a decision: everything else is shown on the card.
import type { Audience } from "../commands/catalog.js";
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
  | { kind: "approve-needs-verification" }
  | { kind: "verified" }
  | { kind: "approved"; note: string }
  | { kind: "denied"; reason: string }
  | { kind: "help"; audiences: Audience[] }
  | { kind: "reminder"; closeAfterDays: number }
  | { kind: "stale-closed"; days: number }
  | { kind: "too-many-commands"; dropped: number }
  | { kind: "secret-in-comment"; kinds: SecretKind[]; commenter: string }
  | { kind: "secret-in-body"; kinds: SecretKind[] };

/** Notices that ask the requester to do something (they are mentioned). */
export const FOR_REQUESTER: ReadonlySet<Notice["kind"]> = new Set([
  "info-request",
  "email-sent",
  "challenge",
  "approved",
  "denied",
  "reminder",
  "stale-closed",
  "secret-in-body",
]);

/** Notices that need the reviewer's attention (they are mentioned). */
export const FOR_REVIEWER: ReadonlySet<Notice["kind"]> = new Set(["code-locked", "verified", "challenge-expired", "secret-in-comment", "secret-in-body"]);
