// Crashes mid-burst (part of `npm run bench`, or `npm run bench -- crash`): the 50-request burst with
// commands, played once calmly and then with the real server SIGKILLed at several moments (after
// the app's Nth request to GitHub) and started again each time. Reports whether each crashed run
// ended exactly as the calm one (test/helpers/crash-scenario.ts says what is compared).
import { crashScenario } from "../test/helpers/crash-scenario.js";
import { isDeepStrictEqual } from "node:util";

/** Kill points: early in intake, mid-burst, late with commands in flight; and three at once. */
const KILL_PLANS = [[40], [150], [300], [60, 160, 260]];

export async function crashCosts(requests = 50): Promise<Record<string, unknown>[]> {
  const calm = await crashScenario({ requests, killAfterRequests: [] });
  const rows: Record<string, unknown>[] = [];
  for (const plan of KILL_PLANS) {
    const t0 = performance.now();
    const run = await crashScenario({ requests, killAfterRequests: plan });
    const cards = run.desk.map((i) => i.comments.filter((c) => c.includes("recovery-triage:state")).length);
    rows.push({
      killedAfterRequests: plan.join(" "),
      kills: run.kills,
      webhooksLost: run.lost,
      sameAsCalm: isDeepStrictEqual(run.desk, calm.desk),
      issuesWithOneCard: `${cards.filter((n) => n === 1).length}/${cards.length}`,
      seconds: Math.round((performance.now() - t0) / 1000),
    });
  }
  return rows;
}
