// A person's request refused by the hour's budget for longer than a job may wait is run again when
// GitHub allows — not left to the sweep, whose background work waits behind the same budget. GitHub's
// hour is compressed to 6 s (the desk's budget and the stand-in alike) with 6 writes in it; the
// harness's jobs wait at most 2 s.
import { afterEach, describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import { hasStateMarker } from "../../src/domain/case/state.js";
import { startHarness, type Harness } from "../../standin/harness.js";
import { waitFor } from "../../standin/app-process.js";
import { body } from "../helpers/fixtures.js";
import { lineSink } from "../helpers/github-mock.js";

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

describe("a person's event the budget refused", () => {
  it("is applied once the hour has room again, with no write refused and no sweep", async () => {
    const { sink, lines } = lineSink();
    harness = await startHarness({
      log: pino({ level: "info" }, sink),
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
      roles: { alice: "write" },
      writeLimits: { perMinute: 80, perHour: 6, timeScale: 1 / 600 },
    });
    const { github } = harness;
    const triaged = (n: number) =>
      github.thread(n).comments.some((c) => hasStateMarker(c.body)) && github.thread(n).issue.labels.includes("recovery: triage");
    const numbers: number[] = [];
    // Four requests need eight writes (a card and the labels each), the hour has six: two must wait
    // for the first writes to leave the window, longer than a job may wait.
    for (let i = 1; i <= 4; i++) {
      const issue = await github.openIssue(`user${i}`, "Account recovery request", body("form-jbber").replace(/^jbber$/m, `acct${i}`), [
        "account-recovery",
      ]);
      numbers.push(issue.number);
    }
    await github.settled();
    expect(github.writes()).toHaveLength(6);
    expect(numbers.filter(triaged).length).toBeLessThan(4);
    await waitFor(() => numbers.every(triaged), 20_000);
    expect(github.writes()).toHaveLength(8);
    expect(github.pacing.windowRefusals).toBe(0);
    // The log says what happened: the event waits for GitHub, it did not fail and is not left to the sweep.
    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string; retryInSeconds?: number });
    const waits = logged.filter((l) => l.msg === "event waits for GitHub's limit; it runs again then");
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((l) => l.level === 40 && l.retryInSeconds! >= 1)).toBe(true);
    expect(logged.filter((l) => l.msg.startsWith("event failed"))).toEqual([]);
  }, 40_000);
});
