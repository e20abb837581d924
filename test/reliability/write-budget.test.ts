// The installation's write budget, planned by priority: GitHub's 80 a minute and 500 an hour (the
// stand-in refuses the 501st within an hour), people's requests first, background work within what
// is left above a reserve and deferred — never dropped — when it would have to wait.
import { describe, expect, it } from "@jest/globals";
import {
  backgroundLimits,
  GITHUB_WRITE_LIMITS,
  hourlyFloorMinutes,
  WriteBudget,
  WriteDeferred,
  writeLimits,
} from "../../src/reliability/write-budget.js";
import { Pacer } from "../../standin/pacing.js";

const HOUR = 3_600_000;
const T0 = Date.parse("2026-12-01T00:00:00Z");

describe("the stand-in holds the desk to GitHub's published limits", () => {
  it("refuses the 501st content-creating request within an hour, and the 81st within a minute", () => {
    const hourly = new Pacer(false);
    for (let i = 0; i < 500; i++) expect(hourly.pace(false, T0 + i * 1000)).toBeNull(); // 60 a minute: under 80
    const refused = hourly.pace(false, T0 + 500 * 1000);
    expect(refused).toMatchObject({ status: 403, headers: { "retry-after": String(HOUR / 1000 - 500) } });
    expect((refused!.body as { message: string }).message).toMatch(/secondary rate limit/);
    expect(hourly.pace(false, T0 + HOUR + 1)).toBeNull();
    const perMinute = new Pacer(false);
    for (let i = 0; i < 80; i++) expect(perMinute.pace(false, T0 + i * 100)).toBeNull();
    expect(perMinute.pace(false, T0 + 8000)).toMatchObject({ status: 403 });
    expect(perMinute.report.windowRefusals).toBe(1);
  });
});

describe("the stand-in's other published limits", () => {
  it("REST: 900 points a minute (a read 1, a write 5); GraphQL: 2,000; each endpoint its own", () => {
    const pacer = new Pacer(false);
    const admit = (endpoint: "rest" | "graphql", write: boolean, at: number) => {
      const refused = pacer.admit(endpoint, write, at);
      if (!refused) pacer.done();
      return refused;
    };
    for (let i = 0; i < 100; i++) expect(admit("rest", true, T0 + i)).toBeNull(); // 500 points
    for (let i = 0; i < 400; i++) expect(admit("rest", false, T0 + 100 + i)).toBeNull(); // 900
    const refused = admit("rest", false, T0 + 30_000);
    expect(refused).toMatchObject({ status: 403, headers: { "retry-after": "30" } });
    expect((refused!.body as { message: string }).message).toMatch(/secondary rate limit/);
    // GraphQL's points are its own; the REST minute passes and reads are admitted again.
    for (let i = 0; i < 2000; i++) expect(admit("graphql", false, T0 + 30_000 + i)).toBeNull();
    expect(admit("graphql", false, T0 + 40_000)).toMatchObject({ status: 403 });
    expect(admit("rest", false, T0 + 60_000)).toBeNull();
    expect(pacer.report.pointRefusals).toBe(2);
  });

  it("at most 100 requests in flight at once, REST and GraphQL together", () => {
    const pacer = new Pacer(false);
    for (let i = 0; i < 100; i++) expect(pacer.admit(i % 2 ? "rest" : "graphql", false, T0)).toBeNull();
    expect(pacer.admit("rest", false, T0)).toMatchObject({ status: 403, headers: { "retry-after": "1" } });
    pacer.done();
    expect(pacer.admit("rest", false, T0)).toBeNull();
    expect(pacer.report.concurrencyRefusals).toBe(1);
  });
});

