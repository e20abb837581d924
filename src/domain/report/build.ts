// The desk at a glance, computed from the cases' summaries: how many in each status, who waits on
// a reviewer (oldest first), each reviewer's load, how fast the desk answers and decides (median and
// 90th percentile over the last 30 and 90 days), and decisions per week. Pure: the clock is passed in.
import { OPEN_STATUSES, STATUS_RULES, STATUSES, type Status } from "../case/statuses.js";
import type { CaseSummary } from "./summary.js";
import type { LanguageCode } from "../../language/languages.js";

export type LanguageChoice = NonNullable<CaseSummary["language"]>["by"];

const DAY_MS = 86_400_000;
export const CHART_WEEKS = 12;

export interface Spread {
  /** Cases measured. */
  count: number;
  /** In hours; null with nothing measured. */
  medianHours: number | null;
  p90Hours: number | null;
}

/** Cases the sweep left for the write budget (reliability/write-budget.ts), and when it takes them up again. */
export interface Deferral {
  cases: number;
  /** ISO time. */
  until: string;
}

export interface DeskReport {
  repository: string;
  generatedAt: string;
  counts: Record<Status, number>;
  open: number;
  /** Open cases whose next step is a reviewer's, oldest first. */
  /** `statusText`: the status in reviewers' words (statuses.ts `forReviewers`), as the page shows it. */
  waitingOnReviewer: {
    number: number;
    title: string;
    /** The registry account the request names; null when none valid yet. */
    account: string | null;
    status: Status;
    statusText: string;
    ageDays: number;
    reviewer: string | null;
    evidence: string | null;
    /** The language the card and the requester's notices are written in besides English ("en": English only). */
    language: LanguageCode;
    /** Who set it: detected from the requester's words, or chosen with `/language`/`/english`; null for English by default. */
    languageBy: LanguageChoice | null;
  }[];
  reviewers: { login: string; open: number; oldestAgeDays: number }[];
  firstAction: { days30: Spread; days90: Spread };
  decision: { days30: Spread; days90: Spread };
  /** Oldest week first; each week starts on a Monday (UTC). */
  /**
   * Per week: decisions, and what reviewers ask first — how many requests were still waiting when the
   * week ended (or now, for this week) and their median wait then, in days.
   */
  decisionsPerWeek: { weekStart: string; resolved: number; denied: number; waitingAtEnd: number; medianWaitDays: number | null }[];
  /** Background work waiting for GitHub's hourly write budget; null when none waits. */
  deferred: Deferral | null;
}

export function buildReport(repository: string, cases: CaseSummary[], now: Date, deferred: Deferral | null = null): DeskReport {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of cases) counts[c.status]++;
  const open = cases.filter((c) => OPEN_STATUSES.includes(c.status));
  const age = (c: CaseSummary) => Math.floor((now.getTime() - Date.parse(c.openedAt)) / DAY_MS);
  const waiting = open
    .filter((c) => !STATUS_RULES[c.status].waitsOnRequester && c.status !== "on-hold")
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.number - b.number)
    .map((c) => ({
      number: c.number,
      title: c.title,
      status: c.status,
      statusText: STATUS_RULES[c.status].forReviewers,
      ageDays: age(c),
      reviewer: c.reviewer,
      evidence: c.evidence,
      account: c.account ?? null,
      language: c.language?.code ?? "en",
      languageBy: c.language?.by ?? null,
    }));
  const byReviewer = new Map<string, CaseSummary[]>();
  for (const c of open) if (c.reviewer) byReviewer.set(c.reviewer, [...(byReviewer.get(c.reviewer) ?? []), c]);
  const reviewers = [...byReviewer.entries()]
    .map(([login, mine]) => ({ login, open: mine.length, oldestAgeDays: Math.max(...mine.map(age)) }))
    .sort((a, b) => b.open - a.open || a.login.localeCompare(b.login));
  const within = (days: number, at: (c: CaseSummary) => string | null) =>
    spread(
      cases
        .filter((c) => at(c) !== null && now.getTime() - Date.parse(at(c)!) <= days * DAY_MS)
        .map((c) => (Date.parse(at(c)!) - Date.parse(c.openedAt)) / 3_600_000),
    );
  return {
    repository,
    generatedAt: now.toISOString(),
    counts,
    open: open.length,
    waitingOnReviewer: waiting,
    reviewers,
    firstAction: { days30: within(30, (c) => c.firstReviewerActionAt), days90: within(90, (c) => c.firstReviewerActionAt) },
    decision: { days30: within(30, (c) => c.decidedAt), days90: within(90, (c) => c.decidedAt) },
    decisionsPerWeek: weekly(cases, now),
    deferred,
  };
}

function spread(hours: number[]): Spread {
  if (hours.length === 0) return { count: 0, medianHours: null, p90Hours: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! * 10) / 10;
  return { count: sorted.length, medianHours: at(0.5), p90Hours: at(0.9) };
}

function mondayOf(time: number): number {
  const day = new Date(time);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * DAY_MS;
}

/** When a case closed: its decision, or the last entry of a case that is no longer open; null while open. */
function closedAt(c: CaseSummary): number | null {
  if (c.decidedAt) return Date.parse(c.decidedAt);
  if (OPEN_STATUSES.includes(c.status)) return null;
  const last = c.timeline.at(-1)?.at;
  return last ? Date.parse(last) : null;
}

function weekly(cases: CaseSummary[], now: Date): DeskReport["decisionsPerWeek"] {
  const thisWeek = mondayOf(now.getTime());
  const weeks = Array.from({ length: CHART_WEEKS }, (_, i) => {
    const start = thisWeek - (CHART_WEEKS - 1 - i) * 7 * DAY_MS;
    const end = Math.min(start + 7 * DAY_MS, now.getTime());
    // Waiting then: filed before the week's end, not yet closed by then (a decision, or any other close).
    const waits = cases
      .filter((c) => Date.parse(c.openedAt) < end && !((closedAt(c) ?? Infinity) <= end))
      .map((c) => (end - Date.parse(c.openedAt)) / DAY_MS)
      .sort((a, b) => a - b);
    const middle = waits.length === 0 ? null : waits[Math.floor((waits.length - 1) / 2)]!;
    return {
      weekStart: new Date(start).toISOString().slice(0, 10),
      resolved: 0,
      denied: 0,
      waitingAtEnd: waits.length,
      medianWaitDays: middle === null ? null : Math.round(middle * 10) / 10,
    };
  });
  for (const c of cases) {
    if (!c.decidedAt || (c.status !== "resolved" && c.status !== "denied")) continue;
    const index = CHART_WEEKS - 1 - Math.round((thisWeek - mondayOf(Date.parse(c.decidedAt))) / (7 * DAY_MS));
    if (index >= 0 && index < CHART_WEEKS) weeks[index]![c.status]++;
  }
  return weeks;
}
