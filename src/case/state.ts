// A case's whole memory, kept in a hidden block at the end of the card the app wrote.
// It is read back only from a comment by the app itself (see github/load.ts) and validated here,
// so a forged or damaged block is simply ignored.
import { z } from "zod";
import { problemSchema, type Problem } from "../intake/validate.js";

export const STATUSES = ["triage", "needs-info", "duplicate", "withdrawn", "closed"] as const;
export type Status = (typeof STATUSES)[number];

const login = z.string().max(60);
const isoTime = z.string().max(40);

export const timelineEntrySchema = z.object({
  at: isoTime,
  by: login,
  status: z.enum(STATUSES),
  note: z.string().max(200).optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

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
  conflictsWith: z.array(z.number().int().positive()).max(20),
  usernameChange: z.object({ from: z.string().max(100), to: z.string().max(100), at: isoTime }).nullable(),
  closedBy: login.nullable(),
  timeline: z.array(timelineEntrySchema).max(50),
});
export type CaseState = z.infer<typeof caseStateSchema>;
export type { Problem };

const MARKER = "<!-- recovery-triage:state v1 ";
const END = " -->";
/** Only the most recent entries are kept, so the card stays well under GitHub's comment limit. */
export const TIMELINE_LIMIT = 20;

/**
 * The hidden block. `<`, `>` and `&` are written as JSON unicode escapes, so no value (usernames
 * are user text) can close the HTML comment or open another one.
 */
export function encodeState(state: CaseState): string {
  const json = JSON.stringify(state).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${MARKER}${json}${END}`;
}

/** Reads the block from a card's body; null when absent, unparsable or not a valid state. */
export function decodeState(body: string): CaseState | null {
  const start = body.lastIndexOf(MARKER);
  if (start < 0) return null;
  const end = body.indexOf(END, start + MARKER.length);
  if (end < 0) return null;
  try {
    const parsed = caseStateSchema.safeParse(JSON.parse(body.slice(start + MARKER.length, end)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a comment body carries the app's marker (the card, or someone imitating it). */
export function hasStateMarker(body: string | null | undefined): boolean {
  return Boolean(body?.includes(MARKER));
}
