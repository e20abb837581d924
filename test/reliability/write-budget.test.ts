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
    for (let i = 0; i < 27; i++) budget.take("background", T0 + i * 1000);
    expect(budget.room("background", T0 + 27_000)).toBe(0);
    expect(() => budget.take("background", T0 + 27_000)).toThrow(WriteDeferred);
    expect(budget.deferred).toBe(1);
    // A person's request still finds room (the reserve), right away.
    expect(budget.take("person", T0 + 27_000)).toBe(T0 + 27_000);
    expect(budget.room("person", T0 + 28_000)).toBe(2);
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
