// `recovery-triage sweep` (cron): one sweep of every installation by a desk of its own, its report as JSON.
import { sweepWithNewDesk } from "../../app/assemble.js";
import { probotFromEnv } from "../../config/environment.js";
import { terminalProgress } from "../progress.js";

export async function sweep(): Promise<number> {
  const probot = probotFromEnv();
  const report = await sweepWithNewDesk(probot, {}, terminalProgress());
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.failures > 0 ? 1 : 0;
}
