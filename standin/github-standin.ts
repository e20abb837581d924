// A local stand-in for GitHub: just enough of the REST API and of webhook delivery to run the
// real app with no account and no network (the demo, the end-to-end tests, the benchmark).
// This file is the front door: the HTTP server (recording every exchange, checking credentials,
// then faults and pacing before a route runs) and what people do on GitHub (open issues, comment,
// edit, push), each sending the webhooks GitHub would send. The parts: store.ts (memory),
// rest.ts (routes), webhooks.ts (delivery), pacing.ts (secondary limits), faults.ts (injected
// failures), auth.ts (JWTs and tokens), registration.ts (the manifest flow), shapes.ts (objects).
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StandInAuth } from "./auth.js";
import { Faults } from "./faults.js";
import { Json } from "./json.js";
import { sharedAppKey, throwawayPrivateKey } from "./keys.js";
import { graphqlCost } from "./graphql-cost.js";
import type { StandInOptions } from "./options.js";
import { Pacer, type PacingReport } from "./pacing.js";
import { ManifestFlow } from "./registration.js";
import { API, RestApi } from "./rest.js";
import { organizationShape, pushCommitShape, type ShapeContext } from "./shapes.js";
import { StandInProject, type ItemChange } from "./projects.js";
import { Store, type StoredComment, type StoredIssue, type User } from "./store.js";
import { WebhookSender } from "./webhooks.js";

export type { StandInOptions } from "./options.js";
export type { PacingReport } from "./pacing.js";
export type { StoredComment, StoredIssue, StoredReaction, User } from "./store.js";

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  /** What the stand-in answered (and as what: raw file contents are not JSON). */
  status?: number;
  response?: unknown;
  contentType?: string;
}

export class GitHubStandIn {
  readonly owner: string;
  readonly repo: string;
  readonly bot: User;
  readonly requests: RecordedRequest[] = [];
  /** The app's credentials as GitHub knows them: tests and the app use this key. */
  readonly appId: number;
  readonly appPrivateKey: string;
  /** GitHub's manifest flow (registering an app), for the setup page's tests. */
  readonly registration = new ManifestFlow(throwawayPrivateKey);
  /** How many webhooks the app's own writes caused (to check they cause nothing in turn). */
  echoed = 0;
  private readonly installationId: number;
  private readonly store: Store;
  private readonly json: Json;
  private readonly auth: StandInAuth;
  private readonly webhookSender: WebhookSender;
  private readonly pacer: Pacer;
  private readonly faults: Faults;
  /** A crash in progress (crashAfterWrites): the authorizations of the dead process. */
  private crash: { writesLeft: number; dead: Set<string> } | null = null;
  private readonly rest: RestApi;
  private server: Server | null = null;
  /** `127.0.0.1:port` once started (asked for every URL a shape holds: Server.address() each time was a hot spot). */
  private address: string | null = null;

  constructor(private readonly options: StandInOptions) {
    this.owner = options.owner ?? "registry";
    this.repo = options.repo ?? "support";
    this.installationId = options.installationId ?? 1;
    this.bot = { login: `${options.appSlug ?? "recovery-triage"}[bot]`, id: 9_000_001, type: "Bot" };
    this.appId = options.appId ?? 1;
    this.appPrivateKey = options.appPrivateKey ?? sharedAppKey();
    this.auth = new StandInAuth(this.appPrivateKey, this.appId, options.tokenLifetimeMs ?? 3_600_000);
    this.store = new Store(options.files ?? {}, options.now);
    this.json = new Json(this.store, () => this.shapeContext());
    this.webhookSender = new WebhookSender(options.webhookSecret, options.webhookUrl);
    this.pacer = new Pacer(options.pacing ?? false, options.writeLimits, options.pointLimits);
    this.faults = new Faults(options.faults, this.pacer.report.injected);
    const site = { owner: this.owner, repo: this.repo, bot: this.bot, appId: this.appId, installationId: this.installationId };
    this.project = options.project ? new StandInProject(options.project, this.store, { owner: this.owner, name: this.repo }) : null;
    this.rest = new RestApi(
      site,
      this.store,
      this.json,
      this.auth,
      options,
      (name, payload) => this.echo(name, payload),
      this.project,
      (change) => {
        this.echoed++;
        void this.sendItemChange(change, this.bot);
      },
    );
  }

  /** The organisation's project board, when the options set one up. */
  readonly project: StandInProject | null;

  /** Rate-limit points the app has spent on REST (every request but a 304, as GitHub counts them). */
  rateLimitUsed = 0;
  /** Points spent on GraphQL, its own budget (graphql-cost.ts: as GitHub computes a call's cost). */
  graphqlPointsUsed = 0;

