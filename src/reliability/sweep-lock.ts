// One sweep at a time: in a process (a tick that comes while the last sweep still runs is
// skipped) and, with REDIS_URL, in the whole cluster (a lock in Redis with an owner token, renewed
// while the sweep runs and released only by its owner; a crashed owner's lock expires).
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export interface SweepLock {
  /** Runs `job` unless another sweep holds the lock; null when it was skipped. */
  tryRun<T>(job: () => Promise<T>): Promise<T | null>;
}

export class MemorySweepLock implements SweepLock {
  private running = false;

  async tryRun<T>(job: () => Promise<T>): Promise<T | null> {
    if (this.running) return null;
    this.running = true;
    try {
      return await job();
    } finally {
      this.running = false;
    }
  }
}

/** Deletes the key only if it still holds our token (never another instance's lock). */
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
/** Extends the key's life only if it still holds our token. */
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

export class RedisSweepLock implements SweepLock {
  private readonly local = new MemorySweepLock();
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix = "recovery-triage",
    /** A crashed owner's lock lasts this long; a live owner renews it every third of it. */
    private readonly ttlMs = 10 * 60_000,
  ) {
    this.key = `${prefix}:sweep-lock`;
  }

  tryRun<T>(job: () => Promise<T>): Promise<T | null> {
    return this.local.tryRun(async () => {
      const token = randomUUID();
      if ((await this.redis.set(this.key, token, "PX", this.ttlMs, "NX")) !== "OK") return null;
      const renew = setInterval(
        () => void this.redis.eval(RENEW, 1, this.key, token, String(this.ttlMs)).catch(() => undefined),
        this.ttlMs / 3,
      );
      renew.unref();
      try {
        return await job();
      } finally {
        clearInterval(renew);
        await this.redis.eval(RELEASE, 1, this.key, token).catch(() => undefined);
      }
    });
  }
}
