// The desk as a service: everything between a Probot event and the case machine. Each event
// becomes a job on its issue's queue (applied one at a time, in arrival order), the webhook is
// answered as soon as the job is queued, and a delivery already applied is not applied again.
import { SecretNotRemovedError } from "../domain/safety/secret-not-removed.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context, Probot, ProbotOctokit } from "probot";
import type { CaseEvent, Trigger } from "../domain/case/model.js";
import type { ConfigResult } from "../config/lenient.js";
import { environment, recoverySecret, redisUrl, startupWarnings, sweepIntervalMinutes } from "../config/environment.js";
import { pendingRecords, type PendingRecords } from "../memory/pending-records.js";
import { Assignability } from "../github/assignability.js";
import { AppIdentity } from "../github/identity.js";
import { RepoClient } from "../github/repo-client.js";
import { MemoryDeliveryLog, RedisDeliveryLog, type DeliveryLog } from "../reliability/dedupe.js";
import { MemoryIssueQueue, RedisIssueQueue, type IssueQueue } from "../reliability/issue-queue.js";
import { redisAt } from "../reliability/redis.js";
import { DEFAULT_RETRY, makeReliable, RateLimitedError, retryLater, withBudget, type RetryOptions } from "../reliability/retry.js";
import { verifierFor, type Verifier } from "../domain/verification/codes.js";
import { runCase, type RunnerDeps } from "./runner.js";
import { SettingsCache } from "../memory/settings-cache.js";
import { DeskMetrics } from "../metrics/metrics.js";
import { ConditionalCache } from "../github/conditional-cache.js";
import { PermissionMemory } from "../github/permissions.js";
import { MemorySweepLock, RedisSweepLock, type SweepLock } from "../reliability/sweep-lock.js";
import type { Redis } from "ioredis";
import { CaseRecords, type DecidedCase } from "../memory/case-records.js";
import { MemoryOpenRequests, RedisOpenRequests, type OpenRequests } from "../memory/open-requests.js";
import type { DeskFeatures } from "./features.js";
import type { FormSpec } from "../domain/intake/form.js";
import type { Status } from "../domain/case/statuses.js";

/** How a desk runs (the app's options add the features' own: app/assemble.ts). */
export interface DeskOptions {
  now?: () => Date;
  /** Defaults to RECOVERY_SECRET from the environment; null turns verification off. */
  verifier?: Verifier | null;
  /** Defaults to SWEEP_INTERVAL_MINUTES (60); 0 turns the in-server sweep off. */
  sweepIntervalMinutes?: number;
  /** Answer webhooks before the work is done (the server's way). Tests that await `receive` turn it off. */
  background?: boolean;
  /** The Redis that instances share their state through (queues, deliveries, open cases, sweep lock); defaults to REDIS_URL's. */
  redis?: Redis | null;
  /** Defaults: shared through Redis with REDIS_URL, else in memory. */
  queue?: IssueQueue;
  deliveries?: DeliveryLog;
  retry?: RetryOptions;
  /** Stops the in-server sweep (for embedding the app, and for tests). */
  signal?: AbortSignal;
  /** Probot's way to serve more routes from the app's HTTP server (given when Probot loads the app). */
  addHandler?: (handler: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>) => void;
  /** Run the other case an event touches (a conflict is shown on both); off for the dry run, whose writes never land. */
  followRelated?: boolean;
  /** The app's login when the desk cannot ask GitHub (a dry run reading with a person's token). */
  botLogin?: string;
}

export type DeskContext = Context<"issues" | "issue_comment">;

/** A repository the desk acts on: the client for it, and whether its cases may be shown on the page. */
export interface CaseTarget {
  octokit: ProbotOctokit;
  repo: RepoClient;
  isPublic: boolean;
}

function keyOf(context: Context<"issues" | "issue_comment" | "push">): string {
  const { owner, repo } = context.repo();
  return "issue" in context.payload ? `${owner}/${repo}#${context.payload.issue.number}` : `${owner}/${repo}#settings`;
}

