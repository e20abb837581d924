// Records waiting for a case's next card write, in memory and in a real redis-server: what one
// instance settled, another (or the same after a restart) still knows, so no door runs the comment
// again; a value that does not read as an outcome still counts as settled; a card write clears them.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { MemoryPendingRecords, pendingRecords, RedisPendingRecords, type PendingRecords } from "../../src/memory/pending-records.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());

const kinds: [string, () => Promise<[PendingRecords, PendingRecords]>][] = [
  [
    "in memory (one process)",
    async () => {
      const one = new MemoryPendingRecords();
      return [one, one];
    },
  ],
  [
    "in Redis (two instances)",
    async () => {
      await redis.client().flushall();
      return [new RedisPendingRecords(redis.client(), "test"), new RedisPendingRecords(redis.client(), "test")];
    },
  ],
];

describe.each(kinds)("pending records %s", (_kind, make) => {
  it("what one settles the other reads, with its outcome, until a card write clears them", async () => {
    const [a, b] = await make();
    await a.add("o/r#1", 1042, { id: 1042, did: "refused", why: "refused" });
    await a.add("o/r#1", 1041, null);
    expect(await b.records("O/R#1")).toEqual([
      { id: 1041, did: "read" },
      { id: 1042, did: "refused", why: "refused" },
    ]);
    expect(await b.records("o/r#2")).toEqual([]);
    await b.clear("o/r#1");
    expect(await a.records("o/r#1")).toEqual([]);
  });
});

describe("pending records in Redis", () => {
  it("a stored value that is not an outcome still counts as settled; Redis away reads as nothing waiting", async () => {
    await redis.client().flushall();
    const records = new RedisPendingRecords(redis.client(), "test");
    await redis.client().hset("test:pending:o/r#3", "77", "{not json", "x", "1");
    expect(await records.records("o/r#3")).toEqual([{ id: 77, did: "read" }]);
    const away = new RedisPendingRecords(
      { hgetall: () => Promise.reject(new Error("down")) } as unknown as ConstructorParameters<typeof RedisPendingRecords>[0],
      "test",
    );
    expect(await away.records("o/r#3")).toEqual([]);
  });

  it("the desk uses Redis when it has one, memory otherwise, none when it does not sweep itself", () => {
    expect(pendingRecords(false, redis.client())).toBeNull();
    expect(pendingRecords(true, null)).toBeInstanceOf(MemoryPendingRecords);
    expect(pendingRecords(true, redis.client())).toBeInstanceOf(RedisPendingRecords);
  });
});
