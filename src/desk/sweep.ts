// The periodic sweep: the same reconcile, run over every open request of every installation.
// It sends reminders, closes stale cases, expires challenges, notices pushed challenge branches,
// and heals any case whose webhook was lost. Used by the server's timer and `recovery-triage sweep`.
import type { Probot, ProbotOctokit } from "probot";
import { Assignability } from "../github/assignability.js";
import { installedRepositories } from "../github/installations.js";
import { RepoClient, type Issue } from "../github/repo-client.js";
import { decodeState } from "../case/state.js";
import type { DecidedCase, DeskIndex } from "./desk-index.js";
import { BoardSync } from "./board-sync.js";
import { ProjectBoard } from "../github/project-board.js";
import { PublicGitHub } from "../github/public-github.js";
import type { ConditionalCache } from "../github/conditional-cache.js";
import type { RegistryClient } from "../registry/registry-client.js";
import { DAY_MS } from "../text/dates.js";
import type { Verifier } from "../verification/codes.js";
import type { RetryOptions } from "../reliability/retry.js";
import { findCard, reconcile } from "./reconcile.js";
import { loadConfigFor, loadForm, type SettingsCache } from "./settings.js";
import type { Desk } from "./service.js";
import { MemoryOpenCases, openCaseOf, type OpenCaseIndex } from "./open-cases.js";

export interface SweepOptions {
  botLogin: string;
  /** Retries and timeouts for the sweep's requests (the server's defaults otherwise). */
  retry?: RetryOptions;
  /** Runs a case's reconcile in line with that issue's other events (the server's issue queue). */
  serialize?: (key: string, job: () => Promise<void>) => Promise<void>;
  verifier: Verifier | null;
  now: () => Date;
  log: Probot["log"];
  /** The server's memory of who can be assigned (a CLI sweep starts with none). */
  assignability?: Assignability;
  /** Where ownership evidence is read (refreshed for cases in triage); absent or null: not gathered. */
  registry?: RegistryClient | null;
  /** When each case's evidence was last gathered (the server's memory; a CLI sweep starts with none). */
  evidenceChecked?: Map<string, number>;
  /** The server's memory of its cases (the reviewers' page): the sweep records every open case, and recently closed ones. */
  index?: DeskIndex;
  /** The project board's memory (the server's; a CLI sweep starts with none). */
  board?: BoardSync;
  /** GitHub's earlier answers with their ETags (the server's; a CLI sweep starts with none, so it reads everything). */
  conditional?: ConditionalCache;
  /** Each repository's config and form as the server's events read them (a CLI sweep reads them itself). */
  settings?: SettingsCache;
  /** The open requests as the desk knows them: each sweep's listing refreshes it (a CLI sweep keeps its own for the run). */
  openCases?: OpenCaseIndex;
}

export interface SweepReport {
  repositories: number;
  cases: number;
  writes: number;
  failures: number;
}

export async function sweepAll(app: Probot, options: SweepOptions): Promise<SweepReport> {
  const report: SweepReport = { repositories: 0, cases: 0, writes: 0, failures: 0 };
  for await (const { octokit, owner, name, private: hidden } of installedRepositories(app, options.retry)) {
    await sweepRepository(octokit, owner, name, !hidden, options, report);
  }
  return report;
}

async function sweepRepository(
  octokit: ProbotOctokit,
  owner: string,
  name: string,
  isPublic: boolean,
  options: SweepOptions,
  report: SweepReport,
): Promise<void> {
  const log = options.log.child({ repo: `${owner}/${name}`, sweep: true });
  const repo = new RepoClient(octokit, { owner, repo: name }, options.retry?.baseDelayMs, options.conditional ?? null);
  // The server's settings cache (the events share it); a CLI sweep reads them once per repository.
  const config = await (options.settings?.configFor(octokit, owner, name, log) ?? loadConfigFor(octokit, owner, name, log));
  const form = await (options.settings?.formFor(octokit, repo, log) ?? loadForm(repo, config.config.form_path));
  const listedAt = Date.now();
  const open = await repo.listOpenRequests(config.config.labels.request);
  const openCases = options.openCases ?? new MemoryOpenCases();
  await openCases
    .replace(
      `${owner}/${name}`,
      open.map((i) => openCaseOf(i, form, config.config.username_rules)),
      listedAt,
    )
    .catch((error: unknown) => {
      log.warn({ err: (error as Error).message }, "the open-case index could not be refreshed");
    });
  const closed = await repo.listClosedRequestsSince(
    config.config.labels.request,
    new Date(options.now().getTime() - BACKFILL_DAYS * DAY_MS),
  );
  const decidedPerWeek = recentPace(closed, options.now());
  const board = options.board ?? new BoardSync();
  const onDecided = async (decided: DecidedCase): Promise<number> => {
    options.index?.record(`${owner}/${name}`, isPublic, decided, config.config, options.now());
    return board.sync(new ProjectBoard(octokit), config.config, decided, log);
  };
  const assignability = new Assignability();
  const evidence = options.registry
    ? { registry: options.registry, github: new PublicGitHub(octokit), checked: options.evidenceChecked ?? new Map<string, number>() }
    : null;
  report.repositories++;
  if (options.index) await backfillClosed(repo, closed, options.botLogin, onDecided, options.index);
  for (const issue of open) {
    report.cases++;
    const deps = {
      repo,
      botLogin: options.botLogin,
      config,
      form,
      now: options.now,
      verifier: options.verifier,
      assignability: options.assignability ?? assignability,
      evidence,
      openCases,
      onDecided,
      log: log.child({ issue: issue.number }),
    };
    const job = async () => {
      // Where it stands now: the requests still open that were filed before it.
      const queue = { ahead: open.filter((other) => other.number < issue.number).length, decidedPerWeek };
      report.writes += (await reconcile(deps, issue.number, { kind: "sweep", queue }, options.botLogin)).writes;
    };
    try {
      await (options.serialize ? options.serialize(`${owner}/${name}#${issue.number}`, job) : job());
    } catch (error) {
      // One broken case must not stop the sweep of the others.
      report.failures++;
      log.error({ issue: issue.number, err: (error as Error).message }, "sweep failed for a case");
    }
  }
}

