// Taking in a backlog. A request the desk first reads long after it was filed (installed on a
// repository with months of open requests) is taken in quietly: its card and any reply mention
// nobody, so hundreds of people are not pinged at once about requests they filed long ago. The
// quiet ends with the case's first real change (a reviewer starts, a reminder is due, the
// requester acts): that is news worth a notification.
import type { CaseState } from "./state.js";
import type { DecideInput, Decision } from "./model.js";
import { DAY_MS } from "../text/dates.js";

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
