// A nock-backed GitHub for app tests. Reads are served from fixtures; every write is recorded
// (method, path, body) so tests assert exactly what the app sent and how many requests it made.
// Anything not mocked fails the test: nock refuses unknown requests.
import nock from "nock";
import { Writable } from "node:stream";
import pino from "pino";
import { Probot, ProbotOctokit } from "probot";
import recoveryTriage from "../../src/app/probot-app.js";
import { sharedAppKey } from "../../standin/keys.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { GitHubContract } from "./contract.js";
import { body } from "./fixtures.js";

let shared: GitHubContract | null = null;
/** One copy of GitHub's description per test file (it takes about a second to load). */
function contract(): GitHubContract {
  return (shared ??= new GitHubContract());
}

export const OWNER = "registry";
export const REPO = "support";
const API = "https://api.github.com";
const PRIVATE_KEY = sharedAppKey();

export interface FakeIssue {
  number: number;
  title?: string;
  author: string;
  body: string;
  labels?: string[];
  assignees?: string[];
  state?: "open" | "closed";
}

export interface FakeComment {
  id: number;
  author: string;
  body: string;
  createdAt?: string;
}

export interface Write {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

const userJson = (login: string) => ({ login, id: login.length, type: login.endsWith("[bot]") ? "Bot" : "User" });

export function issueJson(i: FakeIssue) {
  return {
    id: 1000 + i.number,
    number: i.number,
    title: i.title ?? "Account recovery request",
    body: i.body,
    user: userJson(i.author),
    labels: (i.labels ?? []).map((name, n) => ({ id: n, name })),
    assignees: (i.assignees ?? []).map(userJson),
    state: i.state ?? "open",
  };
}

export class GitHubMock {
  readonly writes: Write[] = [];
  /** Repositories GitHub answers 404 for (private to others, misspelt, gone). */
  readonly invisibleRepos = new Set<string>();
  /** Logins GitHub answers 404 for on `GET /repos/{o}/{r}/assignees/{login}`. */
  readonly refusedAssignees = new Set<string>();
  /** Logins whose assignment an issues.update is refused for (422) although the check said yes: access lost in between. */
  readonly refusedOnUpdate = new Set<string>();
  /** Writes GitHub refused (not applied). */
  readonly refusedWrites: Write[] = [];
  readonly reads: string[] = [];
  private readonly scope = nock(API).persist();

