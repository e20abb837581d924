import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { RedisDeliveryLog } from "../../src/reliability/dedupe.js";
import type { Redis } from "ioredis";
import { RedisIssueQueue, type RedisQueueOptions } from "../../src/reliability/issue-queue.js";
import { redisAt } from "../../src/reliability/redis.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startAppInstance, STANDIN_WEBHOOK_SECRET, type AppInstanceOptions } from "../../standin/harness.js";
import { steadyClock } from "../../standin/store.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";
import { startRedis, type RedisProcess } from "../helpers/redis-server.js";

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
/** Every queue a test makes, closed at the end (each holds a subscriber connection of its own). */
const queues: RedisIssueQueue[] = [];
function queueOn(client: Redis, options: RedisQueueOptions): RedisIssueQueue {
  const queue = new RedisIssueQueue(client, options);
  queues.push(queue);
  return queue;
}
afterAll(async () => {
  await Promise.all(queues.map((q) => q.close()));
  await redis?.stop();
});
beforeEach(async () => {
  await redis.client().flushall();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("REDIS_URL", () => {
  it("gives the desk a client of the server it names; no URL, no client", async () => {
    expect(redisAt(null)).toBeNull();
    const client = redisAt(redis.url)!;
    try {
      await client.set("recovery-triage:probe", "written through REDIS_URL");
      expect(await redis.client().get("recovery-triage:probe")).toBe("written through REDIS_URL");
    } finally {
      client.disconnect();
    }
  });
});

describe("Redis-backed ordering and dedupe", () => {
  it("two instances apply one issue's jobs one at a time, in arrival order", async () => {
    const a = queueOn(redis.client(), { recheckMs: 5 });
    const b = queueOn(redis.client(), { recheckMs: 5 });
    const log: string[] = [];
    let running = 0;
    let overlap = false;
    const job = (name: string, ms: number) => async () => {
      running++;
      if (running > 1) overlap = true;
      log.push(name);
      await sleep(ms);
      running--;
    };
    const jobs: Promise<void>[] = [];
    for (let i = 0; i < 8; i++) {
      const queued = (i % 2 === 0 ? a : b).enqueue("o/r#1", job(`j${i}`, 10 - i));
      jobs.push(queued.done);
      await queued.queued; // arrival: the webhook is answered once its place in line is recorded
    }
    await Promise.all(jobs);
    expect(log).toEqual(["j0", "j1", "j2", "j3", "j4", "j5", "j6", "j7"]);
    expect(overlap).toBe(false);
  });

  it("different issues do not wait for each other", async () => {
    const q = queueOn(redis.client(), { recheckMs: 5 });
    const log: string[] = [];
    await Promise.all([
      q.run("o/r#1", async () => void (await sleep(80), log.push("slow #1"))),
      q.run("o/r#2", async () => void log.push("fast #2")),
    ]);
    expect(log).toEqual(["fast #2", "slow #1"]);
  });

  it("drops a head left by a dead instance once it is stale", async () => {
    const client = redis.client();
    await client.rpush("recovery-triage:queue:o/r#9", `${Date.now() - 10_000}:dead`);
    const q = queueOn(client, { recheckMs: 5, staleMs: 1000 });
    let ran = false;
    await q.run("o/r#9", async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it("a job that fails runs once: its failure is the job's, never taken for Redis being unreachable", async () => {
    const queue = queueOn(redis.client(), { recheckMs: 5, giveUpMs: 200 });
    let runs = 0;
    const failing = queue.enqueue("o/r#1", async () => {
      runs++;
      throw new Error("GitHub refused the card");
    });
    await expect(failing.done).rejects.toThrow("GitHub refused the card");
    expect(runs).toBe(1);
    // The lock was let go: the issue's next job runs.
    let next = 0;
    await queue.enqueue("o/r#1", async () => void next++).done;
    expect(next).toBe(1);
  });

  it("a delivery applied by one instance is recognised by the other", async () => {
    const a = new RedisDeliveryLog(redis.client());
    const b = new RedisDeliveryLog(redis.client());
    expect(await b.seen("d-1")).toBe(false);
    await a.mark("d-1");
    expect(await b.seen("d-1")).toBe(true);
  });
});

describe("waiting for a turn, and Redis going away", () => {
  it("a waiting job starts as soon as the one ahead finishes: woken by a notification, not by looking again", async () => {
    // Looking again only every minute: the test times out unless the notification wakes the job.
    const a = queueOn(redis.client(), { recheckMs: 60_000 });
    const b = queueOn(redis.client(), { recheckMs: 60_000 });
    let firstEnded = 0;
    const first = a.enqueue("o/r#1", async () => void (await sleep(150), (firstEnded = Date.now())));
    await first.queued;
    let secondStarted = 0;
    await b.run("o/r#1", async () => void (secondStarted = Date.now()));
    expect(secondStarted - firstEnded).toBeGreaterThanOrEqual(0);
    expect(secondStarted - firstEnded).toBeLessThan(500);
  });

  it("Redis killed and restarted mid-run: every job still runs exactly once, each issue's in order", async () => {
    const q = queueOn(redis.client(), { recheckMs: 20, giveUpMs: 500 });
    const ran: string[] = [];
    const jobs: Promise<void>[] = [];
    const enqueue = async (key: string, name: string) => {
      const job = q.enqueue(key, async () => void (await sleep(15), ran.push(name)));
      jobs.push(job.done);
      await job.queued; // the webhook's answer: it must come even while Redis is down
    };
    for (let i = 0; i < 4; i++) await enqueue(`o/r#${i % 2}`, `before-${i}`);
    const restart = redis.restart(400);
    for (let i = 0; i < 4; i++) await enqueue(`o/r#${i % 2}`, `during-${i}`);
    await restart;
    for (let i = 0; i < 4; i++) await enqueue(`o/r#${i % 2}`, `after-${i}`);
    await Promise.all(jobs);
    expect([...ran].sort()).toEqual(["before", "during", "after"].flatMap((phase) => [0, 1, 2, 3].map((i) => `${phase}-${i}`)).sort());
    for (const issue of [0, 1]) {
      const own = ran.filter((name) => Number(name.split("-")[1]) % 2 === issue);
      expect(own.filter((n) => n.startsWith("before"))).toEqual(own.slice(0, 2));
    }
  }, 30_000);
});

// ---------------------------------------------------------------- one instance vs two on Redis

const NOW = () => new Date("2026-11-23T12:00:00Z");
const verifier = new Verifier("redis-test-secret-0123456789abcd");

async function play(instances: AppInstanceOptions[], midway: () => Promise<void> = async () => undefined) {
  const github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" },
    roles: { alice: "maintain", bob: "write" },
    // Stamps a minute apart from three hours before the app's fixed "now".
    now: steadyClock("2026-11-23T09:00:00Z"),
  });
  const base = await github.start();
  const apps = await Promise.all(instances.map((o) => startAppInstance(github, base, { now: NOW, verifier, ...o })));
  github.deliverTo(...apps.map((a) => a.url));
  const redeliverLast = () => github.redeliver(github.lastDelivery!);

  // Different issues race in any instance count; what must not depend on it is each issue's own
  // sequence. So steps on different issues settle in between, while each issue gets bursts of
  // events (answered at once, applied later) spread over both instances, and redeliveries.
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await redeliverLast();
  await github.settled();
  await github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  // Settled first: the opening's job reads the issue as it is when it runs, so an edit racing it may
  // or may not be seen by it (both right; the timelines differ), whatever the instance count.
  await github.settled();
  await github.editIssueBody(2, "sam", body("form-jbber").replace("\njbber\n", "\nsam-k\n"));
  await redeliverLast();
  await github.settled();
  await github.openIssue("mallory", "Account recovery request", body("username-backticks"), ["account-recovery"]);
  // (Redis restarts here in one run: queues, locks, deliveries and the open-case index all gone.)
  await github.settled();
  await midway();
  await github.comment(3, "mallory", "/approve force trust me");
  await github.comment(3, "alice", "/hold checking the conflict");
  await redeliverLast();
  await github.settled();
  await github.comment(1, "bob", "/verify email");
  await redeliverLast();
  await github.comment(1, "jbber", "/code 00000000");
  // Settled between the two wrong codes: deliveries are sent side by side (GitHub does not order them
  // either), and which of two wrong codes gets the one answer a minute depends on which arrives first.
  await github.settled();
  await github.comment(1, "jbber", "/code 11111111");
  await redeliverLast();
  await github.comment(1, "jbber", "/code 22222222");
  await github.settled();
  await github.comment(2, "sam", "/withdraw");
  await redeliverLast();
  await github.settled();

  const snapshot = github.snapshot();
  await github.stop();
  await Promise.all(apps.map((a) => a.stop()));
  return snapshot;
}

describe("scale-out", () => {
  it("two instances on one Redis, with interleaved deliveries and redeliveries, end exactly as one instance does", async () => {
    const single = await play([{}]);
    await redis.client().flushall();
    const shared = () => ({
      queue: queueOn(redis.client(), { recheckMs: 5 }),
      deliveries: new RedisDeliveryLog(redis.client()),
    });
    const double = await play([shared(), shared()]);
    expect(double).toEqual(single);
    // The scenario really did something on each issue.
    expect(single.map((i) => i.labels)).toEqual([
      ["account-recovery", "recovery: conflict", "recovery: verifying"],
      ["account-recovery", "recovery: withdrawn"],
      ["account-recovery", "recovery: conflict", "recovery: on-hold"],
    ]);
    expect(single[0]!.comments.filter((c) => c.includes("That code is not right") && !c.includes("recovery-triage:state"))).toHaveLength(3);

    // Four instances sharing everything through one Redis (queues woken by notifications, deliveries,
    // the open-case index), and that Redis killed and restarted empty in the middle of a burst.
    await redis.client().flushall();
    const four = await play(
      [0, 1, 2, 3].map(() => ({ redis: redis.client() })),
      () => redis.restart(300),
    );
    expect(four).toEqual(single);
  }, 90_000);
});
