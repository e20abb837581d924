import { describe, expect, it } from "@jest/globals";
import { MemoryDeliveryLog } from "../../src/reliability/dedupe.js";
import { MemoryIssueQueue } from "../../src/reliability/issue-queue.js";
import { SendPacer } from "../../src/reliability/retry.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the in-process issue queue", () => {
  it("applies one issue's jobs one at a time in arrival order, other issues in parallel", async () => {
    const queue = new MemoryIssueQueue();
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
    };
    await Promise.all([
      queue.run("#1", job("a1", 30)),
      queue.run("#1", job("a2", 1)),
      queue.run("#2", job("b1", 5)),
      queue.run("#1", job("a3", 1)),
    ]);
    const a = log.filter((l) => l.endsWith("a1") || l.endsWith("a2") || l.endsWith("a3"));
    expect(a).toEqual(["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]);
    expect(log.indexOf("end b1")).toBeLessThan(log.indexOf("end a1")); // #2 did not wait for #1
  });

  it("a failed job does not block the next one", async () => {
    const queue = new MemoryIssueQueue();
    const failed = queue.run("#1", async () => {
      throw new Error("boom");
    });
    let ran = false;
    await queue.run("#1", async () => {
      ran = true;
    });
    await expect(failed).rejects.toThrow("boom");
    expect(ran).toBe(true);
  });

  it("idle() waits for every pending job", async () => {
    const queue = new MemoryIssueQueue();
    let done = 0;
    for (let i = 0; i < 5; i++) void queue.run(`#${i % 2}`, async () => void (await sleep(5), done++));
    await queue.idle();
    expect(done).toBe(5);
  });
});

describe("the delivery log", () => {
  it("remembers deliveries up to its capacity", async () => {
    const log = new MemoryDeliveryLog(2);
    await log.mark("a");
    await log.mark("b");
    expect(await log.seen("a")).toBe(true);
    await log.mark("c");
    expect(await log.seen("a")).toBe(false);
    expect(await log.seen("c")).toBe(true);
  });
});

describe("the send pacer", () => {
  it("keeps writes 1 s apart and comment creations 3 s apart, filling the gaps with other writes", () => {
    const pacer = new SendPacer(1000, 3000);
    const asked = ["create", "create", "write", "write", "write", "create"] as const;
    // All asked at t=0: the second creation waits 3 s, and the writes take the free seconds before it.
    expect(asked.map((kind) => pacer.reserve(kind === "create", 0))).toEqual([0, 3000, 1000, 2000, 4000, 6000]);
  });

  it("lets a write that comes later take a gap left earlier, and forgets the past", () => {
    const pacer = new SendPacer(1000, 3000);
    expect(pacer.reserve(true, 0)).toBe(0);
    expect(pacer.reserve(true, 0)).toBe(3000);
    expect(pacer.reserve(false, 500)).toBe(1000); // between the two creations
    expect(pacer.reserve(false, 10_000)).toBe(10_000); // long after: no wait
  });

  it("turn() waits until the reserved time", async () => {
    const pacer = new SendPacer(60, 180);
    const start = Date.now();
    await pacer.turn(false);
    await pacer.turn(false);
    expect(Date.now() - start).toBeGreaterThanOrEqual(55);
  });
});
