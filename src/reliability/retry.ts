// Surviving GitHub's faults: the desk's one retry layer (reliability/octokit.ts turns Probot's two
// off, and says why). Reads and edits are retried with exponential backoff on 5xx, timeouts and
// network errors; any request refused by a (secondary) rate limit waits as GitHub asks and is
// retried, since GitHub did not perform it, unless GitHub asks for longer than a job may wait (the
// sweep applies the case later); creating a comment is never retried blindly — the caller looks
// for it first (RepoClient.createCommentOnce). Writes are paced as they are really sent.
import type { ProbotOctokit } from "probot";
import type { Redis } from "ioredis";
import { SharedWriteBudget } from "./shared-budget.js";
import { PointBudget, pointsOf } from "./point-budget.js";
import { budgetFromEnv, WriteDeferred, writeLimits, type Priority, type WriteBudget } from "./write-budget.js";

export interface RetryOptions {
  /** First backoff delay; doubles each attempt. */
  baseDelayMs: number;
  maxAttempts: number;
  /** Per-request timeout (applied by the Octokit reliability/octokit.ts configures). */
  timeoutMs: number;
  /**
   * The longest a job waits for a rate limit. A limit that asks for longer is not retried early
   * (that only extends it, and GitHub bans apps that keep pushing): the job gives up, and the
   * sweep (or the next event) applies the case later.
   */
  maxRetryAfterMs: number;
  log?: { warn: (obj: object, msg: string) => void };
  /** Space writes as GitHub asks when they are really sent (see SendPacer). Off in tests. */
  pace?: boolean;
  /** Told of every request and retry (the metrics). */
  observe?: RequestObserver;
  /** The installation's hourly and per-minute write budget (reliability/write-budget.ts); null: not counted (a dry run sends no write). */
  budget?: WriteBudget | SharedWriteBudget | null;
  /** Whose work these requests do: a person waiting, or the sweep's background work (default: a person). */
  priority?: Priority;
  /** GitHub's points a minute per endpoint (reliability/point-budget.ts); null: not paced (a test that says so). */
  points?: PointBudget | null;
  /**
   * False for a dry run: its writes are answered in the process (cli/dry-overlay.ts, a hook inside
   * this one) and never reach GitHub, so they spend none of its points; its reads still do.
   */
  writesReachGitHub?: boolean;
}

/** What the metrics learn from each request to GitHub. */
export interface RequestObserver {
  sent(method: string, route: string, write: boolean, rateLimitRemaining: number | null): void;
  retried(reason: "rate-limit" | "transient", delayMs: number): void;
  /** The write budget after a write took its place (writes in the last hour), or a background write deferred. */
  budget?(usedThisHour: number, deferred: boolean): void;
}

function remainingOf(headers: Record<string, unknown> | undefined): number | null {
  const value = Number(headers?.["x-ratelimit-remaining"]);
  return headers?.["x-ratelimit-remaining"] !== undefined && Number.isFinite(value) ? value : null;
}

export const DEFAULT_RETRY: RetryOptions = {
  baseDelayMs: 1000,
  maxAttempts: 5,
  timeoutMs: 20_000,
  maxRetryAfterMs: 15 * 60_000,
  pace: true,
};

/**
 * GitHub asks for at least 1 s between content writes and bans apps that push past its secondary
 * limits. Probot's throttling reserves write slots 1 s apart, but a comment that then waits for
 * its own 3 s slot can be sent at the same moment as a later write. This paces the actual sends,
 * for the whole process: every write 1 s after the previous one, comment creation 3 s apart.
 */
export class SendPacer {
  /** Send times already promised, in order; past ones are dropped. */
  private reserved: { at: number; creation: boolean }[] = [];

  constructor(
    private readonly writeGapMs = 1000,
    private readonly creationGapMs = 3000,
  ) {}