  constructor(readonly slug = "recovery-triage") {
    this.scope.get("/app").reply(200, { id: 1, slug });
    this.scope
      .post("/app/installations/1/access_tokens")
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} });
    const refusedOnUpdate = this.refusedOnUpdate;
    const record = (method: string) =>
      function (this: unknown, uri: string, body: nock.Body): nock.ReplyFnResult {
        const path = uri.replace(/^\/api\/v3/, "");
        // As GitHub: an update naming an assignee it cannot assign is refused whole (and recorded as tried).
        const assignees = (body as { assignees?: string[] } | null)?.assignees ?? [];
        const refused =
          method === "PATCH" && /\/issues\/\d+$/.test(path) ? assignees.filter((a) => refusedOnUpdate.has(a.toLowerCase())) : [];
        if (refused.length > 0) {
          tried.push({ method, path, body: body as Record<string, unknown> });
          return [
            422,
            {
              message: "Validation Failed",
              errors: refused.map((value) => ({ value, resource: "Issue", field: "assignees", code: "invalid" })),
            },
          ];
        }
        writes.push({ method, path, body: body as Record<string, unknown> });
        return [method === "POST" ? 201 : 200, { id: 777, number: 1, labels: [], assignees: [], state: "open" }];
      };
    const writes = this.writes;
    const tried = this.refusedWrites;
    this.scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/\d+$/).reply(record("PATCH"));
    // Every repository a challenge names exists and is public, unless a test says otherwise.
    this.scope.get(/^\/repos\/[^/]+\/[^/]+$/).reply((uri) => {
      const full = uri.split("/").slice(2, 4).join("/");
      this.reads.push(`repository ${full}`);
      return this.invisibleRepos.has(full.toLowerCase()) ? [404, { message: "Not Found" }] : [200, { full_name: full, private: false }];
    });
    // Everyone can be assigned unless a test says otherwise (`unassignable`).
    this.scope.get(/\/repos\/[^/]+\/[^/]+\/assignees\/[^/]+$/).reply((uri) => {
      const login = decodeURIComponent(uri.split("/").pop()!);
      this.reads.push(`assignable ${login}`);
      return this.refusedAssignees.has(login.toLowerCase()) ? [404, { message: "Not Found" }] : [204, ""];
    });
    this.scope.post(/\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/).reply(record("POST"));
    this.scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/).reply(record("PATCH"));
    this.scope.post(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+\/reactions$/).reply(record("POST"));
  }

  /**
   * The collaborator permission API: a role, 404 (not a collaborator) or an API error. `base` is
   * the base permission GitHub reports beside a custom role (default: derived from a built-in role).
   */
  permission(login: string, role: string | 404 | 500, base?: "admin" | "write" | "read"): this {
    this.scope.get(`/repos/${OWNER}/${REPO}/collaborators/${login}/permission`).reply(() => {
      this.reads.push(`permission ${login}`);
      if (role === 404) return [404, { message: "Not Found" }];
      if (role === 500) return [500, { message: "Server Error" }];
      const permission = base ?? (role === "admin" ? "admin" : role === "write" || role === "maintain" ? "write" : "read");
      return [200, { permission, role_name: role, user: { login } }];
    });
    return this;
  }

  teamMember(org: string, team: string, login: string, active: boolean): this {
    this.scope
      .get(`/orgs/${org}/teams/${team}/memberships/${login}`)
      .reply(() => (active ? [200, { state: "active", role: "member" }] : [404, { message: "Not Found" }]));
    return this;
  }

  /** Deleting comments: succeeds, or fails (then the app minimizes through GraphQL). */
  deletions(ok: boolean): this {
    const writes = this.writes;
    this.scope.delete(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/).reply((uri) => {
      writes.push({ method: "DELETE", path: uri, body: {} });
      return ok ? [204, ""] : [403, { message: "Resource not accessible by integration" }];
    });
    this.scope.post("/graphql").reply((_uri, body) => {
      writes.push({ method: "POST", path: "/graphql", body: body as Record<string, unknown> });
      return [200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } }];
    });
    return this;
  }

  branch(fullName: string, branch: string, status: 200 | 404 | 500): this {
    this.scope.get(`/repos/${fullName}/branches/${branch}`).reply(() => {
      this.reads.push(`branch ${fullName} ${branch}`);
      return [status, status === 200 ? { name: branch } : { message: "x" }];
    });
    return this;
  }

  /** The body of the one issues.update an event sent for issue `n` (undefined: none). */
  update(n = 10): Record<string, unknown> | undefined {
    return this.writes.find((w) => w.method === "PATCH" && w.path.endsWith(`/issues/${n}`))?.body;
  }

  /** The text of each comment the app created, in order (the card first when it is new). */
  created(): string[] {
    return this.writes.filter((w) => w.method === "POST" && w.path.endsWith("/comments")).map((w) => String(w.body.body));
  }

  /** The card's text as written by this event (created or edited). */
  card(): string {
    const w = this.writes.find((x) => String(x.body.body ?? "").includes("<!-- recovery-triage:state"));
    return String(w?.body.body ?? "");
  }

  get botLogin(): string {
    return `${this.slug}[bot]`;
  }

  /** An issue and its comments, as GET returns them. */
  issue(issue: FakeIssue, comments: FakeComment[] = []): this {
    this.scope.get(`/repos/${OWNER}/${REPO}/issues/${issue.number}`).reply(() => {
      this.reads.push(`issue ${issue.number}`);
      return [200, issueJson(issue)];
    });
    this.scope
      .get(`/repos/${OWNER}/${REPO}/issues/${issue.number}/comments`)
      .query(true)
      .reply(() => {
        this.reads.push(`comments ${issue.number}`);
        return [
          200,
          comments.map((c) => ({ id: c.id, body: c.body, user: userJson(c.author), created_at: c.createdAt ?? "2026-11-20T10:00:00Z" })),
        ];
      });
    return this;
  }

  /** The open requests listing (one page). */
  openRequests(issues: FakeIssue[], label = "account-recovery"): this {
    this.scope
      .get(`/repos/${OWNER}/${REPO}/issues`)
      .query((q) => q.state === "open" && q.labels === label)
      .reply(() => {
        this.reads.push("open requests");
        return [200, issues.map(issueJson)];
      });
    return this;
  }

  /** `.github/recovery-triage.yml` in the repository and in the owner's `.github` repository (null: 404). */
  config(repoYaml: string | null, orgYaml: string | null = null): this {
    this.file(REPO, ".github/recovery-triage.yml", repoYaml);
    this.file(".github", ".github/recovery-triage.yml", orgYaml);
    return this;
  }

  form(yaml: string | null, path = ".github/ISSUE_TEMPLATE/account-recovery.yml"): this {
    return this.file(REPO, path, yaml);
  }

  private file(repo: string, path: string, content: string | null): this {
    const route = new RegExp(
      `^/repos/${OWNER}/${repo.replace(".", "\\.")}/contents/${path.replace(/[./]/g, (c) => (c === "/" ? "(?:/|%2F)" : "\\."))}(\\?.*)?$`,
    );
    this.scope.get(route).reply(() => {
      this.reads.push(`file ${repo}/${path}`);
      return content === null ? [404, { message: "Not Found" }] : [200, content, { "content-type": "text/plain; charset=utf-8" }];
    });
    return this;
  }

  /**
   * Ends the test: holds every request it made to GitHub's published description (throws on the
   * first mismatch), then removes every interceptor and allows network connections again, so
   * nothing of this test's nock leaks into a later test file in the same worker (nock patches
   * Node's HTTP globally), where real local servers (the stand-in, a browser) are used.
   */
  finish(): void {
    nock.cleanAll();
    nock.enableNetConnect();
    // The requests this test made, held to GitHub's published description like the stand-in's.
    // (GraphQL is held to its own schema in test/github/graphql-contract.test.ts.)
    const violations = this.writes
      .filter((w) => w.path !== "/graphql")
      .flatMap((w) =>
        contract().checkExchange({
          method: w.method,
          path: w.path.replace(/^https?:\/\/[^/]+/, ""),
          body: w.method === "DELETE" ? undefined : w.body,
        }),
      );
    if (violations.length > 0)
      throw new Error(`requests GitHub does not describe:\n${violations.map((v) => `${v.what}: ${v.detail}`).join("\n")}`);
  }
}

