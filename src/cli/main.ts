#!/usr/bin/env node
// `recovery-triage <command>`: the desk's command line. What argv means is read by arguments.ts
// (strict; a usage error exits 2 with one line); each command is a module of commands/ (start is
// start.ts, action the Actions entry's run), loaded when it runs. Commands that act as the app load
// `.env` and the environment exactly as the server does (config/environment.ts).
import { readFileSync } from "node:fs";
import { readCommandLine, UsageError, type CommandName, type Values } from "./arguments.js";
import { explain } from "./errors.js";
import { loadDotEnv } from "../config/dotenv.js";

type Command = (values: Values, positionals: string[]) => Promise<number>;

/**
 * What each command does (one module each in commands/; its words and argument rules are in
 * arguments.ts), loaded only when it runs: `--help`, `--version` and a usage error load none of the
 * app, and a command loads only what it uses.
 */
const RUN: Record<CommandName, () => Promise<Command>> = {
  start: async () => {
    const { start } = await import("./start.js");
    return () => start();
  },
  code: async () => (await import("./commands/code.js")).code,
  "reviewer-key": async () => (await import("./commands/reviewer-key.js")).reviewerKey,
  sweep: async () => (await import("./commands/sweep.js")).sweep,
  report: async () => (await import("./commands/report.js")).report,
  "check-config": async () => (await import("./commands/check-config.js")).checkConfig,
  "dry-run": async () => (await import("./commands/dry-run.js")).dryRunCommand,
  action: async () => async () => (await (await import("../actions/run.js")).runAction()).exitCode,
  init: async () => (await import("./commands/init.js")).initActions,
  schema: async () => (await import("./commands/schema.js")).schema,
};

function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

let debugging = false;

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(argv);
  if (line.kind === "help") process.stdout.write(`${line.text}\n`);
  if (line.kind === "version") process.stdout.write(`${version()}\n`);
  if (line.kind !== "command") return 0;
  // Commands that act as the app see the same settings as the server.
  loadDotEnv();
  // A command's failure is one line (errors.ts); its log says only what went wrong, unless asked for more.
  debugging = line.values.debug === true;
  if (line.name !== "start" && line.name !== "action") process.env.LOG_LEVEL ||= debugging ? "debug" : "error";
  const command = await RUN[line.name]();
  return command(line.values, line.positionals);
}

// A command whose work stopped without finishing (nothing left to wait on, yet not done) must not exit 0.
let finished = false;
process.on("beforeExit", () => {
  if (finished) return;
  process.stderr.write("recovery-triage: stopped before the command finished (a wait that could never end); nothing more was done\n");
  process.exit(1);
});
main(process.argv.slice(2))
  .finally(() => (finished = true))
  .then(
    // Exit once stdout is flushed: a pipe takes a long report asynchronously, and exit() would cut it.
    (exitCode) => process.stdout.write("", () => process.exit(exitCode)),
    (error: unknown) => {
      const usage = error instanceof UsageError;
      if (debugging && !usage) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.stderr.write(
        `recovery-triage: ${usage ? (error as Error).message : explain(error)}${usage ? " (see recovery-triage --help)" : ""}\n`,
      );
      process.exit(usage ? 2 : 1);
    },
  );
