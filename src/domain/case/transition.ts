// Moving a case to a status, with the bookkeeping every transition needs.
import type { SecretKind } from "../safety/secrets.js";
import { TIMELINE_LIMIT, type CaseState } from "./state.js";
import { OPEN_STATUSES, WAITING_ON_REQUESTER, type Status } from "./statuses.js";

/** Who is acting on a case, and when (every transition records both). */
export interface Act {
  actor: string;
  now: Date;
}

/**
 * Records a status change (or a noted event in the same status) in the timeline. Entering a
 * status that waits on the requester starts the stale timer afresh.
 */
export function withStatus(state: CaseState, act: Act, status: Status, note?: string): CaseState {
  if (state.status === status && !note && state.timeline.length > 0) return state;
  const now = act.now.toISOString();
  const entry = { at: now, by: act.actor, status, ...(note ? { note: note.slice(0, 200) } : {}) };
  const startsWaiting =
    WAITING_ON_REQUESTER.includes(status) && (!WAITING_ON_REQUESTER.includes(state.status) || state.timeline.length === 0);
  return {
    ...state,
    status,
    timeline: [...state.timeline, entry].slice(-TIMELINE_LIMIT),
    ...(startsWaiting ? { waitingSince: now, remindedAt: null } : {}),
  };
}

/** How the app itself appears in a case's timeline (for timers and the sweep). */
export const APP_ACTOR = "recovery-triage";

/**
 * Back to where the case was before it entered `leaving` (triage when that is unknown, closed or the
 * same), with the requester's clock started afresh: they were not the one keeping the case waiting.
 */
export function resumeFrom(state: CaseState, act: Act, leaving: Status, note?: string): CaseState {
  const to = state.resumeStatus;
  const back = to && OPEN_STATUSES.includes(to) && to !== leaving ? to : "triage";
  const resumed = withStatus({ ...state, resumeStatus: null }, act, back, note);
  return { ...resumed, waitingSince: act.now.toISOString(), remindedAt: null };
}

/** The requester answered (or fixed) what a needs-info asked: the case goes back where it was. */
export function answered(state: CaseState, act: Act): CaseState {
  const back =
    state.resumeStatus && OPEN_STATUSES.includes(state.resumeStatus) && state.resumeStatus !== "needs-info" ? state.resumeStatus : "triage";
  return withStatus({ ...state, infoRequest: null, resumeStatus: null }, act, back, state.infoRequest ? "answered" : undefined);
}

/**
 * Records that secrets of these kinds were posted. Unchanged when every kind is already recorded,
 * so a flood of the same secret costs no card edit.
 */
export function flagSecurity(state: CaseState, kinds: SecretKind[], now: Date): CaseState {
  const all = [...new Set([...(state.security?.kinds ?? []), ...kinds])].sort();
  if (state.security && all.length === state.security.kinds.length) return state;
  return { ...state, security: { kinds: all, at: now.toISOString() } };
}
