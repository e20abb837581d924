// The desk's memory of its cases, for the reviewers' page and /metrics: every reconcile (events
// and the sweep) records the case it decided, so a page view costs no GitHub request at all.
// Private repositories are remembered for metrics but never shown on a page.
import type { Config } from "../config/schema.js";
import type { CaseState } from "../case/state.js";
import { summarise, type CaseSummary } from "../report/summary.js";

interface RepositoryCases {
  isPublic: boolean;
  cases: Map<number, CaseSummary>;
  /** Bumped on every change, so a cached page knows it is out of date. */
  version: number;
}

export interface DecidedCase {
  number: number;
  title: string;
  createdAt?: string;
  /** The GraphQL node id (the project board names issues by it). */
  nodeId?: string;
  state: CaseState;
}

export class DeskIndex {
  private readonly repositories = new Map<string, RepositoryCases>();

  record(repository: string, isPublic: boolean, decided: DecidedCase, config: Config, now: Date): void {
    const entry = this.repositories.get(repository) ?? { isPublic, cases: new Map(), version: 0 };
    entry.isPublic = isPublic;
    const openedAt = decided.createdAt ?? decided.state.timeline[0]?.at ?? now.toISOString();
    const summary = summarise(decided.number, decided.title, openedAt, decided.state, config);
    const before = entry.cases.get(decided.number);
    if (before && JSON.stringify(before) === JSON.stringify(summary)) return;
    entry.cases.set(decided.number, summary);
    entry.version++;
    this.repositories.set(repository, entry);
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

  /** A public repository's cases and their version; null for a private or unknown one. */
  publicCases(repository: string): { cases: CaseSummary[]; version: number } | null {
    const entry = [...this.repositories.entries()].find(([name]) => name.toLowerCase() === repository.toLowerCase())?.[1];
    return entry?.isPublic ? { cases: [...entry.cases.values()], version: entry.version } : null;
  }

  /** Every repository's cases (metrics count private ones too: counts reveal nothing of a case). */
  all(): { repository: string; cases: CaseSummary[] }[] {
    return [...this.repositories.entries()].map(([repository, r]) => ({ repository, cases: [...r.cases.values()] }));
  }
}