  /**
   * Resolves when a write (a comment creation if `creation`) may be sent: the earliest moment at
   * least 1 s from every other promised write and, for a creation, 3 s from every other creation.
   * Gaps are filled, so an update never waits behind a comment that waits for its 3 s.
   */
  turn(creation: boolean): Promise<void> {
    const now = Date.now();
    const at = this.reserve(creation, now);
    return new Promise((resolve) => setTimeout(resolve, at - now));
  }

  /** Promises the earliest fitting send time at or after `now` and returns it. */
  reserve(creation: boolean, now: number): number {
    this.reserved = this.reserved.filter((r) => r.at > now - this.creationGapMs);
    let at = now;
    for (const r of this.reserved) {
      const gap = creation && r.creation ? this.creationGapMs : this.writeGapMs;
      if (Math.abs(at - r.at) < gap) at = r.at + gap;
    }
    this.reserved.push({ at, creation });
    this.reserved.sort((a, b) => a.at - b.at);
    return at;
  }
}

/** One pacer for the process: GitHub's limits are the app's, not one event's. */
const PACER = new SendPacer();

type RequestError = { status?: number; name?: string; message?: string; response?: { headers?: Record<string, string | undefined> } };
type RequestOptions = { method: string; url: string; request?: Record<string, unknown> };

const WRAPPED = new WeakSet<object>();

/** A creation that may have happened even though it failed (5xx, timeout): never repeat it blindly. */
export function isUncertain(error: unknown): boolean {
  const e = error as RequestError;
  return e.status === undefined || e.status >= 500;
}

/**
 * How long GitHub asks the app to wait before repeating a request it refused for a rate limit
 * (null: not a rate limit). As GitHub documents it: `retry-after` when given; for the primary
 * limit (`x-ratelimit-remaining: 0`) until `x-ratelimit-reset`; otherwise — a secondary limit,
 * or any 429 — at least a minute, doubling while it goes on. Never shortened: see maxRetryAfterMs.
 */
export function rateLimitDelay(error: unknown, _options: RetryOptions, attempt: number): number | null {
  const e = error as RequestError;
  if (e.status !== 403 && e.status !== 429) return null;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const secondary = e.status === 429 || /secondary rate limit|abuse/i.test(e.message ?? "");
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && headers["retry-after"] !== undefined) return retryAfter * 1000;
  if (headers["x-ratelimit-remaining"] === "0") return Math.max(Number(headers["x-ratelimit-reset"]) * 1000 - Date.now(), 1000);
  return secondary ? 60_000 * 2 ** (attempt - 1) : null;
}

/**
 * Thrown instead of retrying sooner than GitHub allows: a person's event runs again then
 * (retryLater); the sweep's case waits for its next round.
 */
export class RateLimitedError extends Error {
  constructor(
    readonly waitMs: number,
    cause: unknown,
  ) {
    super(`GitHub asked to wait ${Math.ceil(waitMs / 1000)} s before repeating this request`, { cause });
  }
}

/**
 * Runs `again` once GitHub allows (a second after the wait it named): a person's event refused by
 * the budget is not left to the sweep, whose background work would wait behind the same budget. In
 * this process's memory: after a restart the sweep reconciles it. Returns the delay it waits.
 */
export function retryLater(error: RateLimitedError, again: () => Promise<void>): number {
  const delayMs = error.waitMs + 1_000;
  setTimeout(() => void again().catch(() => undefined), delayMs).unref();
  return delayMs;
}

/** The request's path as GitHub.com names it (GitHub Enterprise Server's `/api/v3` and `/api/graphql` mapped). */
function pathOf(options: RequestOptions): string {
  const path = options.url.replace(/^https?:\/\/[^/]+/, "").replace(/^\/api\/v3(?=\/)/, "");
  return path === "/api/graphql" ? "/graphql" : path;
}

const isMutation = (options: RequestOptions) => /^\s*mutation\b/.test(String((options as { query?: unknown }).query ?? ""));

/** Content creation as GitHub counts it: REST writes and GraphQL mutations (a GraphQL query is a read). */
function isWrite(options: RequestOptions): boolean {
  const path = pathOf(options);
  if (path === "/graphql") return isMutation(options);
  return options.method !== "GET" && options.method !== "HEAD" && !/^\/app\/installations\/[^/]+\/access_tokens$/.test(path);
}

