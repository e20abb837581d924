// The one way the app's server starts: `npm start` (through cli/start.ts), the real-process tests,
// the in-process harness and the benchmark all call startServer, so a route the app adds (the
// reviewers' page, /metrics, /health) is served wherever the app runs. It builds Probot's own
// Server from the environment as config/environment.ts reads it (an empty variable is unset).
import { deskOctokit } from "../reliability/octokit.js";
import { DEFAULT_RETRY } from "../reliability/retry.js";
import { scrubbedLogger } from "../config/logger.js";
import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { getPrivateKey } from "@probot/get-private-key";
import { getTransformStream } from "@probot/pino";
import { pino } from "pino";
import { Probot, Server, type Logger } from "probot";
import { apiBaseUrl, environment } from "../config/environment.js";
import recoveryTriage from "./probot-app.js";
import type { AppOptions } from "./assemble.js";

type Env = NodeJS.ProcessEnv;

/** What an embedding (a test, the benchmark) may set beyond the environment. Production passes none. */
export interface ServerOverrides {
  /** The app's own options (a clock, a verifier, shared queues); addHandler is always Probot's. */
  app?: Omit<AppOptions, "addHandler">;
  /** False turns Probot's scheduling of requests off (tests against a local stand-in: GitHub's pacing is pointless there). */
  throttling?: boolean;
  log?: Logger;
}

export interface RunningServer {
  /** http://host:port of the app's server (webhooks at WEBHOOK_PATH, the page, /metrics, /health). */
  url: string;
  probot: Probot;
  stop(): Promise<void>;
}

/** Probot's default port, as `probot run` has it (Probot's Server reads 0 as "the default"). */
const DEFAULT_PORT = 3000;

export async function startServer(env: Env = environment(), overrides: ServerOverrides = {}): Promise<RunningServer> {
  const privateKey = getPrivateKey({ env })?.toString();
  const log = overrides.log ?? (await serverLog(env));
  for (const file of readableKeyFiles(env)) {
    log.warn(`${file} holds the app's private key and other users of this machine can read it: run \`chmod 600 ${file}\``);
  }
  const ProbotForServer = Probot.defaults({
    appId: Number(env.APP_ID),
    privateKey,
    secret: env.WEBHOOK_SECRET,
    baseUrl: apiBaseUrl(env),
    redisConfig: env.REDIS_URL,
    log,
    Octokit: deskOctokit(overrides.app?.retry?.timeoutMs ?? DEFAULT_RETRY.timeoutMs, overrides.throttling ?? true),
  });
  const server = new Server({
    host: env.HOST,
    port: env.PORT ? Number(env.PORT) : DEFAULT_PORT,
    webhookPath: env.WEBHOOK_PATH,
    webhookProxy: env.WEBHOOK_PROXY_URL,
    log,
    Probot: ProbotForServer,
  });
  // Stopping the server stops the app's own timers and queues too.
  const stopped = new AbortController();
  overrides.app?.signal?.addEventListener("abort", () => stopped.abort());
  let probot: Probot | null = null;
  await server.load((app, loaded) => {
    probot = app;
    recoveryTriage(app, { ...overrides.app, signal: stopped.signal, addHandler: loaded.addHandler });
  });
  const http: HttpServer = await server.start();
  const { address, port, family } = http.address() as AddressInfo;
  return {
    url: `http://${family === "IPv6" ? `[${address}]` : address}:${port}`,
    probot: probot!,
    stop: () => {
      stopped.abort();
      return server.stop();
    },
  };
}

/**
 * The logger `probot run` builds (Probot's getLog is not exported): pino through @probot/pino's
 * transform, pretty unless LOG_FORMAT=json or NODE_ENV=production, at LOG_LEVEL (info).
 */
async function serverLog(env: Env): Promise<Logger> {
  const production = env.NODE_ENV === "production";
  const logFormat = env.LOG_FORMAT ? (env.LOG_FORMAT === "pretty" ? "pretty" : "json") : production ? "json" : "pretty";
  const transform = await getTransformStream({
    logFormat,
    logLevelInString: env.LOG_LEVEL_IN_STRING === "true",
    sentryDsn: env.SENTRY_DSN,
  });
  transform.pipe(pino.destination(1) as unknown as NodeJS.WritableStream);
  return scrubbedLogger({ level: env.LOG_LEVEL ?? "info", name: "probot", messageKey: env.LOG_MESSAGE_KEY ?? "msg" }, transform);
}

/** Files holding the app's private key (`.env` here, PRIVATE_KEY_PATH) that others than their owner may read. */
export function readableKeyFiles(env: Env, cwd = process.cwd()): string[] {
  const candidates = [env.PRIVATE_KEY_PATH, join(cwd, ".env")].filter((f): f is string => Boolean(f) && existsSync(f!));
  return candidates.filter((file) => {
    const holdsKey = file !== join(cwd, ".env") || /PRIVATE KEY-----|^\s*PRIVATE_KEY\s*=/m.test(readFileSync(file, "utf8"));
    return holdsKey && (statSync(file).mode & 0o077) !== 0;
  });
}
