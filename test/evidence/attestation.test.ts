// A PEP 740 attestation counts only when sigstore-js verifies it to the end: a real one from
// Sigstore's public-good instance (a fixture, verified offline against the root @sigstore/tuf
// ships), and the stand-in's throwaway Sigstore (real certificates, CT timestamps, Rekor entries
// with inclusion proofs), honest and wrong in each way a verifier must catch. Then what the ids say
// about the repository under the name now.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { sigstoreSigner, verifiedIdentity } from "../../src/domain/evidence/attestation.js";
import { identityOf } from "../../src/domain/evidence/identity.js";
import { publisherOf } from "../../src/domain/evidence/provenance.js";
import { publicGoodTrust } from "../../src/features/evidence/trust-root.js";
import { ThrowawaySigstore, type AttestationFault } from "../../standin/sigstore.js";

let sigstore: ThrowawaySigstore;
let impostor: ThrowawaySigstore;
const RELEASED = new Date("2022-05-01T10:00:00Z");
const claims = { repository: "olddev/oldpkg", repositoryId: 4242, ownerId: 777, at: RELEASED };
const FILE = { filename: "oldpkg-1.0.tar.gz", sha256: "cd".repeat(32) };
const PUBLISHER = { repository: "olddev/oldpkg", workflow: "release.yml" };
const IDS = { repositoryId: 4242, ownerId: 777, repository: "olddev/oldpkg" };

beforeAll(async () => {
  sigstore = await ThrowawaySigstore.create();
  impostor = await ThrowawaySigstore.create("CN=sigstore-intermediate, O=sigstore.dev");
});

describe("a real attestation from Sigstore's public-good instance", () => {
  // pypi/pypi-attestations' test asset: a file published from Google Cloud Build, logged in Rekor in April 2025.
  const real = JSON.parse(readFileSync("test/fixtures/sigstore/gcb_attestation_test-0.0.0.tar.gz.provenance", "utf8"));
  const attestation = real.attestation_bundles[0].attestations[0];

  it("verifies offline against the public-good root: certificate, CT timestamp, signature, log entry and inclusion proof", async () => {
    const signer = sigstoreSigner(attestation, await publicGoodTrust());
    expect(signer.issuer).toBe("https://accounts.google.com");
    expect(signer.identity).toBe("919436158236-compute@developer.gserviceaccount.com");
    expect(JSON.parse(signer.statement.toString()).subject).toEqual([
      { name: "gcb_attestation_test-0.0.0.tar.gz", digest: { sha256: "461317362419124b6012e855423a9078d6de8aed3e74fa78cc74d669b23dc6cf" } },
    ]);
  });

  it("is no GitHub Trusted Publisher's, and any byte changed anywhere in it fails", async () => {
    const file = {
      filename: "gcb_attestation_test-0.0.0.tar.gz",
      sha256: "461317362419124b6012e855423a9078d6de8aed3e74fa78cc74d669b23dc6cf",
    };
    const trust = await publicGoodTrust();
    expect(verifiedIdentity(attestation, file, PUBLISHER, trust)).toBeNull();
    const statement = Buffer.from(attestation.envelope.statement, "base64").toString().replace("0.0.0", "0.0.1");
    const edited = { ...attestation, envelope: { ...attestation.envelope, statement: Buffer.from(statement).toString("base64") } };
    expect(() => sigstoreSigner(edited, trust)).toThrow(/payload hash mismatch|signature/);
    const [entry] = attestation.verification_material.transparency_entries;
    const moved = {
      ...attestation,
      verification_material: {
        ...attestation.verification_material,
        transparency_entries: [{ ...entry, integratedTime: String(Number(entry.integratedTime) + 1) }],
      },
    };
    expect(() => sigstoreSigner(moved, trust)).toThrow(/inclusion promise/);
    // The stand-in's root trusts none of it.
    expect(() => sigstoreSigner(attestation, sigstore.trust())).toThrow();
  });
});

