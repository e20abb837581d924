// Events for one issue are applied one at a time, in arrival order; different issues proceed
// independently. In one process a promise chain per issue does it; with REDIS_URL, a list per
// issue in Redis records arrival order across instances, and whichever instance received a job
// runs it once its job is at the head of the list and it holds the issue's lock.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export interface Queued {
  /** Resolves once the job's place in line is recorded: answer the webhook after this. */
  queued: Promise<void>;
  /** Resolves when the job is done (errors are the job's). */
  done: Promise<void>;
}

export interface IssueQueue {
  /** Runs `job` after every earlier job for `key`. */
  enqueue(key: string, job: () => Promise<void>): Queued;
  /** Resolves when no job of this process is pending. */
  idle(): Promise<void>;
}

abstract class TrackedQueue implements IssueQueue {
  private readonly pending = new Set<Promise<void>>();

  enqueue(key: string, job: () => Promise<void>): Queued {
    const queued = this.place(key);
    const done = this.schedule(key, queued, job);
    const tracked = done.catch(() => undefined);
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return { queued: queued.then(() => undefined), done };
  }

  /** Shorthand: enqueue and wait for the job to be done. */
  run(key: string, job: () => Promise<void>): Promise<void> {
    return this.enqueue(key, job).done;
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Records the job's place in line; resolves to a ticket for `schedule`. */
  protected abstract place(key: string): Promise<string>;
  protected abstract schedule(key: string, ticket: Promise<string>, job: () => Promise<void>): Promise<void>;
}

export class MemoryIssueQueue extends TrackedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  protected place(): Promise<string> {
    return Promise.resolve("");
  }

  protected schedule(key: string, _ticket: Promise<string>, job: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget finished chains so the map does not grow with every issue ever seen.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

export interface RedisQueueOptions {
  prefix?: string;
  pollMs?: number;
  /** A lock outlives a crashed holder by this much. */
  lockMs?: number;
  /** A job at the head whose instance died is dropped after this long. */
  staleMs?: number;
}

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export class RedisIssueQueue extends TrackedQueue {
  private readonly prefix: string;
  private readonly pollMs: number;
  private readonly lockMs: number;
  private readonly staleMs: number;

  constructor(
    private readonly redis: Redis,
    options: RedisQueueOptions = {},
  ) {
    super();
    this.prefix = options.prefix ?? "recovery-triage";
    this.pollMs = options.pollMs ?? 25;
    this.lockMs = options.lockMs ?? 120_000;
    this.staleMs = options.staleMs ?? 300_000;
  }

  protected async place(key: string): Promise<string> {
    const list = `${this.prefix}:queue:${key}`;
    const id = `${Date.now()}:${randomUUID()}`;
    await this.redis
      .multi()
      .rpush(list, id)
      .pexpire(list, this.staleMs * 4)
      .exec();
    return id;
  }

  protected async schedule(key: string, ticket: Promise<string>, job: () => Promise<void>): Promise<void> {
    const list = `${this.prefix}:queue:${key}`;
    const lock = `${this.prefix}:lock:${key}`;
    const id = await ticket;
    for (;;) {
      const head = await this.redis.lindex(list, 0);
      if (head === id || head === null) {
        if ((await this.redis.set(lock, id, "PX", this.lockMs, "NX")) === "OK") {
          try {
            await job();
          } finally {
            await this.redis.lrem(list, 1, id);
            await this.redis.eval(RELEASE, 1, lock, id);
          }
          return;
        }
      } else if (Date.now() - Number(head.split(":")[0]) > this.staleMs && (await this.redis.exists(lock)) === 0) {
        // The instance that queued the head died before running it; its event is healed by the sweep.
        await this.redis.lrem(list, 1, head);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }
}
