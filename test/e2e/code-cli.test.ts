// The reviewer's command line, run as a separate process the way a reviewer runs it: settings from
// the server's `.env`, strict arguments, and the code email delivered to a real SMTP server that
// requires STARTTLS and authentication.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { startHarness, type Harness } from "../../standin/harness.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { sendMail } from "../../src/mail/smtp.js";
import { JBBER_REF } from "../helpers/cases.js";
import { body } from "../helpers/fixtures.js";
import { startSmtpServer, type SmtpServer } from "../helpers/smtp-server.js";

const exec = promisify(execFile);
const CLI = resolve("lib/cli/main.js");
const SECRET = "cli-test-secret-0123456789abcdef";
let harness: Harness;
let smtp: SmtpServer;
/** A working directory with the `.env` Probot's registration writes (and no other settings). */
let dir: string;
let caFile: string;

beforeAll(async () => {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, verifier: new Verifier(SECRET) });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  await harness.github.settled();
  smtp = await startSmtpServer({ desk: "pa$s word" });
  dir = mkdtempSync(join(tmpdir(), "cli-"));
  caFile = join(dir, "ca.pem");
  writeFileSync(caFile, smtp.ca);
  // As Probot's registration writes it: the key on one line with \n escapes, inside quotes.
  const key = harness.github.appPrivateKey.replace(/\n/g, "\\n");
  writeFileSync(
    join(dir, ".env"),
    `APP_ID=1\nPRIVATE_KEY="${key}"\nWEBHOOK_SECRET=x\nGHE_HOST=${harness.github.host}\nGHE_PROTOCOL=http\nRECOVERY_SECRET=${SECRET}\n`,
  );
}, 30_000);

afterAll(async () => {
  await harness?.stop();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in the `.env` directory with nothing but PATH (and what the test adds) in the environment. */
function cli(args: string[], extra: Record<string, string> = {}, cwd = dir) {
  return exec(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...extra } });
}

