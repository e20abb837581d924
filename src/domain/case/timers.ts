// Time-driven changes, evaluated after every event and by the sweep: a reminder when a case has
// waited on the requester too long, closing it as stale after that, expiring repository
// challenges and noticing a pushed challenge branch. Only the requester's own activity (their
// comments and edits) resets the clock; the app's and other bots' never do. On-hold pauses it.
import type { DecideInput } from "./model.js";
import type { Notice } from "./notices/rules.js";
import { DAY_MS as DAY } from "../text/dates.js";
import type { CaseState } from "./state.js";
import { WAITING_ON_REQUESTER } from "./statuses.js";
import { APP_ACTOR, withStatus } from "./transition.js";
import { branchFound, challengeExpired, challengeUnreachable, lostRole, voided } from "./factors.js";

type TimerInput = Pick<DecideInput, "config" | "now" | "lastRequesterComment" | "branch" | "event" | "withoutRole">;

export function applyTimers(state: CaseState, input: TimerInput): { state: CaseState; notices: Notice[] } {
  const notices: Notice[] = [];
  const challenge = challengeProgress(state, input);
  notices.push(...challenge.notices);
  let next = challenge.state;
  if (!WAITING_ON_REQUESTER.includes(next.status)) return { state: next, notices };

  const { stale } = input.config;
  const now = input.now.getTime();
  const app = { actor: APP_ACTOR, now: input.now };
  // The comment being handled counts too, even if the thread was read before it was listed.
  const commenting = input.event.kind === "comment" && input.event.roles.requester && !input.event.edited ? input.now.toISOString() : null;
  const lastActivity = Math.max(...[next.waitingSince, next.requesterEditAt, input.lastRequesterComment, commenting].map(time));
  const reminded = time(next.remindedAt);
  if (reminded > lastActivity) {
    if (now - reminded >= stale.close_after_days * DAY) {
      notices.push({ kind: "stale-closed", days: Math.round((now - lastActivity) / DAY), reopenDays: stale.reopen_within_days });
      // Where a reply brings it back to (domain/case/reopening.ts).
      next = withStatus({ ...next, resumeStatus: next.status }, app, "stale");
    }
  } else if (lastActivity > 0 && now - lastActivity >= stale.remind_after_days * DAY) {
    notices.push({ kind: "reminder", closeAfterDays: stale.close_after_days });
    next = { ...next, remindedAt: input.now.toISOString() };
  }
  return { state: next, notices };
}

/** A pending repository challenge: done when the shell found the branch, expired past its date. */
function challengeProgress(state: CaseState, input: TimerInput): { state: CaseState; notices: Notice[] } {
  const repo = state.factors.repo;
  if (!repo || repo.state !== "pending" || state.status === "on-hold") return { state, notices: [] };
  // A branch found during the sweep counts; a `/done` is handled (and answered) by the command itself.
  if (input.branch === "found" && input.event.kind === "sweep")
    return lostRole(input, repo.by)
      ? voided(state, "repo", { actor: APP_ACTOR, now: input.now })
      : branchFound(state, input.config, { actor: APP_ACTOR, now: input.now });
  if (input.branch === "repo-gone" && input.event.kind === "sweep") return challengeUnreachable(state);
  if (Date.parse(repo.expiresAt) <= input.now.getTime()) return challengeExpired(state);
  return { state, notices: [] };
}

function time(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}
