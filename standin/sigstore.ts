// A throwaway Sigstore for the registry stand-in: a certificate authority that issues short-lived
// signing certificates the way Fulcio does for a GitHub Actions workflow (an empty subject, the
// workflow as the subject alternative name, its claims under 1.3.6.1.4.1.57264.1, an embedded
// certificate-transparency timestamp, ten minutes of validity), a transparency log that enters
// each signed envelope the way Rekor does (a dsse 0.0.1 entry, a signed entry timestamp, an
// inclusion proof in a small Merkle tree with a signed checkpoint), and the trusted root that
// names all three. So the desk verifies stand-in attestations with sigstore-js exactly as it
// verifies real ones, against a root the test trusts instead of the public-good one.
import "reflect-metadata";
import { createHash, generateKeyPairSync, sign, webcrypto, type KeyObject } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { X509Certificate as SigstoreCertificate } from "@sigstore/core";
import { sigstoreTrust, type SigstoreTrust } from "../src/domain/evidence/attestation.js";
import { merkleRoot, inclusionPath } from "./merkle.js";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const FULCIO = "1.3.6.1.4.1.57264.1";
const SCT_LIST = "1.3.6.1.4.1.11129.2.4.2";
const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
const IN_TOTO = "application/vnd.in-toto+json";
const REKOR_URL = "https://rekor.standin.test";
const CT_URL = "https://ctfe.standin.test";

/** What a GitHub Actions OIDC token says about the workflow run that signed. */
export interface WorkflowClaims {
  /** `owner/name` as the repository was called when it published. */
  repository: string;
  repositoryId: number;
  ownerId: number;
  /** The workflow file that ran (`release.yml`). */
  workflow?: string;
  /** When the certificate was issued (the upload). */
  at: Date;
  /** Who issued the OIDC token; GitHub's token service unless a test says otherwise. */
  issuer?: string;
}

/** The file an attestation speaks for, as the registry lists it. */
export interface AttestedFile {
  filename: string;
  sha256: string;
}

/**
 * Ways a stand-in attestation can be wrong, each one thing a real verifier must catch: signed with
 * another key than the certificate's, over another file's digest, for another workflow, by a token
 * another issuer minted, with no log entry, entered in the log after the certificate expired, with
 * an inclusion proof that does not lead to the checkpoint, or in a log the root does not trust.
 */
export type AttestationFault =
  | "wrong-key"
  | "other-digest"
  | "other-workflow"
  | "other-issuer"
  | "no-log-entry"
  | "entered-after-expiry"
  | "bad-inclusion-proof"
  | "untrusted-log";

interface LogKeys {
  privateKey: KeyObject;
  spki: Buffer;
  id: Buffer;
}

function logKeys(): LogKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  return { privateKey, spki, id: createHash("sha256").update(spki).digest() };
}

export class ThrowawaySigstore {
  private readonly rekor = logKeys();
  private readonly ctlog = logKeys();
  private readonly strangerLog = logKeys();
  /** Leaves already in the log (other people's entries), so proofs have real paths. */
  private readonly otherLeaves = Array.from({ length: 6 }, (_, i) => Buffer.from(`entry ${i}`));

  private constructor(
    private readonly keys: CryptoKeyPair,
    private readonly root: x509.X509Certificate,
  ) {}

  static async create(name = "CN=sigstore-standin, O=sigstore.test"): Promise<ThrowawaySigstore> {
    x509.cryptoProvider.set(webcrypto as Crypto);
    const keys = (await webcrypto.subtle.generateKey(ALGORITHM, false, ["sign", "verify"])) as CryptoKeyPair;
    const root = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: "01",
      name,
      notBefore: new Date("2015-01-01T00:00:00Z"),
      notAfter: new Date("2045-01-01T00:00:00Z"),
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [new x509.BasicConstraintsExtension(true, 1, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
    });
    return new ThrowawaySigstore(keys, root);
  }

