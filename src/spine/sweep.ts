// The periodic sweep: the same runner, over every open request of every installation (and the
// closed ones that can still be reopened). It sends reminders, closes stale cases, expires
// challenges, notices pushed challenge branches, runs comments whose webhooks were lost and heals
// any case whose webhook was lost. The server's timer and `recovery-triage sweep` both run it
// through a Desk, so a sweep has the same memory, checks and queue as the webhooks (when the server
// sweeps: sweep-schedule.ts).
import type { Probot, ProbotOctokit } from "probot";
import { installationFor, installedRepositories } from "../github/installations.js";
import { makeReliable } from "../reliability/retry.js";
import type { Issue, RepoClient } from "../github/repo-client.js";
import type { CaseEvent } from "../domain/case/model.js";
import { decodeState } from "../domain/case/state.js";
import type { DecidedCase, CaseRecords } from "../memory/case-records.js";
import type { Deferral } from "../domain/report/build.js";
import { DAY_MS } from "../domain/text/dates.js";
import { findCard } from "../domain/case/find-card.js";
import { runCase } from "./runner.js";
import { SecretNotRemovedError } from "../domain/safety/secret-not-removed.js";
import { WriteDeferred } from "../reliability/write-budget.js";
import { sweepRound } from "./sweep-rounds.js";
import type { Desk, CaseTarget } from "./service.js";
import { openCaseOf } from "../memory/open-requests.js";
import { waitingBefore } from "../domain/case/assign.js";
import { labelledStatus, STATUS_RULES } from "../domain/case/statuses.js";
import { isRecoveryRequest } from "../domain/intake/detect.js";
import { parseRequest } from "../domain/intake/parse.js";
import type { FormSpec } from "../domain/intake/form.js";

/** The sweep (spine/sweep.ts). */
export type SweepDesk = Pick<
  Desk,
  "background" | "caseDeps" | "clientFor" | "metrics" | "now" | "openRequests" | "queue" | "records" | "retry" | "settings" | "sweepLock"
>;

export interface SweepReport {
  repositories: number;
  cases: number;
  writes: number;
  failures: number;
  /** Cases left for the next sweep: the write budget was kept for people's requests (reliability/write-budget.ts). */
  deferred: number;
  /** When the budget has room for them again (ms since the epoch); null when nothing was deferred. */
  deferredUntil: number | null;
}

/** Every open request of every installation, and the closed ones that can still be reopened, through the runner. */
/** Told after each case of a repository's sweep (the CLI draws it on a terminal: cli/progress.ts). */
export interface SweepProgress {
  case(done: number, total: number, repository: string): void;
  /** The repository's sweep ended (all its cases, or the rest deferred). */
  end(): void;
}

export async function sweepAll(app: Probot, desk: SweepDesk, progress?: SweepProgress, resuming = false): Promise<SweepReport> {
  const report: SweepReport = { repositories: 0, cases: 0, writes: 0, failures: 0, deferred: 0, deferredUntil: null };
  // The sweep's writes are background work: they spend only what people's requests leave (write-budget.ts).
  for await (const { octokit, owner, name, private: hidden } of installedRepositories(app, background(desk))) {
    const target = { octokit, repo: desk.clientFor(octokit, owner, name), isPublic: !hidden };
    await sweepRepository(desk, target, app.log, report, progress, resuming);
  }
  return report;
}

/**
 * One repository's sweep (the Actions entry point sweeps only the repository whose workflow runs), as
 * the app's installation or, for a dry run with a person's token, through the Octokit given.
 */
export async function sweepOneRepository(
  app: Probot,
  desk: SweepDesk,
  owner: string,
  name: string,
  reader?: ProbotOctokit,
  progress?: SweepProgress,
): Promise<SweepReport> {
  const report: SweepReport = { repositories: 0, cases: 0, writes: 0, failures: 0, deferred: 0, deferredUntil: null };
  const octokit = makeReliable(reader ?? (await installationFor(app, owner, name)), background(desk));
  const { data } = await octokit.rest.repos.get({ owner, repo: name });
  const target = { octokit, repo: desk.clientFor(octokit, owner, name), isPublic: !data.private };
  await sweepRepository(desk, target, app.log, report, progress);
  return report;
}

