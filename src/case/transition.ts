// Moving a case to a status, with the bookkeeping every transition needs.
import { TIMELINE_LIMIT, WAITING_ON_REQUESTER, type CaseState, type Status } from "./state.js";

export interface Actor {
  actor: string;
  now: Date;
}

/**
 * Records a status change (or a noted event in the same status) in the timeline. Entering a
 * status that waits on the requester starts the stale timer afresh.
 */
export function withStatus(state: CaseState, at: Actor, status: Status, note?: string): CaseState {
  if (state.status === status && !note && state.timeline.length > 0) return state;
  const now = at.now.toISOString();
  const entry = { at: now, by: at.actor, status, ...(note ? { note: note.slice(0, 200) } : {}) };
  const startsWaiting = WAITING_ON_REQUESTER.includes(status) && (!WAITING_ON_REQUESTER.includes(state.status) || state.timeline.length === 0);
  return {
    ...state,
    status,
    timeline: [...state.timeline, entry].slice(-TIMELINE_LIMIT),
    ...(startsWaiting ? { waitingSince: now, remindedAt: null } : {}),
  };
}

export const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/** How the app itself appears in a case's timeline (for timers and the sweep). */
export const APP_ACTOR = "recovery-triage";
