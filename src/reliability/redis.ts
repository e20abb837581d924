// One Redis connection for the app's shared state (delivery log, per-issue queues) when
// REDIS_URL is set. Without it the app needs no Redis at all.
import { Redis } from "ioredis";

export function redisFromEnv(env: NodeJS.ProcessEnv = process.env): Redis | null {
  if (!env.REDIS_URL) return null;
  return new Redis(env.REDIS_URL, { maxRetriesPerRequest: 5, enableAutoPipelining: false });
}
