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
  /** Lets go of connections of its own (the Redis queue's subscriber). */
  close?(): Promise<void>;
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
  /**
   * A waiting job is woken by a Redis notification when the job ahead of it finishes; it also looks
   * again this often, in case a notification was lost (pub/sub delivers at most once, and not
   * across a Redis restart).
   */
  recheckMs?: number;
  /** A lock outlives a crashed holder by this much. */
  lockMs?: number;
  /** A job at the head whose instance died is dropped after this long. */
  staleMs?: number;
  /** Redis unreachable this long (5 s): the job runs in this process's own order rather than wait longer (or be lost). */
  giveUpMs?: number;
}

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
/** A ticket that Redis never recorded (it was unreachable): the job keeps this process's order only. */
const LOCAL = "local";

export class RedisIssueQueue extends TrackedQueue {
  private readonly prefix: string;
  private readonly recheckMs: number;
  private readonly lockMs: number;
  private readonly staleMs: number;
  private readonly giveUpMs: number;
  private readonly channel: string;
  /** Jobs of this process waiting for their issue's turn, woken by the channel. */
  private readonly waiters = new Map<string, Set<() => void>>();
  private subscriber: Promise<Redis> | null = null;
  /** Where jobs go while Redis cannot be reached. */
  private readonly local = new MemoryIssueQueue();

  constructor(
    private readonly redis: Redis,
    options: RedisQueueOptions = {},
  ) {
    super();
    this.prefix = options.prefix ?? "recovery-triage";
    this.recheckMs = options.recheckMs ?? 1000;
    this.lockMs = options.lockMs ?? 120_000;
    this.staleMs = options.staleMs ?? 300_000;
    this.giveUpMs = options.giveUpMs ?? 5000;
    this.channel = `${this.prefix}:turns`;
  }

  protected async place(key: string): Promise<string> {
    const list = `${this.prefix}:queue:${key}`;
    const id = `${Date.now()}:${randomUUID()}`;
    // A restarting Redis is waited for (GitHub gives a webhook 10 s); past giveUpMs the webhook is
    // still answered and its work still done: a lost event would be worse than a moment without the cluster's order.
    for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      try {
        await this.redis
          .multi()
          .rpush(list, id)
          .pexpire(list, this.staleMs * 4)
          .exec();
        return id;
      } catch {
        if (Date.now() - started >= this.giveUpMs) return LOCAL;
      }
    }
  }

  protected schedule(key: string, ticket: Promise<string>, job: () => Promise<void>): Promise<void> {
    // This process's jobs for an issue keep their order among themselves, whatever happens to Redis;
    // the cluster's order is kept on top of that whenever Redis can be reached.
    return this.local.run(key, async () => {
      const id = await ticket;
      if (id === LOCAL) return job();
      await this.listen();
      await this.inTurn(key, id, job);
    });
  }

  private async inTurn(key: string, id: string, job: () => Promise<void>): Promise<void> {
    const list = `${this.prefix}:queue:${key}`;
    const lock = `${this.prefix}:lock:${key}`;
    let unreachableSince: number | null = null;
    for (;;) {
      // Listen before looking, so a turn that comes between the look and the wait is not missed.
      const turn = this.nextTurn(key);
      // Only Redis's own failures are caught here: the job runs outside, so a job that fails is
      // failed once, never taken for Redis being unreachable and run again.
      let holding = false;
      try {
        const head = await this.redis.lindex(list, 0);
        unreachableSince = null;
        // Our ticket may be gone (Redis restarted empty): then the cluster's order is lost, and waiting would never end.
        if (head === id || head === null || (await this.redis.lpos(list, id)) === null) {
          holding = (await this.redis.set(lock, id, "PX", this.lockMs, "NX")) === "OK";
        } else if (Date.now() - Number(head.split(":")[0]) > this.staleMs && (await this.redis.exists(lock)) === 0) {
          // The instance that queued the head died before running it; its event is healed by the sweep.
          await this.redis.lrem(list, 1, head);
          turn.cancel();
          continue;
        }
      } catch {
        unreachableSince ??= Date.now();
        if (Date.now() - unreachableSince >= this.giveUpMs) {
          turn.cancel();
          return job();
        }
      }
      if (holding) {
        turn.cancel();
        return this.runHolding(key, list, lock, id, job);
      }
      await turn.done;
    }
  }

  private async runHolding(key: string, list: string, lock: string, id: string, job: () => Promise<void>): Promise<void> {
    try {
      await job();
    } finally {
      // The job's outcome is the job's: Redis failing now only delays the next one until the lock expires.
      await this.redis
        .multi()
        .lrem(list, 1, id)
        .eval(RELEASE, 1, lock, id)
        .publish(this.channel, key)
        .exec()
        .catch(() => undefined);
    }
  }

  /** Resolves when the channel says `key`'s job finished, or after recheckMs. */
  private nextTurn(key: string): { done: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    const done = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(() => finish(), this.recheckMs);
    const finish = () => {
      clearTimeout(timer);
      this.waiters.get(key)?.delete(finish);
      if (this.waiters.get(key)?.size === 0) this.waiters.delete(key);
      wake();
    };
    const set = this.waiters.get(key) ?? new Set<() => void>();
    set.add(finish);
    this.waiters.set(key, set);
    return { done, cancel: finish };
  }

  /** One subscriber connection per queue (a subscribed connection can do nothing else); ioredis resubscribes after a reconnect. */
  private listen(): Promise<unknown> {
    this.subscriber ??= (async () => {
      const subscriber = this.redis.duplicate();
      subscriber.on("message", (_channel: string, key: string) => {
        for (const wake of [...(this.waiters.get(key) ?? [])]) wake();
      });
      subscriber.on("error", () => undefined); // reconnects on its own; the recheck covers the gap
      try {
        await subscriber.subscribe(this.channel);
      } catch (error) {
        subscriber.disconnect();
        throw error;
      }
      return subscriber;
    })();
    return this.subscriber.catch(() => {
      this.subscriber = null; // try again next time; meanwhile the recheck covers it
    });
  }

  /** Closes the subscriber connection (the shared one is the caller's). */
  async close(): Promise<void> {
    const subscriber = await this.subscriber?.catch(() => null);
    subscriber?.disconnect();
  }
}
