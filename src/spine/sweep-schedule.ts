// When the server sweeps: once soon after start (healing what a crash left undone), then every
// SWEEP_INTERVAL_MINUTES, and again as soon as the write budget has room for what a sweep deferred.
// One sweep at a time, in the process and (with REDIS_URL) in the cluster; the sweep itself is sweep.ts.
import type { Probot } from "probot";
import { sweepAll, type SweepDesk, type SweepReport } from "./sweep.js";

/**
 * One sweep by the server, unless one is still running here or (with REDIS_URL) on another
 * instance: then null, and nothing is read twice.
 */
export async function sweepOnce(app: Probot, desk: SweepDesk, resuming = false): Promise<SweepReport | null> {
  const started = Date.now();
  try {
    const report = await desk.sweepLock.tryRun(() => sweepAll(app, desk, undefined, resuming));
    if (!report) {
      app.log.info("a sweep is still running; this one was skipped");
      return null;
    }
    desk.metrics.sweepDuration.observe((Date.now() - started) / 1000);
    desk.metrics.sweptCases.inc(report.cases);
    desk.metrics.swept(report);
    if (report.failures > 0) desk.metrics.errors.inc({ where: "sweep-case" }, report.failures);
    app.log.info({ ...report, resuming }, "sweep finished");
    return report;
  } catch (error) {
    desk.metrics.errors.inc({ where: "sweep" });
    app.log.error({ err: error }, "sweep failed");
    return null;
  }
}

/**
 * The server's own sweep: soon after start (healing what a crash left undone), then every `minutes`;
 * and, when a sweep left work for lack of budget, again as soon as the budget has room for it, so a
 * backlog is taken in at the pace the hourly limit allows rather than one sweep interval a batch.
 */
export function startSweeping(app: Probot, desk: SweepDesk, minutes: number, signal?: AbortSignal): void {
  if (minutes <= 0) return;
  let resume: NodeJS.Timeout | undefined;
  const resumeAt = (until: number) => {
    const wait = Math.max(until - Date.now(), 0) + RESUME_MARGIN_MS;
    if (wait < minutes * 60_000) resume = setTimeout(() => void sweep(true), wait).unref();
  };
  const sweep = async (resuming = false): Promise<void> => {
    clearTimeout(resume);
    // People's writes since the deferral may have taken the room it waited for: then it waits again,
    // having read nothing (a resumed sweep that would only defer again still lists every open request).
    const budget = desk.retry.budget;
    if (resuming && budget?.hasRoom("background") === false) {
      const until = budget.nextRoom("background");
      app.log.info({ until: new Date(until).toISOString() }, "the resumed sweep waits again: people's writes took the room");
      return resumeAt(until);
    }
    const report = await sweepOnce(app, desk, resuming);
    if (signal?.aborted || !report?.deferredUntil) return;
    resumeAt(report.deferredUntil);
  };
  const first = setTimeout(() => void sweep(), Math.min(minutes, 1) * 60_000).unref();
  const every = setInterval(() => void sweep(), minutes * 60_000).unref();
  signal?.addEventListener("abort", () => {
    clearTimeout(first);
    clearInterval(every);
    clearTimeout(resume);
  });
}

/** After the budget's room returns, a moment more: the clock of a write's place and ours may differ a little. */
const RESUME_MARGIN_MS = 2_000;
