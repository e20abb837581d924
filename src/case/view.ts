// What GitHub should show for a case (labels, assignees, open/closed), and the fewest writes
// that get it there. Labels, assignees and closing are folded into one issues.update.
import type { Config } from "../config/schema.js";
import type { IssueSnapshot } from "./decide.js";
import type { CaseState, Status } from "./state.js";

export interface IssueView {
  labels: string[];
  assignees: string[];
  close: "completed" | "not_planned" | null;
}

/** The label each status carries; null leaves the status labels as people set them. */
function statusLabel(config: Config, status: Status): string | null {
  const { labels } = config;
  switch (status) {
    case "triage":
      return labels.triage;
    case "needs-info":
      return labels.needs_info;
    case "duplicate":
      return labels.duplicate;
    case "withdrawn":
      return labels.withdrawn;
    case "closed":
      return null;
  }
}

const lower = (s: string) => s.toLowerCase();

export function desiredView(state: CaseState, issue: IssueSnapshot, config: Config): IssueView {
  const { labels } = config;
  const statusLabels = [labels.triage, labels.needs_info, labels.duplicate, labels.withdrawn].map(lower);
  const wanted = statusLabel(config, state.status);
  const keep = issue.labels.filter((l) => {
    const name = lower(l);
    if (name === lower(labels.testpypi)) return state.testInstance;
    return wanted === null || !statusLabels.includes(name);
  });
  const add = [labels.request, wanted, state.testInstance ? labels.testpypi : null, state.conflictsWith.length > 0 ? labels.conflict : null];
  const result = [...keep];
  for (const label of add) if (label && !result.some((l) => lower(l) === lower(label))) result.push(label);

  const assignees = [...issue.assignees];
  const assigning = state.status === "triage" || state.status === "needs-info";
  if (assigning && state.reviewer && !assignees.some((a) => lower(a) === lower(state.reviewer!))) assignees.push(state.reviewer);

  const close = state.status === "duplicate" && issue.open ? "not_planned" : null;
  return { labels: result, assignees, close };
}

export type IssuePatch = { labels?: string[]; assignees?: string[]; state?: "closed" | "open"; state_reason?: "completed" | "not_planned" };

/** The body of the single issues.update that reaches the view, or null when nothing differs. */
export function issuePatch(issue: IssueSnapshot, view: IssueView): IssuePatch | null {
  const patch: IssuePatch = {};
  if (!sameSet(issue.labels, view.labels)) patch.labels = view.labels;
  if (!sameSet(issue.assignees, view.assignees)) patch.assignees = view.assignees;
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
