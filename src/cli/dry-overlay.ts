// What the dry run has "written", laid over what GitHub answers: the live desk reads its own writes
// (a card it created, a label it added, a duplicate it closed) when it decides the next request,
// so the dry run must too, or its report would differ from what installing the desk then does (a
// duplicate still counted in the queue, a conflict's other request left with its old reviewer).
// Writes are recorded here instead of sent; reads of issues, their comments and the request lists
// are answered by GitHub and then amended with them. Conditional reads are made unconditional: a
// 304 would replay an answer amended before the latest writes.

interface IssueChanges {
  /** A whole list written by an issue update replaces GitHub's; additions and removals apply on top. */
  labels?: string[];
  assignees?: string[];
  addLabels: string[];
  removeLabels: string[];
  addAssignees: string[];
  state?: string;
  state_reason?: string | null;
  locked?: boolean;
}

interface DryComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

type Raw = Record<string, unknown>;

const ISSUE = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/;
const COMMENTS = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/;
const COMMENT = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/;
const LABELS = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels(?:\/(.+))?$/;
const ASSIGNEES = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/assignees$/;
const LOCK = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/lock$/;
const LIST = /^\/repos\/[^/]+\/[^/]+\/issues$/;

export class DryOverlay {
  /** The app's bot login, once known: comments the dry run creates are the app's, as the desk expects. */
  botLogin = "recovery-triage[bot]";
  private nextId = 9_000_000_000;
  private readonly issues = new Map<number, IssueChanges>();
  private readonly created = new Map<number, DryComment[]>();
  private readonly edited = new Map<number, string>();
  private readonly deleted = new Set<number>();

  /** Records a write; the answer GitHub would give it. */
  write(method: string, path: string, body: Raw, now: string): { status: number; data: unknown } {
    let m: RegExpExecArray | null;
    if (method === "POST" && (m = COMMENTS.exec(path))) {
      const id = ++this.nextId;
      const comment = {
        id,
        node_id: `IC_dry${id}`,
        body: String(body.body ?? ""),
        user: { login: this.botLogin, type: "Bot" },
        created_at: now,
        updated_at: now,
      };
      this.created.set(Number(m[1]), [...(this.created.get(Number(m[1])) ?? []), comment]);
      return { status: 201, data: comment };
    }
    if (method === "PATCH" && (m = COMMENT.exec(path))) this.edited.set(Number(m[1]), String(body.body ?? ""));
    else if (method === "DELETE" && (m = COMMENT.exec(path))) this.deleted.add(Number(m[1]));
    else if (method === "PATCH" && (m = ISSUE.exec(path))) this.change(Number(m[1]), pick(body));
    else if (method === "POST" && (m = LABELS.exec(path))) this.change(Number(m[1]), { addLabels: strings(body.labels) });
    else if (method === "DELETE" && (m = LABELS.exec(path)) && m[2])
      this.change(Number(m[1]), { removeLabels: [decodeURIComponent(m[2])] });
    else if (method === "POST" && (m = ASSIGNEES.exec(path))) this.change(Number(m[1]), { addAssignees: strings(body.assignees) });
    else if (method === "PUT" && (m = LOCK.exec(path))) this.change(Number(m[1]), { locked: true });
    else if (method === "DELETE" && (m = LOCK.exec(path))) this.change(Number(m[1]), { locked: false });
    return { status: method === "DELETE" ? 204 : 200, data: {} };
  }

  /** GitHub's answer to a read, amended with the writes recorded so far. */
  read(path: string, query: Raw, data: unknown, lastPage: boolean): unknown {
    let m: RegExpExecArray | null;
    if ((m = ISSUE.exec(path)) && isRaw(data)) return this.amendIssue(Number(m[1]), data);
    if ((m = COMMENTS.exec(path)) && Array.isArray(data)) {
      const comments = (data as Raw[])
        .filter((c) => !this.deleted.has(Number(c.id)))
        .map((c) => (this.edited.has(Number(c.id)) ? { ...c, body: this.edited.get(Number(c.id)) } : c));
      const mine = (this.created.get(Number(m[1])) ?? [])
        .filter((c) => !this.deleted.has(c.id))
        .map((c) => ({ ...c, body: this.edited.get(c.id) ?? c.body }));
      return lastPage ? [...comments, ...mine] : comments;
    }
    if (LIST.test(path) && Array.isArray(data)) {
      const label = typeof query.labels === "string" && query.labels ? query.labels : null;
      const state = typeof query.state === "string" ? query.state : "open";
      return (data as Raw[])
        .map((issue) => this.amendIssue(Number(issue.number), issue))
        .filter((issue) => state === "all" || issue.state === state)
        .filter((issue) => !label || labelNames(issue.labels).includes(label));
    }
    return data;
  }

  private change(number: number, change: Partial<IssueChanges>): void {
    const current = this.issues.get(number) ?? { addLabels: [], removeLabels: [], addAssignees: [] };
    const next: IssueChanges = {
      ...current,
      ...change,
      addLabels: change.labels ? [] : [...current.addLabels, ...(change.addLabels ?? [])],
      removeLabels: change.labels ? [] : [...current.removeLabels, ...(change.removeLabels ?? [])],
      addAssignees: change.assignees ? [] : [...current.addAssignees, ...(change.addAssignees ?? [])],
    };
    this.issues.set(number, next);
  }

  private amendIssue(number: number, issue: Raw): Raw {
    const changes = this.issues.get(number);
    if (!changes) return issue;
    const labels = [...new Set([...(changes.labels ?? labelNames(issue.labels)), ...changes.addLabels])].filter(
      (l) => !changes.removeLabels.includes(l),
    );
    const given = Array.isArray(issue.assignees) ? (issue.assignees as Raw[]).map((a) => String(a.login)) : [];
    const assignees = [...new Set([...(changes.assignees ?? given), ...changes.addAssignees])];
    return {
      ...issue,
      labels: labels.map((name) => ({ name })),
      assignees: assignees.map((login) => ({ login })),
      assignee: assignees[0] ? { login: assignees[0] } : null,
      ...(changes.state ? { state: changes.state, state_reason: changes.state_reason ?? null } : {}),
      ...(changes.locked !== undefined ? { locked: changes.locked } : {}),
    };
  }
}

function pick(body: Raw): Partial<IssueChanges> {
  const changes: Partial<IssueChanges> = {};
  if (Array.isArray(body.labels)) changes.labels = strings(body.labels);
  if (Array.isArray(body.assignees)) changes.assignees = strings(body.assignees);
  if (typeof body.state === "string") {
    changes.state = body.state;
    changes.state_reason = typeof body.state_reason === "string" ? body.state_reason : null;
  }
  return changes;
}

const isRaw = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v: unknown) => (Array.isArray(v) ? v.map((x) => (isRaw(x) ? String(x.name) : String(x))) : []);
const labelNames = (labels: unknown) => strings(labels);
