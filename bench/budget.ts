// The rate-limit budget at scale (part of `npm run bench`, or `npm run bench -- budget`): for N open
// requests with their cards, the rate-limit points of
// - one sweep when nothing changed: the server's (it remembers GitHub's ETags and the open cases)
//   and the CLI's (it starts with no memory);
// - one new request: the first after the server starts (its index of open cases is empty, so it
//   lists them once) and any later one;
// - one hour at PyPI's observed load (about 40 new requests and 400 events a day: 2 new requests,
//   17 comments on 17 cases, then the hourly sweep).
// In process, against the stand-in, which counts points as GitHub does (every REST request but a
// 304; GraphQL on its own budget by its documented cost).
import { sweepWithNewDesk } from "../src/app/assemble.js";
import { COMPRESSED_TIME, startAppInstance, startHarness, WEBHOOK_PATH } from "../standin/harness.js";
import { JBBER_REQUEST } from "../standin/demo-requests.js";
import type { GitHubStandIn } from "../standin/github-standin.js";

const request = (name: string) => JBBER_REQUEST.replace("\njbber\n", `\n${name}\n`);

/** What `work` cost: requests the app made, REST points, GraphQL points. */
async function cost(github: GitHubStandIn, work: () => Promise<unknown>) {
  const [requests, points, graphql] = [github.requests.length, github.rateLimitUsed, github.graphqlPointsUsed];
  await work();
  await github.settled();
  if (process.env.BUDGET_DEBUG) {
    const counts: Record<string, number> = {};
    for (const r of github.requests.slice(requests).filter((r) => r.status !== 304)) {
      const key = `${r.method} ${r.path.replace(/\?.*/, "").replace(/\d+/g, "N")}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    console.error(counts);
  }
  return {
    requests: github.requests.length - requests,
    points: github.rateLimitUsed - points,
    graphqlPoints: github.graphqlPointsUsed - graphql,
  };
}

export async function budget(
  sizes = (process.env.BUDGET_SIZES ?? "500,2000,5000").split(",").map(Number),
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const open of sizes) {
    // The backlog is taken in within seconds here, not over the hours GitHub's write limits would take:
    // this part measures reads (rate-limit points), so writes run on compressed time; reads keep
    // GitHub's points a minute, so the sweep's time is the time it would take on GitHub.
    const harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" },
      roles: { alice: "write", bob: "write" },
      writeLimits: COMPRESSED_TIME.writeLimits,
    });
    const { github } = harness;
    // Filed while the app was not listening (as after an outage): the first sweep takes them in.
    github.deliverTo();
    for (let n = 0; n < open; n++)
      await github.openIssue(`user${n}`, "Account recovery request", request(`user${n}`), ["account-recovery"]);
    // The server's own sweep (its memory: ETags, open cases); the CLI's sweep starts with none.
    const t0 = performance.now();
    await harness.sweep();
    const firstSweepSeconds = Math.round((performance.now() - t0) / 1000);
    await harness.sweep(); // learns the threads as the first sweep left them
    const serverIdle = await cost(github, () => harness.sweep());
    // The stand-in does not pace, so neither does the CLI here (GitHub's pacing is measured in bench/run.ts).
    const retry = { baseDelayMs: 10, maxAttempts: 3, timeoutMs: 30_000, maxRetryAfterMs: 1000, pace: false };
    const cliIdle = await cost(github, () => sweepWithNewDesk(harness.probot, { verifier: null, registry: null, retry }));

    const file = (n: number) => github.openIssue(`new${n}`, "Account recovery request", request(`new${n}`), ["account-recovery"]);
    // A server just restarted (a fresh instance: no memory) lists the open requests once, for its first new request.
    const restarted = await startAppInstance(github, `http://${github.host}`);
    github.deliverTo(restarted.url);
    const firstNew = await cost(github, () => file(1));
    await restarted.stop();
    // The running server: any new request.
    github.deliverTo(`${harness.appBase}${WEBHOOK_PATH}`);
    const laterNew = await cost(github, () => file(2));

    // An hour at PyPI's load, then the hourly sweep (with the server's memory).
    const hour = await cost(github, async () => {
      await file(3);
      await file(4);
      for (let i = 0; i < 17; i++) {
        const number = 1 + Math.floor((i * open) / 17);
        if (i % 2 === 0) await github.comment(number, `user${number - 1}`, "Any news? I still cannot log in.");
        else await github.comment(number, "alice", "/hold waiting for the admins");
      }
      await github.settled();
      await harness.sweep();
    });
    rows.push({
      openRequests: open,
      serverIdleSweepPoints: serverIdle.points,
      cliIdleSweepPoints: cliIdle.points,
      newRequestRequests: laterNew.requests,
      newRequestPoints: laterNew.points,
      firstNewRequestAfterStartRequests: firstNew.requests,
      pypiHourPoints: hour.points,
      pypiHourGraphqlPoints: hour.graphqlPoints,
      firstSweepSeconds,
    });
    await harness.stop();
  }
  return rows;
}