const PACE_WEEKS = 8;
/** Fewer cases closed than this over the weeks measured is too little history to estimate from. */
const PACE_MIN_CLOSED = 2;
/** Closed cases the reviewers' page measures (its longest window), read once per sweep: the same read as the pace's. */
const BACKFILL_DAYS = 90;
/** Cards of closed cases read per sweep to fill the page's memory after a start (one read each). */
const BACKFILL_PER_SWEEP = 50;

/** Requests closed per week over the last 8 weeks; null: too few to say. */
function recentPace(closed: Issue[], now: Date): number | null {
  const since = now.getTime() - PACE_WEEKS * 7 * DAY_MS;
  const count = closed.filter((i) => Date.parse(i.closedAt ?? "") >= since).length;
  return count >= PACE_MIN_CLOSED ? count / PACE_WEEKS : null;
}

/**
 * The page's memory after a start knows no closed case: the cards of recently closed ones are read
 * a few per sweep (their state is final; nothing is written).
 */
async function backfillClosed(
  repo: RepoClient,
  closed: Issue[],
  botLogin: string,
  record: (d: DecidedCase) => Promise<number>,
  index: DeskIndex,
): Promise<void> {
  const fullName = `${repo.ref.owner}/${repo.ref.repo}`;
  const unknown = closed.filter((i) => !index.knows(fullName, i.number)).slice(0, BACKFILL_PER_SWEEP);
  for (const issue of unknown) {
    const card = findCard(await repo.listComments(issue.number), botLogin);
    const state = card ? decodeState(card.body) : null;
    if (state) await record({ number: issue.number, title: issue.title, createdAt: issue.createdAt, nodeId: issue.nodeId, state });
  }
}

/**
 * One sweep by the server, unless one is still running here or (with REDIS_URL) on another
 * instance: then null, and nothing is read twice.
 */
export async function sweepOnce(app: Probot, desk: Desk): Promise<SweepReport | null> {
  const started = Date.now();
  try {
    const botLogin = await desk.identity.login();
    const report = await desk.sweepLock.tryRun(() =>
      sweepAll(app, {
        botLogin,
        verifier: desk.verifier,
        now: desk.now,
        log: app.log,
        retry: desk.retry,
        assignability: desk.assignability,
        registry: desk.registry,
        evidenceChecked: desk.evidenceChecked,
        index: desk.index,
        board: desk.board,
        conditional: desk.conditional,
        openCases: desk.openCases,
        settings: desk.settings,
        serialize: (key, job) => desk.queue.enqueue(key, job).done,
      }),
    );
    if (!report) {
      app.log.info("a sweep is still running; this one was skipped");
      return null;
    }
    desk.metrics.sweepDuration.observe((Date.now() - started) / 1000);
    desk.metrics.sweptCases.inc(report.cases);
    if (report.failures > 0) desk.metrics.errors.inc({ where: "sweep-case" }, report.failures);
    app.log.info(report, "sweep finished");
    return report;
  } catch (error) {
    desk.metrics.errors.inc({ where: "sweep" });
    app.log.error({ err: (error as Error).message }, "sweep failed");
    return null;
  }
}

/** The server's own sweep: soon after start (healing what a crash left undone), then every `minutes`. */
export function startSweeping(app: Probot, desk: Desk, minutes: number, signal?: AbortSignal): void {
  if (minutes <= 0) return;
  const sweep = () => void sweepOnce(app, desk);
  const first = setTimeout(sweep, Math.min(minutes, 1) * 60_000).unref();
  const every = setInterval(sweep, minutes * 60_000).unref();
  signal?.addEventListener("abort", () => {
    clearTimeout(first);
    clearInterval(every);
  });
}
