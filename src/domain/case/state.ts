// A case's whole memory, kept in a hidden block at the end of the card the app wrote.
// It is read back only from a comment by the app itself (reconcile's findCard) and validated here,
// so a forged or damaged block is simply ignored.
import { z } from "zod";
import { problemSchema, type Problem } from "../intake/validate.js";
import { STATUSES } from "./statuses.js";
import { evidenceSchema } from "../evidence/model.js";
import { NOTHING_PROCESSED, processedSchema } from "./processed.js";
import { LANGUAGE_CODES } from "../../language/languages.js";

/** How many conflicting requests a card names; the rest are counted ("and N more"). */
const CONFLICTS_KEPT = 20;
/** Only the most recent entries are kept, so the card stays well under GitHub's comment limit. */
export const TIMELINE_LIMIT = 20;
/** A reply the desk promised, kept whole until it is seen in the thread (case/outbox in the runner). */
const OUTBOX_LIMIT = 8000;

const login = z.string().max(60);
const isoTime = z.string().max(40);

/** An account on the registry, as a request names it. */
export const accountSchema = z.object({
  username: z.string().max(100),
  /** The registry's test instance (a separate namespace: anyone can register any free name there). */
  testInstance: z.boolean().default(false),
  author: login,
});
export type BoundAccount = z.infer<typeof accountSchema>;

