// Two instances sharing a real redis-server share the installation's write budget: together they
// never plan more than GitHub's hourly or per-minute limits, and each plans around the other's writes.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Redis } from "ioredis";
import { SharedWriteBudget } from "../../src/reliability/shared-budget.js";
import { WriteDeferred } from "../../src/reliability/write-budget.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const T0 = Date.parse("2026-12-01T00:00:00Z");
let server: RedisProcess;
const connections: Redis[] = [];
const budgets: SharedWriteBudget[] = [];

beforeAll(async () => {
  server = await startRedis();
}, 30_000);

afterAll(async () => {
  for (const budget of budgets) await budget.close();
  for (const redis of connections) redis.disconnect();
  await server.stop();
});

/** An instance's budget on its own connection, as a separate process would have it. */
function instance(limits = { perMinute: 80, perHour: 500 }, clock = () => T0): SharedWriteBudget {
  const redis = new Redis(server.url);
  connections.push(redis);
  const budget = new SharedWriteBudget(redis, limits, clock);
  budgets.push(budget);
  return budget;
}

describe("the write budget shared through Redis", () => {
  it("two instances writing at once plan 600 writes within GitHub's limits: the 501st an hour after the first", async () => {
    await connections[0]?.flushall();
    const [a, b] = [instance(), instance()];
    // 300 writes each, asked for at the same moments, interleaved.
    const planned = await Promise.all(Array.from({ length: 600 }, (_, i) => (i % 2 ? a : b).take("person", T0 + Math.floor(i / 2) * 100)));
    const sorted = [...planned].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      const inHour = sorted.filter((t) => t > sorted[i]! - HOUR && t <= sorted[i]!).length;
      const inMinute = sorted.filter((t) => t > sorted[i]! - MINUTE && t <= sorted[i]!).length;
      expect(inHour).toBeLessThanOrEqual(500);
      expect(inMinute).toBeLessThanOrEqual(80);
    }
    expect(sorted[500]! - sorted[0]!).toBeGreaterThanOrEqual(HOUR);
    expect(new Set(planned).size).toBeLessThanOrEqual(600);
  }, 60_000);

  it("background work on one instance sees what the other spent: deferred when only the reserve is left", async () => {
    const redis = new Redis(server.url);
    connections.push(redis);
    await redis.flushall();
    const limits = { perMinute: 10, perHour: 20 };
    const [people, sweep] = [instance(limits), instance(limits)];
    for (let i = 0; i < 18; i++) await people.take("person", T0 + i * MINUTE);
    // 18 of 20 spent by the other instance; the reserve (2) is for people: the sweep's write is deferred.
    await expect(sweep.take("background", T0 + 18 * MINUTE)).rejects.toBeInstanceOf(WriteDeferred);
    expect(sweep.deferred).toBe(1);
    // A person's write on the sweeping instance still finds room.
    expect(await sweep.take("person", T0 + 18 * MINUTE)).toBe(T0 + 18 * MINUTE);
  }, 30_000);

  it("the record says whose each write was: people busy on one instance grow the reserve on the other", async () => {
    const redis = new Redis(server.url);
    connections.push(redis);
    await redis.flushall();
    const limits = { perMinute: 80, perHour: 100 };
    const [people, sweep] = [instance(limits), instance(limits)];
    // 30 of people's writes in five minutes: expected at half the hour from now on (the most kept).
    for (let i = 0; i < 30; i++) await people.take("person", T0 + i * 10_000);
    let background = 0;
    try {
      for (;;) {
        await sweep.take("background", T0 + 5 * MINUTE);
        background++;
      }
    } catch (error) {
      expect(error).toBeInstanceOf(WriteDeferred);
    }
    // 100 − 30 spent − 45.8 for people until the first of theirs leaves the window (55 minutes at 50
    // an hour) − 3 for a request at once: 21 (had the 30 been background writes, people would have
    // been expected at the tenth, and it would have taken 57).
    expect(background).toBe(21);
  }, 30_000);

  it("once closed with its desk, a write still planned opens no connection: it plans in the process alone", async () => {
    const redis = new Redis(server.url);
    connections.push(redis);
    await redis.flushall();
    const budget = instance();
    await budget.take("person", T0);
    const clients = async () =>
      String(await redis.client("LIST"))
        .trim()
        .split("\n").length;
    const before = await clients();
    await budget.close();
    expect(await clients()).toBe(before - 1);
    // Work finishing as the process stops still gets its place, counted with what this process knew.
    expect(await budget.take("person", T0 + 1_000)).toBe(T0 + 1_000);
    expect(await clients()).toBe(before - 1);
    expect(budget.usedThisHour(T0 + 2_000)).toBe(2);
  }, 30_000);
});
