// The stand-in's memory: issues, comments, people, files and what the app did to them. Plain data
// with the few lookups every part needs; the HTTP routes and people's actions change it.

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  user: User;
  labels: string[];
  assignees: string[];
  state: "open" | "closed";
  state_reason: string | null;
  created_at: string;
  closed_at: string | null;
  /** Locked conversation: only collaborators (and apps with write access) can comment. */
  locked: boolean;
  active_lock_reason: string | null;
}

export interface StoredComment {
  id: number;
  issue: number;
  user: User;
  body: string;
  created_at: string;
  /** Set when someone edits it, as GitHub's updated_at. */
  updated_at?: string;
}

export interface StoredReaction {
  comment: number;
  content: string;
}

export interface StoredCheckRun {
  head_sha: string;
  name: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string };
}

export class Store {
  readonly issues = new Map<number, StoredIssue>();
  readonly comments = new Map<number, StoredComment>();
  readonly reactions: StoredReaction[] = [];
  /** Files served by the contents API, by path. */
  readonly files: Map<string, string>;
  /** Branches that exist in other repositories, as `owner/name:branch` (for repository challenges). */
  readonly branches = new Set<string>();
  /** Comments hidden through GraphQL `minimizeComment`, by comment id, with the classifier. */
  readonly minimized = new Map<number, string>();
  /** Check runs the app created, as GitHub stores them. */
  readonly checkRuns: StoredCheckRun[] = [];
  private readonly users = new Map<string, User>();
  private nextIssue = 1;
  private nextComment = 1000;

  constructor(
    files: Record<string, string>,
    /** The clock that stamps issues and comments; GitHub's (the real one) without it. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.files = new Map(Object.entries(files));
  }

  user(login: string): User {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: 100 + this.users.size, type: "User" };
      this.users.set(login, user);
    }
    return user;
  }

  addIssue(author: User, title: string, body: string, labels: string[]): StoredIssue {
    const issue: StoredIssue = {
      number: this.nextIssue++,
      title,
      body,
      user: author,
      labels: [...labels],
      assignees: [],
      state: "open",
      state_reason: null,
      created_at: this.tick(),
      closed_at: null,
      locked: false,
      active_lock_reason: null,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  addComment(issue: number, user: User, body: string): StoredComment {
    const comment: StoredComment = { id: this.nextComment++, issue, user, body, created_at: this.tick() };
    this.comments.set(comment.id, comment);
    return comment;
  }

  mustIssue(number: number): StoredIssue {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  commentsOf(number: number): StoredComment[] {
    return [...this.comments.values()].filter((c) => c.issue === number);
  }

  /** The time of something happening now (an issue closed), on the stand-in's clock. */
  stamp(): string {
    return this.tick();
  }

  private tick(): string {
    return this.now().toISOString();
  }
}

/**
 * A clock for a test whose app runs at a fixed time: each reading is a minute after the last, from
 * `from` on, so the stand-in stamps what happens in order and before the app's own "now".
 */
export function steadyClock(from: string): () => Date {
  let at = Date.parse(from);
  return () => new Date((at += 60_000));
}
