// The Sigstore trusted root the desk verifies attestations against: the public-good one shipped in
// @sigstore/tuf (its seed of the TUF repository), or, with SIGSTORE_TRUSTED_ROOT, a
// trusted_root.json of the admin's (a private Sigstore instance; the stand-in's throwaway Sigstore
// in tests). Offline on purpose: no request to Sigstore's services; a newer public-good root
// arrives with a dependency update. Sigstore's libraries are a third of the app's code and most
// processes never check an attestation (an Actions run, a CLI call, a case without a Trusted
// Publisher), so they are imported, and the root turned into trust material, on the first check.
import { readFileSync } from "node:fs";
// Imported, not read from node_modules at run time: the Action's bundle carries it inside.
import seeds from "@sigstore/tuf/seeds.json" with { type: "json" };
import type { SigstoreTrust } from "../../domain/evidence/attestation.js";
import { environment, type Env } from "../../config/environment.js";

/** The trust an attestation is checked against, made when first asked for (then the same every time). */
export type SigstoreTrustSource = () => Promise<SigstoreTrust>;

/** A source of the trust the root `read` gives (a trusted_root.json's contents). */
function trustFrom(read: () => unknown): SigstoreTrustSource {
  let trust: Promise<SigstoreTrust> | null = null;
  return () => (trust ??= import("../../domain/evidence/attestation.js").then(({ sigstoreTrust }) => sigstoreTrust(read())));
}

/** Sigstore's public-good Fulcio, Rekor and CT logs, from the trusted root @sigstore/tuf ships. */
export const publicGoodTrust: SigstoreTrustSource = trustFrom(() => {
  const byRepository = seeds as Record<string, { targets: Record<string, string> } | undefined>;
  const encoded = byRepository["https://tuf-repo-cdn.sigstore.dev"]?.targets["trusted_root.json"] ?? "";
  return JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
});

/**
 * What this deployment trusts: SIGSTORE_TRUSTED_ROOT's file, else the public-good root. The admin's
 * file is read now, so a missing file or one that is not JSON stops the desk at startup.
 */
export function trustedSigstore(env: Env = environment()): SigstoreTrustSource {
  if (!env.SIGSTORE_TRUSTED_ROOT) return publicGoodTrust;
  const root: unknown = JSON.parse(readFileSync(env.SIGSTORE_TRUSTED_ROOT, "utf8"));
  return trustFrom(() => root);
}
