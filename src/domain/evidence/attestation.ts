// A PEP 740 attestation, verified to the end with sigstore-js before anything in it counts: the
// signing certificate chains to a Fulcio of the trusted root and carries a CT log's timestamp;
// the DSSE envelope is signed with the certificate's key; the transparency log's entry is for
// this envelope, its signed entry time falls inside the certificate's ten minutes, and its
// inclusion proof leads to a checkpoint the trusted log signed; the token came from GitHub's
// token service; the workflow is the one the registry names as the Trusted Publisher; and the
// statement is about this very file (its name and the sha256 the registry lists). Only then are
// the certificate's ids read (Fulcio's extensions under 1.3.6.1.4.1.57264.1): names can be
// re-registered after a rename, ids cannot, so they tell the repository that published apart
// from one that took its name later. Anything short of that is "unverified", never evidence.
import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { bundleFromJSON, BUNDLE_V03_MEDIA_TYPE } from "@sigstore/bundle";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from "@sigstore/verify";
import { isRecord, repositoryName } from "./names.js";

/** Fulcio's OID arc for claims from the OIDC token (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO = "1.3.6.1.4.1.57264.1";
const SOURCE_REPOSITORY_URI = `${FULCIO}.12`;
const SOURCE_REPOSITORY_ID = `${FULCIO}.15`;
const SOURCE_REPOSITORY_OWNER_ID = `${FULCIO}.17`;
/** The only token issuer a GitHub Trusted Publisher's certificate may name. */
const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
const IN_TOTO = "application/vnd.in-toto+json";
const STATEMENT_V1 = "https://in-toto.io/Statement/v1";
/** Caps before any parsing: a certificate is a few kilobytes, a statement a few hundred bytes. */
const MAX_CERTIFICATE_CHARS = 16_000;
const MAX_STATEMENT_CHARS = 64_000;
const MAX_LOG_ENTRIES = 4;

/** What the desk trusts: a Sigstore trusted root (its Fulcios, transparency logs and CT logs). */
export type SigstoreTrust = TrustMaterial;

/** A trusted_root.json (as JSON) made ready to verify with; throws when it is not one. */
export function sigstoreTrust(trustedRoot: unknown): SigstoreTrust {
  return toTrustMaterial(TrustedRoot.fromJSON(trustedRoot));
}

export interface PublisherIdentity {
  repositoryId: number;
  ownerId: number;
  /** The repository the certificate names (`owner/name`, as it was called when it published). */
  repository: string | null;
}

/** The file the attestation must be about, as the registry's JSON lists it (no digest listed: nothing can verify). */
export interface AttestedFile {
  filename: string;
  sha256: string | null;
}

/** The Trusted Publisher the registry names for the file. */
export interface NamedPublisher {
  repository: string;
  workflow: string | null;
}

/** The publisher's ids, when the attestation verifies to the end for this file and publisher; null otherwise. */
export function verifiedIdentity(
  attestation: unknown,
  file: AttestedFile,
  publisher: NamedPublisher,
  trust: SigstoreTrust,
): PublisherIdentity | null {
  if (!publisher.workflow || !file.sha256) return null;
  try {
    const { issuer, identity, statement, certificate } = sigstoreSigner(attestation, trust);
    if (issuer !== GITHUB_ISSUER || !isWorkflowOf(identity, publisher)) return null;
    if (!isAbout(statement, { filename: file.filename, sha256: file.sha256 })) return null;
    return idsIn(certificate, publisher.repository);
  } catch {
    // Every verification failure, and any malformed part, means the same thing: not verified.
    return null;
  }
}

/** Who signed an attestation, as sigstore-js establishes it, and what they signed. */
export interface SigstoreSigner {
  /** The OIDC issuer of the token the certificate was issued for. */
  issuer: string | undefined;
  /** The certificate's subject alternative name (for GitHub Actions: the workflow and its ref). */
  identity: string | undefined;
  statement: Buffer;
  certificate: Buffer;
}