export class Desk {
  readonly identity: AppIdentity;
  readonly now: () => Date;
  readonly verifier: Verifier | null;
  /** GitHub's answers with their ETags: an unchanged issue or thread costs a 304, which the rate limit does not count. */
  readonly conditional = new ConditionalCache();
  /** Every case this process decided, for the reviewers' page and /metrics (no GitHub request per view). */
  readonly records = new CaseRecords();
  /** For /metrics: read from the desk's memory and counters, never from GitHub. */
  readonly metrics = new DeskMetrics({
    casesByStatus: () => {
      const counts: Record<string, number> = {};
      for (const { cases } of this.records.all()) for (const c of cases) counts[c.status] = (counts[c.status] ?? 0) + 1;
      return counts;
    },
    registryRequests: () => this.features.evidence?.requests ?? 0,
  });
  /** The shared Redis (REDIS_URL), for the health check; null without one. */
  readonly redis: Redis | null;
  /** One sweep at a time, in this process and (with REDIS_URL) in the cluster. */
  readonly sweepLock: SweepLock;
  /** Each repository's config and form, read once per change rather than per event. */
  readonly settings = new SettingsCache();
  /** Who may run maintainer commands, remembered for a minute (one read per commenter a minute, not per comment). */
  readonly permissions = new PermissionMemory();
  /** Who GitHub lets be assigned where, remembered for a while (one read per new assignee otherwise). */
  readonly assignability = new Assignability();
  /** Processed comments waiting for their case's next card write; null when this desk does not sweep itself. */
  readonly pending: PendingRecords | null;
  /** The open requests of each repository (in Redis with REDIS_URL): a new request costs no listing of them. */
  readonly openRequests: OpenRequests;
  readonly queue: IssueQueue;
  readonly retry: RetryOptions;
  private readonly deliveries: DeliveryLog;
  readonly background: boolean; // the server's; false: someone waits (the CLI's sweep, a dry run)
  private readonly followRelated: boolean;
  /** Related cases being waited for (see relate). */
  private relating = 0;
  /** Repositories already warned about having no reviewers (once per repository per process). */
  private readonly noReviewersWarned = new Set<string>();

  constructor(
    private readonly app: Probot,
    options: DeskOptions,
    /** What the features add (evidence, the board), built by the composition root; none by default. */
    readonly features: DeskFeatures = {},
  ) {
    this.identity = new AppIdentity(app, options.botLogin ?? null);
    this.now = options.now ?? (() => new Date());
    this.verifier = options.verifier !== undefined ? options.verifier : verifierFor(recoverySecret());
    for (const warning of startupWarnings(environment(), options.verifier !== undefined)) app.log.warn(warning);
    const redis = options.redis !== undefined ? options.redis : options.queue && options.deliveries ? null : redisAt(redisUrl());
    this.redis = redis;
    this.sweepLock = redis ? new RedisSweepLock(redis) : new MemorySweepLock();
    this.openRequests = redis ? new RedisOpenRequests(redis) : new MemoryOpenRequests();
    this.queue = options.queue ?? (redis ? new RedisIssueQueue(redis) : new MemoryIssueQueue());
    this.deliveries = options.deliveries ?? (redis ? new RedisDeliveryLog(redis) : new MemoryDeliveryLog());
    this.background = options.background ?? true;
    this.followRelated = options.followRelated ?? true;
    this.pending = pendingRecords((options.sweepIntervalMinutes ?? sweepIntervalMinutes()) > 0, redis);
    options.signal?.addEventListener("abort", () => void this.queue.close?.());
    this.retry = { ...withBudget(options.retry ?? DEFAULT_RETRY, redis, options.signal), log: app.log, observe: this.metrics };
  }

  /** The repository client for an event, with the desk's retries. */
  repoOf(context: Pick<Context, "octokit" | "repo">): RepoClient {
    const { owner, repo } = context.repo();
    return this.clientFor(context.octokit, owner, repo);
  }

  /** The repository client for any repository of an installation, with the desk's retries and ETags. */
  clientFor(octokit: ProbotOctokit, owner: string, repo: string): RepoClient {
    return new RepoClient(octokit, { owner, repo }, this.retry.baseDelayMs, this.conditional);
  }

  /** The app's own writes come back as events; reacting to them would only loop. */
  async isOwn(login: string): Promise<boolean> {
    return login === (await this.identity.login());
  }

  /**
   * Queues the work for the event's issue. In the background (the server's way) this resolves as
   * soon as the job's place in line is recorded, so the webhook is answered at once; otherwise when
   * the work is done.
   */
  async dispatch(context: Context<"issues" | "issue_comment" | "push">, work: () => Promise<void>, issueKey?: string): Promise<void> {
    // Work on an issue waits for that issue's earlier events; work on the settings, for earlier pushes.
    const key = issueKey ?? keyOf(context);
    const log = context.log.child({ delivery: context.id, issue: key });
    const kind = `${context.name}.${String((context.payload as { action?: string }).action ?? "")}`;
    const queued = Date.now();
    this.metrics.queueDepth.inc();
    const job = this.queue.enqueue(key, async () => {
      this.metrics.queueDepth.dec();
      this.metrics.queueWait.observe((Date.now() - queued) / 1000);
      if (await this.deliveries.seen(context.id)) {
        this.metrics.events.inc({ kind, outcome: "duplicate" });
        return log.info("delivery already applied; skipped");
      }
      try {
        makeReliable(context.octokit, this.retry);
        await work();
        await this.deliveries.mark(context.id);
        this.metrics.events.inc({ kind, outcome: "applied" });
      } catch (error) {
        this.metrics.events.inc({ kind, outcome: "failed" });
        this.metrics.errors.inc({ where: error instanceof SecretNotRemovedError ? "secret-not-removed" : "event" });
        if (error instanceof RateLimitedError) {
          // Not a failure of the case: GitHub's limit asked for longer than a job may wait, so it runs again then.
          const delayMs = retryLater(error, () => this.dispatch(context, work, issueKey));
          log.warn({ err: error, retryInSeconds: Math.ceil(delayMs / 1000) }, "event waits for GitHub's limit; it runs again then");
        } else log.error({ err: error, status: (error as { status?: number }).status }, "event failed; the sweep will reconcile this case");
        throw error;
      }
    });
    job.done.catch(() => undefined);
    await (this.background ? job.queued : job.done);
  }

