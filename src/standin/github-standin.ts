// A local stand-in for GitHub: just enough of the REST API and of webhook delivery to run the
// real app with no account and no network (the demo, the end-to-end test, the benchmark).
// It keeps issues and comments in memory, records every request so writes can be counted, and
// sends the webhooks GitHub would send — including those caused by the app's own writes.
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { throwawayPrivateKey } from "./keys.js";
import { StandInAuth } from "./auth.js";
import { ManifestFlow } from "./registration.js";
import {
  appShape,
  checkRunShape,
  commentShape,
  installationShape,
  issueShape,
  labelShape,
  pushCommitShape,
  repositoryShape,
  userShape,
  type ShapeContext,
} from "./shapes.js";

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
}

export interface StoredComment {
  id: number;
  issue: number;
  user: User;
  body: string;
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  /** What the stand-in answered (and as what: raw file contents are not JSON). */
  status?: number;
  response?: unknown;
  contentType?: string;
}

export interface StandInOptions {
  owner?: string;
  repo?: string;
  appSlug?: string;
  installationId?: number;
  /** Files served by the contents API (config, issue form), by path. */
  files?: Record<string, string>;
  webhookSecret: string;
  /** Where the app receives webhooks; can be set later with `deliverTo`. */
  webhookUrl?: string;
  /** Collaborator roles by login (admin, maintain, write, triage, read, or a custom role's name). */
  roles?: Record<string, string>;
  /** The base permission of custom roles, by role name (GitHub reports both). */
  customRoles?: Record<string, "read" | "triage" | "write" | "maintain" | "admin">;
  /**
   * Pace writes like GitHub's secondary limits: content writes at least 1 s apart, comment
   * creation 3 s apart. A request that comes too early is refused (403 with retry-after) and counted.
   */
  pacing?: boolean;
  /**
   * The clock that stamps issues and comments (the test's clock, so the app and GitHub agree on
   * time). Without it, a steady clock that moves a minute per item keeps the demo's output stable.
   */
  now?: () => Date;
  /** The app's id and private key (GitHub checks the app's JWTs with its public key); a fresh key by default. */
  appId?: number;
  appPrivateKey?: string;
  /** How long installation tokens live (GitHub: one hour). */
  tokenLifetimeMs?: number;
  /** Other public repositories that exist (for repository challenges); anything else is 404 to the app. */
  repositories?: string[];
  /** Refuse deleting comments (403), as when the installation lacks the permission: the app must fall back. */
  refuseCommentDeletion?: boolean;
  /** Inject faults into the app's requests (seeded, so a run can be repeated). */
  faults?: { error502: number; secondary403: number; seed: number };
}

export interface PacingReport {
  /** Content writes GitHub would pace (anything but GET and token requests). */
  writes: number;
  /** Of which comment creations (paced 3 s apart). */
  commentCreations: number;
  /** Requests refused for coming too early. */
  violations: number;
  /** Faults injected, by kind. */
  injected: { error502: number; error502AfterWrite: number; secondary403: number };
}

const WRITE_GAP_MS = 1000;
const COMMENT_GAP_MS = 3000;
/** Timer jitter between the client's scheduler and this server. */
const TOLERANCE_MS = 100;

export interface StoredReaction {
  comment: number;
  content: string;
}

const API = "/api/v3";

export class GitHubStandIn {
  readonly owner: string;
  readonly repo: string;
  readonly bot: User;
  readonly issues = new Map<number, StoredIssue>();
  readonly comments = new Map<number, StoredComment>();
  readonly requests: RecordedRequest[] = [];
  readonly files: Map<string, string>;
  readonly reactions: StoredReaction[] = [];
  /** Branches that exist in other repositories, as `owner/name:branch` (for repository challenges). */
  readonly branches = new Set<string>();
  private readonly installationId: number;
  private readonly users = new Map<string, User>();
  private server: Server | null = null;
  private nextIssue = 1;
  private nextComment = 1000;
  private webhookUrls: string[] = [];
  private nextUrl = 0;
  /** Every delivery sent, by id, so one can be redelivered as GitHub's "Redeliver" does. */
  private readonly sent = new Map<string, { name: string; body: string }>();
  private readonly inflight = new Set<Promise<void>>();
  private clock = Date.parse("2026-11-23T09:00:00Z");
  readonly pacing: PacingReport = {
    writes: 0,
    commentCreations: 0,
    violations: 0,
    injected: { error502: 0, error502AfterWrite: 0, secondary403: 0 },
  };
  private lastWrite = 0;
  private lastComment = 0;
  private random: () => number;
  /** The app's credentials as GitHub knows them: tests and the app use this key. */
  readonly appId: number;
  readonly appPrivateKey: string;
  private readonly auth: StandInAuth;
  /** GitHub's manifest flow (registering an app), for the setup page's tests. */
  readonly registration = new ManifestFlow(throwawayPrivateKey);

