// A throwaway Sigstore certificate authority for the registry stand-in: it issues short-lived
// signing certificates the way Fulcio does for a GitHub Actions workflow (an empty subject, the
// workflow's claims as extensions under 1.3.6.1.4.1.57264.1, ten minutes of validity), and
// describes itself as a Sigstore trusted root, so the desk checks stand-in attestations exactly as
// it checks real ones, against a root the test trusts instead of the public-good one.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { authoritiesOf, type TrustedAuthority } from "../src/evidence/attestation.js";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const FULCIO = "1.3.6.1.4.1.57264.1";

/** What a GitHub Actions OIDC token says about the workflow run that signed. */
export interface WorkflowClaims {
  /** `owner/name` as the repository was called when it published. */
  repository: string;
  repositoryId: number;
  ownerId: number;
  /** When the certificate was issued (the upload). */
  at: Date;
}

export class ThrowawayFulcio {
  private constructor(
    private readonly keys: CryptoKeyPair,
    private readonly root: x509.X509Certificate,
  ) {}

  static async create(name = "CN=sigstore-standin, O=sigstore.test"): Promise<ThrowawayFulcio> {
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
    return new ThrowawayFulcio(keys, root);
  }

  /** The authority in a Sigstore trusted root's shape (`certificateAuthorities`). */
  trustedRoot(): unknown {
    return {
      mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
      certificateAuthorities: [
        {
          subject: { organization: "sigstore.test", commonName: "sigstore-standin" },
          uri: "https://fulcio.standin.test",
          certChain: { certificates: [{ rawBytes: Buffer.from(this.root.rawData).toString("base64") }] },
          validFor: { start: "2015-01-01T00:00:00.000Z" },
        },
      ],
    };
  }

  authorities(): TrustedAuthority[] {
    return authoritiesOf(this.trustedRoot());
  }

  /** A signing certificate for one workflow run, base64 DER as PEP 740's `verification_material.certificate`. */
  async certificate(claims: WorkflowClaims): Promise<string> {
    const leafKeys = (await webcrypto.subtle.generateKey(ALGORITHM, false, ["sign", "verify"])) as CryptoKeyPair;
    const uri = `https://github.com/${claims.repository}`;
    const claim = (n: number, value: string) => new x509.Extension(`${FULCIO}.${n}`, false, utf8String(value));
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: Date.now().toString(16).padStart(16, "0"),
      subject: "",
      issuer: this.root.subject,
      notBefore: claims.at,
      notAfter: new Date(claims.at.getTime() + 10 * 60 * 1000),
      signingKey: this.keys.privateKey,
      publicKey: leafKeys.publicKey,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension(["1.3.6.1.5.5.7.3.3"]),
        claim(8, "https://token.actions.githubusercontent.com"),
        claim(12, uri),
        claim(15, String(claims.repositoryId)),
        claim(16, `https://github.com/${claims.repository.split("/")[0]}`),
        claim(17, String(claims.ownerId)),
      ],
    });
    return Buffer.from(certificate.rawData).toString("base64");
  }
}

/** DER UTF8String (the claims are short: one length byte). */
function utf8String(value: string): ArrayBuffer {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length >= 0x80) throw new Error("claim too long for the stand-in's encoder");
  return Uint8Array.from([0x0c, bytes.length, ...bytes]).buffer;
}
