import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { sweepWithNewDesk } from "../../src/app/assemble.js";
import { decodeState } from "../../src/domain/case/state.js";
import { waitFor } from "../../standin/app-process.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startAppInstance, startHarness, STANDIN_WEBHOOK_SECRET, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const SECRET = "lifecycle-test-secret-0123456789";
const verifier = new Verifier(SECRET);
let clock = Date.parse("2026-11-23T12:00:00Z");
const now = () => new Date(clock);
let harness: Harness;

afterEach(async () => harness?.stop());

async function start(config = "reviewers: [alice, bob]\n") {
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": config },
    roles: { alice: "write", bob: "maintain" },
    verifier,
    now,
  });
  return harness.github;
}

/** Runs an action, waits for every webhook it caused, and returns the writes it cost. */
async function step(action: () => Promise<unknown>): Promise<string[]> {
  const before = harness.github.requests.length;
  await action();
  await harness.github.settled();
  return harness.github.writes(before).map((w) => `${w.method} ${w.path}`);
}

describe("the standard lifecycle: open, /verify email, /code, /approve", () => {
  it("costs 12 writes in all, each step at most one card write, one new comment, one update (+ the code's deletion)", async () => {
    const github = await start();
    const issue = "/repos/registry/support/issues/1";

    expect(await step(() => github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]))).toEqual([
      `POST ${issue}/comments`,
      `PATCH ${issue}`,
    ]);
    const cardId = github.thread(1).comments[0]!.id;

    expect(await step(() => github.comment(1, "bob", "/verify email"))).toEqual([
      `PATCH /repos/registry/support/issues/comments/${cardId}`,
      `POST ${issue}/comments`,
      `PATCH ${issue}`,
    ]);
    const told = github.thread(1).comments.at(-1)!;
    expect(told.body).toMatch(/^@jbber — a reviewer has sent an email with a one-time code/);

    clock += 3_600_000;
    const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, now());
    let codeComment = 0;
    const codeWrites = await step(async () => {
      codeComment = (await github.comment(1, "jbber", `/code ${code}`)).id;
    });
    expect(codeWrites).toEqual([
      `DELETE /repos/registry/support/issues/comments/${codeComment}`,
      `PATCH /repos/registry/support/issues/comments/${cardId}`,
      `POST ${issue}/comments`,
      `PATCH ${issue}`,
    ]);
    expect(github.comments.has(codeComment)).toBe(false);
    expect(github.thread(1).comments.at(-1)!.body).toMatch(/^@bob — every required verification step is confirmed/);

    expect(await step(() => github.comment(1, "bob", "/approve 2FA reset, password reset sent"))).toEqual([
      `PATCH /repos/registry/support/issues/comments/${cardId}`,
      `POST ${issue}/comments`,
      `PATCH ${issue}`,
    ]);

    const { issue: final, comments } = github.thread(1);
    expect(final.state).toBe("closed");
    expect(final.state_reason).toBe("completed");
    expect(final.labels).toEqual(["account-recovery", "recovery: resolved"]);
    const card = decodeState(comments.find((c) => c.id === cardId)!.body)!;
    expect(card.status).toBe("resolved");
    expect(card.timeline.map((e) => e.status)).toEqual(["triage", "verifying", "verified", "resolved"]);
    expect(github.writes()).toHaveLength(12);
    // GitHub sent the app an event for each of its own writes (labels, comments, edits, closing):
    // the exact write lists above show that none of them caused a write in turn.
    expect(github.echoed).toBeGreaterThanOrEqual(12);
    // No comment the app wrote contains the code.
    for (const c of comments) expect(c.body).not.toContain(code);
  }, 30_000);
});

describe("the sweep", () => {
  it("reminds a silent requester after 14 days and closes the case 7 days later, with a controllable clock", async () => {
    const github = await start();
    await step(() => github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]));
    const sweep = () => step(() => sweepWithNewDesk(harness.probot, { verifier, now, registry: null }));

    clock += 13 * 86_400_000;
    expect(await sweep()).toEqual([]);
    clock += 1 * 86_400_000;
    expect(await sweep()).toEqual(["PATCH /repos/registry/support/issues/comments/1000", "POST /repos/registry/support/issues/1/comments"]);
    expect(github.thread(1).comments.at(-1)!.body).toMatch(/^@sam — this request is waiting for you/);
    // A bot commenting does not count as the requester's activity.
    await github.comment(1, "other-bot[bot]", "bump");
    clock += 7 * 86_400_000;
    expect(await sweep()).toEqual([
      "PATCH /repos/registry/support/issues/comments/1000",
      "POST /repos/registry/support/issues/1/comments",
      "PATCH /repos/registry/support/issues/1",
    ]);
    const { issue } = github.thread(1);
    expect(issue.state).toBe("closed");
    expect(issue.labels).toContain("recovery: stale");
    // A second sweep changes nothing: the case is settled.
    expect(await sweep()).toEqual([]);
  }, 30_000);

  it("heals a request whose webhook was lost", async () => {
    const github = await start();
    github.deliverTo("http://127.0.0.1:9/nowhere"); // the delivery is lost
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    expect(github.writes()).toEqual([]);
    const writes = await step(() => sweepWithNewDesk(harness.probot, { verifier, now, registry: null }));
    expect(writes).toEqual(["POST /repos/registry/support/issues/1/comments", "PATCH /repos/registry/support/issues/1"]);
  }, 30_000);
});

describe("the in-server sweep", () => {
  it("runs by itself every SWEEP_INTERVAL_MINUTES and heals a request whose webhook was lost", async () => {
    const github = new GitHubStandIn({
      webhookSecret: STANDIN_WEBHOOK_SECRET,
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    });
    const base = await github.start();
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]); // no app yet: lost
    // 0.002 minutes = 120 ms, so the test need not wait an hour.
    const app = await startAppInstance(github, base, { sweepIntervalMinutes: 0.002 });
    try {
      await waitFor(() => github.thread(1).issue.labels.includes("recovery: triage"), 10_000);
      expect(github.thread(1).comments).toHaveLength(1);
      // Stopped means stopped: with GitHub still listening, no sweep reaches it any more.
      await app.stop();
      await new Promise((r) => setTimeout(r, 150));
      const after = github.requests.length;
      await new Promise((r) => setTimeout(r, 400));
      expect(github.requests.length).toBe(after);
    } finally {
      await app.stop();
      await github.stop();
    }
  }, 20_000);
});
