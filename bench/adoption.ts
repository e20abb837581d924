// Adopting a backlog, measured (`npm run bench -- adoption`): a backlog of mixed requests filed over
// the last 90 days while no desk listened, then, as an admin would go about it: `recovery-triage
// dry-run` (nothing written), and the real server (`npm start`) installed, whose sweeps take the
// backlog in within the installation's write budget (the stand-in enforces the same minute and hour
// and counts every refused write). Meanwhile people keep using the desk: every PERSON_EVERY_SECONDS
// a new request is filed and a maintainer puts the previous one on hold; each one's seconds to its
// card, and to the command's label, are measured. The adoption's time is compared with the floor the
// hourly limit sets for all the writes made meanwhile (no desk could make them sooner).
//
// Its scale comes from the environment: ADOPTION_BACKLOG (450), GITHUB_WRITES_PER_HOUR (GitHub's
// 500; lowered, as an admin may, to see several hours' windows in one), PERSON_EVERY_SECONDS (300);
// ADOPTION_DRY_RUN_ONLY=1 stops after the dry run (a few minutes: its reads at GitHub's points a minute).
// At GitHub's numbers 450 requests take about two hours: their writes need three hours' windows.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { hasStateMarker } from "../src/domain/case/state.js";
import { startAppProcess } from "../standin/app-process.js";
import { GitHubStandIn } from "../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../standin/harness.js";
import { GITHUB_WRITE_LIMITS, hourlyFloorMinutes, writeLimits } from "../src/reliability/write-budget.js";
import { INVALID_REQUEST, JBBER_REQUEST } from "../standin/demo-requests.js";

const DAY = 24 * 60 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const named = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);

export async function adoptionCosts(
  backlog = Number(process.env.ADOPTION_BACKLOG ?? 450),
  perHour = writeLimits(process.env).perHour,
  personEverySeconds = Number(process.env.PERSON_EVERY_SECONDS ?? 300),
): Promise<Record<string, unknown>> {
  // The stand-in stamps issues with this clock: the backlog is filed over the last 90 days.
  let ago = 90 * DAY;
  const limits = { perMinute: GITHUB_WRITE_LIMITS.perMinute, perHour };
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain", bob: "write" },
    pacing: true,
    writeLimits: limits,
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
  if (process.env.ADOPTION_DRY_RUN_ONLY) {
    await github.stop();
    return { backlog, dryRun, refusedRequests: github.pacing.pointRefusals + github.pacing.concurrencyRefusals };
  }

  // 2. Installed with the hour as given: the server's first sweep starts a minute after it does.
  const app = await startAppProcess(github, {
    WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "warn",
    GITHUB_WRITES_PER_HOUR: String(perHour),
  });
  github.deliverTo(`${app.url}/api/github/webhooks`);
  const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
  const until = async (done: () => boolean) => {
    while (!done()) await sleep(100);
  };
  const newRequest = async (i: number) => {
    const issue = await github.openIssue(`newcomer${i}`, "Account recovery request", named(`fresh${i}`), ["account-recovery"]);
    const at = performance.now();
    await until(() => hasCard(issue.number));
    return { number: issue.number, seconds: seconds(at) };
  };
  /** A maintainer's `/hold`: seconds until the case carries the on-hold label. */
  const hold = async (number: number) => {
    await github.comment(number, "alice", "/hold");
    const at = performance.now();
    await until(() => github.thread(number).issue.labels.includes("recovery: on-hold"));
    return seconds(at);
  };
  const idle = [(await newRequest(0)).seconds, (await newRequest(1)).seconds];
  const idleCommand = await hold(github.issues.size);
  await until(() => hasCard(1));
  requests = github.requests.length;
  started = performance.now();
  const cards: number[] = [];
  const commands: number[] = [];
  let i = 2;
  let last = github.issues.size;
  const adoptedCount = () => Array.from({ length: backlog }, (_, k) => k + 1).filter(hasCard).length;
  while (adoptedCount() < backlog) {
    const next = newRequest(i++);
    commands.push(await hold(last));
    const filed = await next;
    cards.push(filed.seconds);
    last = filed.number;
    const wait = performance.now() + personEverySeconds * 1000;
    while (performance.now() < wait && adoptedCount() < backlog) await sleep(1000);
  }
  const minutes = Math.round((performance.now() - started) / 6000) / 10;
  const writes = github.writes(requests).length;
  // The backlog's own writes: to one of its issues, or to a comment on one (the card's edits).
  const issueOf = (path: string) => {
    const comment = /\/issues\/comments\/(\d+)/.exec(path);
    if (comment) return github.comments.get(Number(comment[1]))?.issue ?? null;
    const issue = /\/issues\/(\d+)(?:\/|$)/.exec(path);
    return issue ? Number(issue[1]) : null;
  };
  const backlogWrites = github.writes(requests).filter((w) => (issueOf(w.path) ?? Infinity) <= backlog).length;
  // Every mention a reader of a backlog thread would see (the desk's hidden blocks aside), with where.
  const mentioned = Array.from({ length: backlog }, (_, k) => k + 1).flatMap((n) =>
    github
      .thread(n)
      .comments.flatMap((c) =>
        (c.body.replace(/<!--[\s\S]*?-->/g, "").match(/(?:^|\s)@[\w-]+/g) ?? []).map((m) => `#${n} ${c.user.login}: ${m.trim()}`),
      ),
  );
  const floor = hourlyFloorMinutes(writes, limits);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const result = {
    backlog,
    limits,
    personEverySeconds,
    dryRun,
    adoption: {
      adopted: adoptedCount(),
      minutes,
      writes,
      backlogWrites,
      writesPerAdoptedRequest: Math.round((backlogWrites / backlog) * 100) / 100,
      floorMinutes: Math.round(floor * 10) / 10,
      timesFloor: Math.round((minutes / floor) * 100) / 100,
      refusedWrites: github.pacing.windowRefusals + github.pacing.violations,
      // Requests refused for GitHub's points a minute or its concurrency (reads and writes alike).
      refusedRequests: github.pacing.pointRefusals + github.pacing.concurrencyRefusals,
      mentionsInBacklogThreads: mentioned,
    },
    newRequestSecondsToCard: { idle, duringAdoption: { count: cards.length, median: median(cards), max: Math.max(...cards) } },
    maintainerCommandSeconds: {
      idle: idleCommand,
      duringAdoption: { count: commands.length, median: median(commands), max: Math.max(...commands) },
    },
  };
  await app.stop();
  await github.stop();
  return result;
}
