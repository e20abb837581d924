// The state machine: (case, event, config, now) → next case. Pure: no I/O, no clock of its own.
import type { Config } from "../config/schema.js";
import type { Validation } from "../intake/validate.js";
import { currentReviewer, pickReviewer, type OpenCase } from "./assign.js";
import { TIMELINE_LIMIT, type CaseState, type Status } from "./state.js";

export type CaseEvent =
  /** A new request, a request labelled later, or a request seen for the first time without a card. */
  | { kind: "opened" }
  | { kind: "edited" }
  | { kind: "closed" }
  | { kind: "reopened" }
  /** Another open request (`other`) claims the same account from a different person. */
  | { kind: "conflict"; other: number; reviewer: string | null };

export interface IssueSnapshot {
  number: number;
  author: string;
  body: string;
  labels: string[];
  assignees: string[];
  open: boolean;
}

export interface DecideInput {
  event: CaseEvent;
  /** Who caused the event (the webhook's sender). */
  actor: string;
  issue: IssueSnapshot;
  previous: CaseState | null;
  validation: Validation;
  config: Config;
  /** The repository's open requests; required when `needsOpenCases` says so, null otherwise. */
  openCases: OpenCase[] | null;
  now: Date;
}

export interface Decision {
  /** Null: the issue is not a case and nothing is written. */
  state: CaseState | null;
  /** Other cases this decision touches (a conflict is shown on both requests). */
  related: { issue: number; event: CaseEvent }[];
}

const ACTIVE: readonly Status[] = ["triage", "needs-info"];
const same = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/** Whether deciding this event needs the list of open requests (one paginated read). */
export function needsOpenCases(input: Omit<DecideInput, "openCases">): boolean {
  const { previous, validation, event } = input;
  if (!previous) return input.issue.open;
  if (event.kind === "reopened") return !ACTIVE.includes(previous.status) && validation.valid;
  if (event.kind !== "edited" || !ACTIVE.includes(previous.status) || !validation.valid) return false;
  return previous.status === "needs-info" || !same(previous.username, validation.username);
}

export function decide(input: DecideInput): Decision {
  const { previous, event, issue } = input;
  if (!previous) return issue.open ? intake(input) : { state: null, related: [] };

  switch (event.kind) {
    case "opened":
      return unchanged(previous);
    case "edited":
      return ACTIVE.includes(previous.status) ? revalidate(previous, input) : unchanged(previous);
    case "closed":
      if (!ACTIVE.includes(previous.status)) return unchanged(previous);
      return same(input.actor, previous.author)
        ? moved(previous, input, "withdrawn")
        : moved({ ...previous, closedBy: input.actor }, input, "closed");
    case "reopened":
      if (ACTIVE.includes(previous.status)) return unchanged(previous);
      return reopen(previous, input);
    case "conflict":
      return conflict(previous, event);
  }
}

function unchanged(state: CaseState): Decision {
  return { state, related: [] };
}

function moved(state: CaseState, input: DecideInput, status: Status, note?: string): Decision {
  return { state: withStatus(state, input, status, note), related: [] };
}

function withStatus(state: CaseState, input: DecideInput, status: Status, note?: string): CaseState {
  if (state.status === status && !note && state.timeline.length > 0) return state;
  const entry = { at: input.now.toISOString(), by: input.actor, status, ...(note ? { note } : {}) };
  return { ...state, status, timeline: [...state.timeline, entry].slice(-TIMELINE_LIMIT) };
}

function intake(input: DecideInput): Decision {
  const { issue, validation } = input;
  const fresh: CaseState = {
    v: 1,
    status: "needs-info",
    author: issue.author,
    username: validation.username,
    testInstance: validation.testInstance,
    problems: validation.problems,
    reviewer: null,
    queueAhead: queueAhead(input),
    duplicateOf: null,
    conflictsWith: [],
    usernameChange: null,
    closedBy: null,
    timeline: [],
  };
  if (!validation.valid) return moved(fresh, input, "needs-info");
  return enterQueue(fresh, input);
}