describe("an attestation from the stand-in's Sigstore", () => {
  it("verified to the end, gives the repository's and its owner's numeric ids", async () => {
    expect(verifiedIdentity(await sigstore.attestation(claims, FILE), FILE, PUBLISHER, sigstore.trust())).toEqual(IDS);
  });

  it.each<[string, AttestationFault]>([
    ["a statement signed with another key than the certificate's", "wrong-key"],
    ["a statement over another file's digest", "other-digest"],
    ["a certificate for another workflow than the publisher names", "other-workflow"],
    ["a token another issuer than GitHub's token service minted", "other-issuer"],
    ["no transparency-log entry", "no-log-entry"],
    ["a log entry signed after the certificate expired", "entered-after-expiry"],
    ["an inclusion proof that does not lead to the checkpoint", "bad-inclusion-proof"],
    ["an entry in a log the root does not trust", "untrusted-log"],
  ])("%s is not verified", async (_what, fault) => {
    expect(verifiedIdentity(await sigstore.attestation(claims, FILE, fault), FILE, PUBLISHER, sigstore.trust())).toBeNull();
  });

  it("is about one file: another name, another digest, or no digest listed is not verified", async () => {
    const attestation = await sigstore.attestation(claims, FILE);
    expect(verifiedIdentity(attestation, { ...FILE, filename: "oldpkg-1.0-py3-none-any.whl" }, PUBLISHER, sigstore.trust())).toBeNull();
    expect(verifiedIdentity(attestation, { ...FILE, sha256: "ab".repeat(32) }, PUBLISHER, sigstore.trust())).toBeNull();
    expect(verifiedIdentity(attestation, { ...FILE, sha256: null }, PUBLISHER, sigstore.trust())).toBeNull();
    expect(verifiedIdentity(attestation, FILE, { ...PUBLISHER, workflow: null }, sigstore.trust())).toBeNull();
    expect(verifiedIdentity(attestation, FILE, { ...PUBLISHER, workflow: "release" }, sigstore.trust())).toBeNull();
  });

  it("trusts no other Sigstore, whatever its authority calls itself, nor the public-good root the stand-in's", async () => {
    expect(verifiedIdentity(await impostor.attestation(claims, FILE), FILE, PUBLISHER, sigstore.trust())).toBeNull();
    expect(verifiedIdentity(await sigstore.attestation(claims, FILE), FILE, PUBLISHER, await publicGoodTrust())).toBeNull();
  });

  it("a tampered certificate (a byte of its ids changed) no longer verifies; junk is never an attestation", async () => {
    const attestation = (await sigstore.attestation(claims, FILE)) as { verification_material: { certificate: string } };
    const der = Buffer.from(attestation.verification_material.certificate, "base64");
    const at = der.indexOf(Buffer.from("4242"));
    expect(at).toBeGreaterThan(0);
    der[at] = "9".charCodeAt(0);
    const tampered = {
      ...attestation,
      verification_material: { ...attestation.verification_material, certificate: der.toString("base64") },
    };
    expect(verifiedIdentity(tampered, FILE, PUBLISHER, sigstore.trust())).toBeNull();
    for (const junk of [
      null,
      42,
      "",
      {},
      { verification_material: {} },
      { ...attestation, envelope: { statement: "A".repeat(70_000), signature: "" } },
    ])
      expect(verifiedIdentity(junk, FILE, PUBLISHER, sigstore.trust())).toBeNull();
  });

  it("the registry's provenance: the identity counts only when the certificate names the publisher's repository", async () => {
    const provenance = async (repository: string, certifiedAs: string) => ({
      version: 1,
      attestation_bundles: [
        {
          publisher: { kind: "GitHub", repository, workflow: "release.yml" },
          attestations: [{ junk: true }, await sigstore.attestation({ ...claims, repository: certifiedAs }, FILE)],
        },
      ],
    });
    expect(publisherOf(await provenance("olddev/oldpkg", "olddev/oldpkg"), FILE, sigstore.trust())?.identity).toEqual(IDS);
    expect(publisherOf(await provenance("olddev/oldpkg", "someone/else"), FILE, sigstore.trust())).toEqual({
      repo: "olddev/oldpkg",
      workflow: "release.yml",
      identity: null,
    });
  });
});

describe("is the repository under the name now the one that published?", () => {
  const published = { repositoryId: 4242, ownerId: 777, repository: "olddev/oldpkg" };
  const release = RELEASED.toISOString();
  it.each([
    ["the same ids", { id: 4242, ownerId: 777, createdAt: "2020-01-01T00:00:00Z" }, "same"],
    ["the same repository, another owner", { id: 4242, ownerId: 900, createdAt: "2020-01-01T00:00:00Z" }, "transferred"],
    ["another repository took the name", { id: 5000, ownerId: 777, createdAt: "2020-01-01T00:00:00Z" }, "replaced"],
    ["created after the release", { id: 4242, ownerId: 777, createdAt: "2026-10-01T00:00:00Z" }, "replaced"],
    ["gone", null, "replaced"],
  ] as const)("%s: %s", (_what, now, expected) => {
    expect(identityOf("trusted-publisher", published, now, release)).toBe(expected);
  });

  it("no verified attestation is unverified; a project URL is judged by the repository's age only", () => {
    const now = { id: 4242, ownerId: 777, createdAt: "2020-01-01T00:00:00Z" };
    expect(identityOf("trusted-publisher", null, now, release)).toBe("unverified");
    expect(identityOf("project-url", null, now, release)).toBeNull();
    expect(identityOf("project-url", null, { ...now, createdAt: "2026-10-01T00:00:00Z" }, release)).toBe("replaced");
    expect(identityOf("project-url", null, null, release)).toBeNull();
  });
});