/** Waits for the request's turn in GitHub's points for the minute. */
async function pointTurn(points: PointBudget, options: RequestOptions): Promise<void> {
  const charge = pointsOf(options.method, pathOf(options), isMutation(options));
  if (!charge) return;
  const now = Date.now();
  const at = points.take(charge.endpoint, charge.cost, now);
  if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
}

function isCommentCreation(options: RequestOptions): boolean {
  return options.method === "POST" && /\/issues\/(\d+|\{issue_number\})\/comments$/.test(options.url);
}

/**
 * The options with a write budget: the one given, or a new one with the limits the environment sets
 * (one per desk) — shared through Redis when the desk has one, since the budget is the installation's.
 */
export function withBudget(options: RetryOptions, redis: Redis | null = null, signal?: AbortSignal): RetryOptions {
  const paced = options.points === undefined ? { ...options, points: PROCESS_POINTS } : options;
  if (paced.budget !== undefined) return paced;
  if (!redis) return { ...paced, budget: budgetFromEnv() };
  const shared = new SharedWriteBudget(redis, writeLimits(process.env));
  signal?.addEventListener("abort", () => void shared.close());
  return { ...paced, budget: shared };
}

/** One count of GitHub's points for the process: the limit is the installation's, not one desk's. */
const PROCESS_POINTS = new PointBudget();

/**
 * Waits for the write's place in the installation's budget. Background work that would wait throws
 * WriteDeferred (the sweep leaves the rest for its next run); a person's work waits, unless the wait
 * is longer than a job may (then RateLimitedError, with no place taken: the sweep applies it later).
 */
async function budgetTurn(budget: WriteBudget | SharedWriteBudget, priority: Priority, options: RetryOptions): Promise<void> {
  const now = Date.now();
  let at: number;
  try {
    at = await budget.take(priority, now, priority === "person" ? options.maxRetryAfterMs : undefined);
  } catch (error) {
    if (priority === "person" && error instanceof WriteDeferred) {
      throw new RateLimitedError(error.untilMs - now, new Error("the installation's hourly write budget is spent"));
    }
    options.observe?.budget?.(budget.usedThisHour(now), true);
    throw error;
  }
  options.observe?.budget?.(budget.usedThisHour(at), false);
  if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
}

export function makeReliable(octokit: ProbotOctokit, options: RetryOptions = DEFAULT_RETRY): ProbotOctokit {
  if (WRAPPED.has(octokit)) return octokit;
  WRAPPED.add(octokit);
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const opts = requestOptions as unknown as RequestOptions;
    for (let attempt = 1; ; attempt++) {
      if (options.budget && isWrite(opts)) await budgetTurn(options.budget, options.priority ?? "person", options);
      if (options.pace && isWrite(opts)) await PACER.turn(isCommentCreation(opts));
      if (options.points && (options.writesReachGitHub !== false || !isWrite(opts))) await pointTurn(options.points, opts);
      try {
        const response = await request(requestOptions);
        options.observe?.sent(opts.method, opts.url, isWrite(opts), remainingOf(response.headers as Record<string, unknown>));
        return response;
      } catch (error) {
        options.observe?.sent(opts.method, opts.url, isWrite(opts), remainingOf((error as RequestError).response?.headers));
        if (attempt >= options.maxAttempts) throw error;
        const limited = rateLimitDelay(error, options, attempt);
        if (limited !== null && limited > options.maxRetryAfterMs) throw new RateLimitedError(limited, error);
        const transient = limited === null && isUncertain(error) && !isCommentCreation(opts);
        if (limited === null && !transient) throw error;
        const delay = limited ?? options.baseDelayMs * 2 ** (attempt - 1);
        options.observe?.retried(limited === null ? "transient" : "rate-limit", delay);
        options.log?.warn(
          { method: opts.method, url: opts.url, status: (error as RequestError).status ?? null, attempt, delayMs: delay },
          "GitHub request failed; retrying",
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return octokit;
}