/** A valid request joins the queue: unless it repeats one of the author's open requests, it gets a reviewer. */
function enterQueue(state: CaseState, input: DecideInput): Decision {
  const { issue, config } = input;
  const others = sameAccount(state.username, input);
  const earlierOwn = others.filter((c) => same(c.author, issue.author) && c.number < issue.number);
  if (earlierOwn.length > 0) {
    const original = Math.min(...earlierOwn.map((c) => c.number));
    return moved({ ...state, duplicateOf: original }, input, "duplicate");
  }

  const rivals = others.filter((c) => !same(c.author, issue.author));
  const rivalReviewer = rivals.map((c) => currentReviewer(config, c.assignees)).find((r) => r !== null) ?? null;
  const reviewer =
    state.reviewer ?? currentReviewer(config, issue.assignees) ?? rivalReviewer ?? pickReviewer(config, issue, input.openCases ?? []);
  const conflictsWith = [...new Set([...state.conflictsWith, ...rivals.map((c) => c.number)])].sort((a, b) => a - b);
  const next = withStatus({ ...state, reviewer, conflictsWith, queueAhead: queueAhead(input) }, input, "triage");
  return {
    state: next,
    related: rivals
      .filter((c) => !state.conflictsWith.includes(c.number))
      .map((c) => ({ issue: c.number, event: { kind: "conflict", other: issue.number, reviewer } })),
  };
}

function revalidate(previous: CaseState, input: DecideInput): Decision {
  const { validation } = input;
  const updated: CaseState = {
    ...previous,
    problems: validation.problems,
    testInstance: validation.testInstance,
    username: validation.username ?? previous.username,
  };
  if (!validation.valid) return moved(updated, input, "needs-info");
  if (previous.status === "needs-info") return enterQueue(updated, input);
  if (same(previous.username, validation.username)) return unchanged(updated);

  // A username changed after the case was accepted: shown on the card, and checked for clashes again.
  const change = { from: previous.username ?? "", to: validation.username, at: input.now.toISOString() };
  const note = "username changed";
  const recheck = enterQueue({ ...updated, usernameChange: change }, input);
  if (recheck.state?.status === "duplicate") return recheck;
  return { state: withStatus(recheck.state!, input, "triage", note), related: recheck.related };
}

function reopen(previous: CaseState, input: DecideInput): Decision {
  const { validation, issue, config } = input;
  const reopened: CaseState = {
    ...previous,
    closedBy: null,
    duplicateOf: null,
    problems: validation.problems,
    testInstance: validation.testInstance,
    username: validation.username ?? previous.username,
  };
  if (!validation.valid) return moved(reopened, input, "needs-info");
  // Someone reopened it on purpose: no duplicate check, but it needs a reviewer again.
  const reviewer = reopened.reviewer ?? currentReviewer(config, issue.assignees) ?? pickReviewer(config, issue, input.openCases ?? []);
  return moved({ ...reopened, reviewer }, input, "triage");
}

function conflict(previous: CaseState, event: Extract<CaseEvent, { kind: "conflict" }>): Decision {
  if (previous.conflictsWith.includes(event.other)) return unchanged(previous);
  return {
    state: {
      ...previous,
      conflictsWith: [...previous.conflictsWith, event.other].sort((a, b) => a - b),
      reviewer: previous.reviewer ?? event.reviewer,
    },
    related: [],
  };
}

function sameAccount(username: string | null, input: DecideInput): OpenCase[] {
  if (!username) return [];
  return (input.openCases ?? []).filter((c) => c.number !== input.issue.number && same(c.username, username));
}

function queueAhead(input: DecideInput): number | null {
  if (!input.openCases) return null;
  return input.openCases.filter((c) => c.number < input.issue.number).length;
}
