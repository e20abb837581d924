// The desk as a GitHub Actions workflow, run as a runner runs it: the workflow file
// `recovery-triage init actions` writes (unchanged), one process per event with the runner's
// variables and an event file, runs for different issues side by side, the desk's memory through
// the cache between runs. The same script played against the server gives the same desk.
import { afterEach, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { issueCode } from "../../src/cli/issue-code.js";
import { probotFromEnv } from "../../src/config/environment.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startHarness, STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { startActionsRunner, type ActionsRunner } from "../helpers/actions-runner.js";
import { comparable } from "../helpers/crash-scenario.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
const SECRET = "actions-test-secret-0123456789abcd";
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const CONFIG = "reviewers: [alice, bob]\nregistry:\n  evidence: false\n";
const ROLES = { alice: "maintain", bob: "write" } as const;
const REAL_TIME = () => new Date();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

interface World {
  github: GitHubStandIn;
  /** Issues a code as the reviewer's CLI does. */
  code(number: number): Promise<string>;
  /** The sweep: the server's timer, or the workflow's schedule. */
  sweep(): Promise<void>;
}

async function actionsWorld(): Promise<World & { runner: ActionsRunner }> {
  // The runs keep real time (one process each); GitHub's stamps must agree with them.
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": CONFIG },
    roles: ROLES,
    now: REAL_TIME,
  });
  await github.start();
  const runner = await startActionsRunner(github, SECRET);
  cleanups.push(async () => {
    await runner.stop();
    await github.stop();
  });
  const probot = probotFromEnv({
    APP_ID: String(github.appId),
    PRIVATE_KEY: github.appPrivateKey,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
  });
  return {
    github,
    runner,
    code: async (number) =>
      (await issueCode(probot, { owner: github.owner, repo: github.repo, number }, new Verifier(SECRET), new Date())).code,
    sweep: async () => {
      runner.schedule();
      await github.settled();
    },
  };
}

async function serverWorld(): Promise<World> {
  const harness = await startHarness({
    files: { ".github/recovery-triage.yml": CONFIG },
    roles: ROLES,
    verifier: new Verifier(SECRET),
    now: REAL_TIME,
  });
  cleanups.push(() => harness.stop());
  const { github } = harness;
  return {
    github,
    code: async (number) =>
      (await issueCode(harness.probot, { owner: github.owner, repo: github.repo, number }, new Verifier(SECRET), new Date())).code,
    sweep: async () => {
      await harness.sweep();
      await github.settled();
    },
  };
}

/** The standard lifecycle, an invalid request fixed by its author, a refused passer-by, a withdrawal. */
async function lifecycle(world: World): Promise<void> {
  const { github } = world;
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await github.settled();
  await github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  await github.settled();
  await github.editIssueBody(2, "sam", body("form-jbber").replace("\njbber\n", "\nsam-k\n"));
  await github.settled();
  await github.comment(1, "alice", "/verify email");
  await github.settled();
  await github.comment(1, "jbber", `/code ${await world.code(1)}`);
  await github.settled();
  await github.comment(1, "mallory", "/approve");
  await github.settled();
  await github.comment(1, "alice", "/approve");
  await github.settled();
  await github.comment(2, "sam", "/withdraw");
  await github.settled();
}

