#!/usr/bin/env node
// `recovery-triage <command>`: the desk's command line.
import { configJsonSchema } from "../config/schema.js";
import { runDemo } from "./demo.js";

const USAGE = `usage: recovery-triage <command>

  demo     run the app against a local stand-in for GitHub and print what people would see
  schema   print the JSON Schema of .github/recovery-triage.yml`;

async function main(argv: string[]): Promise<number> {
  switch (argv[0]) {
    case "demo":
      await runDemo();
      return 0;
    case "schema":
      process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return argv[0] === undefined || argv[0] === "help" || argv[0] === "--help" ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`recovery-triage: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
