// When the server's own sweep runs: a minute after start, then every SWEEP_INTERVAL_MINUTES, and —
// when a sweep left work for lack of write budget — again as soon as the budget has room, so a
// backlog is taken in at the pace the hourly limit allows instead of one interval a batch.
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import type { Probot } from "probot";
import { startSweeping } from "../../src/spine/sweep-schedule.js";
import type { SweepDesk, SweepReport } from "../../src/spine/sweep.js";
import { DeskMetrics } from "../../src/metrics/metrics.js";

const MINUTE = 60_000;

/** A desk whose sweeps return the reports given, in turn, and record when they ran. */
function fakeDesk(reports: Partial<SweepReport>[], budget?: { hasRoom(): boolean; nextRoom(): number }) {
  const ran: number[] = [];
  const metrics = new DeskMetrics({ casesByStatus: () => ({}), registryRequests: () => 0 });
  const start = Date.now();
  const desk = {
    sweepLock: {
      tryRun: async () => {
        ran.push(Math.round((Date.now() - start) / 1000));
        return { repositories: 1, cases: 0, writes: 0, failures: 0, deferred: 0, deferredUntil: null, ...reports.shift() };
      },
    },
    metrics,
    retry: { budget },
  } as unknown as SweepDesk;
  return { desk, ran, metrics };
}
/** Each sweep's closing log line says whether it resumed a round (sweep-rounds.ts) or walked everything. */
const finished: boolean[] = [];
/** The resumes that found no room and waited again, reading nothing. */
const waitedAgain: string[] = [];
const app = {
  log: {
    info: (fields: { resuming?: boolean; until?: string }, message: string) => {
      if (message === "sweep finished") finished.push(fields.resuming === true);
      if (message.startsWith("the resumed sweep waits again")) waitedAgain.push(fields.until!);
    },
    error: () => undefined,
  },
} as unknown as Probot;

beforeEach(() => {
  jest.useFakeTimers({ now: Date.parse("2026-12-07T10:00:00Z") });
  finished.length = 0;
  waitedAgain.length = 0;
});
afterEach(() => {
  jest.useRealTimers();
});

describe("the server's sweep schedule", () => {
  it("sweeps a minute after start, then every interval, when nothing is left over", async () => {
    const { desk, ran } = fakeDesk([]);
    startSweeping(app, desk, 60);
    await jest.advanceTimersByTimeAsync(121 * MINUTE);
    expect(ran).toEqual([60, 3600, 7200]);
  });

  it("sweeps again as soon as the budget has room for what it deferred", async () => {
    const resumesAt = Date.now() + 31 * MINUTE;
    const { desk, ran, metrics } = fakeDesk([{ deferred: 300, deferredUntil: resumesAt }]);
    startSweeping(app, desk, 60);
    await jest.advanceTimersByTimeAsync(2 * MINUTE);
    // Operators see what waits and when it will be taken up.
    const shown = await metrics.text();
    expect(shown).toMatch(/^recovery_triage_sweep_deferred_cases 300$/m);
    expect(shown).toContain(`recovery_triage_sweep_resumes_at_seconds ${resumesAt / 1000}\n`);
    await jest.advanceTimersByTimeAsync(59 * MINUTE);
    // The first, at 1 minute, deferred until 31 minutes: the next runs 2 s after that, not at the interval's 60.
    expect(ran).toEqual([60, 1862, 3600]);
    // That one resumes the round (skipping the cases already handled); the interval's walks everything.
    expect(finished).toEqual([false, true, false]);
    // Nothing waits after that one: the gauges say so.
    expect(await metrics.text()).toMatch(/^recovery_triage_sweep_deferred_cases 0$[\s\S]*^recovery_triage_sweep_resumes_at_seconds 0$/m);
  });

  it("leaves a deferral later than the next interval to the interval, and stops when aborted", async () => {
    const abort = new AbortController();
    const later = fakeDesk([{ deferred: 5, deferredUntil: Date.now() + 200 * MINUTE }]);
    startSweeping(app, later.desk, 60, abort.signal);
    await jest.advanceTimersByTimeAsync(61 * MINUTE);
    expect(later.ran).toEqual([60, 3600]);
    const soon = fakeDesk([{ deferred: 5, deferredUntil: Date.now() + 5 * MINUTE }]);
    startSweeping(app, soon.desk, 60, abort.signal);
    await jest.advanceTimersByTimeAsync(2 * MINUTE);
    abort.abort();
    await jest.advanceTimersByTimeAsync(120 * MINUTE);
    expect(soon.ran).toEqual([60]);
  });

  it("a resume that finds people took the room waits again for it, reading nothing", async () => {
    const deferredUntil = Date.now() + 31 * MINUTE;
    // At the deferral's moment people's writes have taken the room: it returns at 45 minutes.
    const roomAt = Date.now() + 45 * MINUTE;
    const { desk, ran } = fakeDesk([{ deferred: 300, deferredUntil }], {
      hasRoom: () => Date.now() >= roomAt,
      nextRoom: () => roomAt,
    });
    startSweeping(app, desk, 60);
    await jest.advanceTimersByTimeAsync(59 * MINUTE);
    // No sweep at 31 minutes (it would only have listed every request to defer again): one at 45.
    expect(ran).toEqual([60, 2702]);
    expect(waitedAgain).toEqual([new Date(roomAt).toISOString()]);
    expect(finished).toEqual([false, true]);
  });
});
