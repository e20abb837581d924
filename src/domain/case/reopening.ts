// How a requester gets a closed case back. GitHub lets an issue's author reopen it only if they
// closed it themselves, so a case the desk closed (stale, or withdrawn through `/withdraw`) would
// strand its requester: instead, within a window, their reply (stale) or `/reopen` opens it again
// and puts it back where it was. A case a reviewer denied stays closed: the reviewer is told.
import type { Config } from "../../config/schema.js";
import { DAY_MS } from "../text/dates.js";
import type { CaseState } from "./state.js";
import type { Status } from "./statuses.js";
import { resumeFrom, withStatus, type Act } from "./transition.js";
import { currentReviewer, pickReviewer } from "./assign.js";
import type { DecideInput } from "./model.js";

/** Closed by the desk, so only the desk can open them again for the requester. */
const REOPENABLE: readonly Status[] = ["stale", "withdrawn"];

/** When the case entered its current status, as its timeline records it (ms); null when it does not. */
export function enteredStatusAt(state: CaseState): number | null {
  const entered = [...state.timeline].reverse().find((e) => e.status === state.status)?.at;
  const at = entered ? Date.parse(entered) : NaN;
  return Number.isNaN(at) ? null : at;
}

/** When the requester's chance to reopen ends (null: the case cannot be reopened by them at all). */
export function reopenDeadline(state: CaseState, config: Config): Date | null {
  if (!REOPENABLE.includes(state.status)) return null;
  const at = enteredStatusAt(state);
  return at === null ? null : new Date(at + config.stale.reopen_within_days * DAY_MS);
}

export type ReopenCheck = "reopen" | "too-late" | "not-reopenable";

export function canReopen(state: CaseState, config: Config, now: Date): ReopenCheck {
  const deadline = reopenDeadline(state, config);
  if (!deadline) return "not-reopenable";
  return now.getTime() <= deadline.getTime() ? "reopen" : "too-late";
}

/** Back where it was before it closed, with the requester's clock started afresh. */
export function reopenForRequester(state: CaseState, act: Act): CaseState {
  return resumeFrom({ ...state, closedBy: null }, act, state.status, "opened again by the requester");
}

/**
 * Someone reopened it on purpose (a maintainer on GitHub, or with `/reopen`): no duplicate check,
 * the request as it reads now, and a reviewer again.
 */
export function reopenOnPurpose(
  previous: CaseState,
  input: Pick<DecideInput, "validation" | "issue" | "config" | "openRequests" | "actor" | "now">,
): CaseState {
  const { validation, issue, config } = input;
  const reopened: CaseState = {
    ...previous,
    closedBy: null,
    duplicateOf: null,
    decision: null,
    problems: validation.problems,
    testInstance: validation.testInstance,
    username: validation.username ?? previous.username,
  };
  if (!validation.valid) return withStatus(reopened, input, "needs-info");
  const reviewer = reopened.reviewer ?? currentReviewer(config, issue.assignees) ?? pickReviewer(config, issue, input.openRequests ?? []);
  return withStatus({ ...reopened, reviewer }, input, "triage");
}
