// One clear warning at start for each missing piece that silently turns something off.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import recoveryTriage from "../../src/app/probot-app.js";
import { body } from "../helpers/fixtures.js";
import { FAST_RETRY, GitHubMock, issuesEvent, loggingProbot } from "../helpers/github-mock.js";

let github: GitHubMock;
const saved = { RECOVERY_SECRET: process.env.RECOVERY_SECRET, WEBHOOK_SECRET: process.env.WEBHOOK_SECRET };
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => {
  github.finish();
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
});

const warnings = (lines: string[]) =>
  lines
    .map((l) => JSON.parse(l) as { level: number; msg: string })
    .filter((l) => l.level === 40)
    .map((l) => l.msg);

describe("start-up warnings", () => {
  it("name a missing RECOVERY_SECRET and WEBHOOK_SECRET, once each", async () => {
    delete process.env.RECOVERY_SECRET;
    delete process.env.WEBHOOK_SECRET;
    const { probot, lines } = loggingProbot("info");
    await probot.load((app) => recoveryTriage(app, { sweepIntervalMinutes: 0, background: false, registry: null }));
    expect(warnings(lines)).toEqual([
      expect.stringMatching(/^RECOVERY_SECRET is not set: verification is off/),
      expect.stringMatching(/^WEBHOOK_SECRET is not set: webhook signatures cannot be checked/),
    ]);
  });

  it("say nothing when both are set", async () => {
    process.env.RECOVERY_SECRET = "a-long-enough-recovery-secret";
    process.env.WEBHOOK_SECRET = "hook";
    const { probot, lines } = loggingProbot("info");
    await probot.load((app) => recoveryTriage(app, { sweepIntervalMinutes: 0, background: false, registry: null }));
    expect(warnings(lines)).toEqual([]);
  });

  it("name a repository with no reviewers, once per process", async () => {
    process.env.RECOVERY_SECRET = "a-long-enough-recovery-secret";
    process.env.WEBHOOK_SECRET = "hook";
    const { probot, lines } = loggingProbot("info");
    await probot.load((app) => recoveryTriage(app, { sweepIntervalMinutes: 0, background: false, registry: null, retry: FAST_RETRY }));
    const issue = { number: 10, author: "jbber", body: body("form-jbber"), labels: ["account-recovery"] };
    github.issue(issue).config(null).form(null).openRequests([issue]);
    await probot.receive(issuesEvent("opened", issue));
    await probot.receive(issuesEvent("edited", issue, "jbber", { changes: { body: { from: "" } } }));
    expect(warnings(lines).filter((w) => w.includes("has no reviewers"))).toEqual([
      "registry/support has no reviewers in .github/recovery-triage.yml: valid requests are not assigned to anyone",
    ]);
  });
});
