// What GitHub should show for a case (labels, assignees, open/closed), and the fewest writes
// that get it there. Labels, assignees and closing are folded into one issues.update.
import type { Config } from "../../config/schema.js";
import type { IssueSnapshot } from "./model.js";
import type { CaseState } from "./state.js";
import { OPEN_STATUSES, STATUS_RULES, STATUSES, type Status } from "./statuses.js";
import { evidenceAbout, isStrong, ownsNothing } from "../evidence/assess.js";

export interface IssueView {
  labels: string[];
  assignees: string[];
  close: "completed" | "not_planned" | null;
  /** Open the closed issue again (a requester got their case back). */
  reopen?: boolean;
}

/** The label a status carries; null leaves the status labels as people set them. */
function statusLabel(config: Config, status: Status): string | null {
  const key = STATUS_RULES[status].label;
  return key ? config.labels[key] : null;
}

const lower = (s: string) => s.toLowerCase();

export function desiredView(state: CaseState, issue: IssueSnapshot, config: Config, unassign: string[] = [], reopen = false): IssueView {
  const { labels } = config;
  const statusLabels = STATUSES.map((s) => statusLabel(config, s))
    .filter((l): l is string => l !== null)
    .map(lower);
  const wanted = statusLabel(config, state.status);
  // The evidence labels follow the evidence about the account the request names now.
  const evidence = state.username ? evidenceAbout(state.evidence, { username: state.username, testInstance: state.testInstance }) : null;
  const follows: [string, boolean][] = [
    [labels.testpypi, state.testInstance],
    [labels.no_projects, ownsNothing(evidence)],
    [labels.strong_evidence, isStrong(evidence)],
  ];
  const keep = issue.labels.filter((l) => {
    const name = lower(l);
    const rule = follows.find(([label]) => lower(label) === name);
    if (rule) return rule[1];
    return wanted === null || !statusLabels.includes(name);
  });
  const add = [
    labels.request,
    wanted,
    ...follows.map(([label, on]) => (on ? label : null)),
    state.conflictsWith.length > 0 ? labels.conflict : null,
    state.security ? labels.security : null,
  ];
  const result = [...keep];
  for (const label of add) if (label && !result.some((l) => lower(l) === lower(label))) result.push(label);

  const removed = new Set(unassign.map(lower));
  const assignees = issue.assignees.filter((a) => !removed.has(lower(a)));
  const assigning = OPEN_STATUSES.includes(state.status);
  if (assigning && state.reviewer && !assignees.some((a) => lower(a) === lower(state.reviewer!))) assignees.push(state.reviewer);

  const reason = STATUS_RULES[state.status].close;
  return { labels: result, assignees, close: reason && issue.open ? reason : null, reopen: reopen && !issue.open };
}

export type IssuePatch = {
  labels?: string[];
  assignees?: string[];
  state?: "closed" | "open";
  state_reason?: "completed" | "not_planned";
  body?: string;
  title?: string;
};

/** The body of the single issues.update that reaches the view, or null when nothing differs. */
export function issuePatch(
  issue: IssueSnapshot,
  view: IssueView,
  rewrite: { body?: string; title?: string } | null = null,
): IssuePatch | null {
  const patch: IssuePatch = {};
  if (rewrite?.body !== undefined && rewrite.body !== issue.body) patch.body = rewrite.body;
  if (rewrite?.title !== undefined && rewrite.title !== issue.title) patch.title = rewrite.title;
  if (!sameSet(issue.labels, view.labels)) patch.labels = view.labels;
  if (!sameSet(issue.assignees, view.assignees)) patch.assignees = view.assignees;
  if (view.reopen) patch.state = "open";
  if (view.close && issue.open) {
    patch.state = "closed";
    patch.state_reason = view.close;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a.map(lower));
  const y = new Set(b.map(lower));
  return x.size === y.size && [...x].every((v) => y.has(v));
}