describe("the desk as a workflow", () => {
  it("plays the standard lifecycle exactly as the server does; the app's own events start no runner", async () => {
    const actions = await actionsWorld();
    await lifecycle(actions);
    const server = await serverWorld();
    await lifecycle(server);
    expect(comparable(actions.github.snapshot())).toEqual(comparable(server.github.snapshot()));
    expect(actions.github.thread(1).issue.labels).toContain("recovery: resolved");
    const ran = actions.runner.runs.filter((r) => !r.skipped);
    expect(ran.every((r) => r.exitCode === 0)).toBe(true);
    // Every event the app caused itself (its card, replies, label changes) was skipped by the job's `if:`.
    expect(actions.runner.runs.filter((r) => r.skipped).length).toBeGreaterThan(0);
    expect(ran[0]!.summary).toMatch(/^### Recovery desk: done\n\n- issues event\n- GitHub requests: \d+; rate limit left: \d+/);
    // As the app, not as github-actions[bot]: the card is the app's.
    expect(actions.github.thread(1).comments[0]!.user.login).toBe(actions.github.bot.login);
  }, 120_000);

  it("takes a burst of 20 requests in concurrent runs; a lost event and a run killed mid-way are healed by the scheduled sweep", async () => {
    const play = async (world: World, runner?: ActionsRunner) => {
      for (let n = 1; n <= 20; n++)
        await world.github.openIssue(`user${n}`, "Account recovery request", body("form-jbber").replace("\njbber\n", `\nuser${n}\n`), [
          "account-recovery",
        ]);
      await world.github.settled();
      runner?.loseNext();
      await world.github.comment(3, "alice", "/hold waiting for the admins");
      await world.github.settled();
      runner?.killNextRunAfter(3);
      await world.github.comment(5, "bob", "/verify email");
      await world.github.settled();
      await world.sweep();
    };
    const actions = await actionsWorld();
    await play(actions, actions.runner);
    const server = await serverWorld();
    await play(server);
    expect(comparable(actions.github.snapshot())).toEqual(comparable(server.github.snapshot()));
    expect(actions.github.thread(3).issue.labels).toContain("recovery: on-hold");
    expect(actions.github.thread(5).issue.labels).toContain("recovery: verifying");
    // The killed run failed (and said so); the sweep's run succeeded.
    expect(actions.runner.runs.some((r) => r.exitCode === 137)).toBe(true);
    expect(actions.runner.runs.filter((r) => r.event === "schedule").map((r) => r.exitCode)).toEqual([0]);
  }, 240_000);

  it("a token GitHub would not delete fails the run (exit code, summary, log); the next run deletes it", async () => {
    const actions = await actionsWorld();
    const { github, runner } = actions;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    github.answerOnce("DELETE", /\/issues\/comments\/\d+$/, 403, { message: "Resource not accessible by integration" });
    const leak = await github.comment(1, "mallory", `my token: ${TOKEN}`);
    await github.settled();
    const failed = runner.runs.filter((r) => !r.skipped).at(-1)!;
    expect(failed.exitCode).toBe(1);
    expect(failed.summary).toMatch(/^### Recovery desk: failed\n[\s\S]*- error: 1 comment\(s\) holding a secret could not be deleted/);
    expect(failed.stderr + failed.summary).not.toContain(TOKEN);
    expect(github.comments.has(leak.id)).toBe(true);
    // Nothing after the refused deletion was written: no reply saying it was deleted.
    expect(github.thread(1).comments.filter((c) => c.user.type === "Bot")).toHaveLength(1);
    // The comment stayed owed: the scheduled run deletes it and succeeds.
    await actions.sweep();
    expect(github.comments.has(leak.id)).toBe(false);
    expect(runner.runs.filter((r) => r.event === "schedule").map((r) => r.exitCode)).toEqual([0]);
  }, 120_000);

  it("fails the step on any failure, with the error in the job log and the summary; refuses an event it does not run on", async () => {
    const github = new GitHubStandIn({ webhookSecret: STANDIN_WEBHOOK_SECRET, roles: ROLES, now: REAL_TIME });
    await github.start();
    const dir = mkdtempSync(join(tmpdir(), "action-fail-"));
    cleanups.push(async () => {
      await github.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    writeFileSync(join(dir, "event.json"), JSON.stringify({ action: "opened" }));
    writeFileSync(join(dir, "summary.md"), "");
    const run = (extra: Record<string, string>) =>
      exec(process.execPath, [resolve("lib/cli/main.js"), "action"], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          APP_ID: String(github.appId),
          PRIVATE_KEY: github.appPrivateKey,
          GITHUB_API_URL: `http://${github.host}/api/v3`,
          GITHUB_EVENT_PATH: join(dir, "event.json"),
          GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
          GITHUB_RUN_ID: "7",
          ...extra,
        },
      }).then(
        () => ({ code: 0, stdout: "", stderr: "" }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    // The app is not installed on that repository: GitHub refuses the installation lookup.
    const missing = await run({ GITHUB_EVENT_NAME: "issues", GITHUB_REPOSITORY: "someone/elsewhere" });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error::/m);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/^### Recovery desk: failed\n[\s\S]*- error: /);
    const wrong = await run({ GITHUB_EVENT_NAME: "pull_request", GITHUB_REPOSITORY: `${github.owner}/${github.repo}` });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('GITHUB_EVENT_NAME is "pull_request"');
    // The bundled Action (as GitHub runs it, inputs as INPUT_*) says the same in one line, with no stack trace.
    const bundled = await exec(process.execPath, [resolve("dist/action/index.mjs")], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        "INPUT_APP-ID": String(github.appId),
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_REPOSITORY: "o/r",
      },
    }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(bundled.code).toBe(1);
    expect(bundled.stdout.trim()).toBe(
      '::error::GITHUB_EVENT_NAME is "pull_request": the desk runs on issues, issue_comment, push, schedule, workflow_dispatch',
    );
    expect(bundled.stderr).not.toMatch(/\bat .*\.mjs:\d+/);
  }, 60_000);

  it("deploys the reviewers' page only when a sweep changed what it says", async () => {
    const actions = await actionsWorld();
    const { github, runner } = actions;
    await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await github.settled();
    const lastSweep = () => runner.runs.filter((r) => r.event === "schedule").at(-1)!;
    await actions.sweep();
    expect(lastSweep()).toMatchObject({ exitCode: 0, pageUploaded: true, dependentsRun: ["pages"] });
    // Nothing happened since: the page says the same, nothing is uploaded or deployed.
    await actions.sweep();
    expect(lastSweep()).toMatchObject({ exitCode: 0, pageUploaded: false, dependentsRun: [] });
    await github.comment(1, "alice", "/hold waiting for the admins");
    await github.settled();
    await actions.sweep();
    expect(lastSweep()).toMatchObject({ exitCode: 0, pageUploaded: true, dependentsRun: ["pages"] });
  }, 120_000);
});
