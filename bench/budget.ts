// The rate-limit budget at scale (part of `npm run bench`, or `npm run bench -- budget`): N open
// requests with their cards, then the rate-limit points one sweep spends when nothing changed —
// the server's (it remembers GitHub's ETags) and the CLI's (it starts with no memory). In process,
// against the stand-in (which counts points as GitHub does: every request but a 304).
import { sweepAll } from "../src/desk/sweep.js";
import { ConditionalCache } from "../src/github/conditional-cache.js";
import { startHarness } from "../src/standin/harness.js";
import { JBBER_REQUEST } from "../src/cli/demo-requests.js";

export async function budget(sizes = (process.env.BUDGET_SIZES ?? "500").split(",").map(Number)): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const open of sizes) {
    const harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, roles: { alice: "write" } });
    const { github } = harness;
    // Filed while the app was not listening (as after an outage): the first sweep takes them in.
    github.deliverTo();
    for (let n = 0; n < open; n++)
      await github.openIssue(`user${n}`, "Account recovery request", JBBER_REQUEST.replace("\njbber\n", `\nuser${n}\n`), [
        "account-recovery",
      ]);
    const memory = new ConditionalCache();
    // The stand-in does not pace, so neither does the app here (GitHub's pacing is measured in bench/run.ts).
    const retry = { baseDelayMs: 10, maxAttempts: 3, timeoutMs: 10_000, maxRetryAfterMs: 1000, pace: false };
    const options = { botLogin: "recovery-triage[bot]", verifier: null, now: () => new Date(), log: harness.probot.log, retry };
    const t0 = performance.now();
    await sweepAll(harness.probot, { ...options, conditional: memory });
    const intakeSeconds = Math.round((performance.now() - t0) / 1000);
    await sweepAll(harness.probot, { ...options, conditional: memory }); // learns the threads as the first sweep left them
    let before = github.rateLimitUsed;
    await sweepAll(harness.probot, { ...options, conditional: memory });
    const serverIdle = github.rateLimitUsed - before;
    before = github.rateLimitUsed;
    await sweepAll(harness.probot, options);
    const cliIdle = github.rateLimitUsed - before;
    rows.push({ openCases: open, serverIdleSweepPoints: serverIdle, cliIdleSweepPoints: cliIdle, firstSweepSeconds: intakeSeconds });
    await harness.stop();
  }
  return rows;
}