describe("the desk's budget", () => {
  it("600 writes due within an hour: the 501st is planned an hour after the first, never sent early", () => {
    let now = T0;
    const budget = new WriteBudget(GITHUB_WRITE_LIMITS, () => now);
    const stand = new Pacer(false);
    const times: number[] = [];
    for (let i = 0; i < 600; i++) {
      const at = budget.take("person", now);
      times.push(at);
      now = Math.max(now, at);
      expect(stand.pace(false, at)).toBeNull(); // GitHub accepts every one at its planned time
    }
    expect(times[500]! - times[0]!).toBeGreaterThanOrEqual(HOUR);
    // Never more than 80 in any minute.
    for (let i = 80; i < times.length; i++) expect(times[i]! - times[i - 80]!).toBeGreaterThanOrEqual(60_000);
  });

  it("in compressed time (a benchmark's), the same planning over the shorter minute and hour, for the stand-in too", () => {
    let now = T0;
    const limits = { ...GITHUB_WRITE_LIMITS, timeScale: 0.001 }; // an hour of 3.6 s, a minute of 60 ms
    const budget = new WriteBudget(limits, () => now);
    const stand = new Pacer(false, limits);
    const times: number[] = [];
    for (let i = 0; i < 600; i++) {
      const at = budget.take("person", now);
      times.push(at);
      now = Math.max(now, at);
      expect(stand.pace(false, at)).toBeNull();
    }
    expect(times[500]! - times[0]!).toBeGreaterThanOrEqual(3_600);
    expect(times[500]! - times[0]!).toBeLessThan(HOUR / 100);
    // Without the desk's planning the stand-in refuses the 501st within its compressed hour.
    const hasty = new Pacer(false, limits);
    for (let i = 0; i < 500; i++) expect(hasty.pace(false, T0 + i * 2)).toBeNull();
    expect(hasty.pace(false, T0 + 1_000)).toMatchObject({ status: 403 });
  });

  it("counts a window as ending 2 s late: a write sent as an older one leaves it arrives after GitHub lets it go", () => {
    let now = T0;
    const limits = { perMinute: 80, perHour: 30 };
    const budget = new WriteBudget(limits, () => now);
    const stand = new Pacer(false, limits);
    // The hour's writes each take 1.5 s to reach GitHub, which counts them when they arrive.
    for (let i = 0; i < 30; i++) expect(stand.pace(false, budget.take("person", T0 + i * 2_000) + 1_500)).toBeNull();
    now = T0 + HOUR;
    const next = budget.take("person", now);
    expect(next).toBe(T0 + HOUR + 2_000);
    // Sent then and arriving at once, it is not refused (at T0 + HOUR it would have been).
    expect(stand.pace(false, next)).toBeNull();
  });

  it("background work keeps a reserve for people and is deferred, not delayed, when it would wait", () => {
    const budget = new WriteBudget({ perMinute: 80, perHour: 30 }, () => T0);
    // People are expected at a tenth of the hour (3), and one request's writes (3) may come at once.
    for (let i = 0; i < 24; i++) budget.take("background", T0 + i * 1000);
    expect(budget.hasRoom("background", T0 + 27_000)).toBe(false);
    expect(() => budget.take("background", T0 + 27_000)).toThrow(WriteDeferred);
    expect(budget.deferred).toBe(1);
    // People's requests still find room (the reserve), right away, six times.
    for (let i = 0; i < 6; i++) expect(budget.take("person", T0 + 27_000)).toBe(T0 + 27_000);
    expect(budget.hasRoom("person", T0 + 28_000)).toBe(false);
  });

  it("background spends the part of the reserve people will not need before the hour's window rolls on", () => {
    const budget = new WriteBudget({ perMinute: 80, perHour: 30 }, () => T0);
    for (let i = 0; i < 24; i++) budget.take("background", T0 + i * 1000);
    // People are expected at 3 an hour (the tenth), beside one request's 3: with 20 minutes left
    // before the first write leaves the window, two of the hour's three are still needed; with 10, one.
    expect(budget.nextRoom("background", T0 + 1_000)).toBe(T0 + 20 * 60_000 + 2_000);
    expect(budget.take("background", T0 + 50 * 60_000)).toBe(T0 + 50 * 60_000);
    expect(budget.take("background", T0 + 50 * 60_000)).toBe(T0 + 50 * 60_000);
    expect(() => budget.take("background", T0 + 50 * 60_000)).toThrow(WriteDeferred);
    // The last places are people's.
    for (let i = 0; i < 4; i++) expect(budget.take("person", T0 + 50 * 60_000)).toBe(T0 + 50 * 60_000);
  });

  it("the reserve grows with people's rate: people writing a fifth of the hour never wait for the background", () => {
    // 200 an hour, people at 40 (twice the tenth), background always asking: two hours, second by second.
    const limits = { perMinute: 80, perHour: 200 };
    let now = T0;
    const budget = new WriteBudget(limits, () => now);
    const github = new Pacer(false, limits);
    let background = 0;
    let longestWait = 0;
    for (; now < T0 + 3 * HOUR; now += 1000) {
      const second = (now - T0) / 1000;
      if (second % 90 === 0) {
        const at = budget.take("person", now);
        longestWait = Math.max(longestWait, at - now);
        expect(github.pace(false, at)).toBeNull();
      }
      // Background work starts once people's rate has been seen (the desk cannot know it sooner).
      if (now < T0 + 10 * 60_000) continue;
      try {
        expect(github.pace(false, budget.take("background", now))).toBeNull();
        background++;
      } catch (error) {
        if (!(error instanceof WriteDeferred)) throw error;
      }
    }
    // At most a moment behind a background write already planned (with a tenth kept, half an hour).
    expect(longestWait).toBeLessThanOrEqual(10_000);
    // Background had all people left it: 2 h 50 min at 160 an hour less a window's worth of reserve.
    expect(background).toBeGreaterThan(400);
    expect(background).toBeLessThanOrEqual(3 * 160);
    expect(github.report.windowRefusals).toBe(0);
  });

  it("people's expected rate: their last hour or ten minutes, at least a tenth of the hour, at most half", () => {
    const budget = new WriteBudget({ perMinute: 80, perHour: 100 }, () => T0);
    const perHour = (rate: number) => Math.round(rate * HOUR);
    expect(perHour(budget.peopleRate(T0))).toBe(10);
    for (let i = 0; i < 5; i++) budget.take("person", T0 + i * 1000);
    // Five in ten minutes is 30 an hour.
    expect(perHour(budget.peopleRate(T0 + 5_000))).toBe(30);
    for (let i = 0; i < 60; i++) budget.take("person", T0 + 10_000 + i * 1000);
    expect(perHour(budget.peopleRate(T0 + 70_000))).toBe(50);
    // Background writes are not people's.
    budget.replace([
      ...Array.from({ length: 65 }, (_, i) => ({ at: T0 + i * 1000, priority: "person" as const })),
      { at: T0 + 11 * 60_000, priority: "background" },
    ]);
    expect(perHour(budget.peopleRate(T0 + 12 * 60_000))).toBe(50);
  });

  it("a person's write that would wait too long takes no place: the writes after it are not held back", () => {
    const budget = new WriteBudget({ perMinute: 80, perHour: 10 }, () => T0);
    for (let i = 0; i < 10; i++) budget.take("person", T0 + i * 1000);
    // The hour is spent until T0 + 1 h (and 2 s): a job may wait 15 minutes, so this one is refused…
    expect(() => budget.take("person", T0 + 20 * 60_000, 15 * 60_000)).toThrow(WriteDeferred);
    expect(budget.deferred).toBe(0); // (people's writes are not the background's deferrals)
    // …and the next, once the first write has left the window, goes at once (had the refused one
    // kept its place at T0 + 1 h, every write after it would wait behind it).
    expect(budget.take("person", T0 + HOUR + 2_000)).toBe(T0 + HOUR + 2_000);
    expect(budget.take("person", T0 + HOUR + 3_000)).toBe(T0 + HOUR + 3_000);
  });

  it("the environment can lower GitHub's numbers, never raise them", () => {
    expect(writeLimits({})).toEqual({ perMinute: 80, perHour: 500 });
    expect(writeLimits({ GITHUB_WRITES_PER_HOUR: "200", GITHUB_WRITES_PER_MINUTE: "20" })).toEqual({ perMinute: 20, perHour: 200 });
    expect(writeLimits({ GITHUB_WRITES_PER_HOUR: "5000", GITHUB_WRITES_PER_MINUTE: "lots" })).toEqual({ perMinute: 80, perHour: 500 });
  });
});

