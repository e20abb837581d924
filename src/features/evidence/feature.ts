// Ownership evidence as the spine takes it (spine/features.ts EvidenceFeature): one per process,
// holding the registry client, GitHub's public answers and when each case's evidence was last
// gathered, so every event and the sweep share them (and the Actions entry point keeps them
// between runs). The composition root (app/assemble.ts) gives it to the desk.
import type { ProbotOctokit } from "probot";
import type { Config } from "../../config/schema.js";
import { PublicAnswers, PublicGitHub } from "../../github/public-github.js";
import type { EvidenceFeature, EvidenceGatherer } from "../../spine/features.js";
import { evidenceFor } from "./gather.js";
import type { RegistryClient } from "./registry-client.js";
import type { SigstoreTrustSource } from "./trust-root.js";

/** What is kept between runs: the registry's answers, GitHub's public answers, when each case was gathered. */
interface Saved {
  registry?: ReturnType<RegistryClient["dump"]>;
  publicAnswers?: ReturnType<PublicAnswers["dump"]>;
  checked?: [string, number][];
}

export class OwnershipEvidence implements EvidenceFeature {
  /** GitHub's public answers (repositories, accounts), asked again by ETag. */
  readonly publicAnswers: PublicAnswers;
  /**
   * When each case's evidence was last gathered by this process. Evidence that did not change keeps
   * its stored date (no write), so this memory is what stops the sweep gathering it every run.
   */
  readonly checked = new Map<string, number>();

  constructor(
    /** Shared by every event and the sweep, so its cache spares the registry repeated requests. */
    readonly registry: RegistryClient,
    /** The Sigstore trusted root a Trusted Publisher's attestation is verified against. */
    readonly trusted: SigstoreTrustSource,
    private readonly now: () => Date,
  ) {
    this.publicAnswers = new PublicAnswers(() => now().getTime());
  }

  get requests(): number {
    return this.registry.requests;
  }

  gathererFor(octokit: ProbotOctokit, config: Config, scope: string): EvidenceGatherer {
    const github = new PublicGitHub(octokit, this.publicAnswers);
    const sources = { registry: this.registry, github, checked: this.checked, trusted: this.trusted, config, now: this.now, scope };
    return (occasion) => evidenceFor(sources, occasion);
  }

  dump(): Saved {
    return { registry: this.registry.dump(), publicAnswers: this.publicAnswers.dump(), checked: [...this.checked] };
  }

  load(saved: unknown, notAfter: Date): void {
    const { registry, publicAnswers, checked } = (saved ?? {}) as Saved;
    this.registry.load(registry ?? []);
    this.publicAnswers.load(publicAnswers ?? []);
    for (const [key, at] of checked ?? []) if (at <= notAfter.getTime()) this.checked.set(key, at);
  }
}
