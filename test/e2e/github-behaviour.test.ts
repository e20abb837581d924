// What real GitHub does that our app must handle, modelled by the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

describe("a labelled new request arrives twice (opened, then labeled)", () => {
  it("the stand-in sends both, and the second costs one read and no write", async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const reads = github.reads().map((r) => r.path.replace(/\?.*$/, ""));
    // opened: the settings (config, form), the case, the queue, whether the reviewer can be assigned
    expect(reads.slice(0, -1).sort()).toEqual([
      "/repos/registry/support/assignees/alice",
      "/repos/registry/support/contents/.github%2FISSUE_TEMPLATE%2Faccount-recovery.yml",
      "/repos/registry/support/contents/.github%2Frecovery-triage.yml",
      "/repos/registry/support/issues",
      "/repos/registry/support/issues/1",
      "/repos/registry/support/issues/1/comments",
    ]);
    // labeled: is there a card already? yes — done
    expect(reads.at(-1)).toBe("/repos/registry/support/issues/1/comments");
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/registry/support/issues/1/comments",
      "PATCH /repos/registry/support/issues/1",
    ]);
  }, 30_000);

  it("a label added later by a maintainer still brings an existing issue to the desk", async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    await github.openIssue("jbber", "help", "I lost my 2FA device, my username is jbber");
    await github.settled();
    expect(github.thread(1).comments).toEqual([]);
    await github.addLabel(1, "alice", "account-recovery");
    await github.settled();
    expect(github.thread(1).comments).toHaveLength(1);
    expect(github.thread(1).issue.labels).toContain("recovery: needs-info");
  }, 30_000);
});

describe("GitHub stamps what happens with the time it happens", () => {
  it("without a test clock, an issue and its comments carry the real time, as the app's own clock reads it", async () => {
    // A steady clock of its own made every comment look days old to an app on the real clock: the
    // sweep then took a comment whose webhook was merely queued as too old to run, and only guarded it.
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    const before = Date.now();
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.comment(1, "jbber", "thank you");
    await github.settled();
    const { issue, comments } = github.thread(1);
    for (const at of [issue.created_at, ...comments.map((c) => c.created_at)]) {
      expect(Date.parse(at)).toBeGreaterThanOrEqual(before - 1_000);
      expect(Date.parse(at)).toBeLessThanOrEqual(Date.now());
    }
  }, 30_000);
});

describe("settings are read once per change", () => {
  it("a push that changes the config is seen by the next event; events in between read no settings", async () => {
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write", bob: "write" },
    });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const before = github.requests.length;
    await github.openIssue("sam", "Account recovery request", body("form-jbber").replace("jbber", "sam-k"), ["account-recovery"]);
    await github.settled();
    expect(github.reads(before).filter((r) => r.path.includes("/contents/"))).toEqual([]);
    expect(github.thread(2).issue.assignees).toEqual(["alice"]);
    await github.push("admin", { ".github/recovery-triage.yml": "reviewers: [bob]\n" });
    await github.openIssue("kim", "Account recovery request", body("form-jbber").replace("jbber", "kim"), ["account-recovery"]);
    await github.settled();
    expect(github.thread(3).issue.assignees).toEqual(["bob"]);
  }, 30_000);
});

