// Taking in a backlog. A request the desk first reads long after it was filed (installed on a
// repository with months of open requests) is taken in quietly: its card and any reply mention
// nobody, so hundreds of people are not pinged at once about requests they filed long ago. The
// quiet ends with the case's first real change (a reviewer starts, a reminder is due, the
// requester acts): that is news worth a notification.
import type { CaseState } from "./state.js";
import type { DecideInput, Decision } from "./model.js";
import { DAY_MS } from "../text/dates.js";
import { labelledStatus, type Status } from "./statuses.js";
import { withStatus } from "./transition.js";

/** Where maintainers may have moved a request by hand before the desk was installed (its label says so). */
const MOVED_BY_HAND: Status[] = ["needs-info", "verifying", "verified", "on-hold"];

/** Fields a sweep refreshes without anything happening to the case. */
const QUIET_REFRESH: (keyof CaseState)[] = ["processed", "queueAhead", "waitWeeks", "evidence", "quiet"];

function withoutRefresh(state: CaseState): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...state };
  for (const key of QUIET_REFRESH) delete copy[key];
  return copy;
}

/**
 * Whether a request taken in now, other than by its own `opened` webhook, was filed longer ago than
 * the adoption setting allows mentions for.
 */
export function filedLongAgo(input: Pick<DecideInput, "event" | "issue" | "config" | "now">): boolean {
  if (input.event.kind === "opened" && !input.event.late) return false;
  const days = input.config.adoption.quiet_older_than_days;
  const filed = Date.parse(input.issue.createdAt ?? "");
  return days !== null && Number.isFinite(filed) && input.now.getTime() - filed > days * DAY_MS;
}

/** The decision with the case's quiet set at intake, kept while nothing happens, ended by the first change. */
export function withAdoptionQuiet(decision: Decision, input: DecideInput): Decision {
  const state = decision.state;
  if (!state) return decision;
  const { previous } = input;
  const quiet = previous
    ? previous.quiet && decision.notices.length === 0 && JSON.stringify(withoutRefresh(previous)) === JSON.stringify(withoutRefresh(state))
    : filedLongAgo(input);
  return state.quiet === quiet ? decision : { ...decision, state: { ...state, quiet } };
}

/**
 * A request taken in late keeps what its maintainers decided by hand: its label (the preset's
 * `unverified email`, `awaiting response`, or the desk's own) says where they left it, and the case
 * starts there — never back in the queue, never asking again for what a reviewer is already doing.
 */
export function keptAsMaintainersLeftIt(decision: Decision, input: DecideInput): Decision {
  const state = decision.state;
  if (!state || (input.event.kind === "opened" && !input.event.late)) return decision;
  const labelled = labelledStatus(input.issue.labels, input.config);
  if (!labelled || !MOVED_BY_HAND.includes(labelled) || state.status === labelled) return decision;
  // Only from where intake would put it (the queue, or back to the requester); a duplicate stays one.
  if (state.status !== "triage" && state.status !== "needs-info") return decision;
  const act = { actor: input.actor, now: input.now };
  const kept = withStatus(state, act, labelled, "kept as the maintainers left it (its label) when the desk took it in");
  const asked =
    labelled === "needs-info"
      ? {
          infoRequest: {
            text: "A reviewer asked for more information on this issue before this desk was set up: please answer it here.",
            by: state.reviewer ?? "maintainers",
            at: input.now.toISOString(),
          },
        }
      : {};
  return { ...decision, state: { ...kept, ...asked } };
}
