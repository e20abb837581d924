// Every kind of notice the desk can give, with what it carries (rules.ts holds how each is
// treated and worded).
import type { Audience } from "../commands/spec.js";
import type { IssuePart } from "../../safety/issue-text.js";
import type { SecretKind } from "../../safety/secrets.js";

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
  /** The key of the reviewer who started the email factor was revoked since (verification.reviewer_keys). */
  | { kind: "code-key-revoked"; reviewer: string }
  /** Whoever started a factor no longer holds the role (domain/case/factors.ts): what they started was voided. */
  | { kind: "factor-voided"; reviewer: string; factor: "email" | "repo" }
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
  | { kind: "stale-closed"; days: number; reopenDays: number }
  | { kind: "reopened" }
  | { kind: "reopen-too-late"; days: number }
  | { kind: "not-reopenable" }
  | { kind: "reply-after-decision" }
  /** The requester withdrew in everyday words (`sure`: closed), or seems to be able to sign in again (asked to confirm). */
  | { kind: "withdrawal"; sure: boolean; reopenDays: number }
  | { kind: "too-many-commands"; dropped: number }
  /** A comment that only asked for news on a request in the queue (hidden): where it stands. `passerBy`: not the requester. */
  | { kind: "queue-news"; ahead: number | null; waitWeeks: number | null; passerBy: boolean }
  /** A command whose webhook was lost, found by the sweep too long after it was written to apply. */
  | { kind: "command-too-late"; commands: string[]; writtenAt: string }
  /** Commands written before the request changed the account it names: they were about the old one. */
  | { kind: "command-before-reset"; commands: string[] }
  /** A move on the project board the desk put back (features/board/board-door.ts); a refusal, under the same caps as a refused command. */
  | { kind: "board-move-refused"; mover: string; to: string; why: string }
  | { kind: "secret-in-comment"; kinds: SecretKind[]; commenter: string }
  | { kind: "address-in-comment"; commenter: string } /** held an address, could not be edited: deleted */
  /** Secrets in the issue's own title or body (`subject`: a recovery request, or any other issue). */
  | { kind: "secret-in-body"; kinds: SecretKind[]; parts: IssuePart[]; subject: "request" | "issue" };
