import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { body } from "../helpers/fixtures.js";
import { startAppProcess, waitFor, type AppProcess } from "../../standin/app-process.js";
import { attestWith, registryConfig, registryWorld, WORLD_REPOSITORIES } from "../helpers/registry-world.js";

const SECRET = "e2e-secret";
let github: GitHubStandIn;
let app: AppProcess;
// The process gathers evidence as it would in production, from a registry on loopback (never the internet).
const registry = registryWorld();

beforeAll(async () => {
  const registryUrl = await registry.start();
  github = new GitHubStandIn({
    webhookSecret: SECRET,
    appSlug: "desk-e2e",
    files: { ".github/recovery-triage.yml": registryConfig(registryUrl).replace("reviewers: [alice]", "reviewers: [alice, bob]") },
    roles: { alice: "write", bob: "write" },
    repositories: WORLD_REPOSITORIES,
  });
  await github.start();
  attestWith(registry, github);
  app = await startAppProcess(github, {
    SIGSTORE_TRUSTED_ROOT: registry.writeTrustedRoot(),
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_PATH: "/hooks/github",
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "trace",
  });
  github.deliverTo(`${app.url}/hooks/github`);
}, 30_000);

afterAll(async () => {
  await app?.stop();
  await github?.stop();
  await registry.stop();
});

describe("the real server process", () => {
  it("triages a signed webhook over HTTP, talking to GitHub Enterprise at GHE_HOST", async () => {
    const issue = await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    // The webhook is answered as soon as the work is queued; the writes follow at GitHub's pace.
    await waitFor(() => github.thread(issue.number).issue.labels.length === 3, 40_000);

    const { issue: after, comments } = github.thread(issue.number);
    expect(after.labels).toEqual(["account-recovery", "recovery: triage", "recovery: strong-evidence"]);
    expect(comments[0]!.body).toContain("**Suggested challenge:** `/verify repo jbber/tinyfmt`");
    expect(registry.requests.map((r) => r.path)).toContain("/user/jbber/");
    expect(after.assignees).toEqual(["bob"]); // round-robin: issue #1 of reviewers [alice, bob]
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe("desk-e2e[bot]");
    expect(decodeState(comments[0]!.body)).toMatchObject({ status: "triage", username: "jbber", reviewer: "bob" });
    expect(github.requests.some((r) => r.method === "GET" && r.path === "/app")).toBe(true);
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/registry/support/issues/1/comments",
      "PATCH /repos/registry/support/issues/1",
    ]);
  }, 30_000);

  it("logs request bodies at trace level, but never a secret in them", async () => {
    const token = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
    const issue = await github.openIssue(
      "sam",
      "Account recovery request",
      body("form-jbber").replace("Hello,", `Hello, here is my token ${token}`),
      ["account-recovery"],
    );
    // Paced like GitHub: the card, then the notice 3 s later, then the update with the redacted body.
    await waitFor(() => github.thread(issue.number).issue.body.includes("[redacted]"), 40_000);
    expect(github.thread(issue.number).issue.body).toContain("here is my token [redacted]");
    // The update is logged once its response is back, a moment after the stand-in saw it.
    await waitFor(() => /"name":"octokit".*here is my token \[redacted\]/.test(app.output()), 10_000); // the body update was logged…
    expect(app.output()).not.toContain(token.slice(0, 24)); // …without the token
  }, 60_000);

  it("rejects a webhook with a wrong signature and writes nothing", async () => {
    // Let earlier work (paced like GitHub's writes) finish first: no request for a full second.
    let seen = -1;
    await waitFor(async () => {
      const now = github.requests.length;
      if (now === seen) return true;
      seen = now;
      await new Promise((r) => setTimeout(r, 1000));
      return false;
    }, 30_000);
    const before = github.requests.length;
    const res = await fetch(`${app.url}/hooks/github`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": "forged-1",
        "x-hub-signature-256": "sha256=00",
      },
      body: JSON.stringify({ action: "opened" }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    await new Promise((r) => setTimeout(r, 500));
    expect(github.requests.length).toBe(before);
  }, 40_000);
});
