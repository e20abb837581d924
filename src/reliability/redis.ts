// One Redis connection for the app's shared state (delivery log, per-issue queues) when
// REDIS_URL is set. Without it the app needs no Redis at all.
import { Redis } from "ioredis";

export function redisAt(url: string | null): Redis | null {
  return url ? new Redis(url, { maxRetriesPerRequest: 5, enableAutoPipelining: false }) : null;
}