export const timelineEntrySchema = z.object({
  at: isoTime,
  by: login,
  status: z.enum(STATUSES),
  note: z.string().max(200).optional(),
  /** The rule that made this entry and what it read (domain/case/reasons.ts): shown on the reviewers' page and logged. */
  why: z.string().max(200).optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

const emailFactorSchema = z.object({
  state: z.enum(["pending", "done", "locked"]),
  startedAt: isoTime,
  by: login,
  /** Wrong codes so far. Issuing a new code does not reset it; only a maintainer's new `/verify email` does. */
  failures: z.number().int().min(0),
  /** The highest time step a code was accepted at: a code is accepted once. */
  usedStep: z.number().int().nullable(),
  doneAt: isoTime.nullable(),
  /** The version of the starter's (`by`) reviewer key this factor accepts codes from (null: before reviewer keys). */
  keyVersion: z.number().int().min(1).nullable().default(null),
  /** Whose key minted the code that confirmed it: `alice (key v1)`, or `the desk's secret`. */
  issuedBy: z.string().max(60).nullable().default(null),
});

const repoFactorSchema = z.object({
  /** `unreachable`: the repository became invisible to the app (private, renamed, deleted): it can never be met. */
  state: z.enum(["pending", "done", "expired", "unreachable"]),
  startedAt: isoTime,
  by: login,
  repo: z.string().max(140),
  branch: z.string().max(60),
  expiresAt: isoTime,
  doneAt: isoTime.nullable(),
});

// Never reorder these keys: their order is the card's bytes (state-parts.ts groups them for readers).
export const caseStateSchema = z.object({
  v: z.literal(1),
  status: z.enum(STATUSES),
  /** The author when the case was opened: verification is bound to this person. */
  author: login,
  username: z.string().max(100).nullable(),
  testInstance: z.boolean(),
  problems: z.array(problemSchema).max(20),
  reviewer: login.nullable(),
  /** Open requests filed before this one, counted when the case entered the queue. */
  queueAhead: z.number().int().min(0).nullable(),
  duplicateOf: z.number().int().positive().nullable(),
  /** The earliest other requests for the same account from other people (at most CONFLICTS_KEPT)… */
  conflictsWith: z.array(z.number().int().positive()).max(CONFLICTS_KEPT),
  /** …and how many more there are beyond those. */
  conflictsMore: z.number().int().min(0).default(0),
  usernameChange: z.object({ from: z.string().max(100), to: z.string().max(100), at: isoTime }).nullable(),
  closedBy: login.nullable(),
  timeline: z.array(timelineEntrySchema).max(50),
  /** A reviewer's question from `/needs-info`; answered by the requester's next comment or edit. */
  infoRequest: z.object({ text: z.string().max(600), by: login, at: isoTime }).nullable(),
  /** Where `/unhold` or an answered `/needs-info` returns to. */
  resumeStatus: z.enum(STATUSES).nullable(),
  /**
   * The account verification is for: the registry instance, the username (compared as the registry
   * compares names) and the requester. Checked against the body on every load (domain/case/binding.ts).
   */
  binding: accountSchema.nullable(),
  factors: z.object({ email: emailFactorSchema.optional(), repo: repoFactorSchema.optional() }),
  attestation: z.object({ by: login, note: z.string().max(300), at: isoTime }).nullable(),
  decision: z.object({ by: login, note: z.string().max(300), at: isoTime, forced: z.boolean() }).nullable(),
  holdReason: z.string().max(300).nullable(),
  /** When the case last started waiting on the requester (the stale timer's origin). */
  waitingSince: isoTime.nullable(),
  /** The last time the requester edited the request (their comments are read from the thread). */
  requesterEditAt: isoTime.nullable(),
  remindedAt: isoTime.nullable(),
  /** The last time the account named by the request stopped matching the binding: shown until verification starts again. */
  accountReset: z
    .object({ from: accountSchema, to: accountSchema.extend({ username: z.string().max(100).nullable() }), at: isoTime })
    .nullable()
    .default(null),
  /** How many times verification was reset: part of every code's key, so no code from before a reset works after it. */
  generation: z.number().int().min(0).default(0),
  /** Reviewers GitHub refused to assign on this case (not collaborators any more, or a typo): named for maintainers. */
  skippedReviewers: z.array(login).max(10).default([]),
  /** Secrets were posted on this issue and removed: what kinds, and when last. Never the secret itself. */
  security: z
    .object({ kinds: z.array(z.enum(["recovery-codes", "api-token", "totp-secret", "password", "email-code"])).max(5), at: isoTime })
    .nullable(),
  /** The estimated wait in whole weeks at the desk's recent pace (the sweep's); null: too little history to say. */
  waitWeeks: z.number().int().min(1).max(520).nullable().default(null),
  /** The request's text holds an address the desk removed (the card says so); follows the text as it is now. */
  emailsRemoved: z.boolean().default(false),
  /** Public ownership evidence for the reviewer (features/evidence/gather.ts gathers it; it never verifies by itself). */
  evidence: evidenceSchema.nullable().default(null),
  /** Taken in long after it was filed (domain/case/adoption.ts): nobody is mentioned until the case changes. */
  quiet: z.boolean().default(false),
  /**
   * When GitHub confirmed the desk's lock of the decided case's thread (domain/case/locking.ts): it locks
   * once, and unlocks only its own lock. Written only with a card that follows the confirmed lock.
   */
  lockedAt: isoTime.nullable().default(null),
  /** Locks GitHub refused (domain/case/locking.ts): retried with backoff, and given up after a few. */
  lockRefused: z
    .object({ count: z.number().int().min(1), at: isoTime })
    .nullable()
    .default(null),
  /** The comments processed (applied, refused or left unanswered): no door runs one twice (domain/case/processed.ts). */
  processed: processedSchema.default(NOTHING_PROCESSED),
  /**
   * The reply this state's decision promised, written with it: the card is written first, so a crash
   * before the reply is posted leaves it here, and the next run posts it (found by its key first).
   */
  outbox: z
    .object({ key: z.string().max(60), body: z.string().max(OUTBOX_LIMIT), at: isoTime })
    .nullable()
    .default(null),
  /**
   * The language the card and the requester's notices are written in besides English (domain/case/language.ts).
   * Absent for English: an English case's card is byte for byte what it was before languages.
   */
  language: z.object({ code: z.enum(LANGUAGE_CODES), by: z.enum(["detected", "requester", "maintainer"]) }).optional(),
});
export type CaseState = z.infer<typeof caseStateSchema>;
export type { Problem };

const MARKER = "<!-- recovery-triage:state v1 ";
const END = " -->";

/**
 * Every bounded list degrades instead of overflowing: the earliest conflicts are named and the rest
 * counted, the newest timeline entries are kept. However many requests claim
 * an account, its case can always be written.
 */
export function fitState(state: CaseState): CaseState {
  const conflicts = [...new Set(state.conflictsWith)].sort((a, b) => a - b);
  const overflow = Math.max(0, conflicts.length - CONFLICTS_KEPT);
  return {
    ...state,
    conflictsWith: conflicts.slice(0, CONFLICTS_KEPT),
    conflictsMore: state.conflictsMore + overflow,
    timeline: state.timeline.slice(-TIMELINE_LIMIT),
  };
}

/**
 * The hidden block. `<`, `>` and `&` are written as JSON unicode escapes, so no value (usernames
 * are user text) can close the HTML comment or open another one.
 */
export function encodeState(state: CaseState): string {
  // Canonical form (the schema's key order), so the same case always renders the same bytes.
  const json = JSON.stringify(caseStateSchema.parse(fitState(state))).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${MARKER}${json}${END}`;
}

/** A block that marks a comment as the card but holds no state (decodeState reads it as none). */
export const EMPTY_STATE_BLOCK = `${MARKER}{}${END}`;

/** Reads the block from a card's body; null when absent, unparsable or not a valid state. */
export function decodeState(body: string): CaseState | null {
  const start = body.lastIndexOf(MARKER);
  if (start < 0) return null;
  const end = body.indexOf(END, start + MARKER.length);
  if (end < 0) return null;
  try {
    const parsed = caseStateSchema.safeParse(fromEarlierCards(JSON.parse(body.slice(start + MARKER.length, end))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Cards written before the processed record kept the last 20 comments that changed the case
 * (`handled`): the record starts at the newest of them, so none of those is run again.
 */
function fromEarlierCards(json: unknown): unknown {
  if (!json || typeof json !== "object" || "processed" in json || !("handled" in json)) return json;
  const { handled, ...rest } = json as { handled: unknown };
  const ids = Array.isArray(handled) ? handled.filter((n): n is number => Number.isInteger(n) && n > 0) : [];
  return { ...rest, processed: { through: ids.length > 0 ? Math.max(...ids) : 0, also: [] } };
}

/** Whether a comment body carries the app's marker (the card, or someone imitating it). */
export function hasStateMarker(body: string | null | undefined): boolean {
  return Boolean(body?.includes(MARKER));
}

/** A case as intake creates it; every later field starts empty. */
export function newCaseState(fields: Pick<CaseState, "author" | "username" | "testInstance" | "problems" | "queueAhead">): CaseState {
  return {
    v: 1,
    status: "needs-info",
    reviewer: null,
    duplicateOf: null,
    conflictsWith: [],
    conflictsMore: 0,
    usernameChange: null,
    closedBy: null,
    timeline: [],
    infoRequest: null,
    resumeStatus: null,
    binding: null,
    factors: {},
    attestation: null,
    decision: null,
    holdReason: null,
    waitingSince: null,
    requesterEditAt: null,
    remindedAt: null,
    accountReset: null,
    generation: 0,
    security: null,
    emailsRemoved: false,
    waitWeeks: null,
    evidence: null,
    skippedReviewers: [],
    processed: NOTHING_PROCESSED,
    outbox: null,
    quiet: false,
    lockedAt: null,
    lockRefused: null,
    ...fields,
  };
}
