// Everything the desk knows about each status, in one record per status: how the card names it,
// who acts next, how the timeline phrases entering it, which label marks it, whether it is still
// open, whether the requester's clock runs, and how the issue is closed. Adding a status touches
// this file (and the card's explanation for the requester, card.ts).
import type { Config } from "../../config/schema.js";

export const STATUSES = [
  "triage",
  "needs-info",
  "verifying",
  "verified",
  "on-hold",
  "resolved",
  "denied",
  "duplicate",
  "withdrawn",
  "stale",
  "closed",
] as const;
export type Status = (typeof STATUSES)[number];

type LabelKey = keyof Config["labels"];

export interface StatusRule {
  /** The card's status line: words for the requester ("Waiting for you"). */
  headline: string;
  /** The status as reviewers read it on the page, report.json and the CLI report: never "you", always who acts. */
  forReviewers: string;
  /** The card's "Next step" row (open statuses only). */
  next: string;
  /** How the timeline says a case entered it. */
  phrase: string;
  /** The label that marks it; null leaves status labels as people set them. */
  label: LabelKey | null;
  /** Someone is still working on the case. */
  open: boolean;
  /** The requester has to act, so the stale timer runs. */
  waitsOnRequester: boolean;
  /**
   * A reviewer has taken the case up, so it is not "ahead" of later requests in the queue (as the
   * registry's autoresponder leaves out requests on the board or answered by a maintainer).
   */
  inHand: boolean;
  /** How the app closes the issue on reaching it (null: it does not close it). */
  close: "completed" | "not_planned" | null;
  /** A decided case: its thread is locked `noise.lock_after_days` after it closed (domain/case/locking.ts). */
  locks: boolean;
  /**
   * A closure by the reviewers (a decision, or closed by a maintainer): the pace the queue's expected
   * wait is estimated from. Not one the desk or the requester made (a duplicate, a withdrawal, no answer):
   * counting those, every duplicate closed while adopting a backlog changed every card's estimate.
   */
  pace: boolean;
}

const OPEN = { open: true, close: null, locks: false, pace: false } as const;
const CLOSED = { open: false, waitsOnRequester: false, inHand: false, next: "", locks: true, pace: true } as const;

export const STATUS_RULES: Record<Status, StatusRule> = {
  triage: {
    ...OPEN,
    forReviewers: "In the queue — waiting for a reviewer to start",
    inHand: false,
    headline: "In the queue — waiting for a reviewer",
    next: "the reviewer starts verification",
    phrase: "in the queue",
    label: "triage",
    waitsOnRequester: false,
  },
  "needs-info": {
    ...OPEN,
    forReviewers: "Needs information — waiting on the requester",
    inHand: false,
    headline: "Waiting for you",
    next: "**you** — see below",
    phrase: "waiting for the requester",
    label: "needs_info",
    waitsOnRequester: true,
  },
  verifying: {
    ...OPEN,
    forReviewers: "Verifying ownership — waiting on the requester's proof",
    inHand: true,
    headline: "Verifying that the account is yours — waiting for you",
    next: "**you** — see below",
    phrase: "verification started",
    label: "verifying",
    waitsOnRequester: true,
  },
  verified: {
    ...OPEN,
    forReviewers: "Verified — waiting for the reviewer's decision",
    inHand: true,
    headline: "Verified — waiting for the reviewer's decision",
    next: "the reviewer decides",
    phrase: "verified",
    label: "verified",
    waitsOnRequester: false,
  },
  "on-hold": {
    ...OPEN,
    forReviewers: "On hold — paused by a maintainer",
    inHand: true,
    headline: "On hold",
    next: "the reviewer resumes the case",
    phrase: "put on hold",
    label: "on_hold",
    waitsOnRequester: false,
  },
  resolved: {
    ...CLOSED,
    headline: "Approved",
    forReviewers: "Approved — closed",
    phrase: "approved",
    label: "resolved",
    close: "completed",
  },
  denied: { ...CLOSED, headline: "Denied", forReviewers: "Denied — closed", phrase: "denied", label: "denied", close: "not_planned" },
  duplicate: {
    ...CLOSED,
    headline: "Closed — you already have an open request",
    forReviewers: "Duplicate of the requester's other request — closed",
    phrase: "closed as a duplicate",
    label: "duplicate",
    close: "not_planned",
    pace: false,
  },
  withdrawn: {
    ...CLOSED,
    headline: "Withdrawn",
    forReviewers: "Withdrawn by the requester — closed",
    phrase: "withdrawn",
    label: "withdrawn",
    close: "not_planned",
    pace: false,
  },
  stale: {
    ...CLOSED,
    headline: "Closed — no answer",
    forReviewers: "Stale — closed, the requester did not answer",
    phrase: "closed for lack of an answer",
    label: "stale",
    close: "not_planned",
    // A reply brings it back (domain/case/reopening.ts): locked only once that window has ended (domain/case/locking.ts).
    locks: true,
    pace: false,
  },
  // Closed by a person without a decision: the app leaves the issue and its status labels alone.
  closed: {
    ...CLOSED,
    headline: "Closed",
    forReviewers: "Closed by a maintainer without a decision",
    phrase: "closed",
    label: null,
    close: null,
    locks: false,
  },
};

/** Statuses of a case someone is still working on; the rest are closed. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => STATUS_RULES[s].open);
/** Statuses in which the requester has to act, so the stale timer runs. */
export const WAITING_ON_REQUESTER: readonly Status[] = STATUSES.filter((s) => STATUS_RULES[s].waitsOnRequester);

/** The status an issue's labels show (the desk's own status labels), or null before the desk took it in. */
export function labelledStatus(labels: string[], config: Config): Status | null {
  const names = new Set(labels.map((l) => l.toLowerCase()));
  return STATUSES.find((s) => STATUS_RULES[s].label !== null && names.has(config.labels[STATUS_RULES[s].label!].toLowerCase())) ?? null;
}
