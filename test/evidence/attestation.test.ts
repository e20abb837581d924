// The ids inside a PEP 740 attestation, and what they say about the repository under a name now:
// certificates issued by a throwaway Fulcio (real X.509 structure, Fulcio's extensions), checked
// against the authorities trusted, and compared with GitHub's ids.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { identityIn } from "../../src/evidence/attestation.js";
import { identityOf } from "../../src/evidence/identity.js";
import { publisherOf } from "../../src/evidence/provenance.js";
import { publicGoodAuthorities } from "../../src/registry/trust-root.js";
import { ThrowawayFulcio } from "../../standin/fulcio.js";

let fulcio: ThrowawayFulcio;
let impostor: ThrowawayFulcio;
const RELEASED = new Date("2022-05-01T10:00:00Z");
const claims = { repository: "olddev/oldpkg", repositoryId: 4242, ownerId: 777, at: RELEASED };

beforeAll(async () => {
  fulcio = await ThrowawayFulcio.create();
  impostor = await ThrowawayFulcio.create("CN=sigstore-intermediate, O=sigstore.dev");
});

describe("a signing certificate's identity", () => {
  it("reads the repository's and its owner's numeric ids from a certificate a trusted authority issued", async () => {
    const certificate = await fulcio.certificate(claims);
    expect(identityIn(certificate, fulcio.authorities())).toEqual({ repositoryId: 4242, ownerId: 777, repository: "olddev/oldpkg" });
  });

  it("trusts no certificate another authority issued, whatever it calls itself", async () => {
    const forged = await impostor.certificate(claims);
    expect(identityIn(forged, fulcio.authorities())).toBeNull();
    // Sigstore's public-good root (shipped in @sigstore/tuf) does not trust the stand-in's either.
    expect(publicGoodAuthorities().length).toBeGreaterThan(0);
    expect(identityIn(await fulcio.certificate(claims), publicGoodAuthorities())).toBeNull();
  });

  it("refuses a certificate issued outside its authority's validity, and anything that is not a certificate", async () => {
    const [authority] = fulcio.authorities();
    const expired = [{ ...authority!, validUntil: Date.parse("2021-01-01T00:00:00Z") }];
    expect(identityIn(await fulcio.certificate(claims), expired)).toBeNull();
    for (const junk of [null, 42, "", "not base64 at all", Buffer.from("hello").toString("base64"), "A".repeat(20_000)])
      expect(identityIn(junk, fulcio.authorities())).toBeNull();
  });

  it("a tampered certificate (a byte of its ids changed) no longer verifies", async () => {
    const der = Buffer.from(await fulcio.certificate(claims), "base64");
    const at = der.indexOf(Buffer.from("4242"));
    expect(at).toBeGreaterThan(0);
    der[at] = "9".charCodeAt(0);
    expect(identityIn(der.toString("base64"), fulcio.authorities())).toBeNull();
  });

  it("the registry's provenance: the identity counts only when the certificate names the publisher's repository", async () => {
    const provenance = async (repository: string, certifiedAs: string) => ({
      version: 1,
      attestation_bundles: [
        {
          publisher: { kind: "GitHub", repository, workflow: "release.yml" },
          attestations: [{ verification_material: { certificate: await fulcio.certificate({ ...claims, repository: certifiedAs }) } }],
        },
      ],
    });
    expect(publisherOf(await provenance("olddev/oldpkg", "olddev/oldpkg"), fulcio.authorities())?.identity).toMatchObject({
      repositoryId: 4242,
    });
    expect(publisherOf(await provenance("olddev/oldpkg", "someone/else"), fulcio.authorities())?.identity).toBeNull();
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