/** Verifies a PEP 740 attestation as a Sigstore bundle against the trusted root; throws when anything fails. */
export function sigstoreSigner(attestation: unknown, trust: SigstoreTrust): SigstoreSigner {
  const parts = partsOf(attestation);
  if (!parts) throw new Error("not a PEP 740 attestation");
  const bundle = bundleFromJSON({
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: parts.certificate },
      tlogEntries: parts.entries,
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: { payload: parts.statement, payloadType: IN_TOTO, signatures: [{ sig: parts.signature, keyid: "" }] },
  });
  // One CT timestamp in the certificate, one log entry, and the entry's signed time as the moment the certificate must be valid at.
  const verifier = new Verifier(trust, { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 });
  const signer = verifier.verify(toSignedEntity(bundle));
  return {
    issuer: signer.identity?.extensions?.issuer,
    identity: signer.identity?.subjectAlternativeName,
    statement: Buffer.from(parts.statement, "base64"),
    certificate: Buffer.from(parts.certificate, "base64"),
  };
}

interface AttestationParts {
  certificate: string;
  entries: unknown[];
  statement: string;
  signature: string;
}

function partsOf(attestation: unknown): AttestationParts | null {
  if (!isRecord(attestation) || !isRecord(attestation.verification_material) || !isRecord(attestation.envelope)) return null;
  const { certificate, transparency_entries: entries } = attestation.verification_material;
  const { statement, signature } = attestation.envelope;
  if (typeof certificate !== "string" || certificate.length > MAX_CERTIFICATE_CHARS) return null;
  if (typeof statement !== "string" || statement.length > MAX_STATEMENT_CHARS) return null;
  if (typeof signature !== "string" || signature.length > MAX_CERTIFICATE_CHARS) return null;
  if (!Array.isArray(entries) || entries.length > MAX_LOG_ENTRIES) return null;
  return { certificate, entries, statement, signature };
}

/** The certificate's identity is the publisher's workflow: `https://github.com/<repo>/.github/workflows/<file>@<ref>`. */
function isWorkflowOf(san: string | undefined, publisher: NamedPublisher): boolean {
  const prefix = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@`;
  return typeof san === "string" && san.toLowerCase().startsWith(prefix.toLowerCase()) && san.length > prefix.length;
}

/** An in-toto statement with exactly one subject: this file's name and sha256. */
function isAbout(statement: Buffer, file: { filename: string; sha256: string }): boolean {
  const json: unknown = JSON.parse(statement.toString("utf8"));
  if (!isRecord(json) || json._type !== STATEMENT_V1 || !Array.isArray(json.subject) || json.subject.length !== 1) return false;
  const [subject] = json.subject as unknown[];
  if (!isRecord(subject) || !isRecord(subject.digest)) return false;
  const sha256 = subject.digest.sha256;
  return subject.name === file.filename && typeof sha256 === "string" && sha256.toLowerCase() === file.sha256.toLowerCase();
}

/** The ids in a (verified) certificate, when it names the publisher's repository. */
function idsIn(der: Buffer, repository: string): PublisherIdentity | null {
  const certificate = new X509Certificate(Uint8Array.from(der));
  const repositoryId = numericClaim(certificate, SOURCE_REPOSITORY_ID);
  const ownerId = numericClaim(certificate, SOURCE_REPOSITORY_OWNER_ID);
  if (repositoryId === null || ownerId === null) return null;
  const uri = textClaim(certificate, SOURCE_REPOSITORY_URI);
  const named = uri?.startsWith("https://github.com/") ? repositoryName(uri.slice("https://github.com/".length)) : null;
  // The registry's publisher and the certificate must agree; a certificate for another repository proves nothing here.
  if (named?.toLowerCase() !== repository.toLowerCase()) return null;
  return { repositoryId, ownerId, repository: named };
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
