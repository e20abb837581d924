// The package as an admin installs it: `npm pack` of this project, installed into an empty folder
// with the install line docs/admins.md gives (no source tree, no devDependencies), then its command
// run as they run it — `--help`, `check-config`, `init`, `dry-run` against the stand-in, and `start`.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
let dir: string;
let bin: string;
let github: GitHubStandIn;

/** The install line of docs/admins.md, with the tarball in place of the registry's copy. */
function installLine(): string[] {
  const docs = readFileSync("docs/admins.md", "utf8");
  const line = /^npm install --save-dev (recovery-triage@[\d.]+)$/m.exec(docs);
  expect(line).not.toBeNull();
  expect(line![1]).toBe(`recovery-triage@${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version}`);
  return ["install", "--save-dev"];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "installed-"));
  const packed = join(dir, "pack");
  mkdirSync(packed);
  // lib/ is built by `npm test` before Jest runs; `prepack` builds it for a real `npm pack`/`npm publish`.
  await exec(NPM, ["pack", "--ignore-scripts", "--pack-destination", packed], { maxBuffer: 16 * 1024 * 1024 });
  const tarball = join(packed, readdirSync(packed)[0]!);
  const site = join(dir, "support");
  mkdirSync(site);
  writeFileSync(join(site, "package.json"), JSON.stringify({ name: "support-repo", private: true }));
  await exec(NPM, [...installLine(), tarball, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: site, maxBuffer: 16 * 1024 * 1024 });
  bin = join(site, "node_modules", ".bin", "recovery-triage");
  github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" },
    roles: { alice: "maintain" },
  });
  await github.start();
  await github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
}, 180_000);

afterAll(async () => {
  await github?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const site = () => join(dir, "support");
const run = (args: string[], env: Record<string, string> = {}) =>
  exec(bin, args, { cwd: site(), env: { PATH: process.env.PATH ?? "", HOME: site(), ...env }, maxBuffer: 16 * 1024 * 1024 });

describe("the installed package", () => {
  it("holds what runs and nothing else: lib/, app.yml, the schema; no source, no devDependencies", () => {
    const installed = join(site(), "node_modules", "recovery-triage");
    expect(existsSync(join(installed, "lib", "cli", "main.js"))).toBe(true);
    expect(existsSync(join(installed, "app.yml"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    expect(existsSync(join(installed, "standin"))).toBe(false);
    expect(existsSync(join(installed, "test"))).toBe(false);
    for (const dev of ["jest", "typescript", "graphql", "nock", "puppeteer-core"])
      expect({ dev, installed: existsSync(join(site(), "node_modules", dev)) }).toEqual({ dev, installed: false });
    const manifest = JSON.parse(readFileSync(resolve("package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect((manifest.scripts as Record<string, string>).prepack).toBe("npm run build");
  });

  it("`npm publish --dry-run` passes, and would publish what runs only", async () => {
    // lib/ is already built by `npm test`; --ignore-scripts skips prepack's second build. --json: npm's notices are
    // not printed under CI=true, its JSON answer always is.
    const { stdout } = await exec(NPM, ["publish", "--dry-run", "--ignore-scripts", "--json"], { maxBuffer: 16 * 1024 * 1024 });
    const published = (JSON.parse(stdout) as Record<string, { id: string; files: { path: string }[] }>)["recovery-triage"]!;
    expect(published.id).toBe(`recovery-triage@${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version}`);
    const files = published.files.map((f) => f.path);
    expect(files).toContain("lib/cli/main.js");
    expect(files.filter((f) => /^(src|test|standin|bench|dist|scripts)\//.test(f))).toEqual([]);
  }, 120_000);

  it("--help and --version", async () => {
    expect((await run(["--help"])).stdout).toContain("usage: recovery-triage <command> [options]");
    expect((await run(["--version"])).stdout.trim()).toBe(
      (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version,
    );
  });

  it("check-config judges a file; init writes the workflow", async () => {
    writeFileSync(join(site(), "ok.yml"), "reviewers: [alice]\n");
    expect((await run(["check-config", "ok.yml"])).stdout).toContain("ok.yml: no problems");
    await run(["init", "actions", "--app-slug", "desk", "--action", "registry/recovery-triage@v1"]);
    expect(readFileSync(join(site(), ".github/workflows/recovery-desk.yml"), "utf8")).toContain("recovery-triage");
  });

  it("dry-run reads the stand-in's backlog as the app and writes nothing", async () => {
    const before = github.writes().length;
    const { stdout } = await run(["dry-run", `${github.owner}/${github.repo}`, "--json"], {
      APP_ID: String(github.appId),
      PRIVATE_KEY: github.appPrivateKey,
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
    });
    const report = JSON.parse(stdout) as { cases: { number: number; status: string }[] };
    expect(report.cases.map((c) => [c.number, c.status])).toEqual([[1, "triage"]]);
    expect(github.writes().length).toBe(before);
  }, 60_000);

  it("start serves the app (registered through .env)", async () => {
    writeFileSync(
      join(site(), ".env"),
      [
        `APP_ID=${github.appId}`,
        `PRIVATE_KEY="${github.appPrivateKey.replace(/\n/g, "\\n")}"`,
        `WEBHOOK_SECRET=${STANDIN_WEBHOOK_SECRET}`,
        `GHE_HOST=${github.host}`,
        "GHE_PROTOCOL=http",
        "PORT=0",
        "HOST=127.0.0.1",
        "LOG_LEVEL=info",
      ].join("\n"),
      { mode: 0o600 },
    );
    const child = spawn(bin, ["start"], { cwd: site(), env: { PATH: process.env.PATH ?? "", HOME: site() } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 20_000;
      while (!/Listening on|listening/i.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(output).toMatch(/listening/i);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);
});