async function sweepRepository(
  desk: SweepDesk,
  target: CaseTarget,
  appLog: Probot["log"],
  report: SweepReport,
  progress?: SweepProgress,
  resuming = false,
): Promise<void> {
  const { octokit, repo } = target;
  const { owner, repo: name } = repo.ref;
  const log = appLog.child({ repo: `${owner}/${name}`, sweep: true });
  const config = await desk.settings.configFor(octokit, owner, name, log);
  const form = await desk.settings.formFor(octokit, repo, log);
  const now = desk.now();
  const listedAt = Date.now();
  // Oldest first: a backlog is taken in in the order it was filed, and the queue keeps that order.
  const open = await openRequestsOf(repo, config.config.labels.request, form);
  const openCases = open.map((i) => openCaseOf(i, form, config.config));
  await desk.openRequests
    .replace(`${owner}/${name}`, openCases, listedAt)
    .catch((error: unknown) => log.warn({ err: error }, "the open-case index could not be refreshed"));
  // Long enough to see every closed case until its lock falls due: a withdrawn one falls due only
  // when its `/reopen` window ends, which can be exactly when a 90-day listing would stop showing it.
  const { reopen_within_days: reopenDays } = config.config.stale;
  const lockDays = config.config.noise.lock_after_days;
  const listedDays = Math.max(BACKFILL_DAYS, Math.max(reopenDays, lockDays ?? 0) + LOCK_GRACE_DAYS);
  const closed = await repo.listClosedRequestsSince(config.config.labels.request, new Date(now.getTime() - listedDays * DAY_MS));
  // The reviewers' closures (a closed issue still labelled with an open status was closed by a person).
  const byReviewers = (i: Issue) => {
    const rule = STATUS_RULES[labelledStatus(i.labels, config.config) ?? "closed"];
    return rule.open || rule.pace;
  };
  const decidedPerWeek = recentPace(closed.filter(byReviewers), now);
  const deps = await desk.caseDeps(target, config, form, log);
  report.repositories++;
  const backfilled = closed.filter((i) => Date.parse(i.closedAt ?? "") >= now.getTime() - BACKFILL_DAYS * DAY_MS);
  await backfillClosed(repo, backfilled, deps.botLogin, deps.onDecided!, desk.records);
  // Closed cases that can still be reopened are swept too (a lost `/reopen` is applied, a pasted secret
  // removed), and those whose thread may be due to be locked (the case's own record decides: domain/case/locking.ts).
  const closedAgo = (i: Issue, days: number) => Date.parse(i.closedAt ?? "") <= now.getTime() - days * DAY_MS;
  const mayLock = (i: Issue) => STATUS_RULES[labelledStatus(i.labels, config.config) ?? "closed"].locks;
  const swept = closed.filter((i) => !closedAgo(i, reopenDays) || (lockDays !== null && !i.locked && mayLock(i) && closedAgo(i, lockDays)));
  const cases = [...open.map((issue) => ({ issue, open: true })), ...swept.map((issue) => ({ issue, open: false }))];
  // Background work spends only what people's requests leave: with no room, the rest waits for the next sweep.
  let deferral: Deferral | null = null;
  // A resuming sweep skips what this round already handled (sweep-rounds.ts).
  const handled = sweepRound(desk, `${owner}/${name}`, resuming);
  const deferRest = (index: number, until: number) => {
    deferral = { cases: cases.slice(index).filter((c) => !handled.has(c.issue.number)).length, until: new Date(until).toISOString() };
    report.deferred += deferral.cases;
    report.deferredUntil = Math.max(report.deferredUntil ?? 0, until);
    log.warn({ deferred: deferral.cases }, "the write budget is kept for people's requests; the rest waits for the next sweep");
  };
  for (const [index, { issue, open: isOpen }] of cases.entries()) {
    if (handled.has(issue.number)) continue;
    if (desk.retry.budget?.hasRoom("background") === false) {
      deferRest(index, desk.retry.budget.nextRoom("background"));
      break;
    }
    report.cases++;
    const job = async () => {
      // Where an open one stands now: the requests filed before it that still wait for a reviewer, as
      // the index has them after the earlier cases of this sweep were run (a lost `/hold` applied).
      const known = isOpen ? ((await desk.openRequests.list(`${owner}/${name}`).catch(() => null)) ?? openCases) : [];
      const event: CaseEvent = isOpen ? sweepEvent(waitingBefore(known, issue.number), decidedPerWeek) : { kind: "sweep" };
      const run = await runCase({ ...deps, log: log.child({ issue: issue.number }) }, issue.number, event, deps.botLogin);
      report.writes += run.writes;
    };
    try {
      // In line with that issue's other events (the desk's issue queue).
      await desk.queue.enqueue(`${owner}/${name}#${issue.number}`, job).done;
      // Someone waits for this sweep (the CLI's, a dry run): each case is finished with every case it
      // touched (a conflict noted on the other request) before the next is decided, so what the next
      // one reads — reviewers' loads, the open requests — never depends on timing, and a dry run
      // decides exactly what installing the desk then does.
      if (!desk.background) await desk.queue.idle();
      handled.add(issue.number);
    } catch (error) {
      // One broken case must not stop the sweep of the others.
      if (error instanceof WriteDeferred) {
        deferRest(index, error.untilMs);
        break;
      }
      report.failures++;
      if (error instanceof SecretNotRemovedError) desk.metrics.errors.inc({ where: "secret-not-removed" });
      log.error({ issue: issue.number, err: error }, "sweep failed for a case");
    }
    progress?.case(index + 1, cases.length, `${owner}/${name}`);
  }
  // The reviewers' page says what waits and until when (or, now, that nothing does).
  desk.records.deferred(`${owner}/${name}`, target.isPublic, deferral);
  progress?.end();
}