  private rateHeaders(resource: "core" | "graphql" = "core"): Record<string, string> {
    const used = resource === "core" ? this.rateLimitUsed : this.graphqlPointsUsed;
    return {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": String(Math.max(0, 5000 - used)),
      "x-ratelimit-used": String(used),
      "x-ratelimit-resource": resource,
    };
  }

  /** The next `count` webhooks are lost on the way, as GitHub's sometimes are (it never retries on its own). */
  loseNextWebhooks(count = 1): void {
    this.webhookSender.loseNext(count);
  }

  /**
   * The app's process dies right after its next `writes` writes: GitHub has them, and nothing that
   * process sends afterwards is done. A new process has a token of its own. For tests of a crash
   * between any two writes in one process: the dead one's requests are refused at once (a dropped
   * connection would leave it waiting on timeouts, a 401 on @octokit/auth-app's replication retries)
   * so that it winds down without anything more reaching GitHub.
   */
  crashAfterWrites(writes: number): void {
    // A process that died stays dead; 0 disarms a crash the step did not reach.
    this.crash = { writesLeft: writes, dead: this.crash?.dead ?? new Set() };
  }

  /** GitHub lets the app delete comments again (a permission restored, a moderation lock lifted). */
  allowCommentDeletion(): void {
    this.options.refuseCommentDeletion = false;
  }

  /** How many of the next webhooks will still be lost. */
  get webhooksToLose(): number {
    return this.webhookSender.losing;
  }

  /** A person moves a request's item on the project board to the option named. */
  async moveProjectItem(number: number, actor: string, option: string): Promise<void> {
    if (!this.project) throw new Error("the stand-in has no project");
    await this.sendItemChange(this.project.move(number, option), this.user(actor));
  }

