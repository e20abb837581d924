// A burst of requests with commands in flight, played against the real server process, which is
// killed (SIGKILL) whenever the app has made a given number of requests and started again at once.
// Webhooks sent while it is down are lost, as GitHub's are; the events it had accepted but not yet
// applied die with it. What must hold: once the restarted server's sweep has run, the desk ends as
// the same burst leaves it without any crash. Used by test/e2e/crash.test.ts and `npm run bench -- crash`.
import { startAppProcess, type AppProcess } from "../../standin/app-process.js";
import { GitHubStandIn, type RecordedRequest } from "../../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET, WEBHOOK_PATH } from "../../standin/harness.js";
import { JBBER_REQUEST } from "../../standin/demo-requests.js";

export interface CrashRun {
  /** The desk as it ended, with what differs between any two runs (times, comment ids) blanked. */
  desk: ReturnType<GitHubStandIn["snapshot"]>;
  kills: number;
  /** Webhooks GitHub could not deliver because the server was down. */
  lost: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Timestamps and comment ids differ between any two runs; everything else must not. */
export function comparable(desk: ReturnType<GitHubStandIn["snapshot"]>): ReturnType<GitHubStandIn["snapshot"]> {
  const blank = (text: string) =>
    text
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, "<time>")
      .replace(/\\?"processed\\?":\{[^}]*\}/g, (m) => m.replace(/\d+/g, "<id>"))
      .replace(/\\?"re\\?":\d+/g, (m) => m.replace(/\d+/, "<id>"))
      // Where a case stood in the queue when it left it depends on how other issues' events interleaved.
      .replace(/(\\?"status\\?":\\?"(?!triage)[a-z-]+\\?".*?\\?"queueAhead\\?":)\d+/g, "$1<n>");
  return desk.map((issue) => ({ ...issue, comments: issue.comments.map(blank) }));
}

export interface CrashPlan {
  requests: number;
  /** Kill once the app has made this many requests to GitHub (each number once). */
  killAfterRequests: number[];
  /** Kill right after the first request that matches, once: between the writes of one event. */
  killAfter?: (request: RecordedRequest) => boolean;
}

/** The card write of `/verify email` (the case now verifying): its notice to the requester follows a moment later. */
export const VERIFY_EMAIL_CARD = (r: RecordedRequest) =>
  r.method === "PATCH" && r.path.includes("/issues/comments/") && JSON.stringify(r.body ?? "").includes('\\"status\\":\\"verifying\\"');

export async function crashScenario(options: CrashPlan): Promise<CrashRun> {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    // The server process would otherwise read PyPI for evidence: tests never touch the internet.
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\nregistry:\n  evidence: false\n" },
    roles: { alice: "maintain", bob: "write" },
    now: () => new Date(), // the server process keeps real time; GitHub's stamps must agree with it
  });
  await github.start();
  const env = {
    WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "warn",
    // The start-up sweep and the periodic one come every 3 s here (an hour in production).
    SWEEP_INTERVAL_MINUTES: "0.05",
    RECOVERY_SECRET: "crash-scenario-secret-0123456789",
  };
  let app: AppProcess = await startAppProcess(github, env);
  github.deliverTo(`${app.url}${WEBHOOK_PATH}`);
  const pending = [...options.killAfterRequests].sort((a, b) => a - b);
  let killAfter = options.killAfter ?? null;
  let looked = 0;
  let kills = 0;
  let lost = 0;
  let down = false;
  // The crash: watched from outside, as an OOM killer or a pulled plug would strike.
  const watcher = (async () => {
    while (pending.length > 0 || killAfter) {
      const seen = github.requests.length;
      const matched = killAfter !== null && github.requests.slice(looked).some(killAfter);
      looked = seen;
      if (matched || (pending.length > 0 && seen >= pending[0]!)) {
        if (matched) killAfter = null;
        else pending.shift();
        down = true;
        await app.kill();
        kills++;
        app = await startAppProcess(github, env);
        github.deliverTo(`${app.url}${WEBHOOK_PATH}`);
        down = false;
      }
      await sleep(1);
    }
  })();
  const deliver = async (send: () => Promise<unknown>) => {
    if (down) lost++;
    await send();
  };

  // The burst: requests, and commands on them while earlier events are still being applied.
  for (let n = 1; n <= options.requests; n++) {
    const name = `user${n}`;
    await deliver(() =>
      github.openIssue(name, "Account recovery request", JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`), ["account-recovery"]),
    );
    if (n % 3 === 0) await deliver(() => github.comment(n - 1, "alice", "/hold checking with the admins"));
    if (n % 4 === 0) await deliver(() => github.comment(n - 2, `user${n - 2}`, "/withdraw"));
    // Verification started: the card and the notice to the requester are two writes of one event.
    if (n === 2) await deliver(() => github.comment(1, "alice", "/verify email"));
  }
  // Quiet: two sweeps have started since the last write (so a restart's start-up sweep has healed
  // what was lost, and found nothing more to do).
  const sweepsSinceLastWrite = () => {
    const writes = github.requests.map((r, i) => (r.method === "GET" ? -1 : i));
    return github.requests.slice(Math.max(...writes) + 1).filter((r) => r.path.startsWith("/installation/repositories")).length;
  };
  while (sweepsSinceLastWrite() < 2 || down) await sleep(500);
  pending.length = 0; // a kill point the run never reached is not waited for
  killAfter = null;
  await watcher;
  const desk = comparable(github.snapshot());
  await app.stop();
  await github.stop();
  return { desk, kills, lost };
}