function background(desk: SweepDesk) {
  return { ...desk.retry, priority: "background" as const };
}

function sweepEvent(ahead: number, decidedPerWeek: number | null): CaseEvent {
  return { kind: "sweep", queue: { ahead, decidedPerWeek } };
}

const PACE_WEEKS = 8;
/** Fewer cases closed than this over the weeks measured is too little history to estimate from. */
const PACE_MIN_CLOSED = 2;
/** Closed cases the reviewers' page measures (its longest window), read once per sweep: the same read as the pace's. */
const BACKFILL_DAYS = 90;
/** Days a closed case stays listed after its lock falls due (sweeps that were missed, locks refused and retried). */
const LOCK_GRACE_DAYS = 14;
/** Cards of closed cases read per sweep to fill the page's memory after a start (one read each). */
const BACKFILL_PER_SWEEP = 50;

/** Requests the reviewers closed per week over the last 8 weeks (`pace` in domain/case/statuses.ts); null: too few to say. */
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
  index: CaseRecords,
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
 * The open requests, oldest first: those with the request label, and those filed without it (an
 * older template's, or before the form applied the label) that the form's own fields make one —
 * the rule the webhook door applies when such an issue is opened (domain/intake/detect.ts). One listing of
 * every open issue serves both; any other issue is left alone.
 */
async function openRequestsOf(repo: RepoClient, label: string, form: FormSpec): Promise<Issue[]> {
  const open = await repo.listOpenRequests(null);
  return open.filter((i) => isRecoveryRequest(i.labels, label, parseRequest(i.body, form))).sort((a, b) => a.number - b.number);
}
