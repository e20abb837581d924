// One Redis connection for the app's shared state (delivery log, per-issue queues) when
// REDIS_URL is set. Without it the app needs no Redis at all.
import { Redis } from "ioredis";

export function redisAt(url: string | null): Redis | null {
  if (!url) return null;
  const redis = new Redis(url, { maxRetriesPerRequest: 5, enableAutoPipelining: false });
  // While Redis is away ioredis reconnects on its own, each user falls back as it documents, and
  // /health reports it: an unhandled error event would only print a stack per attempt.
  redis.on("error", () => undefined);
  return redis;
}