/** jbber's valid request, #10, as the form files it. */
export const request = (over: Partial<FakeIssue> = {}): FakeIssue => ({
  number: 10,
  author: "jbber",
  body: body("form-jbber"),
  labels: ["account-recovery"],
  ...over,
});

/** The same request in triage with bob as its reviewer. */
export const triageIssue: FakeIssue = request({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });

/** A stream that keeps every line written to it (a logger's destination, for tests that read the logs). */
export function lineSink(): { sink: Writable; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { sink, lines };
}

/** A Probot whose every log line (at `level` and above) is kept, for tests that read the logs. */
export function loggingProbot(level: "trace" | "info" | "error"): { probot: Probot; lines: string[] } {
  const { sink, lines } = lineSink();
  const probot = new Probot({
    appId: 123,
    privateKey: PRIVATE_KEY,
    log: pino({ level }, sink),
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  return { probot, lines };
}

export const TEST_SECRET = "test-recovery-secret-0123456789";
/** Retries without the real waiting. */
export const FAST_RETRY = { baseDelayMs: 5, maxAttempts: 5, timeoutMs: 5000, maxRetryAfterMs: 50 };

export function newProbot(now = () => new Date("2026-11-23T12:00:00Z"), verifier: Verifier | null = new Verifier(TEST_SECRET)): Probot {
  const probot = new Probot({
    appId: 123,
    privateKey: PRIVATE_KEY,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((o: object) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  void probot.load((app) =>
    recoveryTriage(app, { now, verifier, sweepIntervalMinutes: 0, background: false, registry: null, retry: FAST_RETRY }),
  );
  return probot;
}

let deliveries = 0;

export function issuesEvent(action: string, issue: FakeIssue, sender: string = issue.author, extra: Record<string, unknown> = {}) {
  return {
    id: `delivery-${++deliveries}`,
    name: "issues",
    payload: {
      action,
      issue: issueJson(issue),
      repository: { id: 1, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER, id: 1, type: "Organization" } },
      sender: userJson(sender),
      installation: { id: 1 },
      ...extra,
    },
  } as unknown as Parameters<Probot["receive"]>[0];
}

export function commentEvent(issue: FakeIssue, comment: FakeComment, senderType: "User" | "Bot" = "User") {
  const sender = { ...userJson(comment.author), type: senderType };
  return {
    id: `delivery-${++deliveries}`,
    name: "issue_comment",
    payload: {
      action: "created",
      issue: issueJson(issue),
      comment: {
        id: comment.id,
        node_id: `IC_${comment.id}`,
        body: comment.body,
        user: sender,
        created_at: comment.createdAt ?? "2026-11-23T12:00:00Z",
      },
      repository: { id: 1, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER, id: 1, type: "Organization" } },
      sender,
      installation: { id: 1 },
    },
  } as unknown as Parameters<Probot["receive"]>[0];
}
