// The identity inside a PEP 740 attestation: the signing certificate Fulcio issued to the
// publishing workflow carries the GitHub repository's and its owner's numeric ids (extensions
// under 1.3.6.1.4.1.57264.1). Names can be re-registered after a rename; ids cannot, so these are
// what tell the repository that published apart from one that took its name later.
//
// The certificate is checked offline against the certificate authorities of a Sigstore trusted
// root (by default the public-good one shipped in @sigstore/tuf): it must be issued and signed by
// one of them, within that authority's validity. The transparency-log entry and the envelope's
// signature are the registry's to check at upload (it refuses attestations that fail them); a
// certificate that does not chain to a trusted authority is "unverified", never evidence.
import "reflect-metadata";
import { X509Certificate as NodeCertificate } from "node:crypto";
import { X509Certificate } from "@peculiar/x509";
import { repositoryName } from "./names.js";

/** Fulcio's OID arc for claims from the OIDC token (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO = "1.3.6.1.4.1.57264.1";
const SOURCE_REPOSITORY_URI = `${FULCIO}.12`;
const SOURCE_REPOSITORY_ID = `${FULCIO}.15`;
const SOURCE_REPOSITORY_OWNER_ID = `${FULCIO}.17`;
/** A certificate is a few kilobytes; anything much larger is not one. */
const MAX_CERTIFICATE_CHARS = 16_000;

export interface PublisherIdentity {
  repositoryId: number;
  ownerId: number;
  /** The repository the certificate names (`owner/name`, as it was called when it published). */
  repository: string | null;
}

/** A certificate authority a signing certificate may chain to, and when it was valid. */
export interface TrustedAuthority {
  certificate: NodeCertificate;
  validFrom: number;
  validUntil: number;
}

/** The ids in the certificate, when it is one an authority in `trusted` issued; null otherwise. */
export function identityIn(certificateBase64: unknown, trusted: readonly TrustedAuthority[]): PublisherIdentity | null {
  if (typeof certificateBase64 !== "string" || certificateBase64.length > MAX_CERTIFICATE_CHARS) return null;
  const der = Buffer.from(certificateBase64, "base64");
  let node: NodeCertificate;
  let parsed: X509Certificate;
  try {
    node = new NodeCertificate(der);
    parsed = new X509Certificate(der);
  } catch {
    return null;
  }
  const issued = Date.parse(node.validFrom);
  const authority = trusted.find(
    (a) => issued >= a.validFrom && issued <= a.validUntil && node.checkIssued(a.certificate) && verifies(node, a.certificate),
  );
  if (!authority) return null;
  const repositoryId = numericClaim(parsed, SOURCE_REPOSITORY_ID);
  const ownerId = numericClaim(parsed, SOURCE_REPOSITORY_OWNER_ID);
  if (repositoryId === null || ownerId === null) return null;
  const uri = textClaim(parsed, SOURCE_REPOSITORY_URI);
  const repository = uri?.startsWith("https://github.com/") ? repositoryName(uri.slice("https://github.com/".length)) : null;
  return { repositoryId, ownerId, repository };
}

function verifies(certificate: NodeCertificate, authority: NodeCertificate): boolean {
  try {
    return certificate.verify(authority.publicKey);
  } catch {
    return false;
  }
}

/** Fulcio's newer extensions hold a DER UTF8String; short ones only (a claim is a URI or a number). */
function textClaim(certificate: X509Certificate, oid: string): string | null {
  const value = certificate.getExtension(oid)?.value;
  if (!value) return null;
  const bytes = new Uint8Array(value);
  if (bytes[0] !== 0x0c || bytes.length < 2 || bytes[1]! >= 0x80 || bytes[1] !== bytes.length - 2) return null;
  return Buffer.from(bytes.subarray(2)).toString("utf8");
}

function numericClaim(certificate: X509Certificate, oid: string): number | null {
  const text = textClaim(certificate, oid);
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/** The authorities of a Sigstore trusted root (`certificateAuthorities[].certChain`), as JSON. */
export function authoritiesOf(trustedRoot: unknown): TrustedAuthority[] {
  const authorities: TrustedAuthority[] = [];
  const list = (trustedRoot as { certificateAuthorities?: unknown })?.certificateAuthorities;
  for (const ca of Array.isArray(list) ? list : []) {
    const validFor = (ca as { validFor?: { start?: string; end?: string } }).validFor ?? {};
    const chain = (ca as { certChain?: { certificates?: { rawBytes?: string }[] } }).certChain?.certificates ?? [];
    for (const { rawBytes } of chain) {
      if (typeof rawBytes !== "string") continue;
      const certificate = new NodeCertificate(Buffer.from(rawBytes, "base64"));
      const start = validFor.start ? Date.parse(validFor.start) : Date.parse(certificate.validFrom);
      const end = validFor.end ? Date.parse(validFor.end) : Date.parse(certificate.validTo);
      authorities.push({ certificate, validFrom: start, validUntil: end });
    }
  }
  return authorities;
}
