// Errors read as errors, not crashes: every CLI command maps GitHub's refusals and an unreachable
// network to one line that says what to do, exits non-zero, and shows a stack trace only with
// --debug. Run as an admin runs the CLI (node lib/cli/main.js), against the stand-in.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { explain } from "../../src/cli/errors.js";

const exec = promisify(execFile);
let github: GitHubStandIn;
let dir: string;

beforeAll(async () => {
  github = new GitHubStandIn({ webhookSecret: STANDIN_WEBHOOK_SECRET, roles: { alice: "maintain" } });
  await github.start();
  dir = mkdtempSync(join(tmpdir(), "cli-errors-"));
});
afterAll(async () => {
  await github?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string>) {
  return exec(process.execPath, [resolve("lib/cli/main.js"), ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}
const ghe = () => ({ GHE_HOST: github.host, GHE_PROTOCOL: "http" });

describe("one-line errors", () => {
  it("a wrong token: what to check, exit 1, one line, no stack", async () => {
    const result = await cli(["dry-run", `${github.owner}/${github.repo}`], { ...ghe(), GITHUB_TOKEN: "ghp_wrong" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "recovery-triage: GitHub refused the credentials (401): the token, or the app's APP_ID and private key, are wrong or " +
        "expired. Check GITHUB_TOKEN (or `gh auth status`), or APP_ID and PRIVATE_KEY in .env",
    ]);
  });

  it("--debug adds the stack trace", async () => {
    const result = await cli(["dry-run", `${github.owner}/${github.repo}`, "--debug"], { ...ghe(), GITHUB_TOKEN: "ghp_wrong" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\n\s+at /);
    // Debug log records of requests still in flight may land after it: the error is the last line that is not one.
    const lines = result.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith('{"level":'));
    expect(lines.at(-1)).toMatch(/^recovery-triage: GitHub refused the credentials \(401\)/);
  });

  it("a repository the app is not installed on: 404, said plainly", async () => {
    const result = await cli(["report", "someone/elsewhere"], {
      ...ghe(),
      APP_ID: String(github.appId),
      PRIVATE_KEY: github.appPrivateKey,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^recovery-triage: GitHub answered 404 for \/repos\/someone\/elsewhere\/installation: .*is the app installed/,
    );
  });

  it("GitHub out of reach", async () => {
    const result = await cli(["dry-run", "octo/pkg"], { GHE_HOST: "127.0.0.1:45999", GHE_PROTOCOL: "http", GITHUB_TOKEN: "x" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^recovery-triage: Could not reach GitHub \(.*\): check the network, and GHE_HOST/);
  });
});

describe("what each refusal means", () => {
  const refused = (status: number, message: string, headers: Record<string, string> = {}) => ({
    status,
    message,
    request: { url: "https://api.github.com/repos/o/r/issues" },
    response: { headers },
  });
  it.each([
    [refused(403, "Resource not accessible by integration"), /^GitHub refused this \(403 .* on \/repos\/o\/r\/issues\): .*permission/],
    [refused(403, "SSO", { "x-github-sso": "required; url=https://github.com/orgs/o/sso" }), /single sign-on/],
    [refused(403, "This installation has been suspended"), /installation is suspended/],
    [
      refused(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1800000000" }),
      /rate limit.*resets at 2027-01-15T08:00:00.000Z/,
    ],
    [refused(429, "You have exceeded a secondary rate limit"), /rate limit was reached: wait/],
    [new Error("something else entirely"), /^something else entirely$/],
  ])("%#", (error, expected) => expect(explain(error)).toMatch(expected));
});
