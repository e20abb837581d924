// Within GitHub's hourly write budget, through the doors users use: a backlog adopted by the sweep
// spends only what people's requests leave (with a reserve), the rest is deferred to the next sweep
// — never refused by GitHub, never dropped — and a new request filed meanwhile still gets its card.
// The hour's limit is lowered (GITHUB_WRITES_PER_HOUR, and the stand-in's own) so it is reached in seconds.
import { afterEach, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
  delete process.env.GITHUB_WRITES_PER_HOUR;
});

describe("an adoption within the hour's budget", () => {
  it("20 backlog requests with 32 writes an hour: no write refused, the rest deferred, a new request still answered", async () => {
    process.env.GITHUB_WRITES_PER_HOUR = "32";
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      writeLimits: { perMinute: 80, perHour: 32 },
    });
    const { github } = harness;
    // Filed while no app listened: the first sweep adopts them.
    github.loseNextWebhooks(40);
    for (let n = 1; n <= 20; n++)
      await github.openIssue(`user${n}`, "Account recovery request", body("form-jbber").replace(/^jbber$/m, `acct${n}`), [
        "account-recovery",
      ]);
    await github.settled();
    const sweepStarted = Date.now();
    const report = await harness.sweep();
    await github.settled();
    const sweepEnded = Date.now();
    expect(github.pacing.windowRefusals).toBe(0);
    // Background work stops at the hour's budget less its reserve: people's expected hour (a tenth,
    // 3.2 of 32) and one request's writes at once (3). Each request takes two writes (its card, its
    // labels): the 13th request's card is the 25th write and its labels are deferred with the rest.
    const spent = github.writes().length;
    expect(spent).toBe(25);
    expect(report!.deferred).toBeGreaterThan(0);
    // It says when the budget has room again (the server's next sweep comes then): when people need
    // less of the reserve because the hour's first write is about to leave the window: the 3 places
    // left beyond a request's are 56¼ minutes of people's expected 3.2 an hour (and the 2 s a write may take to arrive).
    const firstWrite = report!.deferredUntil! - (60 * 60_000 + 2_000 - 56.25 * 60_000);
    expect(firstWrite).toBeGreaterThanOrEqual(sweepStarted);
    expect(firstWrite).toBeLessThanOrEqual(sweepEnded);
    expect(report!.failures).toBe(0);
    // A person's request uses the reserve: its card comes at once.
    const fresh = await github.openIssue("newcomer", "Account recovery request", body("form-jbber").replace(/^jbber$/m, "fresh"), [
      "account-recovery",
    ]);
    await github.settled();
    const card = github.thread(fresh.number).comments.find((c) => c.body.includes("recovery-triage:state"));
    expect(card && decodeState(card.body)?.status).toBe("triage");
    expect(github.pacing.windowRefusals).toBe(0);
    // The next sweep in the same hour defers again rather than pass the limit.
    const again = await harness.sweep();
    await github.settled();
    expect(again!.deferred).toBeGreaterThan(0);
    expect(github.pacing.windowRefusals).toBe(0);
    // Operators see it on /metrics: what the hour has spent, and what waits.
    const metrics = await (await fetch(`${harness.appBase}/metrics`)).text();
    expect(Number(/^recovery_triage_github_writes_last_hour (\d+)$/m.exec(metrics)?.[1])).toBe(github.writes().length);
    expect(Number(/^recovery_triage_github_writes_deferred_total (\d+)$/m.exec(metrics)?.[1])).toBe(1);
    expect(Number(/^recovery_triage_sweep_deferred_cases (\d+)$/m.exec(metrics)?.[1])).toBe(again!.deferred);
    expect(Number(/^recovery_triage_sweep_resumes_at_seconds (\d+)$/m.exec(metrics)?.[1])).toBe(Math.round(again!.deferredUntil! / 1000));
    // Reviewers see it on the page: how many wait, and from when the desk takes them up.
    const pageBase = `${harness.appBase}/recovery-triage/${github.owner}/${github.repo}/`;
    const page = await (await fetch(pageBase)).text();
    const until = new Date(again!.deferredUntil!).toISOString().slice(11, 16);
    expect(page).toContain(`${again!.deferred} cases wait for GitHub's hourly write budget`);
    expect(page).toContain(until);
    const json = (await (await fetch(`${pageBase}report.json`)).json()) as { deferred: { cases: number; until: string } | null };
    expect(json.deferred).toEqual({ cases: again!.deferred, until: new Date(again!.deferredUntil!).toISOString() });
  }, 60_000);
});