  /** Brings the event's case up to date (and any case the event touches, each on its own queue). */
  async run(context: DeskContext, event: CaseEvent, trigger: Trigger | null = null, loaded: ConfigResult | null = null): Promise<void> {
    const repo = this.repoOf(context);
    const config = loaded ?? (await this.settings.config(context));
    const { issue, sender, repository } = context.payload;
    const target = { octokit: context.octokit, repo, isPublic: !repository.private, number: issue.number, delivery: context.id };
    await this.apply(target, event, sender.login, trigger, config, await this.settings.form(context, repo), context.log);
  }

  /** The same for any case the desk can name (a board move names its issue only through GraphQL). */
  async apply(
    target: CaseTarget & { number: number; delivery: string },
    event: CaseEvent,
    actor: string,
    trigger: Trigger | null,
    config: ConfigResult,
    form: FormSpec,
    parentLog: Probot["log"],
  ): Promise<Status | null> {
    const deps = await this.caseDeps(target, config, form, parentLog.child({ delivery: target.delivery, issue: target.number }));
    const result = await runCase(deps, target.number, event, actor, trigger);
    return result.status as Status | null;
  }

  /**
   * Everything the runner needs for cases of one repository, assembled here and only here: every
   * door (webhooks, the sweep, board moves, the CLI) gets the same memory, checks and queue.
   */
  async caseDeps(target: CaseTarget, config: ConfigResult, form: FormSpec, log: Probot["log"]): Promise<RunnerDeps> {
    const { repo } = target;
    const fullName = `${repo.ref.owner}/${repo.ref.repo}`;
    this.warnWithoutReviewers(fullName, config);
    const deps: RunnerDeps = {
      repo,
      botLogin: await this.identity.login(),
      config,
      form,
      now: this.now,
      verifier: this.verifier,
      assignability: this.assignability,
      pending: this.pending,
      openRequests: this.openRequests,
      evidence: this.features.evidence?.gathererFor(target.octokit, config.config, fullName) ?? null,
      onDecided: this.onDecided(target.octokit, fullName, target.isPublic, config, log),
      log,
      // Another case touched by this event is queued on its own issue, never run alongside its events.
      relate: async (number, related, actor) => {
        if (!this.followRelated) return;
        const job = this.queue.enqueue(`${fullName}#${number}`, async () => {
          await runCase({ ...deps, log: log.child({ related: number }) }, number, related, actor);
        });
        job.done.catch((error: unknown) => log.error({ err: error, related: number }, "related case failed; the sweep will reconcile it"));
        // Waiting (when not in the background) only at the first level: two cases that relate to each
        // other (a conflict shown on both) would each wait for a job queued behind the other. A
        // nested one runs when its queue frees; whoever waits for the desk waits for the queues.
        if (this.background || this.relating > 0) return void (await job.queued);
        this.relating++;
        try {
          await job.done;
        } finally {
          this.relating--;
        }
      },
    };
    return deps;
  }

  /** What follows a decided case: the desk's memory (page, metrics) and the project board. Returns the writes it made. */
  onDecided(octokit: ProbotOctokit, fullName: string, isPublic: boolean, config: ConfigResult, log: Probot["log"]) {
    return async (decided: DecidedCase): Promise<number> => {
      const client = this.clientFor(octokit, ...(fullName.split("/") as [string, string]));
      this.records.record(fullName, isPublic, decided, config.config, this.now(), () => client.isPublicNow());
      const writer = async () => ({ repo: client, botLogin: await this.identity.login(), config, log });
      return this.features.board ? this.features.board.follow(octokit, await writer(), config.config, decided, log) : 0;
    };
  }

  private warnWithoutReviewers(fullName: string, config: ConfigResult): void {
    if (config.config.reviewers.length > 0 || this.noReviewersWarned.has(fullName)) return;
    this.noReviewersWarned.add(fullName);
    this.app.log.warn(
      { repo: fullName },
      `${fullName} has no reviewers in .github/recovery-triage.yml: valid requests are not assigned to anyone`,
    );
  }
}