  /** A Sigstore trusted_root.json naming this authority, this log and this CT log. */
  trustedRoot(): unknown {
    const log = (url: string, keys: LogKeys) => ({
      baseUrl: url,
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: keys.spki.toString("base64"),
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: { start: "2015-01-01T00:00:00Z" },
      },
      logId: { keyId: keys.id.toString("base64") },
    });
    return {
      mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
      tlogs: [log(REKOR_URL, this.rekor)],
      certificateAuthorities: [
        {
          subject: { organization: "sigstore.test", commonName: "sigstore-standin" },
          uri: "https://fulcio.standin.test",
          certChain: { certificates: [{ rawBytes: Buffer.from(this.root.rawData).toString("base64") }] },
          validFor: { start: "2015-01-01T00:00:00.000Z" },
        },
      ],
      ctlogs: [log(CT_URL, this.ctlog)],
      timestampAuthorities: [],
    };
  }

  trust(): SigstoreTrust {
    return sigstoreTrust(this.trustedRoot());
  }

  /** PEP 740's attestation object for one file: certificate, log entry, signed statement. */
  async attestation(claims: WorkflowClaims, file: AttestedFile, fault?: AttestationFault): Promise<unknown> {
    const workflow = fault === "other-workflow" ? "sneaky.yml" : (claims.workflow ?? "release.yml");
    const issuer = fault === "other-issuer" ? "https://accounts.google.com" : (claims.issuer ?? GITHUB_ISSUER);
    const { certificate, signingKey } = await this.certificate({ ...claims, workflow, issuer });
    const subject = { name: file.filename, digest: { sha256: fault === "other-digest" ? "ab".repeat(32) : file.sha256 } };
    const statement = Buffer.from(
      JSON.stringify({
        _type: "https://in-toto.io/Statement/v1",
        subject: [subject],
        predicateType: "https://docs.pypi.org/attestations/publish/v1",
        predicate: null,
      }),
    );
    const signer = fault === "wrong-key" ? generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey : signingKey;
    const signature = sign("sha256", preAuthenticationEncoding(IN_TOTO, statement), signer);
    const enteredAt = fault === "entered-after-expiry" ? claims.at.getTime() + 20 * 60_000 : claims.at.getTime() + 5_000;
    const entries = fault === "no-log-entry" ? [] : [this.logEntry(statement, signature, certificate, enteredAt, fault)];
    return {
      version: 1,
      verification_material: { certificate: certificate.toString("base64"), transparency_entries: entries },
      envelope: { statement: statement.toString("base64"), signature: signature.toString("base64") },
    };
  }

  /** A signing certificate for one workflow run, with its CT log's timestamp embedded. */
  private async certificate(claims: Required<WorkflowClaims>): Promise<{ certificate: Buffer; signingKey: KeyObject }> {
    const leaf = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const publicKey = await webcrypto.subtle.importKey("spki", leaf.publicKey.export({ type: "spki", format: "der" }), ALGORITHM, true, [
      "verify",
    ]);
    const claim = (n: number, value: string) => new x509.Extension(`${FULCIO}.${n}`, false, derString(0x0c, Buffer.from(value)));
    const workflowUri = `https://github.com/${claims.repository}/.github/workflows/${claims.workflow}@refs/heads/main`;
    const fields = {
      serialNumber: createHash("sha256").update(`${claims.repository}${claims.at.getTime()}${Math.random()}`).digest("hex").slice(0, 16),
      subject: "",
      issuer: this.root.subject,
      notBefore: claims.at,
      notAfter: new Date(claims.at.getTime() + 10 * 60 * 1000),
      signingKey: this.keys.privateKey,
      publicKey,
      signingAlgorithm: ALGORITHM,
    };
    const extensions = [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(["1.3.6.1.5.5.7.3.3"]),
      new x509.SubjectAlternativeNameExtension([{ type: "url", value: workflowUri }], true),
      claim(8, claims.issuer),
      claim(9, workflowUri),
      claim(12, `https://github.com/${claims.repository}`),
      claim(15, String(claims.repositoryId)),
      claim(16, `https://github.com/${claims.repository.split("/")[0]}`),
      claim(17, String(claims.ownerId)),
    ];
    // RFC 6962: the log signs the certificate as it is without the timestamp list, then the list is added last.
    const precertificate = await x509.X509CertificateGenerator.create({ ...fields, extensions });
    const sct = this.timestamp(Buffer.from(precertificate.rawData), claims.at.getTime());
    const list = Buffer.concat([uint16(sct.length + 2), uint16(sct.length), sct]);
    const certificate = await x509.X509CertificateGenerator.create({
      ...fields,
      extensions: [...extensions, new x509.Extension(SCT_LIST, false, derString(0x04, list))],
    });
    return { certificate: Buffer.from(certificate.rawData), signingKey: leaf.privateKey };
  }

  /** A signed certificate timestamp over the precertificate, as the CT log returns it. */
  private timestamp(precertificate: Buffer, at: number): Buffer {
    const tbs = SigstoreCertificate.parse(Buffer.from(precertificate)).tbsCertificate.toDER();
    const issuerKeyHash = createHash("sha256").update(Buffer.from(this.root.publicKey.rawData)).digest();
    const time = Buffer.alloc(8);
    time.writeBigUInt64BE(BigInt(at));
    const signed = Buffer.concat([Buffer.from([0, 0]), time, uint16(1), issuerKeyHash, uint24(tbs.length), tbs, uint16(0)]);
    const signature = sign("sha256", signed, this.ctlog.privateKey);
    return Buffer.concat([Buffer.from([0]), this.ctlog.id, time, uint16(0), Buffer.from([4, 3]), uint16(signature.length), signature]);
  }

  /** The log's entry for an envelope: its body, the signed entry timestamp, an inclusion proof. */
  private logEntry(statement: Buffer, signature: Buffer, certificate: Buffer, enteredAt: number, fault?: AttestationFault): unknown {
    const log = fault === "untrusted-log" ? this.strangerLog : this.rekor;
    const pem = `-----BEGIN CERTIFICATE-----\n${certificate.toString("base64")}\n-----END CERTIFICATE-----\n`;
    const body = Buffer.from(
      JSON.stringify({
        apiVersion: "0.0.1",
        kind: "dsse",
        spec: {
          payloadHash: { algorithm: "sha256", value: createHash("sha256").update(statement).digest("hex") },
          signatures: [{ signature: signature.toString("base64"), verifier: Buffer.from(pem).toString("base64") }],
        },
      }),
    );
    const leaves = [...this.otherLeaves, body];
    const logIndex = leaves.length - 1;
    const integratedTime = Math.floor(enteredAt / 1000);
    const promise = canonicalJson({ body: body.toString("base64"), integratedTime, logID: log.id.toString("hex"), logIndex });
    const root = merkleRoot(leaves);
    const note = `rekor.standin.test - 1\n${leaves.length}\n${root.toString("base64")}\n`;
    const noteSignature = Buffer.concat([log.id.subarray(0, 4), sign("sha256", Buffer.from(note), log.privateKey)]);
    const hashes = inclusionPath(leaves, logIndex);
    if (fault === "bad-inclusion-proof") hashes[0] = createHash("sha256").update("not a sibling").digest();
    return {
      logIndex: String(logIndex),
      logId: { keyId: log.id.toString("base64") },
      kindVersion: { kind: "dsse", version: "0.0.1" },
      integratedTime: String(integratedTime),
      inclusionPromise: { signedEntryTimestamp: sign("sha256", Buffer.from(promise), log.privateKey).toString("base64") },
      inclusionProof: {
        logIndex: String(logIndex),
        rootHash: root.toString("base64"),
        treeSize: String(leaves.length),
        hashes: hashes.map((h) => h.toString("base64")),
        checkpoint: { envelope: `${note}\n\u2014 rekor.standin.test ${noteSignature.toString("base64")}\n` },
      },
      canonicalizedBody: body.toString("base64"),
    };
  }
}

/** DSSE's pre-authentication encoding: what the signature covers. */
function preAuthenticationEncoding(type: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}

/** The SET's payload: keys sorted, no spaces (the four keys are plain). */
function canonicalJson(value: Record<string, string | number>): string {
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k])}`)
    .join(",")}}`;
}

/** A DER string of the given tag (UTF8String 0x0c, OCTET STRING 0x04). */
function derString(tag: number, bytes: Buffer): ArrayBuffer {
  const length = bytes.length < 0x80 ? Buffer.from([bytes.length]) : Buffer.from([0x82, bytes.length >> 8, bytes.length & 0xff]);
  return Uint8Array.from(Buffer.concat([Buffer.from([tag]), length, bytes])).buffer;
}

const uint16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const uint24 = (n: number) => Buffer.from([n >> 16, (n >> 8) & 0xff, n & 0xff]);
