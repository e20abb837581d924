// The same delivery (same X-GitHub-Delivery) is applied once. A delivery is marked only after it
// was applied, so one that failed can still be redelivered by hand. Shared through Redis when
// REDIS_URL is set, so a redelivery that reaches another instance is recognised too.
import type { Redis } from "ioredis";

export interface DeliveryLog {
  seen(id: string): Promise<boolean>;
  mark(id: string): Promise<void>;
}

/** The last `capacity` deliveries of this process. */
export class MemoryDeliveryLog implements DeliveryLog {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 20_000) {}

  async seen(id: string): Promise<boolean> {
    return this.ids.has(id);
  }

  async mark(id: string): Promise<void> {
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
  }
}

/** GitHub keeps deliveries for redelivery for a few days; a week is enough to remember them. */
const TTL_SECONDS = 7 * 86_400;

export class RedisDeliveryLog implements DeliveryLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "recovery-triage",
  ) {}

  // Redis unreachable: a delivery counts as new (applying one twice changes nothing; losing one would).
  async seen(id: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}:delivery:${id}`).catch(() => 0)) === 1;
  }

  async mark(id: string): Promise<void> {
    await this.redis.set(`${this.prefix}:delivery:${id}`, "1", "EX", TTL_SECONDS).catch(() => undefined);
  }
}