describe("authentication as GitHub does it", () => {
  it("the app's endpoints need its JWT; everything else an unexpired installation token; else 401", async () => {
    const { GitHubStandIn } = await import("../../standin/github-standin.js");
    const { throwawayPrivateKey } = await import("../../standin/keys.js");
    const { createSign } = await import("node:crypto");
    const github = new GitHubStandIn({ webhookSecret: "x", tokenLifetimeMs: 300 });
    const base = `${await github.start()}/api/v3`;
    const jwt = (key: string, claims: object) => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
      const unsigned = `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}`;
      return `${unsigned}.${createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url")}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const good = jwt(github.appPrivateKey, { iss: github.appId, iat: now - 30, exp: now + 540 });
    try {
      const get = (path: string, authorization?: string) => fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });
      expect((await get("/app")).status).toBe(401);
      expect((await get("/app", `Bearer ${jwt(throwawayPrivateKey(), { iss: github.appId, iat: now, exp: now + 60 })}`)).status).toBe(401);
      expect((await get("/app", `Bearer ${jwt(github.appPrivateKey, { iss: github.appId, iat: now - 700, exp: now - 60 })}`)).status).toBe(
        401,
      );
      expect((await get("/app", `Bearer ${good}`)).status).toBe(200);
      // An installation token is no key to the app's own endpoints, and a JWT none to a repository's.
      const token = (
        (await (
          await fetch(`${base}/app/installations/1/access_tokens`, { method: "POST", headers: { authorization: `Bearer ${good}` } })
        ).json()) as { token: string }
      ).token;
      expect((await get("/app", `token ${token}`)).status).toBe(401);
      expect((await get("/repos/registry/support/issues", `Bearer ${good}`)).status).toBe(401);
      expect(await (await get("/repos/registry/support/issues", "token ghs_wrong")).json()).toMatchObject({ message: "Bad credentials" });
      expect((await get("/repos/registry/support/issues", `token ${token}`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 400)); // the token expires
      expect((await get("/repos/registry/support/issues", `token ${token}`)).status).toBe(401);
    } finally {
      await github.stop();
    }
  });
});

describe("when deleting a comment is refused", () => {
  it("the secret is hidden through GraphQL minimizeComment instead (hiding does not protect it: deletion is tried first)", async () => {
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      refuseCommentDeletion: true,
    });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    const leak = await github.comment(1, "helper", "try pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz");
    await github.settled();
    // Every door that meets it tries again (the comment stays owed): the card's intake, then its own webhook.
    const deletes = github.requests.filter((r) => r.path.endsWith(`/issues/comments/${leak.id}`) && r.method === "DELETE");
    expect(deletes.length).toBeGreaterThanOrEqual(1);
    expect(deletes.every((r) => r.status === 403)).toBe(true);
    expect(github.minimized.get(leak.id)).toBe("RESOLVED");
    // Nothing planned for a deleted comment is written: no reply or card saying it was deleted.
    expect(github.thread(1).comments.filter((c) => c.user.type === "Bot" && /deleted/.test(c.body))).toEqual([]);
    // Once GitHub lets the desk delete it, the next door (here the sweep) removes it and flags the case.
    github.allowCommentDeletion();
    await harness.sweep();
    await github.settled();
    expect(github.comments.has(leak.id)).toBe(false);
    expect(github.thread(1).issue.labels).toContain("security");
  }, 30_000);
});

describe("rate limits in every form GitHub uses", () => {
  const start = async () => {
    harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    return harness.github;
  };
  const update = /^\/repos\/registry\/support\/issues\/1$/;

  it("429 with retry-after: waited for, then done", async () => {
    const github = await start();
    github.answerOnce("PATCH", update, 429, { message: "Too Many Requests" }, { "retry-after": "1" });
    const t0 = Date.now();
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
  }, 30_000);

  it("the primary limit (x-ratelimit-remaining: 0): waited for until x-ratelimit-reset", async () => {
    const github = await start();
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    github.answerOnce(
      "PATCH",
      update,
      403,
      { message: "API rate limit exceeded for installation ID 1." },
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
    );
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect(Date.now()).toBeGreaterThanOrEqual(Number(reset) * 1000 - 50);
    expect(github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
  }, 30_000);

  it("a secondary limit without retry-after asks for a minute or more: not retried early, healed by the sweep", async () => {
    const { sweepWithNewDesk } = await import("../../src/app/assemble.js");
    const github = await start();
    github.answerOnce("PATCH", update, 403, {
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    });
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    expect(github.requests.filter((r) => r.method === "PATCH" && update.test(r.path))).toHaveLength(1); // not repeated
    expect(github.thread(1).issue.labels).toEqual(["account-recovery"]);
    await sweepWithNewDesk(harness.probot, { verifier: null, registry: null });
    expect(github.thread(1).issue.labels).toEqual(["account-recovery", "recovery: triage"]);
    expect(github.thread(1).comments).toHaveLength(1);
  }, 30_000);
});

describe("a challenge repository that goes out of the app's sight", () => {
  it("is reported to the reviewer at once (GitHub's 404 for a branch also means 'no such repository')", async () => {
    const repositories = ["octo/pkg"];
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      repositories,
      verifier: new (await import("../../src/domain/verification/codes.js")).Verifier("challenge-test-secret-0123456789"),
    });
    const { github } = harness;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    await github.comment(1, "alice", "/verify repo octo/pkg");
    await github.settled();
    repositories.pop(); // made private
    await github.comment(1, "jbber", "/done");
    await github.settled();
    const last = github.thread(1).comments.at(-1)!.body;
    expect(last).toMatch(/^@alice — The app can no longer see `octo\/pkg`/);
    const card = github.thread(1).comments[0]!.body;
    expect(card).toContain("✗ the app can no longer see this repository");
    // and it is not checked again
    const before = github.requests.length;
    await github.comment(1, "jbber", "/done");
    await github.settled();
    expect(github.requests.slice(before).some((r) => r.path.includes("/branches/"))).toBe(false);
  }, 30_000);
});
