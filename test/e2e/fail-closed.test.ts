// Failing closed through the doors users use: authority is checked when it is used. A reviewer who
// loses write access after starting the email check cannot see it completed with a code from their
// key — through the webhook, or through the sweep for a repository challenge — and the maintainers
// are told. Signed webhooks to the real app, against the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { decodeState } from "../../src/domain/case/state.js";
import type { Harness } from "../../standin/harness.js";
import { startHarness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const verifier = new Verifier("fail-closed-secret-0123456789abcdef");
let harness: Harness;
let roles: Record<string, string>;
afterEach(async () => harness?.stop());

async function start() {
  roles = { alice: "maintain", bob: "maintain" };
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles,
    repositories: ["jbber/tinyfmt"],
    verifier,
  });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.settled();
  return harness.github;
}
const card = () => decodeState(harness.github.thread(1).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
const say = async (who: string, text: string) => {
  await harness.github.comment(1, who, text);
  await harness.github.settled();
};

describe("authority checked when it is used", () => {
  it("a code from the key of a reviewer who lost write access since /verify email is not accepted", async () => {
    const github = await start();
    await say("alice", "/verify email");
    const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date());
    roles.alice = "read";
    await say("jbber", `/code ${code}`);
    expect(card().status).toBe("triage");
    expect(card().factors.email).toBeUndefined();
    const last = github.thread(1).comments.at(-1)!.body;
    expect(last).toContain("`alice` started the email check but can no longer act on this repository");
    // The code comment left the thread all the same.
    expect(github.thread(1).comments.some((c) => c.body.includes(code))).toBe(false);
    // Another maintainer starts it again, and it completes.
    await say("bob", "/verify email");
    const again = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date());
    await say("jbber", `/code ${again.code}`);
    expect(card().status).toBe("verified");
  }, 30_000);

  it("a repository challenge whose starter lost access is voided when the sweep finds the branch", async () => {
    const github = await start();
    await say("alice", "/verify repo jbber/tinyfmt");
    const repo = card().factors.repo!;
    roles.alice = "read";
    github.branches.add(`${repo.repo}:${repo.branch}`.toLowerCase());
    await harness.sweep();
    await github.settled();
    expect(card().factors.repo).toBeUndefined();
    expect(card().status).toBe("triage");
  }, 30_000);
});

describe("settings GitHub will not serve are never replaced by defaults", () => {
  // The app lost `contents: read`, or GitHub is failing: acting under defaults would file the case
  // with no reviewer, default labels and default security settings the admin never chose.
  it.each([
    ["refused (403)", 403, { message: "Resource not accessible by integration" }],
    ["failing (500, retried)", 500, { message: "Server Error" }],
  ])(
    "a config read GitHub answered as %s writes nothing; the sweep files the case once it is served",
    async (_name, status, answer) => {
      harness = await startHarness({
        files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
        roles: { alice: "maintain" },
        verifier,
      });
      const { github } = harness;
      for (let i = 0; i < 8; i++) github.answerOnce("GET", /\/contents\/\.github%2Frecovery-triage\.yml$/, status, answer);
      const before = github.requests.length;
      await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
      await github.settled();
      expect(github.writes(before)).toEqual([]);
      // GitHub serves the file again: the sweep adopts the request under the admin's settings.
      while (github.requests.filter((r) => r.path.includes("recovery-triage.yml")).length < 8) await harness.sweep();
      await harness.sweep();
      await github.settled();
      expect(github.thread(1).issue.assignees).toEqual(["alice"]);
      expect(card().reviewer).toBe("alice");
    },
    30_000,
  );
});
