// The Sigstore trusted root the desk checks attestations against: the public-good one shipped in
// @sigstore/tuf (its seed of the TUF repository), read from disk once; or, with
// SIGSTORE_TRUSTED_ROOT, a trusted_root.json of the admin's (a private Sigstore instance; the
// stand-in's throwaway authority in tests). Offline on purpose: no request to Sigstore's services;
// a newer public-good root arrives with a dependency update.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { authoritiesOf, type TrustedAuthority } from "../evidence/attestation.js";
import { environment, type Env } from "../config/environment.js";

let publicGood: TrustedAuthority[] | null = null;

/** Sigstore's public-good authorities, from the trusted root @sigstore/tuf ships. */
export function publicGoodAuthorities(): TrustedAuthority[] {
  if (publicGood) return publicGood;
  const seeds = createRequire(import.meta.url)("@sigstore/tuf/seeds.json") as Record<string, { targets: Record<string, string> }>;
  const encoded = seeds["https://tuf-repo-cdn.sigstore.dev"]?.targets["trusted_root.json"] ?? "";
  publicGood = authoritiesOf(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")));
  return publicGood;
}

/** The authorities this deployment trusts: SIGSTORE_TRUSTED_ROOT's file, else the public-good ones. */
export function trustedAuthorities(env: Env = environment()): TrustedAuthority[] {
  if (!env.SIGSTORE_TRUSTED_ROOT) return publicGoodAuthorities();
  return authoritiesOf(JSON.parse(readFileSync(env.SIGSTORE_TRUSTED_ROOT, "utf8")));
}