describe("recovery-triage code", () => {
  it("reads the server's .env, prints a code bound to the case, and sends the email over STARTTLS with authentication", async () => {
    const { stdout, stderr } = await cli(["code", "--send", "--to", "owner@example.org", "registry/support#1"], {
      SMTP_URL: `smtp://desk:pa%24s%20word@localhost:${smtp.port}`,
      SMTP_FROM: "desk@example.org",
      NODE_EXTRA_CA_CERTS: caFile,
    });
    const code = /^Code: (\d{8})$/m.exec(stdout)?.[1];
    expect(code).toMatch(/^\d{8}$/);
    expect(stdout).toContain("Case registry/support#1: account jbber, requester @jbber; minted with the desk's secret.");
    expect(stdout).toContain("Per-reviewer keys are the recommended set-up");
    expect(stdout).toContain("Sent to owner@example.org.");
    expect(new Verifier(SECRET).checkEmailCode({ ...JBBER_REF, number: 1 }, code!, new Date(), 24, null).result).toBe("ok");

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail).toMatchObject({ envelopeFrom: "desk@example.org", envelopeTo: ["owner@example.org"], user: "desk", secure: true });
    expect(smtp.clearCommands).toEqual([]); // nothing was authenticated before TLS
    expect(mail.parsed.subject).toBe("Your PyPI account recovery code");
    expect(mail.parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.parsed.from?.text).toBe("desk@example.org");
    expect(mail.parsed.to).toMatchObject({ text: "owner@example.org" });
    expect(mail.parsed.text!.split(code!)).toHaveLength(2); // the code exactly once
    expect(mail.parsed.text).toContain(`    /code ${code}`);
    expect(mail.parsed.text).toContain("If you did NOT ask for this, someone else may be trying to take over your account");
    // The code is printed for the reviewer, but appears in no log line.
    expect(stderr).not.toContain(code!);
  }, 30_000);

  it("refuses a case without a valid username, and a missing secret", async () => {
    await expect(cli(["code", "registry/support#2"])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("#2 has no valid username yet"),
    });
    // .env is applied over the environment, as `probot run` does: here a server whose .env has no secret.
    const bare = mkdtempSync(join(tmpdir(), "cli-bare-"));
    writeFileSync(join(bare, ".env"), readFileSync(join(dir, ".env"), "utf8").replace(/^RECOVERY_SECRET=.*$/m, ""));
    try {
      await expect(cli(["code", "registry/support#1"], {}, bare)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining("RECOVERY_SECRET is not set"),
      });
      await expect(cli(["sweep"], {}, tmpdir())).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("APP_ID is not set") });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 30_000);

  it("refuses a relay that cannot upgrade to TLS rather than send the password in clear", async () => {
    const plain = await startSmtpServer({});
    try {
      // The certificate is not trusted here, so the upgrade fails: nothing may be sent.
      await expect(
        sendMail(`smtp://desk:secret@127.0.0.1:${plain.port}`, { from: "a@example.org", to: "b@example.org", subject: "s", text: "t" }),
      ).rejects.toThrow();
      expect(plain.messages).toEqual([]);
      expect(plain.clearCommands).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

describe("recovery-triage check-config", () => {
  it("passes the project's own settings (exit 0)", async () => {
    const { stdout } = await exec(process.execPath, [CLI, "check-config"], { cwd: resolve("."), env: { PATH: process.env.PATH ?? "" } });
    expect(stdout).toMatch(/^\.github\/recovery-triage\.yml: no problems\n/);
  });

  it("names every problem with its fix, and exits 1", async () => {
    const file = join(dir, "broken.yml");
    writeFileSync(file, "reviwers: [alice]\nstale:\n  remind_after_days: 0\n");
    const failure = (await cli(["check-config", file]).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(failure.code).toBe(1);
    expect(failure.stdout.split("\n")).toEqual([
      `${file}: 2 problems`,
      "  ✗ `stale.remind_after_days` must be at least 1, but it is number 0 (line 3); the default is used",
      "  ✗ `reviwers` is not a known key — did you mean `reviewers`? (line 1); it is ignored",
      "  · `reviewers` lists nobody: valid requests are not assigned to anyone.",
      "  · There is no issue form at `.github/ISSUE_TEMPLATE/account-recovery.yml`: requests are read with the built-in form's headings.",
      "",
    ]);
  });
});

describe("CLI manners", () => {
  // The rules are a table in test/cli/arguments.test.ts; here the real process: exit codes and streams.
  it("--help prints help on stdout and does nothing else (exit 0)", async () => {
    const { stdout, stderr } = await cli(["code", "--help"]);
    expect(stdout).toMatch(/^usage: recovery-triage code <owner>\/<repo>#<number>/);
    expect(stderr).toBe("");
  });

  it("--version prints the version (exit 0)", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    await expect(cli(["--version"])).resolves.toMatchObject({ stdout: `${version}\n` });
  });

  it.each([
    [["code", "registry/support#1", "--frobnicate"], "Unknown option '--frobnicate'"],
    [["frobnicate"], 'unknown command "frobnicate"'],
  ])("%j is a usage error: exit 2, one line on stderr, nothing on stdout", async (args, message) => {
    const failure = (await cli(args).then(
      () => null,
      (e: unknown) => e,
    )) as { code: number; stderr: string; stdout: string } | null;
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(2);
    expect(failure!.stderr.trim().split("\n")).toHaveLength(1);
    expect(failure!.stderr).toContain(message);
    expect(failure!.stdout).toBe("");
  });

  it("reads PRIVATE_KEY_PATH and LOG_LEVEL from .env as the server does", async () => {
    const other = mkdtempSync(join(tmpdir(), "cli-keypath-"));
    try {
      writeFileSync(join(other, "app.pem"), harness.github.appPrivateKey);
      writeFileSync(
        join(other, ".env"),
        `APP_ID=1\nPRIVATE_KEY_PATH=${join(other, "app.pem")}\nGHE_HOST=${harness.github.host}\nGHE_PROTOCOL=http\nLOG_LEVEL=debug\n`,
      );
      const { stdout, stderr } = await cli(["sweep"], {}, other);
      expect(JSON.parse(stdout)).toMatchObject({ repositories: 1, failures: 0 });
      // The log goes to stderr, at the level .env asked for (pino's debug is 20).
      expect(
        stderr
          .split("\n")
          .filter(Boolean)
          .some((l) => (JSON.parse(l) as { level: number }).level === 20),
      ).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 30_000);

  it("sweep and code use the same app identity as the server (GET /app), never a login built by hand", async () => {
    const before = harness.github.requests.length;
    const { stdout } = await cli(["sweep"]);
    expect(JSON.parse(stdout)).toMatchObject({ repositories: 1, cases: 2, failures: 0 });
    expect(harness.github.requests.slice(before).some((r) => r.method === "GET" && r.path === "/app")).toBe(true);
  }, 30_000);
});

describe("recovery-triage report", () => {
  it("prints the desk at a glance read from GitHub's cards, or the same as JSON", async () => {
    const { stdout } = await cli(["report", "registry/support"]);
    expect(stdout).toContain("Recovery desk registry/support: 2 open");
    expect(stdout).toContain(
      "By status:\n      1  In the queue — waiting for a reviewer to start\n      1  Needs information — waiting on the requester\n",
    );
    // alice is not a collaborator in this stand-in, so GitHub refuses her as assignee: the case waits unassigned.
    expect(stdout).toMatch(/#1 {2}\d+ days {2}unassigned {2}Account recovery request/);
    const { stdout: json } = await cli(["report", "registry/support", "--json"]);
    const report = JSON.parse(json) as { open: number; counts: Record<string, number>; waitingOnReviewer: { number: number }[] };
    expect(report.open).toBe(2);
    expect(report.counts).toMatchObject({ triage: 1, "needs-info": 1 });
    expect(report.waitingOnReviewer.map((c) => c.number)).toEqual([1]);
  });

  it("a reviewer with only their own token (no app key) gets the same report", async () => {
    const { stdout: asApp } = await cli(["report", "registry/support", "--json"]);
    const elsewhere = mkdtempSync(join(tmpdir(), "report-as-person-"));
    try {
      const slug = harness.github.bot.login.replace("[bot]", "");
      const { stdout } = await cli(
        ["report", "registry/support", "--json", "--app-slug", slug],
        { GITHUB_TOKEN: harness.github.userToken("bob"), GHE_HOST: harness.github.host, GHE_PROTOCOL: "http" },
        elsewhere,
      );
      const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), generatedAt: null });
      expect(strip(stdout)).toEqual(strip(asApp));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("recovery-triage code with a reviewer's key", () => {
  let desk: Harness;
  let keyDir: string;
  const ALICE_KEY = new Verifier(SECRET).reviewerKey("alice", 1);
  beforeAll(async () => {
    desk = await startHarness({
      files: { ".github/recovery-triage.yml": "reviewers: [alice, bob]\n" },
      roles: { alice: "write", bob: "write" },
      verifier: new Verifier(SECRET),
    });
    await desk.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
    await desk.github.settled();
    keyDir = mkdtempSync(join(tmpdir(), "cli-reviewer-"));
    // A leftover .env with a broken app key: the reviewer's code command must never read it.
    writeFileSync(join(keyDir, ".env"), "APP_ID=1\nPRIVATE_KEY=not-a-key\nRECOVERY_SECRET=\n");
  }, 30_000);
  afterAll(async () => {
    await desk?.stop();
    rmSync(keyDir, { recursive: true, force: true });
  });
  const asReviewer = (key: string, token: string | null) =>
    cli(
      ["code", `${desk.github.owner}/${desk.github.repo}#1`],
      { REVIEWER_KEY: key, GHE_HOST: desk.github.host, GHE_PROTOCOL: "http", ...(token ? { GITHUB_TOKEN: token } : {}) },
      keyDir,
    );

  it("issues a working code with only the reviewer's GitHub token and REVIEWER_KEY (no app key, no master)", async () => {
    const { stdout } = await asReviewer(ALICE_KEY, desk.github.userToken("alice"));
    expect(stdout).toMatch(/^Case registry\/support#1: account jbber, requester @jbber; minted with alice's key v1\.$/m);
    const code = /^Code: (\d{8})$/m.exec(stdout)![1]!;
    await desk.github.comment(1, "alice", "/verify email");
    await desk.github.settled();
    await desk.github.comment(1, "jbber", `/code ${code}`);
    await desk.github.settled();
    expect(desk.github.thread(1).issue.labels).toContain("recovery: verified");
    const card = desk.github.thread(1).comments[0]!.body;
    expect(card).toContain("code issued by `alice (key v1)`");
    // The requests the CLI made were the reviewer's own: no app JWT, no installation token.
    expect(desk.github.requests.some((r) => r.path === "/user")).toBe(true);
  });

  it("refuses locally when the key is someone else's, or the token's user cannot write to the repository", async () => {
    const failure = (await asReviewer(new Verifier(SECRET).reviewerKey("bob", 1), desk.github.userToken("alice")).then(
      () => null,
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("this REVIEWER_KEY is bob's; the GitHub token is alice's");
    const outsider = (await asReviewer(new Verifier(SECRET).reviewerKey("mallory", 1), desk.github.userToken("mallory")).then(
      () => null,
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(outsider.stderr).toContain("mallory is not a maintainer of registry/support");
  });
});
