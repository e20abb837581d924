// An issue as GitHub's REST API sends it, and the plain shape the rest of the app works on.

/** An issue as the app sees it (the case machine's IssueSnapshot has the same shape). */
export interface Issue {
  number: number;
  author: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  open: boolean;
  /** When it was filed (evidence counts only releases made before the request). */
  createdAt?: string;
  /** When it was closed, for a closed one. */
  closedAt?: string;
  /** Its GraphQL node id. */
  nodeId?: string;
  /** Its conversation is locked. */
  locked?: boolean;
}

export type RawIssue = {
  number: number;
  title?: string | null;
  user: { login: string } | null;
  body?: string | null;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  state: string;
  closed_at?: string | null;
  created_at?: string;
  node_id?: string;
  pull_request?: unknown;
  locked?: boolean;
};

export function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    author: raw.user?.login ?? "ghost",
    title: raw.title ?? "",
    body: raw.body ?? "",
    labels: raw.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    assignees: (raw.assignees ?? []).map((a) => a.login),
    open: raw.state === "open",
    ...(raw.created_at ? { createdAt: raw.created_at } : {}),
    ...(raw.closed_at ? { closedAt: raw.closed_at } : {}),
    ...(raw.node_id ? { nodeId: raw.node_id } : {}),
    ...(raw.locked ? { locked: true } : {}),
  };
}
