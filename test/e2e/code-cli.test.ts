import { JBBER_REF } from "../helpers/cases.js";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sendMail } from "../../src/verification/smtp.js";
import { startHarness, throwawayPrivateKey, type Harness } from "../../src/standin/harness.js";
import { Verifier } from "../../src/verification/codes.js";
import { body } from "../helpers/fixtures.js";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-server.js";

const run = promisify(execFile);
const SECRET = "cli-test-secret-0123456789abcdef";
let harness: Harness;
let smtp: SmtpSink;

beforeAll(async () => {
  harness = await startHarness({ files: { ".github/recovery-triage.yml": "reviewers: [alice]\n" }, verifier: new Verifier(SECRET) });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
  await harness.github.settled();
  smtp = await startSmtpSink();
}, 30_000);

afterAll(async () => {
  await harness?.stop();
  await smtp?.close();
});

const env = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  APP_ID: "1",
  PRIVATE_KEY: throwawayPrivateKey(),
  GHE_HOST: harness.github.host,
  GHE_PROTOCOL: "http",
  RECOVERY_SECRET: SECRET,
  ...extra,
});

describe("recovery-triage code", () => {
  it("prints a code bound to the case and its requester, and sends the email through SMTP_URL", async () => {
    const { stdout } = await run(process.execPath, ["lib/cli/main.js", "code", "registry/support#1", "--send", "--to", "owner@example.org"], {
      env: env({ SMTP_URL: `smtp://desk:pa%24s@127.0.0.1:${smtp.port}`, SMTP_FROM: "desk@example.org" }),
    });
    const code = /: (\d{8})\n/.exec(stdout)?.[1];
    expect(code).toBeDefined();
    expect(stdout).toContain("(account jbber, requester @jbber)");
    expect(stdout).toContain("Sent to owner@example.org.");
    expect(new Verifier(SECRET).checkEmailCode({ ...JBBER_REF, number: 1 }, code!, new Date(), 24, null).result).toBe("ok");

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.from).toBe("<desk@example.org>");
    expect(mail.to).toBe("<owner@example.org>");
    expect(mail.auth).toBe("\u0000desk\u0000pa$s");
    expect(mail.data).toContain("Subject: Your PyPI account recovery code");
    expect(mail.data).toContain(`    /code ${code}`);
    expect(mail.data).toContain("If you did NOT ask for this, someone else may be trying to take over your account");
  }, 30_000);

  it("refuses a case without a valid username, and a missing secret", async () => {
    await expect(run(process.execPath, ["lib/cli/main.js", "code", "registry/support#2"], { env: env() })).rejects.toMatchObject({
      stderr: expect.stringContaining("#2 has no valid username yet"),
    });
    await expect(run(process.execPath, ["lib/cli/main.js", "code", "registry/support#1"], { env: env({ RECOVERY_SECRET: "" }) })).rejects.toMatchObject({
      stderr: expect.stringContaining("RECOVERY_SECRET is not set"),
    });
    await expect(run(process.execPath, ["lib/cli/main.js", "code", "nonsense"], { env: env() })).rejects.toMatchObject({
      stderr: expect.stringContaining("<owner>/<repo>#<number>"),
    });
  }, 30_000);

  it("dot-stuffs lines that start with a dot", async () => {
    await sendMail(`smtp://127.0.0.1:${smtp.port}`, { from: "a@example.org", to: "b@example.org", subject: "s", text: ".hidden\nline" });
    expect(smtp.messages.at(-1)!.data).toContain("\n..hidden\nline\n");
  });
});
