// `recovery-triage dry-run` on a backlog of 80 requests of every kind (each kind eight times), run
// as an admin runs it: it reports what the desk would do, and writes nothing at all to GitHub. Both
// runs' reads fit in one minute of GitHub's points, so neither waits for them (a larger backlog's
// dry run, at GitHub's pace: `ADOPTION_DRY_RUN_ONLY=1 npm run bench -- adoption`).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { DryRunReport } from "../../src/cli/dry-run.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { RegistryStandIn } from "../../standin/registry-standin.js";
import { STANDIN_WEBHOOK_SECRET } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

const exec = promisify(execFile);
let github: GitHubStandIn;
let dir: string;
// The dry run reads evidence as the live desk does: from a registry on loopback here, never the internet.
const registry = new RegistryStandIn();
const BACKLOG = 80;
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
  for (let n = 1; n <= BACKLOG; n++) {
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
    // An installation other tools share: its admin lowers the hourly write budget to 60, which the prediction follows.
    env: { PATH: process.env.PATH ?? "", GHE_HOST: github.host, GHE_PROTOCOL: "http", GITHUB_WRITES_PER_HOUR: "60", ...identity },
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
      totals: DryRunReport["totals"];
    };
    expect(report.requests).toBe(BACKLOG);
    expect(report.cases).toHaveLength(BACKLOG);
    expect(report.totals.byStatus["needs-info"]).toBe(BACKLOG / 10);
    const first = report.cases.find((c) => c.number === 4)!;
    // Evidence is read as the live desk reads it: the account owns nothing, so the fast-path label comes too.
    expect(first).toMatchObject({ status: "triage", labelsAdded: ["recovery: triage", "recovery: no-projects"] });
    expect(first.reviewer).not.toBeNull();
    expect(report.cases.find((c) => c.number === 1)!.problems[0]).toContain("holds an email address");
    // The same author again for the same account: a duplicate; another author for it: a conflict.
    expect(report.cases.find((c) => c.number === 12)).toMatchObject({ status: "duplicate", duplicateOf: 10 });
    expect(report.cases.find((c) => c.number === 13)!.conflictsWith).toContain(10);
    expect(report.totals.writes).toBeGreaterThanOrEqual(2 * BACKLOG);
    // One comment every 3 s at GitHub's pace; and within the hour's budget (60, less the 10 % kept for
    // people's requests: 54 an hour for the sweep) the adoption spans as many hours as 54s it needs.
    expect(report.totals.minutesAtGitHubPace).toBeGreaterThanOrEqual((report.totals.comments * 3) / 60 - 0.1);
    const fullHours = Math.floor((report.totals.writes - 1) / 54);
    expect(fullHours).toBeGreaterThanOrEqual(2);
    expect(report.totals.minutesWithinHourlyBudget).toBeGreaterThanOrEqual(fullHours * 60);
    expect(report.totals.minutesWithinHourlyBudget).toBeLessThan(fullHours * 60 + 2);
    expect(readdirSync(join(dir, "cards"))).toHaveLength(BACKLOG);
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

  it("tells an admin on a terminal, in words, what installing would write and how long it would take", async () => {
    // A small backlog of its own, so that its reads do not share the minute's points with the runs above.
    const small = new GitHubStandIn({
      webhookSecret: STANDIN_WEBHOOK_SECRET,
      files: { ".github/recovery-triage.yml": "reviewers: [alice]\nregistry: { evidence: false }\n" },
      roles: { alice: "maintain" },
    });
    await small.start();
    try {
      for (let n = 1; n <= 3; n++) await small.openIssue(`user${n}`, "Account recovery request", named(`small${n}`), ["account-recovery"]);
      const { stdout } = await exec(process.execPath, [resolve("lib/cli/main.js"), "dry-run", `${small.owner}/${small.repo}`], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          GHE_HOST: small.host,
          GHE_PROTOCOL: "http",
          GITHUB_WRITES_PER_HOUR: "5",
          GITHUB_TOKEN: small.userToken("alice"),
        },
      });
      // Three requests: a card and an issue update each, six writes; 4 an hour for the sweep (5 less one kept
      // for people): the fifth write waits an hour after the first.
      expect(stdout).toContain(`Dry run of ${small.owner}/${small.repo}: 3 open request(s); nothing was written.`);
      expect(stdout).toContain("Installing would make 6 write(s) (3 comment(s)), about 0.2 minute(s) at GitHub's pace;");
      expect(stdout).toContain(
        "within its hourly write budget, the desk takes the backlog in over about 60 minute(s), new requests answered meanwhile.",
      );
      expect(small.writes()).toEqual([]);
    } finally {
      await small.stop();
    }
  });

  it("says what it needs when it has neither the app's identity nor a token", async () => {
    await expect(dryRun({ PATH: "/nonexistent" })).rejects.toMatchObject({
      stderr: expect.stringContaining("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN"),
    });
  });
});
