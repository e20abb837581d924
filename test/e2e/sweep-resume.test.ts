// A backlog taken in over several of the hour's windows: the server's sweep that resumes when the
// budget has room walks only what the interrupted round left (sweep-rounds.ts) — not one read of a
// case it already handled — and the next full sweep walks everything again. GitHub's hour is
// compressed to 6 s (the desk's budget and the stand-in count the same hour) with 30 writes in it.
import { afterEach, describe, expect, it } from "@jest/globals";
import { hasStateMarker } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a sweep resumed when the budget has room", () => {
  it("reads none of the cases its round already handled; a full sweep reads them all", async () => {
    const limits = { perMinute: 80, perHour: 30, timeScale: 1 / 600 };
    harness = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      writeLimits: limits,
    });
    const { github } = harness;
    github.loseNextWebhooks(2 * 20);
    for (let n = 1; n <= 20; n++) {
      await github.openIssue(`user${n}`, "Account recovery request", body("form-jbber").replace(/^jbber$/m, `acct${n}`), [
        "account-recovery",
      ]);
    }
    const carded = () => [...github.issues.keys()].filter((n) => github.thread(n).comments.some((c) => hasStateMarker(c.body)));
    const casesRead = (since: number) =>
      new Set(
        github.requests
          .slice(since)
          .map((r) => /\/issues\/(\d+)\/comments/.exec(r.path)?.[1])
          .filter((n) => n !== undefined)
          .map(Number),
      );

    const first = await harness.sweep();
    await github.settled();
    const handled = carded();
    const afterFirst = github.requests.length;
    expect(handled.length).toBeGreaterThan(0);
    expect(first!.deferred).toBe(20 - handled.length);

    let resumed = 0;
    while (carded().length < 20) {
      const report = await harness.sweep(true);
      await github.settled();
      if (report?.deferredUntil) await sleep(Math.max(0, report.deferredUntil - Date.now()) + 20);
      if (++resumed > 50) throw new Error("the backlog was not taken in");
    }
    expect(github.pacing.windowRefusals).toBe(0);

    // The resumed sweeps read none of the first round's cases again…
    expect(resumed).toBeGreaterThan(0);
    const readAgain = [...casesRead(afterFirst)].filter((n) => handled.includes(n));
    expect(readAgain).toEqual([]);
    // …and a full sweep reads every open case. It runs once the hour has room again: in a full hour a
    // sweep defers everything before reading a case, however it started.
    await sleep(3_600_000 * limits.timeScale + 100);
    const before = github.requests.length;
    await harness.sweep();
    await github.settled();
    expect([...casesRead(before)].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  }, 60_000);
});
