// Decided cases locked. A resolved, denied, duplicate or withdrawn request's thread collects pasted
// codes and "me too" requests long after anyone reads it: `noise.lock_after_days` after it closed,
// the desk locks it (reason `resolved`; only collaborators can comment then). It locks a thread
// once (someone who unlocks it on purpose is not overruled), and a case open again through the desk
// gets its thread back first. Pure: any door that finds the lock due makes it, usually the sweep.
import type { Config } from "../../config/schema.js";
import { DAY_MS, utcMinute } from "../text/dates.js";
import type { DecideInput, Decision } from "./model.js";
import { enteredStatusAt, reopenDeadline } from "./reopening.js";
import type { CaseState } from "./state.js";
import { STATUS_RULES } from "./statuses.js";

/** When the desk locks this case's thread; null: never (not a decision, locked once already, or turned off). */
export function lockDate(state: CaseState, config: Config): Date | null {
  const days = config.noise.lock_after_days;
  if (days === null || !STATUS_RULES[state.status].locks || state.lockedAt) return null;
  const at = enteredStatusAt(state);
  if (at === null) return null;
  // A withdrawn request stays open to comments while its requester may still `/reopen` it.
  const reopenable = reopenDeadline(state, config)?.getTime() ?? 0;
  return new Date(Math.max(at + days * DAY_MS, reopenable));
}

/** Refused locks are tried again after 1, 2, 4, 8 hours; after this many the desk stops and the card says so. */
export const LOCK_ATTEMPTS = 5;
const HOUR_MS = 3_600_000;

/**
 * The lock as a fact: the plan locks first and writes the card that says "locked" only after GitHub
 * confirmed it (domain/case/plan.ts). A refusal (`input.lockRefused`, learnt by the executor) is recorded
 * instead, and the lock stays owed: any door that finds it due after the backoff tries again.
 */
export function withThreadLock(decision: Decision, input: DecideInput): Decision {
  const { state } = decision;
  if (!state) return decision;
  if (STATUS_RULES[state.status].open) {
    if (!state.lockedAt && !state.lockRefused) return decision;
    // Open again: the desk's lock goes first, so that the requester can answer.
    const lock = state.lockedAt && input.issue.locked ? "unlock" : null;
    return { ...decision, state: { ...state, lockedAt: null, lockRefused: null }, lock };
  }
  if (input.lockRefused) {
    const count = (state.lockRefused?.count ?? 0) + 1;
    return { ...decision, state: { ...state, lockRefused: { count, at: input.now.toISOString() } }, lock: null };
  }
  const at = lockDate(state, input.config);
  // Someone locked it already: nothing to write (and it is not the desk's lock to lift later).
  if (!at || at.getTime() > input.now.getTime() || input.issue.locked || !lockRetryDue(state, input.now)) return decision;
  return { ...decision, state: { ...state, lockedAt: input.now.toISOString() }, lock: "lock" };
}

/** After a refusal: the next try waits 1, 2, 4, 8 hours; none after LOCK_ATTEMPTS. */
function lockRetryDue(state: CaseState, now: Date): boolean {
  const refused = state.lockRefused;
  if (!refused) return true;
  if (refused.count >= LOCK_ATTEMPTS) return false;
  return now.getTime() - Date.parse(refused.at) >= 2 ** (refused.count - 1) * HOUR_MS;
}

/** A decided case's thread: when it will be locked (domain/case/locking.ts), or that it is, and where to go instead. */
export function threadNote(state: CaseState, config: Config): string {
  const instead =
    state.status === "duplicate" && state.duplicateOf
      ? `Please continue on #${state.duplicateOf}.`
      : "If you need help with an account later, open a new request from this repository's **Issues** tab.";
  if (state.lockedAt) return `This conversation is locked so that it stays readable: only maintainers can comment here. ${instead}`;
  if (state.lockRefused && state.lockRefused.count >= LOCK_ATTEMPTS) return instead;
  const at = lockDate(state, config);
  if (!at) return "";
  const when = `This conversation will be locked on ${utcMinute(at)} so that it stays readable`;
  return `${when}; after that only maintainers can comment here. ${instead}`;
}
