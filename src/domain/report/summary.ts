// One case as the desk at a glance sees it, taken from the card's state (the desk's own data) and
// the public facts. Nothing here is more than the issue already shows in public.
import { sameLogin } from "../text/login.js";
import type { Config } from "../../config/schema.js";
import { currentEvidence, evidenceSummary } from "../case/evidence-card.js";
import type { CaseState, TimelineEntry } from "../case/state.js";
import type { Status } from "../case/statuses.js";
import { APP_ACTOR } from "../case/transition.js";

export interface CaseSummary {
  number: number;
  title: string;
  status: Status;
  author: string;
  /** The registry account the request names (public in the issue); null when none valid yet. Older records lack it. */
  account?: string | null;
  reviewer: string | null;
  /** When the request was filed (the creation). */
  openedAt: string;
  /** The first thing a reviewer did on it (a maintainer's command), if any yet. */
  firstReviewerActionAt: string | null;
  /** When it was approved or denied, if it was. */
  decidedAt: string | null;
  /** The evidence in one line, as the card's summary says it; null when none was gathered. */
  evidence: string | null;
  /** The full trail: every recorded entry with its reason. */
  timeline: TimelineEntry[];
  /**
   * The language the desk writes this case in besides English, and who set it (domain/case/language.ts);
   * absent or null: English, nothing detected or chosen. Older records lack it.
   */
  language?: CaseState["language"] | null;
}

const DECISIONS: readonly Status[] = ["resolved", "denied"];

export function summarise(number: number, title: string, openedAt: string, state: CaseState, config: Config): CaseSummary {
  const evidence = currentEvidence(state);
  return {
    number,
    title,
    status: state.status,
    author: state.author,
    account: state.username ? `${state.username}${state.testInstance ? " (test instance)" : ""}` : null,
    reviewer: state.reviewer,
    openedAt,
    firstReviewerActionAt: state.timeline.find((e) => byReviewer(e, state.author))?.at ?? null,
    decidedAt: DECISIONS.includes(state.status) ? (state.decision?.at ?? state.timeline.at(-1)?.at ?? null) : null,
    evidence: evidence ? evidenceSummary(evidence, config) : null,
    timeline: state.timeline,
    language: state.language ?? null,
  };
}

/** A reviewer's act: a maintainer's command (older entries without a reason: anyone but the requester and the app). */
function byReviewer(entry: TimelineEntry, author: string): boolean {
  if (entry.why) return entry.why.startsWith("command ") && entry.why.includes("(as maintainer)");
  return !sameLogin(entry.by, author) && entry.by !== APP_ACTOR && !entry.by.toLowerCase().endsWith("[bot]");
}
