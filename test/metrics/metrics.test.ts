// What operators see: /metrics in Prometheus' text format from the real app (events by outcome,
// GitHub requests by kind, cases by status; no GitHub request to serve it), and /health with
// GitHub and a real redis-server, reachable or not.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Redis } from "ioredis";
import { OperatorEndpoints } from "../../src/app/health.js";
import { DeskMetrics } from "../../src/metrics/metrics.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  const labeled = harness.github.lastDelivery!; // GitHub's issues.labeled for the form's label, before any echo
  await harness.github.settled();
  await harness.github.redeliver(labeled);
  await harness.github.settled();
}, 30_000);
afterAll(async () => harness?.stop());

/** The sum of a metric's samples whose labels include all of `labels` (e.g. every route of a kind). */
function total(text: string, name: string, labels: string): number {
  return text
    .split("\n")
    .filter((l) => l.startsWith(`${name}{`) && labels.split(",").every((pair) => l.includes(pair)))
    .reduce((n, l) => n + Number(l.split(" ").at(-1)), 0);
}

/** One sample's value from Prometheus' text format. */
function sample(text: string, name: string, labels = ""): number | null {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `));
  return line ? Number(line.split(" ").at(-1)) : null;
}

describe("/metrics", () => {
  it("counts events by outcome, GitHub requests by kind, cases by status, and costs GitHub nothing", async () => {
    const before = harness.github.requests.length;
    const response = await fetch(`${harness.appBase}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(harness.github.requests.length).toBe(before);
    expect(sample(text, "recovery_triage_events_total", 'kind="issues.opened",outcome="applied"')).toBe(2);
    expect(sample(text, "recovery_triage_events_total", 'kind="issues.labeled",outcome="duplicate"')).toBe(1);
    const writes = harness.github.writes().length;
    expect(total(text, "recovery_triage_github_requests_total", 'kind="write"')).toBe(writes);
    expect(
      sample(
        text,
        "recovery_triage_github_requests_total",
        'kind="write",method="PATCH",route="/repos/{owner}/{repo}/issues/{issue_number}"',
      ),
    ).toBe(2);
    expect(total(text, "recovery_triage_github_requests_total", 'kind="read",method="GET"')).toBeGreaterThan(4);
    expect(sample(text, "recovery_triage_cases", 'status="triage"')).toBe(1);
    expect(sample(text, "recovery_triage_cases", 'status="needs-info"')).toBe(1);
    expect(sample(text, "recovery_triage_queue_jobs")).toBe(0);
    const events = text.split("\n").filter((l) => l.startsWith("recovery_triage_events_total{"));
    expect(sample(text, "recovery_triage_queue_wait_seconds_count")).toBe(events.reduce((n, l) => n + Number(l.split(" ").at(-1)), 0));
  });
});

describe("/health", () => {
  let redis: RedisProcess;
  let server: Server;
  let endpoints: OperatorEndpoints;
  let github = async () => undefined as void;
  let client: Redis;
  let stopped = false;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    endpoints = new OperatorEndpoints(
      { metrics: new DeskMetrics({ casesByStatus: () => ({}), registryRequests: () => 0 }), redis: client },
      () => github(),
      0,
    );
    server = createServer((req, res) => void endpoints.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  }, 30_000);
  afterAll(async () => {
    server?.close();
    client?.disconnect();
    if (!stopped) await redis?.stop();
  });
  const health = async () => {
    const r = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/health`);
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };

  it("is healthy when GitHub answers and Redis pings; says which one fails (never why: that is in the log), with 503", async () => {
    expect(await health()).toEqual({ status: 200, body: { ok: true, github: "ok", redis: "ok" } });
    github = () => Promise.reject(new Error("connect ECONNREFUSED 10.1.2.3:443 (github.internal.example)"));
    expect(await health()).toEqual({ status: 503, body: { ok: false, github: "unreachable", redis: "ok" } });
    github = async () => undefined;
    await redis.stop();
    stopped = true;
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, github: "ok" });
    expect(down.body.redis).toBe("unreachable");
  });

  it("the real app answers /health through its own server", async () => {
    expect(await (await fetch(`${harness.appBase}/health`)).json()).toEqual({ ok: true, github: "ok", redis: "not configured" });
  });
});

describe("what /metrics may name", () => {
  it("only known route templates, methods and kinds: never an owner, repository, login or number, even of a private repository", async () => {
    const secret = await startHarness({
      owner: "hidden-org",
      repo: "secret-support",
      private: true,
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
    });
    try {
      await secret.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
      await secret.github.settled();
      await secret.github.comment(1, "mallory", "/approve force");
      await secret.github.settled();
      await secret.sweep(); // paginated listings carry the expanded URL
      const text = await (await fetch(`${secret.appBase}/metrics`)).text();
      expect(text).not.toMatch(/hidden-org|secret-support|jbber|mallory|alice/);
      const routes = new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]!));
      expect([...routes].sort()).toEqual(
        [
          "/app/installations",
          "/app/installations/{installation_id}/access_tokens",
          "/installation/repositories",
          "/repos/{owner}/{repo}/collaborators/{username}/permission",
          "/repos/{owner}/{repo}/contents/{path}",
          "/repos/{owner}/{repo}/issues",
          "/repos/{owner}/{repo}/issues/{issue_number}",
          "/repos/{owner}/{repo}/issues/{issue_number}/comments",
          "/repos/{owner}/{repo}/assignees/{assignee}",
        ].sort(),
      );
      const methods = new Set([...text.matchAll(/method="([^"]*)"/g)].map((m) => m[1]!));
      expect([...methods].sort()).toEqual(["GET", "PATCH", "POST"]);
    } finally {
      await secret.stop();
    }
  });

  it("an unknown route is `other`, whatever its URL says", () => {
    const metrics = new DeskMetrics({ casesByStatus: () => ({}), registryRequests: () => 0 });
    metrics.sent("GET", "https://api.github.com/repos/acme/private-thing/secret-endpoint/42?token=x", false, null);
    metrics.sent("BREW", "/repos/{owner}/{repo}/issues", false, null);
    return metrics.text().then((text) => {
      expect(text).toContain('route="other"');
      expect(text).toContain('method="other"');
      expect(text).not.toMatch(/acme|private-thing|token/);
    });
  });

  it("with METRICS_TOKEN, /metrics answers only the bearer of it", async () => {
    const endpoints = new OperatorEndpoints(
      { metrics: new DeskMetrics({ casesByStatus: () => ({}), registryRequests: () => 0 }), redis: null },
      async () => undefined,
      0,
      "s3cret-metrics-token",
    );
    const server = createServer((req, res) => void endpoints.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
      const ok = await fetch(url, { headers: { authorization: "Bearer s3cret-metrics-token" } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain("recovery_triage_events_total");
    } finally {
      server.close();
    }
  });
});
