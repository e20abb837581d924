import { createRequire as bundleRequire } from 'node:module';
const require = bundleRequire(import.meta.url);
import {
  verifiedIdentity
} from "./chunk-ZS5SAHBT.mjs";
import {
  isRecord,
  repositoryName,
  workflowName
} from "./chunk-4KTVUBRI.mjs";
import "./chunk-CG553XRR.mjs";

// src/domain/evidence/provenance.ts
var MAX_ATTESTATIONS = 4;
function publisherOf(json, file, trust) {
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
export {
  publisherOf
};
