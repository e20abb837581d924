#!/usr/bin/env node
// `recovery-triage <command>`: the desk's command line. What argv means is read by arguments.ts
// (strict; a usage error exits 2 with one line); here each command runs. Commands that act as the
// app load `.env` and the environment exactly as the server does (config/environment.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runAction } from "../actions/run.js";
import { deskWorkflow, WORKFLOW_PATH, WORKFLOW_SECRETS } from "../actions/workflow.js";
import { readCommandLine, REPOSITORY, UsageError, type CommandName, type Values } from "./arguments.js";
import { sweepWithNewDesk } from "../app/assemble.js";
import { terminalProgress } from "./progress.js";
import { environment, loadDotEnv, probotAsPerson, probotFromEnv, recoverySecret, smtpSettings } from "../config/environment.js";
import { CONFIG_PATH, configReport, formPathOf } from "../config/report.js";
import { configJsonSchema } from "../config/schema.js";
import { AppIdentity } from "../github/identity.js";
import { parseReviewerKey, verifierFor } from "../domain/verification/codes.js";
import { sendMail } from "../mail/smtp.js";
import { issueCode, parseTarget, type CaseTarget, type IssuedCode } from "./issue-code.js";
import { issueReviewerCode, reviewerToken } from "./reviewer-code.js";
import { loadReport } from "./report-loader.js";
import { dryOctokit, dryRun, type RecordedWrite } from "./dry-run.js";
import { DryOverlay } from "./dry-overlay.js";
import { reportText } from "../domain/report/text.js";
import { start } from "./start.js";
import { explain } from "./errors.js";

/** What each command does; its words and argument rules are in arguments.ts. */
const RUN: Record<CommandName, (values: Values, positionals: string[]) => Promise<number>> = {
  start: () => start(),
  code,
  "reviewer-key": reviewerKey,
  sweep,
  report,
  "check-config": checkConfig,
  "dry-run": dryRunCommand,
  action: async () => (await runAction()).exitCode,
  init: initActions,
  schema: async () => {
    process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
  },
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
  return RUN[line.name](line.values, line.positionals);
}

async function report(values: Values, positionals: string[]): Promise<number> {
  const match = REPOSITORY.exec(positionals[0]!)!;
  const env = environment();
  // As the app when this machine holds its identity; else as the reviewer whose token it has (reading only).
  const asApp = Boolean(Number(env.APP_ID));
  const token = asApp ? null : await reviewerToken(env);
  if (!asApp && !token)
    throw new Error("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN (yours; or log in with `gh auth login`)");
  const probot = token ? probotAsPerson(env, token) : probotFromEnv(env);
  const botLogin = token
    ? `${String(values["app-slug"] ?? "recovery-triage").replace(/\[bot\]$/, "")}[bot]`
    : await new AppIdentity(probot).login();
  const loaded = await loadReport(probot, match[1]!, match[2]!, botLogin, new Date(), token !== null);
  process.stdout.write(values.json ? `${JSON.stringify(loaded, null, 2)}\n` : reportText(loaded));
  return 0;
}

