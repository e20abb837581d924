// For operators: `/metrics` (Prometheus' text format; costs no GitHub request; behind a bearer
// token when METRICS_TOKEN is set) and `/health`, which says only whether the app can reach GitHub
// (as the app, not an installation: its rate limit is untouched) and Redis when REDIS_URL is set:
// ok or unreachable, never why (an error can name a host or a repository). The answer is kept 30 s,
// so a busy prober costs GitHub at most two requests a minute. Why it failed is in the log.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Desk } from "../spine/service.js";

/** /metrics and /health (app/health.ts). */
export type OperatorDesk = Pick<Desk, "metrics" | "redis">;

const HEALTH_TTL_MS = 30_000;

interface Health {
  ok: boolean;
  github: string;
  redis: string;
}

export class OperatorEndpoints {
  private cached: { at: number; health: Health } | null = null;

  constructor(
    private readonly desk: OperatorDesk,
    private readonly checkGitHub: () => Promise<void>,
    private readonly ttlMs = HEALTH_TTL_MS,
    /** METRICS_TOKEN: /metrics answers only `Authorization: Bearer <token>`; null: anyone (it names nothing private). */
    private readonly metricsToken: string | null = null,
    private readonly log?: { warn: (obj: object, msg: string) => void },
  ) {}

  handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || (path !== "/metrics" && path !== "/health")) return false;
    if (path === "/metrics") {
      if (!this.authorised(req)) {
        res.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"' }).end();
        return true;
      }
      res.writeHead(200, { "content-type": this.desk.metrics.registry.contentType }).end(await this.desk.metrics.text());
      return true;
    }
    const health = await this.health();
    res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(health));
    return true;
  };

  private authorised(req: IncomingMessage): boolean {
    if (!this.metricsToken) return true;
    const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
    // Compared as digests: equal length, constant time, whatever was sent.
    const digest = (text: string) => createHash("sha256").update(text).digest();
    return timingSafeEqual(digest(given), digest(this.metricsToken));
  }

  private async health(): Promise<Health> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.health;
    const unreachable = (what: string) => (error: unknown) => {
      this.log?.warn({ err: error, what }, "health check: unreachable");
      return "unreachable";
    };
    const github = await this.checkGitHub().then(() => "ok", unreachable("github"));
    const redis = this.desk.redis ? await this.desk.redis.ping().then(() => "ok", unreachable("redis")) : "not configured";
    const health = { ok: github === "ok" && (redis === "ok" || redis === "not configured"), github, redis };
    this.cached = { at: Date.now(), health };
    return health;
  }
}
