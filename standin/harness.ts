// Runs the real app in this process against a GitHub stand-in, started by the same function as
// `npm start` (app/server.ts): Probot's own server, webhook middleware, signature checks and
// Octokit, with only the network endpoints moved to 127.0.0.1.
import { WriteBudget, type WriteLimits } from "../src/reliability/write-budget.js";
import type { Logger, Probot } from "probot";
import { startServer } from "../src/app/server.js";
import { freePort } from "./app-process.js";
import type { Redis } from "ioredis";
import { MemoryDeliveryLog, RedisDeliveryLog, type DeliveryLog } from "../src/reliability/dedupe.js";
import { MemoryIssueQueue, RedisIssueQueue, type IssueQueue } from "../src/reliability/issue-queue.js";
import type { Verifier } from "../src/domain/verification/codes.js";
import type { RegistryClient } from "../src/features/evidence/registry-client.js";
import type { SigstoreTrust } from "../src/domain/evidence/attestation.js";
import { GitHubStandIn, type StandInOptions } from "./github-standin.js";
import { sweepOnce } from "../src/spine/sweep-schedule.js";
import type { SweepReport } from "../src/spine/sweep.js";
import type { Desk } from "../src/spine/service.js";
import { throwawayPrivateKey } from "./keys.js";
import { deskShare, GITHUB_POINT_LIMITS, PointBudget, type PointLimits } from "../src/reliability/point-budget.js";

export const WEBHOOK_PATH = "/api/github/webhooks";
const SECRET = "standin-secret";

/** A throwaway RSA key: the stand-in does not check the app's JWT, but Probot must sign one. */
export { throwawayPrivateKey };

/**
 * For a test that files hours of a busy desk's traffic in seconds: GitHub's limits scaled to the
 * compressed time (the desk and the stand-in still enforce them, so a runaway loop still fails).
 */
export const COMPRESSED_TIME_LIMITS: WriteLimits = { perMinute: 2_000, perHour: 20_000 };
/** GitHub's points a minute raised as COMPRESSED_TIME_LIMITS raises the writes (25 times). */
export const COMPRESSED_POINT_LIMITS: PointLimits = { restPerMinute: 22_500, graphqlPerMinute: 50_000 };
/** Both, for the stand-in and the desk alike: `startHarness({ ...COMPRESSED_TIME, … })`. */
export const COMPRESSED_TIME = { writeLimits: COMPRESSED_TIME_LIMITS, pointLimits: COMPRESSED_POINT_LIMITS } as const;

export interface AppInstanceOptions {
  now?: () => Date;
  verifier?: Verifier | null;
  logLevel?: "info" | "warn" | "error" | "fatal";
  /** Defaults to this instance's own memory; pass Redis-backed ones to run several instances as one. */
  queue?: IssueQueue;
  deliveries?: DeliveryLog;
  /** A Redis the instances share everything through (queues, deliveries, open cases, the sweep lock), as with REDIS_URL. */
  redis?: Redis;
  /** Run the in-server sweep this often (off by default: tests drive the sweep themselves). */
  sweepIntervalMinutes?: number;
  /** How the app reads registries for evidence (point the config's `registry.url` at a RegistryStandIn); none by default. */
  registry?: RegistryClient | null;
  /** The Sigstore trusted root the app verifies against (a RegistryStandIn's `trust()`); the public-good one by default. */
  trusted?: SigstoreTrust;
  /** The server's logger (a test that reads every log line passes its own); Probot's, at `logLevel`, by default. */
  log?: Logger;
  /**
   * GitHub's write limits for this world (the stand-in's and the desk's budget alike). A test that files
   * a day's traffic in seconds compresses time, and raises them to match; by default GitHub's.
   */
  writeLimits?: WriteLimits;
  /** GitHub's points a minute, for the stand-in and the desk's pacing alike; raised with `writeLimits` when time is compressed. */
  pointLimits?: PointLimits;
}

