// What operators watch, in Prometheus' text format (prom-client): events by kind and outcome,
// GitHub requests by kind, retries and rate-limit waits, the rate limit left, the issue queues'
// depth and wait, sweeps, cases by status, registry requests, errors. One registry per app
// instance (tests run several); nothing here costs a GitHub request.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { RequestObserver } from "../reliability/retry.js";
import { methodLabel, routeLabel } from "./routes.js";

export interface MetricSources {
  /** Cases the desk knows, by status (from its memory). */
  casesByStatus: () => Record<string, number>;
  /** Requests the registry client sent (ownership evidence). */
  registryRequests: () => number;
}

export class DeskMetrics implements RequestObserver {
  readonly registry = new Registry();
  readonly events = new Counter({
    name: "recovery_triage_events_total",
    help: "Webhook events handled, by kind and outcome (applied, duplicate, failed).",
    labelNames: ["kind", "outcome"] as const,
    registers: [this.registry],
  });
  readonly requests = new Counter({
    name: "recovery_triage_github_requests_total",
    help: "Requests sent to GitHub, by kind (read, write), method and route (a known template, e.g. /repos/{owner}/{repo}/issues; other).",
    labelNames: ["kind", "method", "route"] as const,
    registers: [this.registry],
  });
  readonly retries = new Counter({
    name: "recovery_triage_github_retries_total",
    help: "GitHub requests repeated, by reason (rate-limit: GitHub asked to wait; transient: 5xx, timeout, network).",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly rateLimitWait = new Counter({
    name: "recovery_triage_rate_limit_wait_seconds_total",
    help: "Time spent waiting for GitHub's (secondary) rate limits.",
    registers: [this.registry],
  });
  readonly rateLimitRemaining = new Gauge({
    name: "recovery_triage_github_rate_limit_remaining",
    help: "Requests left in the installation's hourly budget, as GitHub last reported it.",
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: "recovery_triage_queue_jobs",
    help: "Jobs waiting in the per-issue queues (in this process).",
    registers: [this.registry],
  });
  readonly queueWait = new Histogram({
    name: "recovery_triage_queue_wait_seconds",
    help: "Time a job waited for its issue's earlier jobs before it ran.",
    buckets: [0.01, 0.1, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });
  readonly sweepDuration = new Histogram({
    name: "recovery_triage_sweep_duration_seconds",
    help: "How long one sweep over every installation took.",
    buckets: [1, 10, 60, 300, 900, 3600],
    registers: [this.registry],
  });
  readonly sweptCases = new Counter({
    name: "recovery_triage_swept_cases_total",
    help: "Open cases the sweep reconciled.",
    registers: [this.registry],
  });
  readonly writesThisHour = new Gauge({
    name: "recovery_triage_github_writes_last_hour",
    help: "Content-creating writes in the last hour, against the installation's budget (GITHUB_WRITES_PER_HOUR, at most 500).",
    registers: [this.registry],
  });
  readonly writesDeferred = new Counter({
    name: "recovery_triage_github_writes_deferred_total",
    help: "Background writes (the sweep's) deferred to a later sweep because the budget was kept for people's requests.",
    registers: [this.registry],
  });
  readonly sweepDeferred = new Gauge({
    name: "recovery_triage_sweep_deferred_cases",
    help: "Cases the last sweep left waiting for the write budget (GITHUB_WRITES_PER_HOUR); 0 when it reached them all.",
    registers: [this.registry],
  });
  readonly sweepResumesAt = new Gauge({
    name: "recovery_triage_sweep_resumes_at_seconds",
    help: "When the sweep takes the deferred cases up again (Unix time, seconds); 0 when none waits.",
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "recovery_triage_errors_total",
    help: "Failures, by where (event, sweep, sweep-case, secret-not-removed).",
    labelNames: ["where"] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    new Gauge({
      name: "recovery_triage_cases",
      help: "Cases the desk knows, by status (every open case after a sweep; decided ones since the start or the last 90 days).",
      labelNames: ["status"] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [status, count] of Object.entries(sources.casesByStatus())) this.set({ status }, count);
      },
    });
    new Gauge({
      name: "recovery_triage_registry_requests",
      help: "Requests sent to the package registry for ownership evidence (cache hits are not requests).",
      registers: [this.registry],
      collect() {
        this.set(sources.registryRequests());
      },
    });
  }

  // RequestObserver: called by the retrying hook (reliability/retry.ts) for every request to GitHub.
  sent(method: string, route: string, write: boolean, rateLimitRemaining: number | null): void {
    this.requests.inc({ kind: write ? "write" : "read", method: methodLabel(method), route: routeLabel(route) });
    if (rateLimitRemaining !== null) this.rateLimitRemaining.set(rateLimitRemaining);
  }

  budget(usedThisHour: number, deferred: boolean): void {
    this.writesThisHour.set(usedThisHour);
    if (deferred) this.writesDeferred.inc();
  }

  /** A sweep ended: what it left for the budget, and when it resumes. */
  swept(report: { deferred: number; deferredUntil: number | null }): void {
    this.sweepDeferred.set(report.deferred);
    this.sweepResumesAt.set(report.deferredUntil === null ? 0 : Math.round(report.deferredUntil / 1000));
  }

  retried(reason: "rate-limit" | "transient", delayMs: number): void {
    this.retries.inc({ reason });
    if (reason === "rate-limit") this.rateLimitWait.inc(delayMs / 1000);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
