// The command line as words: which commands exist, what each takes, and how argv becomes one of
// them. Strict (node:util parseArgs): an unknown flag, a missing value or a stray argument is a
// usage error (exit 2, one line); `--help` is help and nothing else. No I/O here, so every rule is
// tested as a table (test/cli/arguments.test.ts); main.ts runs what this reads.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {}

export type Values = Record<string, string | boolean | undefined>;

interface CommandSpec {
  usage: string;
  summary: string;
  /** What the command reads from the environment, for its help. */
  env?: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments; -1: at most one, optional. */
  positionals: number;
  /** Rules between its arguments, beyond their count. */
  check?(values: Values, positionals: string[]): void;
}

const SERVER_ENV = "APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL (from the environment or .env)";
export const CASE_TARGET = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})#(\d{1,9})$/;
export const REPOSITORY = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;

export const COMMAND_SPECS = {
  start: {
    usage: "start",
    summary: "run the app's server; before it is registered, serve the page that registers it on GitHub",
    env: `${SERVER_ENV}, WEBHOOK_SECRET, RECOVERY_SECRET, PORT, HOST, REDIS_URL, SWEEP_INTERVAL_MINUTES`,
    options: {},
    positionals: 0,
  },
  code: {
    usage: "code <owner>/<repo>#<number> [--send --to <address>]",
    summary: "issue the one-time email code for a case and print the email to send; --send sends it through SMTP_URL",
    env:
      "REVIEWER_KEY and GITHUB_TOKEN (or the GitHub CLI's login; none for a public repository) — or, on a single-admin desk, " +
      `${SERVER_ENV}, RECOVERY_SECRET; with --send: SMTP_URL (smtp://user:pass@host:587 with STARTTLS, or smtps://…:465), SMTP_FROM`,
    options: { send: { type: "boolean" }, to: { type: "string" } },
    positionals: 1,
    check(values, positionals) {
      if (!CASE_TARGET.test(positionals[0] ?? "")) throw new UsageError("name the case as <owner>/<repo>#<number>");
      if (values.send && !values.to) throw new UsageError("--send needs --to <address>");
      if (values.to && !values.send) throw new UsageError("--to only goes with --send (without --send nothing is sent)");
    },
  },
  "reviewer-key": {
    usage: "reviewer-key <login> [--key-version <n>]",
    summary: "print the code key to hand to a reviewer (derived from RECOVERY_SECRET; raise the version to revoke one)",
    env: "RECOVERY_SECRET",
    options: { "key-version": { type: "string" } },
    positionals: 1,
    check(values, positionals) {
      if (!/^[A-Za-z0-9-]{1,39}$/.test(positionals[0] ?? "")) throw new UsageError("name the reviewer by their GitHub login");
      if (values["key-version"] !== undefined && !/^[1-9]\d{0,5}$/.test(String(values["key-version"])))
        throw new UsageError("--key-version is a whole number from 1");
    },
  },
  sweep: {
    usage: "sweep",
    summary: "reconcile every open request of every installation once (reminders, stale cases, challenges, lost events); for cron",
    env: `${SERVER_ENV}, RECOVERY_SECRET`,
    options: {},
    positionals: 0,
  },
  report: {
    usage: "report <owner>/<repo> [--json] [--app-slug <slug>]",
    summary:
      "the desk at a glance (counts, who waits on a reviewer, reviewers' load, speed, decisions per week), read from GitHub. " +
      "Reads as the app (APP_ID), else as you (GITHUB_TOKEN or `gh auth token`); --app-slug names the app's bot then (recovery-triage)",
    env: `${SERVER_ENV}; or GITHUB_TOKEN`,
    options: { json: { type: "boolean" }, "app-slug": { type: "string" } },
    positionals: 1,
    check(_values, positionals) {
      if (!REPOSITORY.test(positionals[0] ?? "")) throw new UsageError("name the repository as <owner>/<repo>");
    },
  },
  action: {
    usage: "action",
    summary: "run the desk for this workflow run's event, as the app (the step a GitHub Actions workflow runs)",
    env: "GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL (from the runner); APP_ID, PRIVATE_KEY, RECOVERY_SECRET",
    options: {},
    positionals: 0,
  },
  init: {
    usage: "init actions --app-slug <slug> --action <owner/repo@ref> [--branch <name>] [--pages] [--force]",
    summary: "write .github/workflows/recovery-desk.yml (the desk as a workflow) and print the secrets to add",
    options: {
      "app-slug": { type: "string" },
      action: { type: "string" },
      branch: { type: "string" },
      pages: { type: "boolean" },
      force: { type: "boolean" },
    },
    positionals: 1,
    check(values, positionals) {
      if (positionals[0] !== "actions") throw new UsageError('init writes one thing so far: "init actions"');
      if (!values["app-slug"]) throw new UsageError("--app-slug <slug> is needed (the app's bot is <slug>[bot])");
      if (!values.action) throw new UsageError("--action <owner/repo@ref> is needed (where this repository's action.yml is published)");
    },
  },
  "dry-run": {
    usage: "dry-run <owner>/<repo> [--json] [--cards <dir>] [--app-slug <slug>]",
    summary:
      "what installing the desk would do to the open requests (status, problems, labels, reviewer, writes); writes nothing. " +
      "Reads as the app (APP_ID), else as you (GITHUB_TOKEN or `gh auth token`); --app-slug names the app's bot then (recovery-triage)",
    env: `${SERVER_ENV}; or GITHUB_TOKEN`,
    options: { json: { type: "boolean" }, cards: { type: "string" }, "app-slug": { type: "string" } },
    positionals: 1,
    check(_values, positionals) {
      if (!REPOSITORY.test(positionals[0] ?? "")) throw new UsageError("name the repository as <owner>/<repo>");
    },
  },
  "check-config": {
    usage: "check-config [file]",
    summary: "check .github/recovery-triage.yml (or the file named) and the issue form it points to; exit 1 on problems",
    options: {},
    positionals: -1,
  },
  schema: {
    usage: "schema",
    summary: "print the JSON Schema of .github/recovery-triage.yml",
    options: {},
    positionals: 0,
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

export type CommandLine =
  { kind: "help"; text: string } | { kind: "version" } | { kind: "command"; name: CommandName; values: Values; positionals: string[] };

export function overview(): string {
  const lines = ["usage: recovery-triage <command> [options]", "", "commands:"];
  for (const [name, c] of Object.entries(COMMAND_SPECS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push("", "recovery-triage <command> --help   the command's usage", "recovery-triage --version          the version");
  return lines.join("\n");
}

function commandHelp(c: CommandSpec): string {
  return [`usage: recovery-triage ${c.usage}`, "", c.summary, ...(c.env ? ["", `reads: ${c.env}`] : [])].join("\n");
}

/** What argv asks for; a UsageError when it asks wrongly. */
export function readCommandLine(argv: string[]): CommandLine {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return { kind: "help", text: overview() };
  if (name === "--version" || name === "-v") return { kind: "version" };
  if (!Object.hasOwn(COMMAND_SPECS, name)) throw new UsageError(`unknown command "${name}"`);
  const spec: CommandSpec = COMMAND_SPECS[name as CommandName];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      // Every command takes --debug: a failure then prints its stack trace and the log speaks up.
      options: { ...spec.options, help: { type: "boolean", short: "h" }, debug: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const values = parsed.values as Values;
  if (values.help) return { kind: "help", text: commandHelp(spec) };
  const allowed = spec.positionals === -1 ? parsed.positionals.length <= 1 : parsed.positionals.length === spec.positionals;
  if (!allowed) throw new UsageError(spec.positionals === 0 ? `${name} takes no arguments` : `usage: recovery-triage ${spec.usage}`);
  spec.check?.(values, parsed.positionals);
  return { kind: "command", name: name as CommandName, values, positionals: parsed.positionals };
}
