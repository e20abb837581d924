// The open-case index: a listing replaces what is older than itself, never what was recorded
// while it was being read (in memory, and in a real redis-server for several instances).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { OpenCase } from "../../src/domain/case/assign.js";
import { MemoryOpenRequests, RedisOpenRequests, type OpenRequests } from "../../src/memory/open-requests.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());

const open = (number: number, username = `user${number}`): OpenCase => ({ number, author: `a${number}`, username, assignees: [] });
const numbers = async (index: OpenRequests) => (await index.list("o/r"))?.map((c) => c.number) ?? null;

function clockAt(start: number) {
  let now = start;
  return { now: () => now, set: (t: number) => (now = t) };
}

const kinds: [string, (clock: () => number) => Promise<OpenRequests>][] = [
  ["in memory", async (clock) => new MemoryOpenRequests(clock)],
  [
    "in Redis",
    async (clock) => {
      await redis.client().flushall();
      return new RedisOpenRequests(redis.client(), "test", 60_000, clock);
    },
  ],
];

describe.each(kinds)("the open-case index %s", (_kind, make) => {
  it("knows nothing until a full listing, then the listing's cases in number order", async () => {
    const index = await make(() => 1000);
    await index.record("o/r", 7, open(7));
    expect(await index.list("o/r")).toBeNull();
    await index.replace("o/r", [open(3), open(1)], 500);
    expect(await numbers(index)).toEqual([1, 3, 7]);
    expect(await index.list("O/R")).toHaveLength(3); // repository names are case-insensitive, as on GitHub
    expect(await index.list("o/other")).toBeNull();
  });

  it("a listing that started before a case was recorded or closed does not undo either", async () => {
    const clock = clockAt(1000);
    const index = await make(clock.now);
    await index.replace("o/r", [open(1), open(2)], 900);
    clock.set(2000);
    await index.record("o/r", 3, open(3)); // taken in while a slow listing (started at 1500) was read
    await index.record("o/r", 1, null); // closed meanwhile
    await index.record("o/r", 2, open(2, "renamed")); // edited meanwhile
    await index.replace("o/r", [open(1), open(2)], 1500);
    expect(await index.list("o/r")).toEqual([open(2, "renamed"), open(3)]);
    // A listing newer than all of it wins: #1 reopened, #3 closed since.
    await index.replace("o/r", [open(1), open(2)], 2500);
    expect(await numbers(index)).toEqual([1, 2]);
  });
});

it("the Redis index is shared: what one instance records, another lists", async () => {
  await redis.client().flushall();
  const a = new RedisOpenRequests(redis.client(), "shared");
  const b = new RedisOpenRequests(redis.client(), "shared");
  await a.replace("o/r", [open(1)], Date.now() - 10);
  await b.record("o/r", 2, open(2, "someone"));
  expect(await a.list("o/r")).toEqual([open(1), open(2, "someone")]);
});
