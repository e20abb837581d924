// The only place that speaks to GitHub's REST API for a repository. Everything above it works
// on these plain shapes, so the core can be tested without HTTP and the calls are easy to count.
import { sameLogin } from "../domain/text/login.js";
import type { ProbotOctokit } from "probot";
import { isUncertain } from "../reliability/retry.js";
import { PROJECT_OPERATIONS } from "./project-board.js";
import type { ConditionalCache } from "./conditional-cache.js";
import { toIssue, type Issue, type RawIssue } from "./issue-shape.js";

export type { Issue };

export interface RepoRef {
  owner: string;
  repo: string;
}

/** What one issues.update may change. */
export interface IssueUpdate {
  labels?: string[];
  assignees?: string[];
  state?: "closed" | "open";
  state_reason?: "completed" | "not_planned";
  body?: string;
  title?: string;
}

export interface Comment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  /** Later than createdAt once someone edited it (an edited comment never runs commands). */
  updatedAt?: string;
  nodeId?: string;
}

/** Every GraphQL operation the app sends (the tests hold each to GitHub's published schema). */
export const MINIMIZE_COMMENT =
  "mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: { subjectId: $id, classifier: $classifier }) " +
  "{ minimizedComment { isMinimized } } }";
export const GRAPHQL_OPERATIONS = [MINIMIZE_COMMENT, ...PROJECT_OPERATIONS];

/** GitHub allows 100 per page; a desk with 500 open requests needs 5 pages. */
const PER_PAGE = 100;

export class RepoClient {
  constructor(
    private readonly octokit: ProbotOctokit,
    readonly ref: RepoRef,
    /** Wait before looking for a comment whose creation failed uncertainly. */
    private readonly retryDelayMs = 1000,
    /** Earlier answers with their ETags: an unchanged issue or thread is read for free (a 304). */
    private readonly conditional: ConditionalCache | null = null,
  ) {}

  /** A read asked with the ETag of the last answer; a 304 is answered from the cache. */
  private async cached<T>(key: string, read: (headers: Record<string, string>) => Promise<{ data: T; headers: { etag?: string } }>) {
    const known = this.conditional?.get(key);
    try {
      const response = await read(known ? { "if-none-match": known.etag } : {});
      this.conditional?.set(key, response.headers.etag, response.data);
      return response;
    } catch (error) {
      if ((error as { status?: number }).status === 304 && known) return { data: known.data as T, headers: { etag: known.etag } };
      throw error;
    }
  }

  private issueKey(number: number): string {
    return `${this.ref.owner}/${this.ref.repo}#${number}`;
  }

  async getIssue(number: number): Promise<Issue> {
    const key = this.issueKey(number);
    const { data } = await this.cached(key, (headers) => this.octokit.rest.issues.get({ ...this.ref, issue_number: number, headers }));
    return toIssue(data as RawIssue);
  }

