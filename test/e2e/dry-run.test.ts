// `recovery-triage dry-run` on a backlog of 300 requests of every kind, run as an admin runs it:
// it reports what the desk would do, and writes nothing at all to GitHub.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { RegistryStandIn } from "../../standin/registry-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
let github: GitHubStandIn;
let dir: string;
// The dry run reads evidence as the live desk does: from a registry on loopback here, never the internet.
const registry = new RegistryStandIn();
const named = (name: string) => body("form-jbber").replace(/^jbber$/m, name);

beforeAll(async () => {
  const url = await registry.start();
  github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": `reviewers: [alice, bob]\nregistry:\n  url: ${url}\n  test_url: ${url}/test\n` },
    roles: { alice: "maintain", bob: "write" },
  });
  await github.start();
  // No app is listening: this is the backlog as it stands before the desk is installed.
  for (let n = 1; n <= 300; n++) {
    for (const account of [`acct${n}`, `acct${n - 3}`]) registry.addAccount(account, []);
    const kind = n % 10;
    if (kind === 1) await github.openIssue(`user${n}`, "Account recovery request", body("username-email"), ["account-recovery"]);
    else if (kind === 2) await github.openIssue(`user${n - 2}`, "Account recovery request", named(`acct${n - 2}`), ["account-recovery"]);
    else if (kind === 3) await github.openIssue(`other${n}`, "Account recovery request", named(`acct${n - 3}`), ["account-recovery"]);
    else await github.openIssue(`user${n}`, "Account recovery request", named(`acct${n}`), ["account-recovery"]);
  }
  dir = mkdtempSync(join(tmpdir(), "dry-run-"));
}, 120_000);

afterAll(async () => {
  await github?.stop();
  await registry.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI as an admin runs it, with the identity given (the app's, or a person's token). */
function dryRun(identity: Record<string, string>, ...extra: string[]) {
  return exec(process.execPath, [resolve("lib/cli/main.js"), "dry-run", `${github.owner}/${github.repo}`, "--json", ...extra], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", GHE_HOST: github.host, GHE_PROTOCOL: "http", ...identity },
    maxBuffer: 64 * 1024 * 1024,
  });
}
const asApp = () => ({ APP_ID: String(github.appId), PRIVATE_KEY: github.appPrivateKey });

/** The dry run as the app, made once (it takes most of this file's time) and read by each test. */
let asAppRun: Promise<{ stdout: string; stderr: string; before: number }> | null = null;
function dryRunAsApp() {
  asAppRun ??= (async () => {
    const before = github.requests.length;
    return { ...(await dryRun(asApp(), "--cards", join(dir, "cards"))), before };
  })();
  return asAppRun;
}

describe("recovery-triage dry-run", () => {
  it("reports every request's outcome and the cost of installing, and writes nothing", async () => {
    const { stdout, stderr, before } = await dryRunAsApp();
    expect(stderr).not.toContain('"level":50');
    // Not one write reached GitHub.
    expect(github.writes(before)).toEqual([]);
    const report = JSON.parse(stdout) as {
      requests: number;
      cases: {
        number: number;
        status: string;
        labelsAdded: string[];
        reviewer: string | null;
        duplicateOf: number | null;
        conflictsWith: number[];
        problems: string[];
      }[];
      totals: { writes: number; comments: number; byStatus: Record<string, number>; minutesAtGitHubPace: number };
    };
    expect(report.requests).toBe(300);
    expect(report.cases).toHaveLength(300);
    expect(report.totals.byStatus["needs-info"]).toBe(30);
    const first = report.cases.find((c) => c.number === 4)!;
    // Evidence is read as the live desk reads it: the account owns nothing, so the fast-path label comes too.
    expect(first).toMatchObject({ status: "triage", labelsAdded: ["recovery: triage", "recovery: no-projects"] });
    expect(first.reviewer).not.toBeNull();
    expect(report.cases.find((c) => c.number === 1)!.problems[0]).toContain("holds an email address");
    // The same author again for the same account: a duplicate; another author for it: a conflict.
    expect(report.cases.find((c) => c.number === 12)).toMatchObject({ status: "duplicate", duplicateOf: 10 });
    expect(report.cases.find((c) => c.number === 13)!.conflictsWith).toContain(10);
    expect(report.totals.writes).toBeGreaterThanOrEqual(600);
    expect(report.totals.minutesAtGitHubPace).toBeGreaterThan(10);
    expect(readdirSync(join(dir, "cards"))).toHaveLength(300);
    expect(readFileSync(join(dir, "cards", "4.md"), "utf8")).toContain("### Account recovery request");
  }, 300_000);

  it("a reviewer without the app's key runs it with their own token and sees the same", async () => {
    const app = JSON.parse((await dryRunAsApp()).stdout) as { totals: unknown; cases: unknown[] };
    const before = github.requests.length;
    const { stdout, stderr } = await dryRun({ GITHUB_TOKEN: github.userToken("bob") }, "--app-slug", "recovery-triage");
    expect(stderr).not.toContain('"level":50');
    expect(github.writes(before)).toEqual([]);
    // Read as bob, not as the app: no app token was asked for.
    expect(github.requests.slice(before).some((r) => /access_tokens|\/installation$/.test(r.path))).toBe(false);
    const person = JSON.parse(stdout) as { totals: unknown; cases: unknown[] };
    expect(person.totals).toEqual(app.totals);
    expect(person.cases).toEqual(app.cases);
  }, 300_000);

  it("says what it needs when it has neither the app's identity nor a token", async () => {
    await expect(dryRun({ PATH: "/nonexistent" })).rejects.toMatchObject({
      stderr: expect.stringContaining("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN"),
    });
  });
});