  constructor(private readonly options: StandInOptions) {
    this.owner = options.owner ?? "registry";
    this.repo = options.repo ?? "support";
    this.installationId = options.installationId ?? 1;
    this.bot = { login: `${options.appSlug ?? "recovery-triage"}[bot]`, id: 9_000_001, type: "Bot" };
    this.files = new Map(Object.entries(options.files ?? {}));
    this.webhookUrls = options.webhookUrl ? [options.webhookUrl] : [];
    this.random = seeded(options.faults?.seed ?? 1);
    this.appId = options.appId ?? 1;
    this.appPrivateKey = options.appPrivateKey ?? throwawayPrivateKey();
    this.auth = new StandInAuth(this.appPrivateKey, this.appId, options.tokenLifetimeMs ?? 3_600_000);
  }

  // ---------------------------------------------------------------- server

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** `host:port`, as GHE_HOST wants it. */
  get host(): string {
    return `127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await this.settled();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** Where webhooks go; with several URLs (several app instances) they take turns. */
  deliverTo(...urls: string[]): void {
    this.webhookUrls = urls;
    this.nextUrl = 0;
  }

  /** The id of the last delivery sent. */
  lastDelivery: string | null = null;

  /** Sends a delivery again with the same X-GitHub-Delivery, to the next instance in turn. */
  async redeliver(id: string): Promise<void> {
    const delivery = this.sent.get(id);
    if (!delivery) throw new Error(`no delivery ${id}`);
    await this.post(id, delivery.name, delivery.body);
  }

  private readonly quiet: (() => Promise<void>)[] = [];

  /** Something else `settled` must wait for (the app's own work queue, when it answers webhooks early). */
  alsoWaitFor(idle: () => Promise<void>): void {
    this.quiet.push(idle);
  }

  /** Resolves once every webhook sent so far (and any they caused) has been answered and handled. */
  async settled(): Promise<void> {
    do {
      while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
      for (const idle of this.quiet) await idle();
    } while (this.inflight.size > 0);
  }

  /** Write requests the app made (anything but GET, apart from fetching an installation token). */
  writes(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method !== "GET" && !r.path.startsWith("/app/"));
  }

  /** Read requests, on the same terms (the app's one-off `GET /app` is not counted). */
  reads(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method === "GET" && !r.path.startsWith("/app"));
  }

  // ---------------------------------------------------------------- people's actions

  user(login: string): User {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: 100 + this.users.size, type: "User" };
      this.users.set(login, user);
    }
    return user;
  }

  async openIssue(author: string, title: string, body: string, labels: string[] = []): Promise<StoredIssue> {
    const issue: StoredIssue = {
      number: this.nextIssue++,
      title,
      body,
      user: this.user(author),
      labels: [...labels],
      assignees: [],
      state: "open",
      state_reason: null,
      created_at: this.tick(),
    };
    this.issues.set(issue.number, issue);
    await this.send("issues", { action: "opened", issue: this.issueJson(issue) }, issue.user);
    // An issue created with labels (an issue form applies its own) is followed by a `labeled` for each.
    for (const name of issue.labels)
      await this.send(
        "issues",
        { action: "labeled", issue: this.issueJson(issue), label: labelShape(this.shapeContext(), name) },
        issue.user,
      );
    return issue;
  }

  editIssueBody(number: number, actor: string, body: string): Promise<void> {
    return this.editIssue(number, actor, "body", body);
  }

  editIssueTitle(number: number, actor: string, title: string): Promise<void> {
    return this.editIssue(number, actor, "title", title);
  }

  /** GitHub's `issues.edited` names what changed and what it was before. */
  private async editIssue(number: number, actor: string, field: "body" | "title", value: string): Promise<void> {
    const issue = this.mustIssue(number);
    const from = issue[field];
    issue[field] = value;
    await this.send("issues", { action: "edited", issue: this.issueJson(issue), changes: { [field]: { from } } }, this.user(actor));
  }

  /** Someone (a maintainer) adds a label: GitHub sends `labeled`. */
  async addLabel(number: number, actor: string, name: string): Promise<void> {
    const issue = this.mustIssue(number);
    if (!issue.labels.includes(name)) issue.labels.push(name);
    await this.send(
      "issues",
      { action: "labeled", issue: this.issueJson(issue), label: labelShape(this.shapeContext(), name) },
      this.user(actor),
    );
  }

  /** A person edits a comment (theirs, or as a maintainer anyone's): GitHub sends `issue_comment.edited`. */
  async editComment(id: number, actor: string, body: string): Promise<void> {
    const comment = this.comments.get(id);
    if (!comment) throw new Error(`no comment ${id}`);
    const from = comment.body;
    comment.body = body;
    const issue = this.mustIssue(comment.issue);
    await this.send(
      "issue_comment",
      { action: "edited", issue: this.issueJson(issue), comment: this.commentJson(comment), changes: { body: { from } } },
      this.user(actor),
    );
  }

  async setIssueState(number: number, actor: string, state: "open" | "closed", reason: string | null = null): Promise<void> {
    const issue = this.mustIssue(number);
    issue.state = state;
    issue.state_reason = state === "closed" ? (reason ?? "completed") : "reopened";
    await this.send("issues", { action: state === "closed" ? "closed" : "reopened", issue: this.issueJson(issue) }, this.user(actor));
  }

  async comment(number: number, actor: string, body: string): Promise<StoredComment> {
    const issue = this.mustIssue(number);
    const comment: StoredComment = { id: this.nextComment++, issue: number, user: this.user(actor), body, created_at: this.tick() };
    this.comments.set(comment.id, comment);
    await this.send("issue_comment", { action: "created", issue: this.issueJson(issue), comment: this.commentJson(comment) }, comment.user);
    return comment;
  }

  /** Answers GitHub gives once, to the next request that matches (rate limits in their several forms). */
  private readonly onceAnswers: { method: string; path: RegExp; status: number; headers: Record<string, string>; body: unknown }[] = [];

  /**
   * The next `method` request whose path matches gets this answer instead (and is not performed),
   * as GitHub answers a rate-limited request: 429, or 403 with or without `retry-after`, or the
   * primary limit's `x-ratelimit-remaining: 0` with `x-ratelimit-reset`.
   */
  answerOnce(method: string, path: RegExp, status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.onceAnswers.push({ method, path, status, headers, body });
  }

  /** A valid installation token, for tests that call the stand-in's API themselves. */
  installationToken(): string {
    return this.auth.issueToken(this.installationId).token;
  }

  /** Comments hidden through GraphQL `minimizeComment`, by comment id, with the classifier. */
  readonly minimized = new Map<number, string>();

  /** Every webhook delivery sent (name and payload), to hold them to GitHub's contract. */
  readonly webhooks: { name: string; payload: Record<string, unknown> }[] = [];

  /** Check runs the app created, as GitHub stores them. */
  readonly checkRuns: { head_sha: string; name: string; status: string; conclusion: string; output: { title: string; summary: string } }[] =
    [];

  /**
   * Someone pushes to the default branch: the files change (null deletes one) and GitHub sends
   * `push` with the commit's added, modified and removed paths.
   */
  async push(actor: string, changes: Record<string, string | null>): Promise<string> {
    const commit = { added: [] as string[], modified: [] as string[], removed: [] as string[] };
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) {
        if (this.files.delete(path)) commit.removed.push(path);
      } else {
        (this.files.has(path) ? commit.modified : commit.added).push(path);
        this.files.set(path, content);
      }
    }
    const after = randomUUID().replace(/-/g, "").padEnd(40, "0").slice(0, 40);
    const head = pushCommitShape(this.shapeContext(), after, actor, commit);
    await this.send(
      "push",
      {
        ref: "refs/heads/main",
        before: "0".repeat(40),
        after,
        base_ref: null,
        compare: `http://${this.host}/${this.owner}/${this.repo}/compare/${"0".repeat(12)}...${after.slice(0, 12)}`,
        created: false,
        deleted: false,
        forced: false,
        commits: [head],
        head_commit: head,
        pusher: { name: actor, email: `${actor}@users.noreply.example` },
      },
      this.user(actor),
    );
    return after;
  }

  /**
   * Every issue's final state, comparable across runs: state, labels, assignees and the comments
   * (reply keys are random per reply, so they are blanked).
   */
  snapshot(): { number: number; state: string; labels: string[]; assignees: string[]; comments: string[] }[] {
    return [...this.issues.keys()].map((n) => {
      const { issue, comments } = this.thread(n);
      return {
        number: n,
        state: `${issue.state}/${issue.state_reason ?? ""}`,
        labels: [...issue.labels].sort(),
        assignees: [...issue.assignees].sort(),
        comments: comments.map((c) => `${c.user.login}: ${c.body.replace(/"key":"[0-9a-f-]+"/, '"key":"…"')}`),
      };
    });
  }

  thread(number: number): { issue: StoredIssue; comments: StoredComment[] } {
    return { issue: this.mustIssue(number), comments: [...this.comments.values()].filter((c) => c.issue === number) };
  }

  // ---------------------------------------------------------------- webhooks

  private async send(name: string, payload: Record<string, unknown>, sender: User): Promise<void> {
    if (this.webhookUrls.length === 0) return;
    const body = JSON.stringify({
      ...payload,
      repository: repositoryShape(this.shapeContext(), this.owner, this.repo),
      sender: this.userJson(sender),
      installation: { id: this.installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${this.installationId}` },
    });
    const id = randomUUID();
    this.sent.set(id, { name, body });
    this.webhooks.push({ name, payload: JSON.parse(body) as Record<string, unknown> });
    this.lastDelivery = id;
    await this.post(id, name, body);
  }

  private async post(id: string, name: string, body: string): Promise<void> {
    const url = this.webhookUrls[this.nextUrl++ % this.webhookUrls.length]!;
    const signature = `sha256=${createHmac("sha256", this.options.webhookSecret).update(body).digest("hex")}`;
    const delivery = fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": name,
        "x-github-delivery": id,
        "x-hub-signature-256": signature,
      },
      body,
    }).then(
      async (res) => void (await res.text()),
      () => undefined,
    );
    this.inflight.add(delivery);
    void delivery.finally(() => this.inflight.delete(delivery));
    await delivery;
  }

  /** How many webhooks the app's own writes caused (to check they cause nothing in turn). */
  echoed = 0;

  /** Events caused by the app's own writes go out without being awaited, as GitHub's would. */
  private echo(name: string, payload: Record<string, unknown>): void {
    this.echoed++;
    void this.send(name, payload, this.bot);
  }

  // ---------------------------------------------------------------- REST

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://standin");
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    // GitHub Enterprise serves REST under /api/v3 and GraphQL at /api/graphql (github.com: /graphql).
    const path = url.pathname.startsWith(API)
      ? url.pathname.slice(API.length)
      : url.pathname === "/api/graphql"
        ? "/graphql"
        : url.pathname;
    if (this.registration.handle(req, path, raw, `http://${req.headers.host ?? "127.0.0.1"}`, res)) return;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    // Every exchange is recorded with its answer, so the tests can hold both to GitHub's contract.
    const record: RecordedRequest = { method, path: `${path}${url.search}`, ...(body ? { body } : {}) };
    this.requests.push(record);
    const send = (res: ServerResponse, status: number, answer?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = answer;
      record.contentType = headers["content-type"] ?? "application/json";
      sendRaw(res, status, answer, headers);
    };
    const authorized = this.auth.check(method, path, req.headers.authorization);
    if (!authorized.ok)
      return send(res, authorized.status, { message: authorized.message, documentation_url: "https://docs.github.com/rest" });
    try {
      const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
      const write = method !== "GET" && !path.startsWith("/app/");
      const creation = method === "POST" && /\/issues\/\d+\/comments$/.test(path);
      const once = this.onceAnswers.findIndex((a) => a.method === method && a.path.test(path));
      if (once >= 0) {
        const [answer] = this.onceAnswers.splice(once, 1);
        return send(res, answer!.status, answer!.body, answer!.headers);
      }
      const refused = write ? this.pace(creation) : null;
      if (refused) return send(res, refused.status, refused.body, refused.headers);
      const fault = this.options.faults && !path.startsWith("/app") ? this.random() : 1;
      const faults = this.options.faults;
      if (faults && fault < faults.secondary403) {
        this.pacing.injected.secondary403++;
        return send(
          res,
          403,
          { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
          { "retry-after": "1" },
        );
      }
      const failing502 = faults !== undefined && fault < faults.secondary403 + faults.error502;
      // Half of the 502s on writes happen after GitHub did the write: the nastiest case for duplicates.
      if (failing502 && !(write && this.random() < 0.5)) {
        this.pacing.injected.error502++;
        return send(res, 502, { message: "Server Error" });
      }
      const result = this.handle(method, path, url.searchParams, body ?? {}, req.headers.accept ?? "", origin);
      if (failing502) {
        this.pacing.injected.error502AfterWrite++;
        return send(res, 502, { message: "Server Error" });
      }
      send(res, result.status, result.body, result.headers);
    } catch (error) {
      send(res, 500, { message: (error as Error).message });
    }
  }

  /** Counts a write, or refuses it (as a secondary limit) when it comes too soon after the last. */
  private pace(creation: boolean): { status: number; body: unknown; headers: Record<string, string> } | null {
    const now = Date.now();
    if (this.options.pacing) {
      const early =
        now - this.lastWrite < WRITE_GAP_MS - TOLERANCE_MS || (creation && now - this.lastComment < COMMENT_GAP_MS - TOLERANCE_MS);
      if (early) {
        this.pacing.violations++;
        return { status: 403, body: { message: "You have exceeded a secondary rate limit." }, headers: { "retry-after": "1" } };
      }
    }
    this.lastWrite = now;
    this.pacing.writes++;
    if (creation) {
      this.lastComment = now;
      this.pacing.commentCreations++;
    }
    return null;
  }

  private handle(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
    accept: string,
    origin: string,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const seg = path.split("/").filter(Boolean);
    const slug = this.bot.login.replace("[bot]", "");
    if (method === "GET" && path === "/app") return { status: 200, body: appShape(this.shapeContext(), this.appId, slug) };
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      const installation = Number(path.split("/")[3]);
      if (installation !== this.installationId) return { status: 404, body: { message: "Not Found" } };
      const { token, expiresAt } = this.auth.issueToken(installation);
      return { status: 201, body: { token, expires_at: expiresAt.toISOString(), permissions: {}, repository_selection: "all" } };
    }
    if (method === "POST" && path === "/graphql") return this.graphql(body);
    if (method === "GET" && seg[0] === "repos" && seg[3] === "contents") return this.content(seg, accept);
    if (method === "GET" && path === "/app/installations")
      return { status: 200, body: [installationShape(this.shapeContext(), this.installationId, this.appId, slug)] };
    if (method === "GET" && path === `${repoPrefix}/installation`)
      return { status: 200, body: installationShape(this.shapeContext(), this.installationId, this.appId, slug) };
    if (method === "GET" && path === "/installation/repositories") {
      return {
        status: 200,
        body: {
          total_count: 1,
          repository_selection: "selected",
          repositories: [repositoryShape(this.shapeContext(), this.owner, this.repo)],
        },
      };
    }
    if (method === "GET" && seg[0] === "repos" && seg.length === 3) {
      const full = `${seg[1]}/${seg[2]}`.toLowerCase();
      const visible =
        full === `${this.owner}/${this.repo}`.toLowerCase() || (this.options.repositories ?? []).some((r) => r.toLowerCase() === full);
      return visible
        ? { status: 200, body: repositoryShape(this.shapeContext(), seg[1]!, seg[2]!, "User") }
        : { status: 404, body: { message: "Not Found" } };
    }
    if (method === "GET" && seg[0] === "repos" && seg[3] === "branches" && seg[4]) {
      const key = `${seg[1]}/${seg[2]}:${seg.slice(4).map(decodeURIComponent).join("/")}`.toLowerCase();
      return this.branches.has(key) ? { status: 200, body: { name: seg[4] } } : { status: 404, body: { message: "Branch not found" } };
    }
    if (!path.startsWith(repoPrefix)) return { status: 404, body: { message: "Not Found" } };
    const rest = seg.slice(3);

    if (rest[0] === "issues" && rest.length === 1 && method === "GET") return this.listIssues(query, origin);
    // Who can be assigned: collaborators (any role), as GitHub answers: 204 or 404.
    if (rest[0] === "assignees" && rest[1] && method === "GET")
      return this.assignable(decodeURIComponent(rest[1])) ? { status: 204 } : { status: 404, body: { message: "Not Found" } };
    if (rest[0] === "check-runs" && rest.length === 1 && method === "POST") {
      const run = {
        head_sha: String(body.head_sha),
        name: String(body.name),
        status: String(body.status),
        conclusion: String(body.conclusion),
        output: body.output as { title: string; summary: string },
      };
      this.checkRuns.push(run);
      return {
        status: 201,
        body: checkRunShape(
          this.shapeContext(),
          this.checkRuns.length,
          run,
          appShape(this.shapeContext(), this.appId, this.bot.login.replace("[bot]", "")),
        ),
      };
    }
    if (rest[0] === "issues" && rest[1] === "comments" && rest[3] === "reactions" && method === "POST") {
      this.reactions.push({ comment: Number(rest[2]), content: String(body.content) });
      return { status: 201, body: { id: this.reactions.length, content: body.content } };
    }
    if (rest[0] === "issues" && rest[1] === "comments" && rest[2]) return this.commentById(method, Number(rest[2]), body);
    if (rest[0] === "issues" && rest[1]) {
      const issue = this.issues.get(Number(rest[1]));
      if (!issue) return { status: 404, body: { message: "Not Found" } };
      if (rest.length === 2 && method === "GET") return { status: 200, body: this.issueJson(issue) };
      if (rest.length === 2 && method === "PATCH") {
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
        return { status: 200, body: this.patchIssue(issue, body) };
      }
      if (rest[2] === "comments" && method === "GET") {
        const all = [...this.comments.values()].filter((c) => c.issue === issue.number).map((c) => this.commentJson(c));
        return page(all, query, `${origin}${API}${path}`);
      }
      if (rest[2] === "comments" && method === "POST") {
        const comment: StoredComment = {
          id: this.nextComment++,
          issue: issue.number,
          user: this.bot,
          body: String(body.body ?? ""),
          created_at: this.tick(),
        };
        this.comments.set(comment.id, comment);
        this.echo("issue_comment", { action: "created", issue: this.issueJson(issue), comment: this.commentJson(comment) });
        return { status: 201, body: this.commentJson(comment) };
      }
    }
    if (rest[0] === "collaborators" && rest[2] === "permission" && method === "GET") {
      const role = this.options.roles?.[rest[1] ?? ""];
      if (!role) return { status: 404, body: { message: "Not Found" } };
      // `permission` is the base permission GitHub derives: maintain counts as write, triage as read;
      // a custom role reports its own name as role_name and its base as permission.
      const base = this.options.customRoles?.[role] ?? role;
      const permission = base === "admin" ? "admin" : base === "write" || base === "maintain" ? "write" : "read";
      return {
        status: 200,
        body: {
          permission,
          role_name: role,
          user: {
            ...this.userJson(this.user(rest[1]!)),
            role_name: role,
            permissions: {
              admin: base === "admin",
              maintain: base === "maintain" || base === "admin",
              push: permission !== "read",
              triage: base !== "read",
              pull: true,
            },
          },
        },
      };
    }
    return { status: 404, body: { message: "Not Found" } };
  }

  /**
   * The one GraphQL operation the app uses: `minimizeComment(input: {subjectId, classifier})`.
   * Anything else is answered as GitHub answers an unknown field.
   */
  private graphql(body: Record<string, unknown>) {
    const query = String(body.query ?? "");
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const mutation = /minimizeComment\s*\(\s*input:\s*\{\s*subjectId:\s*\$(\w+)\s*,\s*classifier:\s*(\w+)\s*\}/.exec(query);
    if (!mutation) return { status: 200, body: { errors: [{ message: "Field not supported by the stand-in", locations: [] }] } };
    const nodeId = String(variables[mutation[1]!] ?? "");
    const comment = [...this.comments.values()].find((c) => `IC_${c.id}` === nodeId);
    if (!comment)
      return {
        status: 200,
        body: {
          data: { minimizeComment: null },
          errors: [
            { type: "NOT_FOUND", path: ["minimizeComment"], message: `Could not resolve to a node with the global id of '${nodeId}'` },
          ],
        },
      };
    this.minimized.set(comment.id, mutation[2]!);
    return {
      status: 200,
      body: { data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: mutation[2]!.toLowerCase() } } } },
    };
  }

  private assignable(login: string): boolean {
    return Object.keys(this.options.roles ?? {}).some((l) => l.toLowerCase() === login.toLowerCase());
  }

  private content(seg: string[], accept: string) {
    const [, owner, repo] = seg;
    const file =
      `${owner}/${repo}` === `${this.owner}/${this.repo}` ? this.files.get(seg.slice(4).map(decodeURIComponent).join("/")) : undefined;
    if (file === undefined) return { status: 404, body: { message: "Not Found" } };
    if (accept.includes("raw")) return { status: 200, body: file, headers: { "content-type": "text/plain; charset=utf-8" } };
    return { status: 200, body: { type: "file", encoding: "base64", content: Buffer.from(file).toString("base64") } };
  }

  private listIssues(query: URLSearchParams, origin: string) {
    const state = query.get("state") ?? "open";
    const wanted = (query.get("labels") ?? "")
      .split(",")
      .filter(Boolean)
      .map((l) => l.toLowerCase());
    const list = [...this.issues.values()]
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => (query.get("direction") === "asc" ? a.number - b.number : b.number - a.number))
      .map((i) => this.issueJson(i));
    return page(list, query, `${origin}${API}/repos/${this.owner}/${this.repo}/issues`);
  }

  private patchIssue(issue: StoredIssue, body: Record<string, unknown>) {
    const before = { labels: [...issue.labels], state: issue.state };
    if (Array.isArray(body.labels)) issue.labels = body.labels.map(String);
    if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
    if (typeof body.body === "string") issue.body = body.body;
    if (typeof body.title === "string") issue.title = body.title;
    if (body.state === "closed" || body.state === "open") {
      issue.state = body.state;
      issue.state_reason = body.state === "closed" ? String(body.state_reason ?? "completed") : "reopened";
    }
    const json = this.issueJson(issue);
    for (const label of issue.labels.filter((l) => !before.labels.includes(l)))
      this.echo("issues", { action: "labeled", issue: json, label: labelShape(this.shapeContext(), label) });
    if (before.state !== issue.state) this.echo("issues", { action: issue.state === "closed" ? "closed" : "reopened", issue: json });
    if (typeof body.body === "string") this.echo("issues", { action: "edited", issue: json, changes: { body: { from: "" } } });
    return json;
  }

  private commentById(method: string, id: number, body: Record<string, unknown>) {
    const comment = this.comments.get(id);
    if (!comment) return { status: 404, body: { message: "Not Found" } };
    const issue = this.mustIssue(comment.issue);
    if (method === "PATCH") {
      comment.body = String(body.body ?? "");
      this.echo("issue_comment", {
        action: "edited",
        issue: this.issueJson(issue),
        comment: this.commentJson(comment),
        changes: { body: { from: "" } },
      });
      return { status: 200, body: this.commentJson(comment) };
    }
    if (method === "DELETE") {
      if (this.options.refuseCommentDeletion) return { status: 403, body: { message: "Resource not accessible by integration" } };
      this.comments.delete(id);
      this.echo("issue_comment", { action: "deleted", issue: this.issueJson(issue), comment: this.commentJson(comment) });
      return { status: 204 };
    }
    return { status: 200, body: this.commentJson(comment) };
  }

  // ---------------------------------------------------------------- shapes

  /** Where the stand-in's objects point (its own address), for the shapes of GitHub's objects. */
  private shapeContext(): ShapeContext {
    const web = this.server ? `http://${this.host}` : "http://127.0.0.1";
    return { web, api: `${web}${API}`, owner: this.owner, repo: this.repo };
  }

  private userJson(user: User) {
    return userShape(this.shapeContext(), user.login, user.id, user.type);
  }

  private issueJson(issue: StoredIssue) {
    const comments = [...this.comments.values()].filter((c) => c.issue === issue.number).length;
    return issueShape(this.shapeContext(), { ...issue, assignees: issue.assignees.map((login) => this.user(login)), comments });
  }

  private commentJson(comment: StoredComment) {
    return commentShape(this.shapeContext(), comment);
  }

  private mustIssue(number: number): StoredIssue {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  /** A steady clock, so the demo's output is the same every run. */
  private tick(): string {
    if (this.options.now) return this.options.now().toISOString();
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}

/** A small seeded generator (mulberry32), so an injected-fault run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function page(items: unknown[], query: URLSearchParams, base: string) {
  const perPage = Math.min(Number(query.get("per_page") ?? 30) || 30, 100);
  const n = Math.max(Number(query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const headers: Record<string, string> = {};
  if (n < last) {
    const next = new URLSearchParams(query);
    next.set("page", String(n + 1));
    headers.link = `<${base}?${next.toString()}>; rel="next"`;
  }
  return { status: 200, body: items.slice((n - 1) * perPage, n * perPage), headers };
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

function sendRaw(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}
