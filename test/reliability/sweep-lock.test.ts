// One sweep at a time: a second start while one runs is skipped (in a process, and across
// instances sharing a real redis-server), a lock is released only by its owner, and a crashed
// owner's lock expires.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Desk } from "../../src/spine/service.js";
import { sweepOnce } from "../../src/spine/sweep-schedule.js";
import { MemoryDeliveryLog } from "../../src/reliability/dedupe.js";
import { MemoryIssueQueue } from "../../src/reliability/issue-queue.js";
import { MemorySweepLock, RedisSweepLock } from "../../src/reliability/sweep-lock.js";
import { startHarness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

const later = <T>(value: T, ms = 100) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("in a process", () => {
  it("a sweep started while one runs is skipped", async () => {
    const lock = new MemorySweepLock();
    const results = await Promise.all([lock.tryRun(() => later("first")), lock.tryRun(() => later("second"))]);
    expect(results).toEqual(["first", null]);
    expect(await lock.tryRun(() => later("third", 1))).toBe("third");
  });

  it("the server's start-up sweep and a tick that come together read GitHub once", async () => {
    const harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" } });
    try {
      await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
      await harness.github.settled();
      const desk = new Desk(harness.probot, {
        verifier: null,
        queue: new MemoryIssueQueue(),
        deliveries: new MemoryDeliveryLog(),
      });
      const before = harness.github.requests.length;
      const [a, b] = await Promise.all([sweepOnce(harness.probot, desk), sweepOnce(harness.probot, desk)]);
      expect([a, b].filter((r) => r !== null)).toHaveLength(1);
      expect(harness.github.requests.slice(before).filter((r) => r.path.startsWith("/app/installations?"))).toHaveLength(1);
    } finally {
      await harness.stop();
    }
  });
});

describe("in a cluster (a real redis-server)", () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => redis?.stop());

  it("one instance sweeps; the other skips until the lock is released", async () => {
    const one = new RedisSweepLock(redis.client(), "t1");
    const two = new RedisSweepLock(redis.client(), "t1");
    // The second starts once the first runs (holds the lock), not after a fixed wait: each client connects on its
    // own, and on a loaded machine the second's connection once won the race a 50 ms head start assumed.
    let running!: () => void;
    const oneRuns = new Promise<void>((resolve) => (running = resolve));
    const first = one.tryRun(() => {
      running();
      return later("one", 200);
    });
    await oneRuns;
    expect(await two.tryRun(() => later("two"))).toBeNull();
    expect(await first).toBe("one");
    expect(await two.tryRun(() => later("two", 1))).toBe("two");
  });

  it("a crashed owner's lock expires, and a lock is released only by its owner", async () => {
    const client = redis.client();
    // Connected before the planted lock's time starts: a connection made on a loaded machine must not outlast it.
    const ownClient = redis.client();
    await ownClient.ping();
    await client.set("t2:sweep-lock", "crashed-instance", "PX", 500);
    const lock = new RedisSweepLock(ownClient, "t2", 500);
    expect(await lock.tryRun(() => later("too early", 1))).toBeNull();
    await later(null, 600);
    // While this owner runs, another token is planted: releasing must not delete it.
    expect(
      await lock.tryRun(async () => {
        await client.set("t2:sweep-lock", "someone-else");
        return "ran";
      }),
    ).toBe("ran");
    expect(await client.get("t2:sweep-lock")).toBe("someone-else");
  });
});
