// Adopting a backlog, measured (`npm run bench -- adoption`): 450 mixed requests filed over the
// last 90 days while no desk listened, then, as an admin would go about it: `recovery-triage
// dry-run` (nothing written), and the real server (`npm start`) installed, whose first sweep takes
// the backlog in at GitHub's pace (the stand-in refuses and counts any write that comes too early).
// Meanwhile a new request is filed every 30 seconds; each one's time to its card is compared with a
// new request's on an idle desk.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { hasStateMarker } from "../src/case/state.js";
import { startAppProcess } from "../standin/app-process.js";
import { GitHubStandIn } from "../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../standin/harness.js";
import { INVALID_REQUEST, JBBER_REQUEST } from "../standin/demo-requests.js";

const DAY = 24 * 60 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const named = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);

export async function adoptionCosts(backlog = 450): Promise<Record<string, unknown>> {
  // The stand-in stamps issues with this clock: the backlog is filed over the last 90 days.
  let ago = 90 * DAY;
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain", bob: "write" },
    pacing: true,
    now: () => new Date(Date.now() - ago),
  });
  await github.start();
  for (let n = 1; n <= backlog; n++) {
    const kind = n % 10;
    // One in ten incomplete, one in ten the same person again (a duplicate), one in ten another person for an earlier account.
    const text = kind === 1 ? INVALID_REQUEST : kind === 2 ? named(`acct${n - 2}`) : kind === 3 ? named(`acct${n - 3}`) : named(`acct${n}`);
    const author = kind === 2 ? `user${n - 2}` : kind === 3 ? `other${n}` : `user${n}`;
    await github.openIssue(author, "Account recovery request", text, ["account-recovery"]);
    ago -= (90 * DAY) / backlog;
  }
  ago = 0;
  const hasCard = (n: number) => github.thread(n).comments.some((c) => c.user.login.endsWith("[bot]") && hasStateMarker(c.body));

  // 1. The dry run, as the app.
  const dir = mkdtempSync(join(tmpdir(), "bench-adoption-"));
  const env = { PATH: process.env.PATH ?? "", GHE_HOST: github.host, GHE_PROTOCOL: "http" };
  const identity = { APP_ID: String(github.appId), PRIVATE_KEY: github.appPrivateKey };
  let requests = github.requests.length;
  let started = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [resolve("lib/cli/main.js"), "dry-run", `${github.owner}/${github.repo}`, "--json"],
    {
      cwd: dir,
      env: { ...env, ...identity },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout) as { requests: number; totals: { writes: number; comments: number; minutesAtGitHubPace: number } };
  const dryRun = {
    requests: report.requests,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    githubRequests: github.requests.length - requests,
    writesSent: github.writes(requests).length,
    predictedWrites: report.totals.writes,
    predictedMinutesAtGitHubPace: report.totals.minutesAtGitHubPace,
  };
  rmSync(dir, { recursive: true, force: true });

  // 2. Installed: the server's first sweep starts a minute after it does.
  const app = await startAppProcess(github, {
    WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "warn",
    SWEEP_INTERVAL_MINUTES: "600",
  });
  github.deliverTo(`${app.url}/api/github/webhooks`);
  const newRequest = async (i: number) => {
    const issue = await github.openIssue(`newcomer${i}`, "Account recovery request", named(`fresh${i}`), ["account-recovery"]);
    const at = performance.now();
    while (!hasCard(issue.number)) await sleep(100);
    return Math.round((performance.now() - at) / 100) / 10;
  };
  const idle = [await newRequest(0), await newRequest(1)];
  while (!hasCard(1)) await sleep(200);
  requests = github.requests.length;
  started = performance.now();
  const during: number[] = [];
  let i = 2;
  let adopted = 0;
  while (adopted < backlog) {
    const waits = newRequest(i++);
    await sleep(30_000);
    during.push(await waits);
    adopted = Array.from({ length: backlog }, (_, k) => k + 1).filter(hasCard).length;
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  // Every mention a reader of a backlog thread would see (the desk's hidden blocks aside), with where.
  const mentioned = Array.from({ length: backlog }, (_, k) => k + 1).flatMap((n) =>
    github
      .thread(n)
      .comments.flatMap((c) =>
        (c.body.replace(/<!--[\s\S]*?-->/g, "").match(/(?:^|\s)@[\w-]+/g) ?? []).map((m) => `#${n} ${c.user.login}: ${m.trim()}`),
      ),
  );
  const result = {
    backlog,
    dryRun,
    adoption: {
      adopted,
      minutes: Math.round(seconds / 6) / 10,
      writes: github.writes(requests).length,
      mentionsInBacklogThreads: mentioned,
      pacingViolations: github.pacing.violations,
    },
    newRequestSecondsToCard: {
      idle,
      duringAdoption: {
        count: during.length,
        max: Math.max(...during),
        median: during.sort((a, b) => a - b)[Math.floor(during.length / 2)],
      },
    },
  };
  await app.stop();
  await github.stop();
  return result;
}