  async listComments(number: number): Promise<Comment[]> {
    // The first page is asked conditionally (almost every thread fits in it); a longer one is read whole.
    const key = `${this.issueKey(number)}:comments`;
    const first = await this.cached(key, (headers) =>
      this.octokit.rest.issues.listComments({ ...this.ref, issue_number: number, per_page: PER_PAGE, headers }),
    );
    const data =
      first.data.length < PER_PAGE
        ? first.data
        : await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.ref, issue_number: number, per_page: PER_PAGE });
    return data.map((c) => ({
      id: c.id,
      author: c.user?.login ?? "ghost",
      body: c.body ?? "",
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      nodeId: c.node_id,
    }));
  }

  /**
   * Open issues carrying the request label (every open issue with `null`), oldest first (pull requests
   * excluded). Each page is asked conditionally: pages where nothing changed cost a 304.
   */
  async listOpenRequests(label: string | null): Promise<Issue[]> {
    const issues: RawIssue[] = [];
    for (let page = 1; ; page++) {
      const key = `${this.ref.owner}/${this.ref.repo}:open:${label ?? "*"}:${page}`;
      const { data } = await this.cached(key, (headers) =>
        this.octokit.rest.issues.listForRepo({
          ...this.ref,
          state: "open",
          ...(label === null ? {} : { labels: label }),
          sort: "created",
          direction: "asc",
          per_page: PER_PAGE,
          page,
          headers,
        }),
      );
      issues.push(...(data as RawIssue[]));
      if (data.length < PER_PAGE) break;
    }
    return issues.filter((i) => !i.pull_request).map(toIssue);
  }

  /** The newest open requests, newest first: one request, however many are open. */
  async listNewestOpenRequests(label: string): Promise<Issue[]> {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.ref,
      state: "open",
      labels: label,
      sort: "created",
      direction: "desc",
      per_page: PER_PAGE,
    });
    return (data as RawIssue[]).filter((i) => !i.pull_request).map(toIssue);
  }

  /** The requests closed since `since` (GitHub's `since` filters by last update; closed_at decides). */
  async listClosedRequestsSince(label: string, since: Date): Promise<Issue[]> {
    const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
      ...this.ref,
      state: "closed",
      labels: label,
      since: since.toISOString(),
      per_page: PER_PAGE,
    });
    return (data as RawIssue[]).filter((i) => !i.pull_request && i.closed_at && Date.parse(i.closed_at) >= since.getTime()).map(toIssue);
  }

  /** A text file from the default branch (or from `ref`), or null when it does not exist. */
  async readText(path: string, ref?: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.ref,
        path,
        ...(ref ? { ref } : {}),
        mediaType: { format: "raw" },
      });
      return typeof data === "string" ? data : null;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }

  async updateIssue(number: number, patch: IssueUpdate): Promise<void> {
    // What the desk wrote over (a secret or an address removed) is not kept as the issue's answer.
    this.conditional?.forget(this.issueKey(number));
    await this.octokit.rest.issues.update({ ...this.ref, issue_number: number, ...patch });
  }

  /** Private: a creation that fails uncertainly may have happened, so callers go through createCommentOnce. */
  private async createComment(number: number, body: string): Promise<number> {
    this.conditional?.forget(`${this.issueKey(number)}:comments`);
    const { data } = await this.octokit.rest.issues.createComment({ ...this.ref, issue_number: number, body });
    return data.id;
  }

  /**
   * Creates a comment exactly once. A creation that failed with a 5xx or a timeout may still have
   * happened, so before trying again the thread is read and `isSame` looks for it.
   */
  async createCommentOnce(number: number, body: string, isSame: (c: Comment) => boolean, attempts = 4): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createComment(number, body);
      } catch (error) {
        if (!isUncertain(error) || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
        const existing = (await this.listComments(number)).find(isSame);
        if (existing) return existing.id;
      }
    }
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    this.conditional?.forgetComment(commentId);
    await this.octokit.rest.issues.updateComment({ ...this.ref, comment_id: commentId, body });
  }

  /** Locks the conversation as resolved (PUT /issues/{n}/lock): only collaborators can comment on it. */
  async lockIssue(number: number): Promise<void> {
    await this.octokit.rest.issues.lock({ ...this.ref, issue_number: number, lock_reason: "resolved" });
  }

  async unlockIssue(number: number): Promise<void> {
    await this.octokit.rest.issues.unlock({ ...this.ref, issue_number: number });
  }

  async deleteComment(commentId: number): Promise<void> {
    // A deleted comment (a secret, a live code) is not kept in any thread's answer, nor saved for the next run.
    this.conditional?.forgetComment(commentId);
    await this.octokit.rest.issues.deleteComment({ ...this.ref, comment_id: commentId });
  }

  /**
   * Hides a comment (GraphQL `minimizeComment`); anyone can still expand it. `RESOLVED`: a secret that
   * could not be deleted (a fallback only); `OUTDATED`: a comment that only asked for news.
   */
  async minimizeComment(nodeId: string, classifier: "RESOLVED" | "OUTDATED"): Promise<void> {
    await this.octokit.graphql(MINIMIZE_COMMENT, { id: nodeId, classifier });
  }

  async addReaction(commentId: number, content: "+1"): Promise<void> {
    await this.octokit.rest.reactions.createForIssueComment({ ...this.ref, comment_id: commentId, content });
  }

  /**
   * The user's access to this repository: `roleName` is the role (`admin`, `maintain`, `write`,
   * `triage`, `read`, or an organisation's custom role's own name); `permission` the base
   * permission GitHub derives from it (`admin`, `write`, `read`, `none`; maintain counts as write).
   */
  async collaboratorAccess(login: string): Promise<{ roleName: string | null; permission: string | null } | null> {
    const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.ref, username: login });
    // Match the exact account asked about: never trust a near match.
    if (!sameLogin(data.user?.login, login)) return null;
    return { roleName: data.role_name ?? null, permission: data.permission ?? null };
  }

  /** Whether `login` can be assigned to issues here: 204 yes, 404 no (GET /repos/{o}/{r}/assignees/{login}). */
  async canBeAssigned(login: string): Promise<boolean> {
    try {
      await this.octokit.rest.issues.checkUserCanBeAssigned({ ...this.ref, assignee: login });
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return false;
      throw error;
    }
  }

  async isActiveTeamMember(org: string, teamSlug: string, login: string): Promise<boolean> {
    const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: login });
    return data.state === "active";
  }

  /** A completed check run on a commit (the verdict on the desk's settings after a push). */
  async completeCheckRun(
    headSha: string,
    name: string,
    conclusion: "success" | "failure" | "neutral",
    output: { title: string; summary: string },
  ): Promise<void> {
    await this.octokit.rest.checks.create({ ...this.ref, name, head_sha: headSha, status: "completed", conclusion, output });
  }

  /** Whether this repository is public now (the reviewers' page shows nothing of a private one). */
  async isPublicNow(): Promise<boolean> {
    const { data } = await this.octokit.rest.repos.get({ ...this.ref });
    return !data.private;
  }

  /** Whether the app can see `owner/name` at all (404: private to others, misspelt or gone). */
  async repositoryVisible(fullName: string): Promise<boolean> {
    const [owner, repo] = fullName.split("/") as [string, string];
    try {
      await this.octokit.rest.repos.get({ owner, repo });
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return false;
      throw error;
    }
  }

  /** Whether `owner/name` has a branch of that name: true, false (404), or throws on other errors. */
  async branchExists(fullName: string, branch: string): Promise<boolean> {
    const [owner, repo] = fullName.split("/") as [string, string];
    try {
      await this.octokit.rest.repos.getBranch({ owner, repo, branch });
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return false;
      throw error;
    }
  }
}
