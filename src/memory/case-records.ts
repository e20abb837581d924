// The desk's memory of its cases, for the reviewers' page and /metrics: every reconcile (events
// and the sweep) records the case it decided, so a page view costs no GitHub request at all.
// Private repositories are remembered for metrics but never shown on a page.
import type { Config } from "../config/schema.js";
import type { CaseState } from "../domain/case/state.js";
import type { Deferral } from "../domain/report/build.js";
import { summarise, type CaseSummary } from "../domain/report/summary.js";

interface RepositoryCases {
  isPublic: boolean;
  /** Asks GitHub whether the repository is public now (the page checks before it shows anything new). */
  checkPublic?: () => Promise<boolean>;
  cases: Map<number, CaseSummary>;
  /** Bumped on every change, so a cached page knows it is out of date. */
  version: number;
  /** What the last sweep left for lack of write budget (spine/sweep.ts); not kept between runs. */
  deferred?: Deferral | null;
}

export interface DecidedCase {
  number: number;
  title: string;
  createdAt?: string;
  /** The GraphQL node id (the project board names issues by it). */
  nodeId?: string;
  state: CaseState;
}

export class CaseRecords {
  private readonly repositories = new Map<string, RepositoryCases>();

  record(
    repository: string,
    isPublic: boolean,
    decided: DecidedCase,
    config: Config,
    now: Date,
    checkPublic?: () => Promise<boolean>,
  ): void {
    const entry: RepositoryCases = this.repositories.get(repository) ?? { isPublic, cases: new Map(), version: 0 };
    if (entry.isPublic !== isPublic) entry.version++;
    entry.isPublic = isPublic;
    if (checkPublic) entry.checkPublic = checkPublic;
    const openedAt = decided.createdAt ?? decided.state.timeline[0]?.at ?? now.toISOString();
    const summary = summarise(decided.number, decided.title, openedAt, decided.state, config);
    const before = entry.cases.get(decided.number);
    if (before && JSON.stringify(before) === JSON.stringify(summary)) return;
    entry.cases.set(decided.number, summary);
    entry.version++;
    this.repositories.set(repository, entry);
  }

  /**
   * Whether the repository is public as of now, asked of GitHub (a repository made private since its
   * last event disappears from the page at once); what GitHub says is remembered. Unknown: false.
   */
  /** What it holds, for the desk's memory between runs (actions/memory.ts); checkPublic is not kept. */
  dump(): { repository: string; isPublic: boolean; cases: CaseSummary[] }[] {
    return [...this.repositories].map(([repository, e]) => ({ repository, isPublic: e.isPublic, cases: [...e.cases.values()] }));
  }

  load(saved: { repository: string; isPublic: boolean; cases: CaseSummary[] }[]): void {
    for (const { repository, isPublic, cases } of saved) {
      if (this.repositories.has(repository)) continue;
      this.repositories.set(repository, { isPublic, cases: new Map(cases.map((c) => [c.number, c])), version: 1 });
    }
  }

  async stillPublic(repository: string): Promise<boolean> {
    const entry = this.entryOf(repository);
    if (!entry?.isPublic) return false;
    if (!entry.checkPublic) return true;
    const isPublic = await entry.checkPublic().catch(() => false);
    if (!isPublic) this.hide(repository);
    return isPublic;
  }

  /** GitHub said the repository is private now (`repository.privatized`, or a check): nothing of it is shown. */
  hide(repository: string): void {
    const entry = this.entryOf(repository);
    if (entry && entry.isPublic) {
      entry.isPublic = false;
      entry.version++;
    }
  }

  private entryOf(repository: string): RepositoryCases | undefined {
    return [...this.repositories.entries()].find(([name]) => name.toLowerCase() === repository.toLowerCase())?.[1];
  }

  /** A case's title changed on GitHub (nothing in it to remove): the page shows the new one. */
  retitle(repository: string, number: number, title: string): void {
    const entry = this.entryOf(repository);
    const summary = entry?.cases.get(number);
    if (!entry || !summary || summary.title === title) return;
    entry.cases.set(number, { ...summary, title });
    entry.version++;
  }

  knows(repository: string, number: number): boolean {
    return this.repositories.get(repository)?.cases.has(number) ?? false;
  }

  /** The public repositories with cases, for the page's index. */
  publicRepositories(): string[] {
    return [...this.repositories.entries()]
      .filter(([, r]) => r.isPublic)
      .map(([name]) => name)
      .sort();
  }

  /**
   * The sweep of a repository ended: with cases left until the write budget has room (`deferral`), or
   * none (null). The page says so, so reviewers know why a backlog is not all in yet and when it will be.
   */
  deferred(repository: string, isPublic: boolean, deferral: Deferral | null): void {
    const known = this.entryOf(repository);
    const entry: RepositoryCases = known ?? { isPublic, cases: new Map(), version: 0 };
    if (JSON.stringify(entry.deferred ?? null) === JSON.stringify(deferral)) return;
    entry.deferred = deferral;
    entry.version++;
    if (!known) this.repositories.set(repository, entry);
  }

  /** A public repository's cases, what its sweep deferred, and their version; null for a private or unknown one. */
  publicCases(repository: string): { cases: CaseSummary[]; deferred: Deferral | null; version: number } | null {
    const entry = this.entryOf(repository);
    return entry?.isPublic ? { cases: [...entry.cases.values()], deferred: entry.deferred ?? null, version: entry.version } : null;
  }

  /** Every repository's cases (metrics count private ones too: counts reveal nothing of a case). */
  all(): { repository: string; cases: CaseSummary[] }[] {
    return [...this.repositories.entries()].map(([repository, r]) => ({ repository, cases: [...r.cases.values()] }));
  }
}
