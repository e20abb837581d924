// The REST (and one GraphQL) routes the app uses, answered from the store as GitHub answers them:
// the same statuses, the same refusals (422 for an unassignable assignee, 404 for what the app
// may not see), pagination by Link header, and the webhooks the app's own writes cause.
import type { StandInAuth } from "./auth.js";
import type { Json } from "./json.js";
import type { StandInOptions } from "./options.js";
import { appShape, checkRunShape, installationShape } from "./shapes.js";
import type { Store, StoredIssue, User } from "./store.js";
import { PublicRepos, type Answer } from "./public-repos.js";
import type { ItemChange, StandInProject } from "./projects.js";

export const API = "/api/v3";

export type { Answer };

export interface RestSite {
  owner: string;
  repo: string;
  bot: User;
  appId: number;
  installationId: number;
}

/** GitHub's ReportedContentClassifiers (test/github/graphql-contract.test.ts holds this list to the published schema). */
export const MINIMIZE_CLASSIFIERS = ["SPAM", "ABUSE", "OFF_TOPIC", "OUTDATED", "DUPLICATE", "RESOLVED"];

/** The reasons GitHub accepts for locking a conversation. */
const LOCK_REASONS = ["off-topic", "too heated", "resolved", "spam"];

const NOT_FOUND: Answer = { status: 404, body: { message: "Not Found" } };

export class RestApi {
  private readonly publicSide: PublicRepos;

  constructor(
    private readonly site: RestSite,
    private readonly store: Store,
    private readonly json: Json,
    private readonly auth: StandInAuth,
    private readonly options: StandInOptions,
    /** Events caused by the app's own writes (sent without being awaited, as GitHub's are). */
    private readonly echo: (name: string, payload: Record<string, unknown>) => void,
    private readonly project: StandInProject | null = null,
    private readonly itemChanged: (change: ItemChange) => void = () => undefined,
  ) {
    this.publicSide = new PublicRepos(options, store, json);
  }