describe("the floor the limits set (the dry run's prediction, the adoption benchmark's yardstick)", () => {
  it("is the minute's pace within an hour, and a whole hour for each full hour's budget before the rest", () => {
    expect(hourlyFloorMinutes(0, GITHUB_WRITE_LIMITS)).toBe(0);
    expect(hourlyFloorMinutes(1, GITHUB_WRITE_LIMITS)).toBe(0);
    expect(hourlyFloorMinutes(81, GITHUB_WRITE_LIMITS)).toBe(1);
    expect(hourlyFloorMinutes(500, GITHUB_WRITE_LIMITS)).toBeCloseTo(499 / 80);
    // The 501st waits for the first to leave the hour; then 99 more at 80 a minute.
    expect(hourlyFloorMinutes(600, GITHUB_WRITE_LIMITS)).toBeCloseTo(60 + 99 / 80);
    expect(hourlyFloorMinutes(1001, GITHUB_WRITE_LIMITS)).toBe(120);
  });

  it("leaves background work all but a tenth of each limit (at least one), kept for people's requests", () => {
    expect(backgroundLimits(GITHUB_WRITE_LIMITS)).toEqual({ perMinute: 72, perHour: 450 });
    expect(backgroundLimits({ perMinute: 5, perHour: 30 })).toEqual({ perMinute: 4, perHour: 27 });
  });
});
