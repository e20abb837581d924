// The Action runs the committed bundle (dist/action/index.mjs) as it is: a change to src/ that was
// not bundled would ship old code under a new tag. The bundle is built again in memory and must be
// byte for byte the committed one; a stale bundle is named with what to do.
import { describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const check = (file?: string) =>
  promisify(execFile)(process.execPath, ["scripts/bundle-action.mjs", "--check", ...(file ? [file] : [])]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
  );

describe("the Action's bundle", () => {
  it("is the bundle of today's source (run `npm run bundle:action` after changing src/)", async () => {
    expect(await check()).toEqual({ code: 0, out: "dist/action/index.mjs is up to date\n" });
  }, 60_000);

  it("a bundle that differs by one byte is stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    try {
      const stale = join(dir, "index.mjs");
      copyFileSync("dist/action/index.mjs", stale);
      appendFileSync(stale, " ");
      expect(await check(stale)).toEqual({ code: 1, out: `${stale} is stale: run \`npm run bundle:action\` and commit it\n` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