  handle(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, accept: string, origin: string): Answer {
    const { owner, repo, appId, installationId } = this.site;
    const repoPrefix = `/repos/${owner}/${repo}`;
    const seg = path.split("/").filter(Boolean);
    const ctx = this.json.context();
    const slug = this.site.bot.login.replace("[bot]", "");
    if (method === "GET" && path === "/app") return { status: 200, body: appShape(ctx, appId, slug) };
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) return this.token(Number(seg[2]));
    if (method === "POST" && path === "/graphql") return this.graphql(body);
    if (method === "GET" && seg[0] === "repos" && seg[3] === "contents") return this.content(seg, accept);
    if (method === "GET" && path === "/app/installations")
      return { status: 200, body: [installationShape(ctx, installationId, appId, slug)] };
    if (method === "GET" && path === `${repoPrefix}/installation`)
      return { status: 200, body: installationShape(ctx, installationId, appId, slug) };
    if (method === "GET" && path === "/installation/repositories") {
      return { status: 200, body: { total_count: 1, repository_selection: "selected", repositories: [this.json.repository(owner, repo)] } };
    }
    if (method === "GET" && seg[0] === "repos" && seg.length === 3) return this.repository(seg[1]!, seg[2]!, origin);
    const publicAnswer = method === "GET" && !path.startsWith(repoPrefix) ? this.publicSide.handle(seg, query) : null;
    if (publicAnswer) return publicAnswer;
    if (method === "GET" && seg[0] === "repos" && seg[3] === "branches" && seg[4]) {
      const key = `${seg[1]}/${seg[2]}:${seg.slice(4).map(decodeURIComponent).join("/")}`.toLowerCase();
      return this.store.branches.has(key)
        ? { status: 200, body: { name: seg[4] } }
        : { status: 404, body: { message: "Branch not found" } };
    }
    if (!path.startsWith(repoPrefix)) return NOT_FOUND;
    return this.repositoryRoute(method, path, seg.slice(3), query, body, origin);
  }

  /** Routes under the support repository: `rest` is the path after `/repos/{owner}/{repo}`. */
  private repositoryRoute(
    method: string,
    path: string,
    rest: string[],
    query: URLSearchParams,
    body: Record<string, unknown>,
    origin: string,
  ): Answer {
    if (rest[0] === "issues" && rest.length === 1 && method === "GET") return this.listIssues(query, origin);
    // Who can be assigned: collaborators (any role), as GitHub answers: 204 or 404.
    if (rest[0] === "assignees" && rest[1] && method === "GET")
      return this.assignable(decodeURIComponent(rest[1])) ? { status: 204 } : NOT_FOUND;
    if (rest[0] === "check-runs" && rest.length === 1 && method === "POST") return this.createCheckRun(body);
    if (rest[0] === "issues" && rest[1] === "comments" && rest[3] === "reactions" && method === "POST") {
      this.store.reactions.push({ comment: Number(rest[2]), content: String(body.content) });
      return { status: 201, body: { id: this.store.reactions.length, content: body.content } };
    }
    if (rest[0] === "issues" && rest[1] === "comments" && rest[2]) return this.commentById(method, Number(rest[2]), body);
    if (rest[0] === "issues" && rest[1]) {
      const issue = this.store.issues.get(Number(rest[1]));
      if (!issue) return NOT_FOUND;
      if (rest.length === 2 && method === "GET") return { status: 200, body: this.json.issue(issue) };
      if (rest.length === 2 && method === "PATCH") return this.updateIssue(issue, body);
      if (rest[2] === "lock" && rest.length === 3 && (method === "PUT" || method === "DELETE")) return this.lock(issue, method, body);
      if (rest[2] === "comments" && method === "GET") {
        return page(
          this.store.commentsOf(issue.number).map((c) => this.json.comment(c)),
          query,
          `${origin}${API}${path}`,
        );
      }
      if (rest[2] === "comments" && method === "POST") {
        const comment = this.store.addComment(issue.number, this.site.bot, String(body.body ?? ""));
        this.echo("issue_comment", { action: "created", issue: this.json.issue(issue), comment: this.json.comment(comment) });
        return { status: 201, body: this.json.comment(comment) };
      }
    }
    if (rest[0] === "collaborators" && rest[2] === "permission" && method === "GET") return this.permission(rest[1] ?? "");
    return NOT_FOUND;
  }

  private token(installation: number): Answer {
    if (installation !== this.site.installationId) return NOT_FOUND;
    const { token, expiresAt } = this.auth.issueToken(installation);
    return { status: 201, body: { token, expires_at: expiresAt.toISOString(), permissions: {}, repository_selection: "all" } };
  }

  /** The ids of a public repository other than the support one, as GitHub has them now. */
  publicIdentity(fullName: string): { repositoryId: number; ownerId: number } | null {
    return this.publicSide.identity(fullName);
  }

  /** The support repository and the public ones the options name; anything else is 404 to the app. */
  private repository(owner: string, name: string, origin: string): Answer {
    if (`${owner}/${name}`.toLowerCase() === `${this.site.owner}/${this.site.repo}`.toLowerCase())
      return { status: 200, body: this.json.repository(owner, name, "User") };
    return this.publicSide.repository(`${owner}/${name}`, origin);
  }

  /**
   * The one GraphQL operation the app uses: `minimizeComment(input: {subjectId, classifier})`.
   * Anything else is answered as GitHub answers an unknown field.
   */
  private graphql(body: Record<string, unknown>): Answer {
    const query = String(body.query ?? "");
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const projectAnswer = this.project?.answer(query, variables, this.itemChanged);
    if (projectAnswer) return { status: 200, body: projectAnswer };
    const mutation = /minimizeComment\s*\(\s*input:\s*\{\s*subjectId:\s*\$(\w+)\s*,\s*classifier:\s*(\$?\w+)\s*\}/.exec(query);
    if (!mutation) return { status: 200, body: { errors: [{ message: "Field not supported by the stand-in", locations: [] }] } };
    const nodeId = String(variables[mutation[1]!] ?? "");
    // The classifier written in the query or passed as a variable; GitHub refuses a value outside its enum.
    const written = mutation[2]!;
    const classifier = written.startsWith("$") ? String(variables[written.slice(1)] ?? "") : written;
    if (!MINIMIZE_CLASSIFIERS.includes(classifier)) {
      const message = `Variable $classifier of type ReportedContentClassifiers! was provided invalid value`;
      return { status: 200, body: { errors: [{ message, locations: [] }] } };
    }
    const comment = [...this.store.comments.values()].find((c) => `IC_${c.id}` === nodeId);
    if (!comment) {
      const message = `Could not resolve to a node with the global id of '${nodeId}'`;
      return {
        status: 200,
        body: { data: { minimizeComment: null }, errors: [{ type: "NOT_FOUND", path: ["minimizeComment"], message }] },
      };
    }
    this.store.minimized.set(comment.id, classifier);
    const minimizedComment = { isMinimized: true, minimizedReason: classifier.toLowerCase() };
    return { status: 200, body: { data: { minimizeComment: { minimizedComment } } } };
  }

  /**
   * PUT/DELETE /issues/{n}/lock, as GitHub answers: 204; a reason outside GitHub's four is a 422;
   * unlocking an issue that is not locked is a 404. Each change sends `issues.locked`/`unlocked`.
   */
  private lock(issue: StoredIssue, method: string, body: Record<string, unknown>): Answer {
    if (method === "DELETE") {
      if (!issue.locked) return NOT_FOUND;
      issue.locked = false;
      issue.active_lock_reason = null;
      this.echo("issues", { action: "unlocked", issue: this.json.issue(issue) });
      return { status: 204 };
    }
    const reason = body.lock_reason;
    if (reason !== undefined && !LOCK_REASONS.includes(String(reason)))
      return {
        status: 422,
        body: { message: "Validation Failed", errors: [{ resource: "Issue", field: "lock_reason", code: "invalid" }] },
      };
    issue.locked = true;
    issue.active_lock_reason = reason === undefined ? null : String(reason);
    this.echo("issues", { action: "locked", issue: this.json.issue(issue) });
    return { status: 204 };
  }

  private assignable(login: string): boolean {
    return Object.keys(this.options.roles ?? {}).some((l) => l.toLowerCase() === login.toLowerCase());
  }

  private content(seg: string[], accept: string): Answer {
    const [, owner, repo] = seg;
    const here = `${owner}/${repo}` === `${this.site.owner}/${this.site.repo}`;
    const file = here ? this.store.files.get(seg.slice(4).map(decodeURIComponent).join("/")) : undefined;
    if (file === undefined) return NOT_FOUND;
    if (accept.includes("raw")) return { status: 200, body: file, headers: { "content-type": "text/plain; charset=utf-8" } };
    return { status: 200, body: { type: "file", encoding: "base64", content: Buffer.from(file).toString("base64") } };
  }

  private listIssues(query: URLSearchParams, origin: string): Answer {
    const state = query.get("state") ?? "open";
    const wanted = (query.get("labels") ?? "")
      .split(",")
      .filter(Boolean)
      .map((l) => l.toLowerCase());
    const list = [...this.store.issues.values()]
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => (query.get("direction") === "asc" ? a.number - b.number : b.number - a.number));
    // Only the page asked for is shaped (a desk of thousands is listed a page at a time).
    return page(list, query, `${origin}${API}/repos/${this.site.owner}/${this.site.repo}/issues`, (i) => this.json.issue(i));
  }

  private createCheckRun(body: Record<string, unknown>): Answer {
    const run = {
      head_sha: String(body.head_sha),
      name: String(body.name),
      status: String(body.status),
      conclusion: String(body.conclusion),
      output: body.output as { title: string; summary: string },
    };
    this.store.checkRuns.push(run);
    const ctx = this.json.context();
    const app = appShape(ctx, this.site.appId, this.site.bot.login.replace("[bot]", ""));
    return { status: 201, body: checkRunShape(ctx, this.store.checkRuns.length, run, app) };
  }

  private updateIssue(issue: StoredIssue, body: Record<string, unknown>): Answer {
    // GitHub refuses the whole update, applying nothing, when one assignee cannot be assigned.
    const refused = Array.isArray(body.assignees)
      ? body.assignees.map(String).filter((a) => !this.assignable(a) && !issue.assignees.includes(a))
      : [];
    if (refused.length > 0) {
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          errors: refused.map((value) => ({ value, resource: "Issue", field: "assignees", code: "invalid" })),
          documentation_url: "https://docs.github.com/rest/issues/issues#update-an-issue",
        },
      };
    }
    const before = { labels: [...issue.labels], state: issue.state };
    if (Array.isArray(body.labels)) issue.labels = body.labels.map(String);
    if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
    if (typeof body.body === "string") issue.body = body.body;
    if (typeof body.title === "string") issue.title = body.title;
    if (body.state === "closed" || body.state === "open") {
      issue.state = body.state;
      issue.state_reason = body.state === "closed" ? String(body.state_reason ?? "completed") : "reopened";
      if (body.state === "closed" && before.state === "open") issue.closed_at = this.store.stamp();
    }
    const json = this.json.issue(issue);
    for (const label of issue.labels.filter((l) => !before.labels.includes(l)))
      this.echo("issues", { action: "labeled", issue: json, label: this.json.label(label) });
    if (before.state !== issue.state) this.echo("issues", { action: issue.state === "closed" ? "closed" : "reopened", issue: json });
    if (typeof body.body === "string") this.echo("issues", { action: "edited", issue: json, changes: { body: { from: "" } } });
    return { status: 200, body: json };
  }

  private commentById(method: string, id: number, body: Record<string, unknown>): Answer {
    const comment = this.store.comments.get(id);
    if (!comment) return NOT_FOUND;
    const issue = this.store.mustIssue(comment.issue);
    if (method === "PATCH") {
      comment.body = String(body.body ?? "");
      comment.updated_at = this.store.stamp();
      this.echo("issue_comment", {
        action: "edited",
        issue: this.json.issue(issue),
        comment: this.json.comment(comment),
        changes: { body: { from: "" } },
      });
      return { status: 200, body: this.json.comment(comment) };
    }
    if (method === "DELETE") {
      if (this.options.refuseCommentDeletion) return { status: 403, body: { message: "Resource not accessible by integration" } };
      this.store.comments.delete(id);
      this.echo("issue_comment", { action: "deleted", issue: this.json.issue(issue), comment: this.json.comment(comment) });
      return { status: 204 };
    }
    return { status: 200, body: this.json.comment(comment) };
  }

  private permission(login: string): Answer {
    const role = this.options.roles?.[login];
    if (!role) return NOT_FOUND;
    // `permission` is the base permission GitHub derives: maintain counts as write, triage as read;
    // a custom role reports its own name as role_name and its base as permission.
    const base = this.options.customRoles?.[role] ?? role;
    const permission = base === "admin" ? "admin" : base === "write" || base === "maintain" ? "write" : "read";
    const permissions = {
      admin: base === "admin",
      maintain: base === "maintain" || base === "admin",
      push: permission !== "read",
      triage: base !== "read",
      pull: true,
    };
    return {
      status: 200,
      body: { permission, role_name: role, user: { ...this.json.user(this.store.user(login)), role_name: role, permissions } },
    };
  }
}

/** A page of a list, with GitHub's Link header to the next one. */
function page<T>(items: T[], query: URLSearchParams, base: string, shape: (item: T) => unknown = (item) => item): Answer {
  const perPage = Math.min(Number(query.get("per_page") ?? 30) || 30, 100);
  const n = Math.max(Number(query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const headers: Record<string, string> = {};
  if (n < last) {
    const next = new URLSearchParams(query);
    next.set("page", String(n + 1));
    headers.link = `<${base}?${next.toString()}>; rel="next"`;
  }
  return { status: 200, body: items.slice((n - 1) * perPage, n * perPage).map(shape), headers };
}
