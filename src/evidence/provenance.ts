// The Integrity API's provenance object (PEP 740) names the Trusted Publisher that uploaded a
// file: for GitHub, the repository and workflow whose signed identity the registry checked, and
// the attestations themselves, whose signing certificate holds that repository's numeric ids.
// The strongest public link between a project and a repository; still read as untrusted JSON.
import { identityIn, type PublisherIdentity, type TrustedAuthority } from "./attestation.js";
import { isRecord, repositoryName, workflowName } from "./names.js";

export interface Publisher {
  repo: string;
  workflow: string | null;
  /** The ids the attestation's certificate holds; null when no attestation could be verified. */
  identity: PublisherIdentity | null;
}

/** Attestations looked at per bundle: a real file has one or two. */
const MAX_ATTESTATIONS = 4;

/** The GitHub repository that published the file, or null (another kind of publisher, or nonsense). */
export function publisherOf(json: unknown, trusted: readonly TrustedAuthority[]): Publisher | null {
  if (!isRecord(json) || !Array.isArray(json.attestation_bundles)) return null;
  for (const bundle of json.attestation_bundles.slice(0, MAX_ATTESTATIONS)) {
    if (!isRecord(bundle) || !isRecord(bundle.publisher)) continue;
    const { kind, repository, workflow } = bundle.publisher;
    if (typeof kind !== "string" || kind.toLowerCase() !== "github") continue;
    const repo = repositoryName(repository);
    if (repo) return { repo, workflow: workflowName(workflow), identity: identityOfBundle(bundle.attestations, repo, trusted) };
  }
  return null;
}

/** The first attestation whose certificate verifies and names the same repository as the publisher. */
function identityOfBundle(attestations: unknown, repo: string, trusted: readonly TrustedAuthority[]): PublisherIdentity | null {
  if (!Array.isArray(attestations)) return null;
  for (const attestation of attestations.slice(0, MAX_ATTESTATIONS)) {
    const material = isRecord(attestation) && isRecord(attestation.verification_material) ? attestation.verification_material : null;
    const identity = material ? identityIn(material.certificate, trusted) : null;
    // The registry's publisher and the certificate must agree; a certificate for another repository proves nothing here.
    if (identity && identity.repository?.toLowerCase() === repo.toLowerCase()) return identity;
  }
  return null;
}
