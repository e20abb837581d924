// For operators: `/metrics` (Prometheus' text format; costs no GitHub request) and `/health`,
// which says whether the app can reach GitHub (as the app, not an installation: its rate limit is
// untouched) and Redis when REDIS_URL is set. The answer is kept 30 s, so a busy prober costs GitHub
// at most two requests a minute.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Desk } from "./service.js";

const HEALTH_TTL_MS = 30_000;

interface Health {
  ok: boolean;
  github: string;
  redis: string;
}

export class OperatorEndpoints {
  private cached: { at: number; health: Health } | null = null;

  constructor(
    private readonly desk: Pick<Desk, "metrics" | "redis">,
    private readonly checkGitHub: () => Promise<void>,
    private readonly ttlMs = HEALTH_TTL_MS,
  ) {}

  handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || (path !== "/metrics" && path !== "/health")) return false;
    if (path === "/metrics") {
      res.writeHead(200, { "content-type": this.desk.metrics.registry.contentType }).end(await this.desk.metrics.text());
      return true;
    }
    const health = await this.health();
    res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(health));
    return true;
  };

  private async health(): Promise<Health> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.health;
    const github = await this.checkGitHub().then(
      () => "ok",
      (error: unknown) => `unreachable: ${(error as Error).message.slice(0, 200)}`,
    );
    const redis = this.desk.redis
      ? await this.desk.redis.ping().then(
          () => "ok",
          (error: unknown) => `unreachable: ${(error as Error).message.slice(0, 200)}`,
        )
      : "not configured";
    const health = { ok: github === "ok" && (redis === "ok" || redis === "not configured"), github, redis };
    this.cached = { at: Date.now(), health };
    return health;
  }
}
