// The Integrity API's provenance object (PEP 740) names the Trusted Publisher that uploaded a
// file: for GitHub, the repository and workflow whose signed identity the registry checked. The
// strongest public link between a project and a repository; still read as untrusted JSON.
import { isRecord, repositoryName, workflowName } from "./names.js";

export interface Publisher {
  repo: string;
  workflow: string | null;
}

/** The GitHub repository that published the file, or null (another kind of publisher, or nonsense). */
export function publisherOf(json: unknown): Publisher | null {
  if (!isRecord(json) || !Array.isArray(json.attestation_bundles)) return null;
  for (const bundle of json.attestation_bundles) {
    if (!isRecord(bundle) || !isRecord(bundle.publisher)) continue;
    const { kind, repository, workflow } = bundle.publisher;
    if (typeof kind !== "string" || kind.toLowerCase() !== "github") continue;
    const repo = repositoryName(repository);
    if (repo) return { repo, workflow: workflowName(workflow) };
  }
  return null;
}
