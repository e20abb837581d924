// The stand-in held to GitHub's published contract: a lifecycle, secrets, commands, a sweep,
// registration-free, everything the desk does — every exchange and every webhook checked.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { GitHubContract, type Violation } from "../helpers/contract.js";
import { body } from "../helpers/fixtures.js";
import { RegistryClient } from "../../src/features/evidence/registry-client.js";
import { registryConfig, registryWorld, WORLD_REPOSITORIES } from "../helpers/registry-world.js";

const verifier = new Verifier("contract-test-secret-0123456789");
let harness: Harness;
let contract: GitHubContract;
// Ownership evidence reads GitHub's public side too (people, repositories, organisations, commits).
const registry = registryWorld();

beforeAll(async () => {
  contract = new GitHubContract();
  const registryUrl = await registry.start();
  harness = await startHarness({
    files: {
      ".github/recovery-triage.yml": `${registryConfig(registryUrl).replace("reviewers: [alice]", "reviewers: [alice, bob]")}\nnoise:\n  lock_after_days: 0\n`,
    },
    roles: { alice: "maintain", bob: "write" },
    repositories: ["octo/pkg", ...WORLD_REPOSITORIES],
    verifier,
    registry: new RegistryClient(),
  });
  const { github } = harness;
  // A bit of everything the desk does.
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  await github.openIssue("other", "Docs typo", "a typo");
  await github.settled();
  await github.editIssueBody(2, "sam", body("form-jbber").replace("jbber", "sam-k"));
  await github.settled();
  await github.comment(2, "passer", "any update? +1");
  await github.comment(1, "alice", "/verify email");
  await github.settled();
  const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date());
  await github.comment(1, "jbber", `/code ${code}`);
  await github.comment(1, "mallory", "/approve force mine");
  await github.comment(1, "helper", "codes:\n3f9a1c0b7d2e4f60\na01b2c3d4e5f6a7b");
  await github.comment(2, "bob", "/verify repo octo/pkg");
  await github.comment(2, "sam", "/done");
  await github.editIssueTitle(2, "sam", "help pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz");
  await github.comment(1, "alice", "/approve done");
  await github.settled();
  await github.comment(1, "alice", "/reopen");
  await github.push("admin", { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nassignment: fastest\n" });
  await github.settled();
  await sweepWithNewDesk(harness.probot, { verifier, registry: null });
  // The scenario did what it is here to check: a comment hidden, a thread locked and unlocked.
  const done = github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, "")}`);
  expect(done).toEqual(
    expect.arrayContaining(["POST /graphql", "PUT /repos/registry/support/issues/1/lock", "DELETE /repos/registry/support/issues/1/lock"]),
  );
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await registry.stop();
});

const report = (violations: Violation[]) => violations.map((v) => `${v.what}: ${v.detail}`);

describe("the stand-in against GitHub's published contract", () => {
  it("every request matches an operation of @octokit/openapi, and every answer its documented response", () => {
    const seen = harness.github.requests.filter((r) => r.path !== "/graphql");
    expect(seen.length).toBeGreaterThan(50);
    const evidenceReads = ["/users/jbber", "/repos/jbber/tinyfmt", "/orgs/bigorg/public_members/jbber", "/repos/bigorg/tools/commits?"];
    expect(evidenceReads.filter((p) => !seen.some((r) => r.path.startsWith(p)))).toEqual([]);
    const violations = [...new Map(seen.flatMap((r) => contract.checkExchange(r)).map((v) => [`${v.what}|${v.detail}`, v])).values()];
    expect(report(violations)).toEqual([]);
  });

  it("every webhook payload validates against @octokit/openapi-webhooks", () => {
    const kinds = new Set(harness.github.webhooks.map((w) => `${w.name}.${String(w.payload.action ?? "")}`));
    expect(kinds.size).toBeGreaterThan(5);
    const violations = [
      ...new Map(
        harness.github.webhooks.flatMap((w) => contract.checkWebhook(w.name, w.payload)).map((v) => [`${v.what}|${v.detail}`, v]),
      ).values(),
    ];
    expect(report(violations)).toEqual([]);
  });

  it("the checks themselves catch a mismatch", () => {
    expect(contract.checkExchange({ method: "PATCH", path: "/repos/o/r/issues/1", body: { labels: "not-a-list" } })).not.toEqual([]);
    expect(contract.checkExchange({ method: "GET", path: "/repos/o/r/nonsense/path/here" })).not.toEqual([]);
    expect(contract.checkExchange({ method: "GET", path: "/repos/o/r/issues?frobnicate=1" })).not.toEqual([]);
    expect(contract.checkWebhook("issues", { action: "opened" })).not.toEqual([]);
  });

  it("a validator compiled once is kept (node_modules/.cache): another instance gives the same verdicts without the descriptions", () => {
    const checks = () => [
      contract.checkExchange({ method: "PATCH", path: "/repos/o/r/issues/1", body: { labels: "not-a-list" } }),
      contract.checkExchange({ method: "PATCH", path: "/repos/o/r/issues/1", body: { labels: ["a"] } }),
      contract.checkWebhook("issues", { action: "opened" }),
    ];
    const first = checks().map((violations) => violations.length > 0);
    expect(first).toEqual([true, false, true]);
    contract = new GitHubContract();
    expect(checks().map((violations) => violations.length > 0)).toEqual(first);
    expect(contract.readDescriptions).toBe(false);
  });

  it("answers are checked against their schema and every component it refers to, null where the description allows it", () => {
    const issue = harness.github.requests.find((r) => r.method === "GET" && /^\/repos\/registry\/support\/issues\/\d+$/.test(r.path))!;
    const answer = issue.response as Record<string, unknown> & { user: Record<string, unknown> };
    expect(contract.checkExchange(issue)).toEqual([]);
    // `body` and `closed_at` are nullable in the description; `title` is not, nor a user's `login` (a component).
    expect(contract.checkExchange({ ...issue, response: { ...answer, body: null, closed_at: null } })).toEqual([]);
    expect(contract.checkExchange({ ...issue, response: { ...answer, title: null } })).not.toEqual([]);
    expect(contract.checkExchange({ ...issue, response: { ...answer, user: { ...answer.user, login: 5 } } })).not.toEqual([]);
    // The erratum's own schema (an array of the `installation` component) still refers into the description.
    const installations = { method: "GET", path: "/app/installations", status: 200 };
    expect(contract.checkExchange({ ...installations, response: [{ id: "not a number" }] })).not.toEqual([]);
  });
});
