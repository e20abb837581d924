#!/usr/bin/env node
// `recovery-triage <command>`: the desk's command line. Arguments are parsed strictly (node:util
// parseArgs): an unknown flag, a missing value or a stray argument is a usage error (exit 2, one
// line), `--help` prints help and does nothing else. Commands that act as the app load `.env` and
// the environment exactly as the server does (config/environment.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { sweepWithNewDesk } from "../desk/sweep.js";
import { loadDotEnv, probotFromEnv, recoverySecret, smtpSettings } from "../config/environment.js";
import { CONFIG_PATH, configReport, formPathOf } from "../config/report.js";
import { configJsonSchema } from "../config/schema.js";
import { AppIdentity } from "../github/identity.js";
import { verifierFor } from "../verification/codes.js";
import { sendMail } from "../mail/smtp.js";
import { issueCode, parseTarget } from "../desk/issue-code.js";
import { runDemo } from "./demo.js";
import { loadReport } from "../desk/report-loader.js";
import { reportText } from "../report/text.js";
import { start } from "./start.js";

/** A mistake in how the command was called: exit 2. */
class UsageError extends Error {}

interface Command {
  usage: string;
  summary: string;
  /** What the command reads from the environment, for its help. */
  env?: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  positionals: number;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const SERVER_ENV = "APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL (from the environment or .env)";

const COMMANDS: Record<string, Command> = {
  start: {
    usage: "start",
    summary: "run the app's server; before it is registered, serve the page that registers it on GitHub",
    env: `${SERVER_ENV}, WEBHOOK_SECRET, RECOVERY_SECRET, PORT, HOST, REDIS_URL, SWEEP_INTERVAL_MINUTES`,
    options: {},
    positionals: 0,
    run: () => start(),
  },
  demo: {
    usage: "demo",
    summary: "run the app against a local stand-in for GitHub and print what people see (no account, no network)",
    options: {},
    positionals: 0,
    run: async () => {
      await runDemo();
      return 0;
    },
  },
  code: {
    usage: "code <owner>/<repo>#<number> [--send --to <address>]",
    summary: "issue the one-time email code for a case and print the email to send; --send sends it through SMTP_URL",
    env: `${SERVER_ENV}, RECOVERY_SECRET; with --send: SMTP_URL (smtp://user:pass@host:587 with STARTTLS, or smtps://…:465), SMTP_FROM`,
    options: { send: { type: "boolean" }, to: { type: "string" } },
    positionals: 1,
    run: code,
  },
  sweep: {
    usage: "sweep",
    summary: "reconcile every open request of every installation once (reminders, stale cases, challenges, lost events); for cron",
    env: `${SERVER_ENV}, RECOVERY_SECRET`,
    options: {},
    positionals: 0,
    run: sweep,
  },
  report: {
    usage: "report <owner>/<repo> [--json]",
    summary: "the desk at a glance (counts, who waits on a reviewer, reviewers' load, speed, decisions per week), read from GitHub",
    env: SERVER_ENV,
    options: { json: { type: "boolean" } },
    positionals: 1,
    run: report,
  },
  "check-config": {
    usage: "check-config [file]",
    summary: "check .github/recovery-triage.yml (or the file named) and the issue form it points to; exit 1 on problems",
    options: {},
    positionals: -1,
    run: checkConfig,
  },
  schema: {
    usage: "schema",
    summary: "print the JSON Schema of .github/recovery-triage.yml",
    options: {},
    positionals: 0,
    run: async () => {
      process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      return 0;
    },
  },
};

function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

function overview(): string {
  const lines = ["usage: recovery-triage <command> [options]", "", "commands:"];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push("", "recovery-triage <command> --help   the command's usage", "recovery-triage --version          the version");
  return lines.join("\n");
}

function commandHelp(c: Command): string {
  return [`usage: recovery-triage ${c.usage}`, "", c.summary, ...(c.env ? ["", `reads: ${c.env}`] : [])].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${overview()}\n`);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : null;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  // -1: at most one, optional.
  const allowed = command.positionals === -1 ? parsed.positionals.length <= 1 : parsed.positionals.length === command.positionals;
  if (!allowed) {
    throw new UsageError(command.positionals === 0 ? `${name} takes no arguments` : `usage: recovery-triage ${command.usage}`);
  }
  // Commands that act as the app see the same settings as the server.
  loadDotEnv();
  return command.run(values, parsed.positionals);
}

async function report(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const match = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(positionals[0] ?? "");
  if (!match) throw new UsageError("name the repository as <owner>/<repo>");
  const probot = probotFromEnv();
  const botLogin = await new AppIdentity(probot).login();
  const loaded = await loadReport(probot, match[1]!, match[2]!, botLogin, new Date());
  process.stdout.write(values.json ? `${JSON.stringify(loaded, null, 2)}\n` : reportText(loaded));
  return 0;
}

async function code(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const target = parseTarget(positionals[0]);
  if (!target) throw new UsageError("name the case as <owner>/<repo>#<number>");
  const to = values.to as string | undefined;
  if (values.send && !to) throw new UsageError("--send needs --to <address>");
  if (to && !values.send) throw new UsageError("--to only goes with --send (without --send nothing is sent)");
  const smtp = smtpSettings();
  if (values.send && !smtp) throw new Error("SMTP_URL is not set");
  const verifier = verifierFor(recoverySecret());
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (use the server's environment)");

  const issued = await issueCode(probotFromEnv(), target, verifier, new Date());
  process.stdout.write(
    [
      `Code for ${target.owner}/${target.repo}#${target.number} (account ${issued.username}, requester ` +
        `@${issued.requester}): ${issued.code}`,
      `Valid until ${issued.expiresAt.toISOString()}. Send it ONLY to the address the registry has on file for the account,`,
      "then comment `/verify email` on the issue.",
      "",
      `Subject: ${issued.email.subject}`,
      "",
      issued.email.text,
      "",
    ].join("\n"),
  );
  if (values.send && smtp) {
    await sendMail(smtp.url, { from: smtp.from, to: to!, ...issued.email });
    process.stdout.write(`Sent to ${to}.\n`);
  }
  return 0;
}

async function checkConfig(_values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const file = positionals[0] ?? CONFIG_PATH;
  const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : null);
  const config = read(file);
  if (config === null && positionals[0]) throw new Error(`${file} does not exist`);
  // The form path in the file is relative to the repository: the file's repository, when it sits in .github/.
  const root = file.endsWith(CONFIG_PATH) ? file.slice(0, file.length - CONFIG_PATH.length) || "." : ".";
  const report = configReport({ config, form: read(join(root, formPathOf(config))) });
  const count = report.problems.length;
  const lines = [`${file}: ${count === 0 ? "no problems" : `${count} problem${count === 1 ? "" : "s"}`}`];
  for (const p of report.problems) lines.push(`  ✗ ${p}`);
  for (const n of report.notes) lines.push(`  · ${n}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

async function sweep(): Promise<number> {
  const probot = probotFromEnv();
  const report = await sweepWithNewDesk(probot);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`recovery-triage: ${(error as Error).message}${usage ? " (see recovery-triage --help)" : ""}\n`);
    process.exit(usage ? 2 : 1);
  },
);
