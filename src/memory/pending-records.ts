// Comments processed with nothing to show for it (a refusal past its cap, a maintainer's words)
// must still join the case's processed record, or a later sweep would run them as lost (with their
// author's roles as of then). Writing the card for each would let anyone make the desk write once
// per comment they post; so, on a server that sweeps itself, such records wait here and go out with
// the case's next card write, or with its next sweep at the latest: a flood costs one write.
// With REDIS_URL they wait in Redis, so a crash or another instance loses none of them; in one
// process they wait in memory (a crash loses at most one sweep interval's worth: the sweep then runs
// those comments as lost, with their authors' roles as of now). A desk that does not sweep itself
// writes every record at once.
import type { Redis } from "ioredis";
import { outcomeSchema, type Outcome } from "../domain/case/processed.js";

export interface PendingRecords {
  /** Comments settled on this case whose record is not on its card yet, with what each did. */
  records(key: string): Promise<Outcome[]>;
  add(key: string, id: number, outcome: Outcome | null): Promise<void>;
  /** The card was written with every waiting record: nothing waits any more. */
  clear(key: string): Promise<void>;
}

/** On a server that sweeps itself: Redis when it has one, else this process's memory; otherwise none. */
export function pendingRecords(sweeping: boolean, redis: Redis | null): PendingRecords | null {
  return sweeping ? (redis ? new RedisPendingRecords(redis) : new MemoryPendingRecords()) : null;
}

const asOutcome = (id: number, outcome: Outcome | null): Outcome => outcome ?? { id, did: "read" };

export class MemoryPendingRecords implements PendingRecords {
  private readonly waiting = new Map<string, Map<number, Outcome | null>>();

  async records(key: string): Promise<Outcome[]> {
    return [...(this.waiting.get(key.toLowerCase()) ?? [])].map(([id, outcome]) => asOutcome(id, outcome)).sort((a, b) => a.id - b.id);
  }

  async add(key: string, id: number, outcome: Outcome | null): Promise<void> {
    const records = this.waiting.get(key.toLowerCase()) ?? new Map<number, Outcome | null>();
    records.set(id, outcome);
    this.waiting.set(key.toLowerCase(), records);
  }

  async clear(key: string): Promise<void> {
    this.waiting.delete(key.toLowerCase());
  }
}

/** Records wait at most this long (a sweep writes them well before). */
const TTL_SECONDS = 7 * 86_400;

export class RedisPendingRecords implements PendingRecords {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "recovery-triage",
  ) {}

  private hash(key: string): string {
    return `${this.prefix}:pending:${key.toLowerCase()}`;
  }

  // Redis unreachable: nothing waits as far as this step knows; the sweep runs such comments again, as after a crash.
  async records(key: string): Promise<Outcome[]> {
    const stored = await this.redis.hgetall(this.hash(key)).catch(() => ({}) as Record<string, string>);
    return Object.entries(stored)
      .map(([field, value]) => {
        const id = Number(field);
        if (!Number.isInteger(id) || id <= 0) return null;
        // A stored value that does not read as an outcome is a record all the same (the comment was settled).
        const parsed = outcomeSchema.safeParse(safeJson(value));
        return parsed.success && parsed.data.id === id ? parsed.data : asOutcome(id, null);
      })
      .filter((o): o is Outcome => o !== null)
      .sort((a, b) => a.id - b.id);
  }

  async add(key: string, id: number, outcome: Outcome | null): Promise<void> {
    await this.redis
      .multi()
      .hset(this.hash(key), String(id), JSON.stringify(asOutcome(id, outcome)))
      .expire(this.hash(key), TTL_SECONDS)
      .exec()
      .catch(() => undefined);
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(this.hash(key)).catch(() => undefined);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
