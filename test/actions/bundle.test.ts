// The Action runs the committed bundle (dist/action/index.mjs and the chunks it loads on demand)
// as it is: a change to src/ that was not bundled would ship old code under a new tag. The bundle is
// built again in memory and must be file for file, byte for byte the committed one; a stale bundle
// is named with what to do.
import { describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const check = (dir?: string) =>
  promisify(execFile)(process.execPath, ["scripts/bundle-action.mjs", "--check", ...(dir ? [dir] : [])]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
  );

describe("the Action's bundle", () => {
  it("is the bundle of today's source (run `npm run bundle:action` after changing src/)", async () => {
    expect(await check()).toEqual({ code: 0, out: "dist/action is up to date\n" });
  }, 60_000);

  it("keeps the language detector's tables out of the entry file, in a chunk it loads on demand", async () => {
    const loaded = [...readFileSync("dist/action/index.mjs", "utf8").matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].map((m) => m[1]!);
    const detector = loaded.find((path) => /^\.\/chunks\/static\.medium-\w+\.mjs$/.test(path));
    expect(detector).toBeDefined();
    // Loaded as a run loads it, by its own node: the tables are there and detect.
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--input-type=module",
      "-e",
      `const { eld } = await import(${JSON.stringify(pathToFileURL(resolve("dist/action", detector!)).href)});
       process.stdout.write(eld.detect("Perdí mi teléfono y no tengo los códigos de recuperación").language);`,
    ]);
    expect(stdout).toBe("es");
  }, 60_000);

  it("keeps Sigstore's libraries out of the entry file; the chunk it loads to check an attestation verifies one", async () => {
    const entry = readFileSync("dist/action/index.mjs", "utf8");
    // The public-good root (@sigstore/tuf's seeds.json) is data the entry carries; the libraries are not.
    expect(entry).not.toMatch(/node_modules\/(@sigstore\/(verify|bundle|core)|@peculiar\/x509|asn1js)\//);
    const checks = [...entry.matchAll(/import\("(\.\/chunks\/attestation-\w+\.mjs)"\)/g)].map((m) => m[1]!);
    expect(checks).toHaveLength(1);
    // The real attestation of test/evidence/attestation.test.ts, against the public-good root the entry carries.
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--input-type=module",
      "-e",
      `import { readFileSync } from "node:fs";
       const { sigstoreSigner, sigstoreTrust } = await import(${JSON.stringify(pathToFileURL(resolve("dist/action", checks[0]!)).href)});
       const seeds = JSON.parse(readFileSync("node_modules/@sigstore/tuf/seeds.json", "utf8"));
       const root = JSON.parse(Buffer.from(seeds["https://tuf-repo-cdn.sigstore.dev"].targets["trusted_root.json"], "base64").toString());
       const real = JSON.parse(readFileSync("test/fixtures/sigstore/gcb_attestation_test-0.0.0.tar.gz.provenance", "utf8"));
       const signer = sigstoreSigner(real.attestation_bundles[0].attestations[0], sigstoreTrust(root));
       process.stdout.write(signer.issuer);`,
    ]);
    expect(stdout).toBe("https://accounts.google.com");
  }, 60_000);

  it("leaves out @actions/core's OIDC client and the HTTP client under it (undici), which the desk never calls", () => {
    const entry = readFileSync("dist/action/index.mjs", "utf8");
    expect(entry).not.toMatch(/node_modules\/(undici|@actions\/http-client)\/|class OidcClient/);
    // What the desk does use of @actions/core is there (setFailed writes the step's `::error::`).
    expect(entry).toMatch(/node_modules\/@actions\/core\/lib\/core\.js/);
  });

  it("a bundle that differs by one byte, lacks a file or keeps a leftover one is stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    const copy = (change: (bundle: string) => void) => {
      const bundle = join(dir, String(readdirSync(dir).length));
      cpSync("dist/action", bundle, { recursive: true });
      change(bundle);
      return bundle;
    };
    try {
      const stale = [
        copy((bundle) => appendFileSync(join(bundle, "index.mjs"), " ")),
        copy((bundle) => rmSync(join(bundle, "chunks"), { recursive: true })),
        copy((bundle) => writeFileSync(join(bundle, "chunks", "chunk-OLD.mjs"), "")),
      ];
      for (const bundle of stale) {
        expect(await check(bundle)).toEqual({ code: 1, out: `${bundle} is stale: run \`npm run bundle:action\` and commit it\n` });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
