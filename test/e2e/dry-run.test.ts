// `recovery-triage dry-run` on a backlog of 300 requests of every kind, run as an admin runs it:
// it reports what the desk would do, and writes nothing at all to GitHub.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
let github: GitHubStandIn;
let dir: string;
const named = (name: string) => body("form-jbber").replace(/^jbber$/m, name);

beforeAll(async () => {
  github = new GitHubStandIn({
    webhookSecret: STANDIN_WEBHOOK_SECRET,
    files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" },
    roles: { alice: "maintain", bob: "write" },
  });
  await github.start();
  // No app is listening: this is the backlog as it stands before the desk is installed.
  for (let n = 1; n <= 300; n++) {
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
  rmSync(dir, { recursive: true, force: true });
});

describe("recovery-triage dry-run", () => {
  it("reports every request's outcome and the cost of installing, and writes nothing", async () => {
    const before = github.requests.length;
    const { stdout, stderr } = await exec(
      process.execPath,
      [resolve("lib/cli/main.js"), "dry-run", `${github.owner}/${github.repo}`, "--json", "--cards", join(dir, "cards")],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          APP_ID: String(github.appId),
          PRIVATE_KEY: github.appPrivateKey,
          GHE_HOST: github.host,
          GHE_PROTOCOL: "http",
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
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
    expect(first).toMatchObject({ status: "triage", labelsAdded: ["recovery: triage"] });
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
});
