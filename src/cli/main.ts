#!/usr/bin/env node
// `recovery-triage <command>`: the desk's command line.
import { sweepAll } from "../case/sweep.js";
import { configJsonSchema } from "../config/schema.js";
import { sendMail } from "../verification/smtp.js";
import { verifierFromEnv } from "../verification/codes.js";
import { issueCode, parseTarget } from "./code.js";
import { runDemo } from "./demo.js";
import { probotFromEnv } from "./env.js";

const USAGE = `usage: recovery-triage <command>

  demo                                  run the app against a local stand-in for GitHub and print what people see
  code <owner>/<repo>#<n> [--send --to <address>]
                                        issue the one-time email code for a case (prints the email to send);
                                        --send sends it through SMTP_URL (from SMTP_FROM)
  sweep                                 reconcile every open request of every installation once (reminders,
                                        stale cases, challenges, lost events); for cron or a scheduled workflow
  schema                                print the JSON Schema of .github/recovery-triage.yml

code and sweep use the server's environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST, GHE_PROTOCOL,
RECOVERY_SECRET.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "demo":
      await runDemo();
      return 0;
    case "schema":
      process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      return 0;
    case "code":
      return code(rest);
    case "sweep":
      return sweep();
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  }
}

async function code(args: string[]): Promise<number> {
  const target = parseTarget(args[0]);
  if (!target) throw new Error("name the case as <owner>/<repo>#<number>");
  const send = args.includes("--send");
  const to = args[args.indexOf("--to") + 1];
  if (send && (!args.includes("--to") || !to)) throw new Error("--send needs --to <address>");
  const verifier = verifierFromEnv();
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (use the server's environment)");

  const issued = await issueCode(probotFromEnv(), target, verifier, new Date());
  process.stdout.write(
    [
      `Code for ${target.owner}/${target.repo}#${target.number} (account ${issued.username}, requester @${issued.requester}): ${issued.code}`,
      `Valid until ${issued.expiresAt.toISOString()}. Send it ONLY to the address the registry has on file for the account,`,
      "then comment `/verify email` on the issue.",
      "",
      `Subject: ${issued.email.subject}`,
      "",
      issued.email.text,
      "",
    ].join("\n"),
  );
  if (send) {
    if (!process.env.SMTP_URL) throw new Error("SMTP_URL is not set");
    await sendMail(process.env.SMTP_URL, { from: process.env.SMTP_FROM ?? "recovery-desk@localhost", to: to!, ...issued.email });
    process.stdout.write(`Sent to ${to}.\n`);
  }
  return 0;
}

async function sweep(): Promise<number> {
  const probot = probotFromEnv();
  const { data: app } = await (await probot.auth()).rest.apps.getAuthenticated();
  const report = await sweepAll(probot, { botLogin: `${app?.slug}[bot]`, verifier: verifierFromEnv(), now: () => new Date(), log: probot.log });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    process.stderr.write(`recovery-triage: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