export interface AppInstance {
  url: string;
  /** The app's own HTTP server (the reviewers' page, /metrics). */
  base: string;
  probot: Probot;
  queue: IssueQueue;
  /**
   * Runs this instance's own sweep now (with its memory: ETags, open cases, the sweep lock); null if
   * one was running. `resuming`: as the server's sweep when the budget has room for what it deferred.
   */
  sweep(resuming?: boolean): Promise<SweepReport | null>;
  stop(): Promise<void>;
}

/** One instance of the app (its own Probot and HTTP server, started as `npm start` starts it) talking to the stand-in. */
export async function startAppInstance(github: GitHubStandIn, base: string, options: AppInstanceOptions = {}): Promise<AppInstance> {
  // The server's way (webhooks answered before the work is done), with a queue the stand-in can wait on.
  const queue: IssueQueue = options.queue ?? (options.redis ? new RedisIssueQueue(options.redis) : new MemoryIssueQueue());
  github.alsoWaitFor(() => queue.idle());
  let desk: Desk | null = null;
  const app = {
    now: options.now,
    verifier: options.verifier ?? null,
    registry: options.registry ?? null,
    trusted: options.trusted,
    sweepIntervalMinutes: options.sweepIntervalMinutes ?? 0,
    onDesk: (built: Desk) => (desk = built),
    queue,
    deliveries: options.deliveries ?? (options.redis ? new RedisDeliveryLog(options.redis) : new MemoryDeliveryLog()),
    redis: options.redis ?? null,
    retry: {
      baseDelayMs: 10,
      maxAttempts: 6,
      timeoutMs: 5000,
      maxRetryAfterMs: 2000,
      ...(options.writeLimits ? { budget: new WriteBudget(options.writeLimits) } : {}),
      points: new PointBudget(deskShare(options.pointLimits ?? GITHUB_POINT_LIMITS)),
    },
  };
  // The environment a deployment has, pointed at the stand-in (GitHub Enterprise Server's variables).
  const env = {
    APP_ID: String(github.appId),
    PRIVATE_KEY: github.appPrivateKey,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(base).host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    PORT: String(await freePort()),
    LOG_LEVEL: options.logLevel ?? "fatal",
  };
  // GitHub's pacing (Probot's throttling) is pointless against a local stand-in; the app is otherwise unchanged.
  const server = await startServer(env, { app, throttling: false, ...(options.log ? { log: options.log } : {}) });
  return {
    url: `${server.url}${WEBHOOK_PATH}`,
    base: server.url,
    probot: server.probot,
    queue,
    sweep: (resuming?: boolean) => sweepOnce(server.probot, desk!, resuming),
    async stop() {
      await server.stop();
      // The Redis queue's subscriber is a connection of its own: let it go with the instance.
      if (!options.queue) await queue.close?.();
    },
  };
}

export interface Harness {
  github: GitHubStandIn;
  /** The app's own HTTP server, where its pages are served. */
  appBase: string;
  /** The app's Probot instance (for running the sweep against the stand-in). */
  probot: Probot;
  /** Runs the app's own sweep now, as its timer would (`resuming`: as when the budget has room for what it deferred). */
  sweep(resuming?: boolean): Promise<SweepReport | null>;
  stop(): Promise<void>;
}

/** The stand-in plus one app instance: what the demo and most end-to-end tests use. */
export async function startHarness(options: Omit<StandInOptions, "webhookSecret"> & AppInstanceOptions = {}): Promise<Harness> {
  const github = new GitHubStandIn({ ...options, webhookSecret: SECRET });
  const base = await github.start();
  const app = await startAppInstance(github, base, options);
  github.deliverTo(app.url);
  return {
    github,
    appBase: app.base,
    probot: app.probot,
    sweep: app.sweep,
    async stop() {
      await github.stop();
      await app.stop();
    },
  };
}

export { SECRET as STANDIN_WEBHOOK_SECRET };