async function reviewerKey(values: Values, positionals: string[]): Promise<number> {
  const verifier = verifierFor(recoverySecret());
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (run this where the server's secret is, as an admin)");
  const login = positionals[0]!;
  const version = Number(values["key-version"] ?? 1);
  process.stdout.write(
    [
      `Code key for ${login} (version ${version}). Hand it to them privately; it mints codes only they can use:`,
      "",
      `  REVIEWER_KEY=${verifier.reviewerKey(login, version)}`,
      "",
      `To revoke it, set in .github/recovery-triage.yml:  verification: { reviewer_keys: { ${login}: ${version + 1} } }`,
      `and give them the key of version ${version + 1} (recovery-triage reviewer-key ${login} --key-version ${version + 1}).`,
      "",
    ].join("\n"),
  );
  return 0;
}

async function code(values: Values, positionals: string[]): Promise<number> {
  const target = parseTarget(positionals[0])!;
  const to = values.to as string | undefined;
  if (values.send && !smtpSettings()) throw new Error("SMTP_URL is not set");
  const env = environment();
  if (env.REVIEWER_KEY) {
    const key = parseReviewerKey(env.REVIEWER_KEY);
    if (!key) throw new Error("REVIEWER_KEY is not a reviewer key (rtk1.<login>.<version>.<…>, from recovery-triage reviewer-key)");
    const issued = await issueReviewerCode(target, key, await reviewerToken(env), env, new Date());
    return printCode(target, issued, `${key.login}'s key v${key.version}`, values, to, issued.notes);
  }
  const verifier = verifierFor(recoverySecret());
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (use the server's environment)");

  const issued = await issueCode(probotFromEnv(), target, verifier, new Date());
  const advice = "Per-reviewer keys are the recommended set-up: no reviewer then needs this secret (recovery-triage reviewer-key).";
  return printCode(target, issued, "the desk's secret", values, to, [advice]);
}

async function printCode(
  target: CaseTarget,
  issued: IssuedCode,
  mintedWith: string,
  values: Values,
  to: string | undefined,
  notes: string[],
) {
  const smtp = smtpSettings();
  process.stdout.write(
    [
      `Case ${target.owner}/${target.repo}#${target.number}: account ${issued.username}, requester @${issued.requester}; ` +
        `minted with ${mintedWith}.`,
      `Code: ${issued.code}`,
      `Valid until ${issued.expiresAt.toISOString()}. Send it ONLY to the address the registry has on file for the account,`,
      "then comment `/verify email` on the issue.",
      ...notes,
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

async function dryRunCommand(values: Values, positionals: string[]): Promise<number> {
  const [, owner, repo] = REPOSITORY.exec(positionals[0]!)!;
  const writes: RecordedWrite[] = [];
  const overlay = new DryOverlay();
  const env = environment();
  // As the app when this machine holds its identity; else as the person whose token it has (read-only either way).
  const asApp = Boolean(Number(env.APP_ID));
  const token = asApp ? null : await reviewerToken(env);
  if (!asApp && !token) {
    throw new Error("set APP_ID and PRIVATE_KEY (the app's identity) or GITHUB_TOKEN (yours; or log in with `gh auth login`)");
  }
  const botLogin = `${String(values["app-slug"] ?? "recovery-triage").replace(/\[bot\]$/, "")}[bot]`;
  const report = token
    ? await dryRun(probotAsPerson(env, token, dryOctokit(writes, overlay)), owner!, repo!, writes, overlay, { as: "person", botLogin })
    : await dryRun(probotFromEnv(env, dryOctokit(writes, overlay)), owner!, repo!, writes, overlay);
  if (values.cards) {
    mkdirSync(String(values.cards), { recursive: true });
    for (const c of report.cases) if (c.card) writeFileSync(join(String(values.cards), `${c.number}.md`), c.card);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, cases: report.cases.map(({ card: _card, ...rest }) => rest) }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `Dry run of ${report.repository}: ${report.requests} open request(s); nothing was written.`,
    `Installing would make ${report.totals.writes} write(s) (${report.totals.comments} comment(s)), about ` +
      `${report.totals.minutesAtGitHubPace} minute(s) at GitHub's pace; within its hourly write budget, the desk ` +
      `takes the backlog in over about ${report.totals.minutesWithinHourlyBudget} minute(s), new requests answered meanwhile.`,
    `By status: ${
      Object.entries(report.totals.byStatus)
        .map(([s, n]) => `${s} ${n}`)
        .join(", ") || "none"
    }`,
    "",
  ];
  for (const c of report.cases) {
    const labels = [...c.labelsAdded.map((l) => `+${l}`), ...c.labelsRemoved.map((l) => `-${l}`)].join(" ");
    const extra = [
      c.duplicateOf ? `duplicate of #${c.duplicateOf}` : "",
      c.conflictsWith.length ? `conflicts with #${c.conflictsWith.join(", #")}` : "",
    ];
    lines.push(
      `#${c.number}  ${c.status ?? "-"}  reviewer ${c.reviewer ?? "none"}  ${labels}  ${extra.filter(Boolean).join("; ")}`.trimEnd(),
    );
    for (const p of c.problems) lines.push(`      ${p}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function checkConfig(_values: Values, positionals: string[]): Promise<number> {
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

async function initActions(values: Values): Promise<number> {
  const text = deskWorkflow({
    appSlug: values["app-slug"] as string,
    action: values.action as string,
    branch: (values.branch as string | undefined) ?? null,
    sweepMinute: 17,
    pages: Boolean(values.pages),
  });
  if (existsSync(WORKFLOW_PATH) && !values.force) throw new Error(`${WORKFLOW_PATH} exists; --force replaces it`);
  mkdirSync(dirname(WORKFLOW_PATH), { recursive: true });
  writeFileSync(WORKFLOW_PATH, text);
  const lines = [`Wrote ${WORKFLOW_PATH}. Add in Settings → Secrets and variables → Actions:`];
  for (const [name, kind, what] of WORKFLOW_SECRETS) lines.push(`  ${kind.padEnd(8)} ${name}: ${what}`);
  if (values.pages) lines.push("Then set Settings → Pages → Source to “GitHub Actions” for the reviewers' page.");
  lines.push("Stop the server's own sweep if a server also runs (SWEEP_INTERVAL_MINUTES=0), or stop the server.");
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function sweep(): Promise<number> {
  const probot = probotFromEnv();
  const report = await sweepWithNewDesk(probot, {}, terminalProgress());
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.failures > 0 ? 1 : 0;
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