  /** `projects_v2_item.edited`: an organisation's event (no repository), as GitHub sends it. */
  private sendItemChange(change: ItemChange, sender: User): Promise<void> {
    const at = this.store.stamp();
    const payload = {
      action: "edited",
      projects_v2_item: {
        ...change.item,
        content_type: "Issue",
        creator: this.json.user(sender),
        created_at: at,
        updated_at: at,
        archived_at: null,
      },
      changes: {
        field_value: {
          field_node_id: change.field.node_id,
          field_type: "single_select",
          field_name: change.field.name,
          project_number: change.field.project_number,
          // No earlier value: GitHub leaves `from` out (its published schema admits no null there).
          ...(change.from ? { from: change.from } : {}),
          to: change.to,
        },
      },
      organization: organizationShape(this.shapeContext(), this.project!.spec.owner),
      sender: this.json.user(sender),
      installation: { id: this.installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${this.installationId}` },
    };
    return this.webhookSender.send("projects_v2_item", payload);
  }

  // ---------------------------------------------------------------- what tests look at

  get issues(): Map<number, StoredIssue> {
    return this.store.issues;
  }
  get comments(): Map<number, StoredComment> {
    return this.store.comments;
  }
  get files(): Map<string, string> {
    return this.store.files;
  }
  get reactions() {
    return this.store.reactions;
  }
  /** Branches that exist in other repositories, as `owner/name:branch` (for repository challenges). */
  get branches(): Set<string> {
    return this.store.branches;
  }
  /** Comments hidden through GraphQL `minimizeComment`, by comment id, with the classifier. */
  get minimized(): Map<number, string> {
    return this.store.minimized;
  }
  /** Check runs the app created, as GitHub stores them. */
  get checkRuns() {
    return this.store.checkRuns;
  }
  /** Every webhook delivery sent (name and payload), to hold them to GitHub's contract. */
  get webhooks() {
    return this.webhookSender.sent;
  }
  /** The id of the last delivery sent. */
  get lastDelivery(): string | null {
    return this.webhookSender.lastDelivery;
  }
  get pacing(): PacingReport {
    return this.pacer.report;
  }

  /** Write requests the app made (anything but GET, apart from fetching an installation token). */
  writes(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method !== "GET" && !r.path.startsWith("/app/"));
  }

  /** Read requests, on the same terms (the app's one-off `GET /app` is not counted). */
  reads(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method === "GET" && !r.path.startsWith("/app"));
  }

  user(login: string): User {
    return this.store.user(login);
  }

  thread(number: number): { issue: StoredIssue; comments: StoredComment[] } {
    return { issue: this.store.mustIssue(number), comments: this.store.commentsOf(number) };
  }

  /**
   * Every issue's final state, comparable across runs: state, labels, assignees and the comments
   * (reply keys are random per reply, so they are blanked).
   */
  snapshot(): { number: number; state: string; labels: string[]; assignees: string[]; comments: string[] }[] {
    return [...this.store.issues.keys()].map((n) => {
      const { issue, comments } = this.thread(n);
      return {
        number: n,
        state: `${issue.state}/${issue.state_reason ?? ""}`,
        labels: [...issue.labels].sort(),
        assignees: [...issue.assignees].sort(),
        comments: comments.map(
          (c) => `${c.user.login}: ${c.body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "…")}`,
        ),
      };
    });
  }

  /** A person's token (a reviewer's), for the CLI run as that person. */
  userToken(login: string): string {
    return this.auth.issueUserToken(login);
  }

  /** A valid installation token, for tests that call the stand-in's API themselves. */
  installationToken(): string {
    return this.auth.issueToken(this.installationId).token;
  }

  // ---------------------------------------------------------------- server and deliveries

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.address = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return `http://${this.address}`;
  }

  /** `host:port`, as GHE_HOST wants it. */
  get host(): string {
    if (!this.address) throw new Error("the stand-in has not been started");
    return this.address;
  }

  async stop(): Promise<void> {
    await this.settled();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
    this.address = null;
  }

  /** Where webhooks go; with several URLs (several app instances) they take turns. */
  deliverTo(...urls: string[]): void {
    this.webhookSender.deliverTo(urls);
  }

  /** Sends a delivery again with the same X-GitHub-Delivery, to the next instance in turn. */
  redeliver(id: string): Promise<void> {
    return this.webhookSender.redeliver(id);
  }

  /** Something else `settled` must wait for (the app's own work queue, when it answers webhooks early). */
  alsoWaitFor(idle: () => Promise<void>): void {
    this.webhookSender.alsoWaitFor(idle);
  }

  /** Resolves once every webhook sent so far (and any they caused) has been answered and handled. */
  settled(): Promise<void> {
    return this.webhookSender.settled();
  }

  /**
   * The next `method` request whose path matches gets this answer instead (and is not performed),
   * as GitHub answers a rate-limited request: 429, or 403 with or without `retry-after`, or the
   * primary limit's `x-ratelimit-remaining: 0` with `x-ratelimit-reset`.
   */
  answerOnce(method: string, path: RegExp, status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.faults.answerOnce(method, path, status, body, headers);
  }

  // ---------------------------------------------------------------- people's actions

  async openIssue(author: string, title: string, body: string, labels: string[] = []): Promise<StoredIssue> {
    const issue = this.store.addIssue(this.user(author), title, body, labels);
    await this.send("issues", { action: "opened", issue: this.json.issue(issue) }, issue.user);
    // An issue created with labels (an issue form applies its own) is followed by a `labeled` for each.
    for (const name of issue.labels) {
      await this.send("issues", { action: "labeled", issue: this.json.issue(issue), label: this.json.label(name) }, issue.user);
    }
    return issue;
  }

  editIssueBody(number: number, actor: string, body: string): Promise<void> {
    return this.editIssue(number, actor, "body", body);
  }

  editIssueTitle(number: number, actor: string, title: string): Promise<void> {
    return this.editIssue(number, actor, "title", title);
  }

  /** Someone (a maintainer) adds a label: GitHub sends `labeled`. */
  async addLabel(number: number, actor: string, name: string): Promise<void> {
    const issue = this.store.mustIssue(number);
    if (!issue.labels.includes(name)) issue.labels.push(name);
    await this.send("issues", { action: "labeled", issue: this.json.issue(issue), label: this.json.label(name) }, this.user(actor));
  }

  /** A person edits a comment (theirs, or as a maintainer anyone's): GitHub sends `issue_comment.edited`. */
  async editComment(id: number, actor: string, body: string): Promise<void> {
    const comment = this.store.comments.get(id);
    if (!comment) throw new Error(`no comment ${id}`);
    const from = comment.body;
    comment.body = body;
    comment.updated_at = this.store.stamp();
    const issue = this.json.issue(this.store.mustIssue(comment.issue));
    const payload = { action: "edited", issue, comment: this.json.comment(comment), changes: { body: { from } } };
    await this.send("issue_comment", payload, this.user(actor));
  }

  /** The ids of a public repository (not the support one) as GitHub has them now; null when none has the name. */
  publicIdentity(fullName: string): { repositoryId: number; ownerId: number } | null {
    return this.rest.publicIdentity(fullName);
  }

  /**
   * An admin makes the support repository private (or public again). GitHub then sends
   * `repository.privatized` (or `publicized`); `lose` drops that webhook, as GitHub may.
   */
  async setPrivate(value: boolean, actor = "admin"): Promise<void> {
    this.options.private = value;
    const payload = { action: value ? "privatized" : "publicized", repository: this.json.repository(this.owner, this.repo) };
    await this.send("repository", payload, this.user(actor));
  }

  /** Someone reacts 👍 to a comment (GitHub sends no webhook for reactions). */
  react(commentId: number): void {
    this.store.reactions.push({ comment: commentId, content: "+1" });
  }

  async setIssueState(number: number, actor: string, state: "open" | "closed", reason: string | null = null): Promise<void> {
    const issue = this.store.mustIssue(number);
    issue.state = state;
    issue.state_reason = state === "closed" ? (reason ?? "completed") : "reopened";
    if (state === "closed") issue.closed_at = this.store.stamp();
    await this.send("issues", { action: state === "closed" ? "closed" : "reopened", issue: this.json.issue(issue) }, this.user(actor));
  }

  /** Someone comments. On a locked issue only collaborators with write access can: anyone else is refused, as GitHub does. */
  async comment(number: number, actor: string, body: string): Promise<StoredComment> {
    const issue = this.store.mustIssue(number);
    if (issue.locked && !["admin", "maintain", "write"].includes(this.options.roles?.[actor] ?? ""))
      throw new Error(`${actor} cannot comment: issue #${number} is locked to collaborators`);
    const comment = this.store.addComment(number, this.user(actor), body);
    const payload = { action: "created", issue: this.json.issue(issue), comment: this.json.comment(comment) };
    await this.send("issue_comment", payload, comment.user);
    return comment;
  }

  /**
   * Someone pushes to the default branch: the files change (null deletes one) and GitHub sends
   * `push` with the commit's added, modified and removed paths.
   */
  async push(actor: string, changes: Record<string, string | null>): Promise<string> {
    const commit = { added: [] as string[], modified: [] as string[], removed: [] as string[] };
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) {
        if (this.store.files.delete(path)) commit.removed.push(path);
      } else {
        (this.store.files.has(path) ? commit.modified : commit.added).push(path);
        this.store.files.set(path, content);
      }
    }
    const after = randomUUID().replace(/-/g, "").padEnd(40, "0").slice(0, 40);
    const head = pushCommitShape(this.shapeContext(), after, actor, commit);
    const before = "0".repeat(40);
    const compare = `http://${this.host}/${this.owner}/${this.repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`;
    const pusher = { name: actor, email: `${actor}@users.noreply.example` };
    const payload = { ref: "refs/heads/main", before, after, base_ref: null, compare, created: false, deleted: false, forced: false };
    await this.send("push", { ...payload, commits: [head], head_commit: head, pusher }, this.user(actor));
    return after;
  }

  /** GitHub's `issues.edited` names what changed and what it was before. */
  private async editIssue(number: number, actor: string, field: "body" | "title", value: string): Promise<void> {
    const issue = this.store.mustIssue(number);
    const from = issue[field];
    issue[field] = value;
    await this.send("issues", { action: "edited", issue: this.json.issue(issue), changes: { [field]: { from } } }, this.user(actor));
  }

  /** A webhook with what every delivery carries: the repository, the sender and the installation. */
  private send(name: string, payload: Record<string, unknown>, sender: User): Promise<void> {
    const installation = { id: this.installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${this.installationId}` };
    const repository = this.json.repository(this.owner, this.repo);
    return this.webhookSender.send(name, { ...payload, repository, sender: this.json.user(sender), installation });
  }

  /** Events caused by the app's own writes go out without being awaited, as GitHub's would. */
  private echo(name: string, payload: Record<string, unknown>): void {
    this.echoed++;
    void this.send(name, payload, this.bot);
  }

  // ---------------------------------------------------------------- HTTP

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.crash?.dead.has(req.headers.authorization ?? "")) return sendRaw(res, 403, GONE, {});
    const url = new URL(req.url ?? "/", "http://standin");
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    // GitHub Enterprise serves REST under /api/v3 and GraphQL at /api/graphql (github.com: /graphql).
    const path = url.pathname.startsWith(API)
      ? url.pathname.slice(API.length)
      : url.pathname === "/api/graphql"
        ? "/graphql"
        : url.pathname;
    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    if (this.registration.handle(req, path, raw, origin, res)) return;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    // Every exchange is recorded with its answer, so the tests can hold both to GitHub's contract.
    const record: RecordedRequest = { method, path: `${path}${url.search}`, ...(body ? { body } : {}) };
    this.requests.push(record);
    /** `bytes`: the answer already serialized (a GET's, hashed for its ETag), so a long thread is encoded once. */
    const send = (status: number, answer?: unknown, headers: Record<string, string> = {}, bytes?: Buffer) => {
      record.status = status;
      // A JSON answer is kept as its bytes and read back only when a test holds it to GitHub's contract:
      // a flooded thread's pages would otherwise keep hundreds of megabytes of objects alive.
      if (bytes && typeof answer !== "string") {
        let parsed: unknown;
        Object.defineProperty(record, "response", { get: () => (parsed ??= JSON.parse(bytes.toString("utf8"))), enumerable: true });
      } else record.response = answer;
      record.contentType = headers["content-type"] ?? "application/json";
      sendRaw(res, status, bytes ?? answer, headers);
    };
    const publicRead = !this.options.private && path.startsWith(`/repos/${this.owner}/${this.repo}`);
    const authorized = this.auth.check(method, path, req.headers.authorization, publicRead);
    // GET /user: who a person's token belongs to.
    const person = this.auth.personOf(req.headers.authorization);
    if (authorized.ok && method === "GET" && path === "/user") {
      return person ? send(200, this.json.user(this.store.user(person))) : send(401, { message: "Requires authentication" });
    }
    if (!authorized.ok) return send(authorized.status, { message: authorized.message, documentation_url: "https://docs.github.com/rest" });
    try {
      // Content creation: REST writes and GraphQL mutations (a GraphQL query is a read).
      const mutation = path === "/graphql" && /^\s*mutation\b/.test(String((body as { query?: unknown } | undefined)?.query ?? ""));
      const write = method !== "GET" && !path.startsWith("/app/") && (path !== "/graphql" || mutation);
      const creation = method === "POST" && /\/issues\/\d+\/comments$/.test(path);
      const once = this.faults.takeOnce(method, path);
      if (once) return send(once.status, once.body, once.headers);
      // Token exchanges and app lookups (/app/…) are GitHub's own plumbing, not counted against the endpoint's points.
      if (!path.startsWith("/app/")) {
        const busy = this.pacer.admit(path === "/graphql" ? "graphql" : "rest", write);
        if (busy) return send(busy.status, busy.body, busy.headers);
        res.once("close", () => this.pacer.done());
      }
      const refused = write ? this.pacer.pace(creation) : null;
      if (refused) return send(refused.status, refused.body, refused.headers);
      const fault = this.faults.roll(path, write);
      if ("answer" in fault) return send(fault.answer.status, fault.answer.body, fault.answer.headers);
      const result = this.rest.handle(method, path, url.searchParams, body ?? {}, req.headers.accept ?? "", origin);
      if (write && this.crash && this.crash.writesLeft > 0 && --this.crash.writesLeft === 0) {
        // The write is done; the process that asked for it is gone before the answer.
        this.crash.dead.add(req.headers.authorization ?? "");
        return sendRaw(res, 403, GONE, {});
      }
      // Half of the 502s on writes happen after GitHub did the write: the nastiest case for duplicates.
      if (fault.failAfter) return send(502, { message: "Server Error" });
      // GitHub's conditional requests: every 200 to a GET carries an ETag; asking again with it gets a
      // 304, which does not count against the rate limit.
      if (method === "GET" && result.status === 200) {
        const bytes = Buffer.from(typeof result.body === "string" ? result.body : JSON.stringify(result.body));
        const etag = `W/"${createHash("sha1")
          .update(bytes)
          .update(result.headers?.link ?? "")
          .digest("hex")}"`;
        if (req.headers["if-none-match"] === etag) return send(304, undefined, { etag, ...this.rateHeaders() });
        this.rateLimitUsed++;
        return send(result.status, result.body, { ...result.headers, etag, ...this.rateHeaders() }, bytes);
      }
      if (path === "/graphql") {
        this.graphqlPointsUsed += graphqlCost(String(body?.query ?? ""), (body?.variables ?? {}) as Record<string, unknown>);
        return send(result.status, result.body, { ...result.headers, ...this.rateHeaders("graphql") });
      }
      this.rateLimitUsed++;
      send(result.status, result.body, { ...result.headers, ...this.rateHeaders() });
    } catch (error) {
      send(500, { message: (error as Error).message });
    }
  }

  /** Where the stand-in's objects point (its own address), for the shapes of GitHub's objects. */
  private shapeContext(): ShapeContext {
    const web = this.server ? `http://${this.host}` : "http://127.0.0.1";
    return { web, api: `${web}${API}`, owner: this.owner, repo: this.repo, privateRepo: this.options.private };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** The answer to a process that has died (crashAfterWrites). */
const GONE = { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" };

function sendRaw(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}
