// What a feature may add to the spine, and the only way it does: the composition root
// (app/assemble.ts) builds each feature (src/features/<name>/) and gives it to the Desk through
// these shapes, so the spine never imports a feature and a feature never imports another. A desk
// built without one simply goes without it (no evidence gathered, no board followed).
import type { Probot, ProbotOctokit } from "probot";
import type { Config } from "../config/schema.js";
import type { CaseEvent } from "../domain/case/model.js";
import type { CaseState } from "../domain/case/state.js";
import type { Evidence } from "../domain/evidence/model.js";
import type { Validation } from "../domain/intake/validate.js";
import type { Issue } from "../github/repo-client.js";
import type { DecidedCase } from "../memory/case-records.js";
import type { WriterDeps } from "./executor.js";

/** What a feature keeps between runs of the Actions entry point (its caches); read back only under the memory's MAC. */
export interface FeatureMemory {
  dump(): unknown;
  /** Reads back what dump() wrote; nothing dated after `notAfter` is believed (a skewed clock). */
  load(saved: unknown, notAfter: Date): void;
}

/** The moment a case may need its evidence: what the runner knows before deciding. */
export interface EvidenceOccasion {
  previous: CaseState | null;
  event: CaseEvent;
  validation: Validation;
  issue: Issue;
}

/** Gathers the evidence to decide one event with; null when none should be gathered now. Never throws. */
export type EvidenceGatherer = (occasion: EvidenceOccasion) => Promise<Evidence | null>;

/** Public ownership evidence (features/evidence/): read during the runner's gathering, decided on by the case machine. */
export interface EvidenceFeature extends FeatureMemory {
  /** Requests sent to the registry so far (for /metrics). */
  readonly requests: number;
  /** The gatherer for one repository's cases, reading GitHub's public side with the installation's client. */
  gathererFor(octokit: ProbotOctokit, config: Config, scope: string): EvidenceGatherer;
}

/** What follows a decided case outside the thread (features/board/: its project item). Returns the writes it made; never throws. */
export interface CaseFollower {
  follow(
    octokit: ProbotOctokit,
    writer: Omit<WriterDeps, "board">,
    config: Config,
    decided: DecidedCase,
    log: Probot["log"],
  ): Promise<number>;
}

/** The features a desk was built with. */
export interface DeskFeatures {
  evidence?: EvidenceFeature | null;
  board?: CaseFollower | null;
}
