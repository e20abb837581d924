// The composition root: the one place a desk is built with its features. The spine takes each
// feature through its shapes (spine/features.ts) and never imports one; the doors (the server's
// app function, the CLI's sweep and dry run, the Actions entry point through the app function)
// all build their desk here, so each door's desk gathers the same evidence and follows the same board.
import type { Probot } from "probot";
import type { SigstoreTrust } from "../domain/evidence/attestation.js";
import { OwnershipEvidence } from "../features/evidence/feature.js";
import { RegistryClient } from "../features/evidence/registry-client.js";
import { trustedSigstore } from "../features/evidence/trust-root.js";
import { BoardSync } from "../features/board/board-sync.js";
import { Desk, type DeskOptions } from "../spine/service.js";
import { sweepAll, type SweepProgress, type SweepReport } from "../spine/sweep.js";

/** The app's options: the desk's, and the features'. */
export interface AppOptions extends DeskOptions {
  /** How the desk reads registries for ownership evidence (a fetch-based client by default); null: never. */
  registry?: RegistryClient | null;
  /** The Sigstore trusted root attestations are verified against (SIGSTORE_TRUSTED_ROOT's, else the public-good one). */
  trusted?: SigstoreTrust;
  /** Given the desk once it is built (for embedding the app, and for tests that run its own sweep). */
  onDesk?: (desk: Desk) => void;
}

/** A desk with every feature; `board` is also the board door's (a move on the board is remembered where the desk follows it). */
export function assembleDesk(app: Probot, options: AppOptions): { desk: Desk; board: BoardSync } {
  const now = options.now ?? (() => new Date());
  const registry = options.registry !== undefined ? options.registry : new RegistryClient();
  const trusted = options.trusted;
  const evidence = registry ? new OwnershipEvidence(registry, trusted ? async () => trusted : trustedSigstore(), now) : null;
  const board = new BoardSync();
  const desk = new Desk(app, options, { evidence, board });
  options.onDesk?.(desk);
  return { desk, board };
}

/**
 * `recovery-triage sweep` (cron) and tests of it: a desk of its own that starts with no memory (so
 * it reads every case in full) and waits for every case's work, through the same runner and checks.
 */
export async function sweepWithNewDesk(app: Probot, options: AppOptions = {}, progress?: SweepProgress): Promise<SweepReport> {
  const { desk } = assembleDesk(app, { sweepIntervalMinutes: 0, ...options, background: false });
  const report = await sweepAll(app, desk, progress);
  // Related cases queued behind one another (spine/service.ts relate) finish before the sweep says it is done.
  await desk.queue.idle();
  return report;
}
