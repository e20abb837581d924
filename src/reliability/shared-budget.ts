// The write budget is the installation's, not the process's: instances sharing Redis plan their
// writes against one record of the last hour's writes (a sorted set, each write's planned moment
// as its score, and whom it was for in its name: people's rate sizes the background's room). A
// write's place is found with the same planning as alone (write-budget.ts) over everyone's writes,
// and added in a transaction that fails if anyone else added one meanwhile (WATCH), in which case
// it plans again. Without Redis the budget stays in the process.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { WriteBudget, type PlannedWrite, type Priority, type WriteLimits } from "./write-budget.js";

const HOUR_MS = 3_600_000;
const KEY = "recovery-triage:write-budget";
/** Planning again after another instance wrote first; contention is rare (writes are seconds apart). */
const MAX_ATTEMPTS = 50;

export class SharedWriteBudget {
  private readonly local: WriteBudget;
  /**
   * A connection of its own (WATCH belongs to a connection, and the shared one runs others'
   * transactions), opened at the first write.
   */
  private connection: Redis | null = null;
  /** Closed with the desk: a write still planned after that (work finishing as the process stops) plans here alone. */
  private closed = false;
  /** One plan at a time in this process (the connection's WATCH is one at a time). */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly redis: Redis,
    readonly limits: WriteLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.local = new WriteBudget(limits, clock);
  }

  get deferred(): number {
    return this.local.deferred;
  }

  take(priority: Priority, at = this.clock(), maxWaitMs?: number): Promise<number> {
    const planned = this.turn.then(() => this.plan(priority, at, maxWaitMs));
    this.turn = planned.catch(() => undefined);
    return planned;
  }

  /** Room as of the last plan (everyone's writes as they stood then); a take decides for certain. */
  hasRoom(priority: Priority, now = this.clock()): boolean {
    return this.local.hasRoom(priority, now);
  }

  /** As `hasRoom`: as of the last plan. */
  nextRoom(priority: Priority, now = this.clock()): number {
    return this.local.nextRoom(priority, now);
  }

  usedThisHour(now = this.clock()): number {
    return this.local.usedThisHour(now);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connection?.quit().catch(() => undefined);
    this.connection = null;
  }

  private async plan(priority: Priority, from: number, maxWaitMs?: number): Promise<number> {
    // Never a new connection once closed: it would outlive the desk and keep the process running.
    if (this.closed) return this.local.take(priority, from, maxWaitMs);
    if (!this.connection) {
      this.connection = this.redis.duplicate();
      this.connection.on("error", () => undefined);
    }
    const connection = this.connection;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await connection.watch(KEY);
      const stamps = await connection.zrangebyscore(KEY, from - HOUR_MS, "+inf", "WITHSCORES");
      this.local.replace(planned(stamps));
      let at: number;
      try {
        at = this.local.take(priority, from, maxWaitMs);
      } catch (error) {
        await connection.unwatch();
        throw error;
      }
      const done = await connection
        .multi()
        .zadd(KEY, at, `${at}:${priority}:${randomUUID()}`)
        .zremrangebyscore(KEY, "-inf", from - HOUR_MS)
        .pexpire(KEY, 2 * HOUR_MS)
        .exec();
      if (done) return at;
      // Another instance planned first: step back a moment (at random, so two do not collide again) and plan again.
      await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 5 * (attempt + 1)));
    }
    throw new Error("the shared write budget stayed contended; the write is retried later");
  }
}

/** The writes a WITHSCORES reply names: each member `at:priority:id` (one without a priority counts as a person's). */
function planned(stamps: string[]): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  for (let i = 0; i + 1 < stamps.length; i += 2) {
    writes.push({ at: Number(stamps[i + 1]), priority: stamps[i]!.split(":")[1] === "background" ? "background" : "person" });
  }
  return writes;
}
