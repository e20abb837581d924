// The Sigstore trusted root the desk verifies attestations against: the public-good one shipped in
// @sigstore/tuf (its seed of the TUF repository), read from disk once; or, with
// SIGSTORE_TRUSTED_ROOT, a trusted_root.json of the admin's (a private Sigstore instance; the
// stand-in's throwaway Sigstore in tests). Offline on purpose: no request to Sigstore's services;
// a newer public-good root arrives with a dependency update.
import { readFileSync } from "node:fs";
// Imported, not read from node_modules at run time: the Action's bundle carries it inside.
import seeds from "@sigstore/tuf/seeds.json" with { type: "json" };
import { sigstoreTrust, type SigstoreTrust } from "../../domain/evidence/attestation.js";
import { environment, type Env } from "../../config/environment.js";

let publicGood: SigstoreTrust | null = null;

/** Sigstore's public-good Fulcio, Rekor and CT logs, from the trusted root @sigstore/tuf ships. */
export function publicGoodTrust(): SigstoreTrust {
  if (publicGood) return publicGood;
  const byRepository = seeds as Record<string, { targets: Record<string, string> } | undefined>;
  const encoded = byRepository["https://tuf-repo-cdn.sigstore.dev"]?.targets["trusted_root.json"] ?? "";
  publicGood = sigstoreTrust(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")));
  return publicGood;
}

/** What this deployment trusts: SIGSTORE_TRUSTED_ROOT's file, else the public-good root. */
export function trustedSigstore(env: Env = environment()): SigstoreTrust {
  if (!env.SIGSTORE_TRUSTED_ROOT) return publicGoodTrust();
  return sigstoreTrust(JSON.parse(readFileSync(env.SIGSTORE_TRUSTED_ROOT, "utf8")));
}
