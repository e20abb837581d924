// The Integrity API's provenance object (PEP 740) names the Trusted Publisher that uploaded a
// file: for GitHub, the repository and workflow whose signed identity the registry checked, and
// the attestations themselves, which the desk verifies again (attestation.ts) before the ids in
// their certificate count. The strongest public link between a project and a repository; still
// read as untrusted JSON.
import { verifiedIdentity, type AttestedFile, type PublisherIdentity, type SigstoreTrust } from "./attestation.js";
import { isRecord, repositoryName, workflowName } from "./names.js";

export interface Publisher {
  repo: string;
  workflow: string | null;
  /** The ids the attestation's certificate holds; null when no attestation verified to the end. */
  identity: PublisherIdentity | null;
}

/** Attestations looked at per bundle: a real file has one or two. */
const MAX_ATTESTATIONS = 4;

/** The GitHub repository that published `file`, or null (another kind of publisher, or nonsense). */
export function publisherOf(json: unknown, file: AttestedFile, trust: SigstoreTrust): Publisher | null {
  if (!isRecord(json) || !Array.isArray(json.attestation_bundles)) return null;
  for (const bundle of json.attestation_bundles.slice(0, MAX_ATTESTATIONS)) {
    if (!isRecord(bundle) || !isRecord(bundle.publisher)) continue;
    const { kind, repository, workflow } = bundle.publisher;
    if (typeof kind !== "string" || kind.toLowerCase() !== "github") continue;
    const repo = repositoryName(repository);
    if (!repo) continue;
    const named = { repository: repo, workflow: workflowName(workflow) };
    const attestations = Array.isArray(bundle.attestations) ? bundle.attestations.slice(0, MAX_ATTESTATIONS) : [];
    const identity = attestations.map((a) => verifiedIdentity(a, file, named, trust)).find((id) => id !== null) ?? null;
    return { repo, workflow: named.workflow, identity };
  }
  return null;
}
