// `recovery-triage dry-run <owner/repo>`: what installing the desk would write, with nothing written.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY, type Values } from "../arguments.js";
import { environment, probotAsPerson, probotFromEnv } from "../../config/environment.js";
import { readerToken, slugLogin } from "./reader.js";
import { dryOctokit, dryRun, type RecordedWrite } from "../dry-run.js";
import { DryOverlay } from "../dry-overlay.js";

export async function dryRunCommand(values: Values, positionals: string[]): Promise<number> {
  const [, owner, repo] = REPOSITORY.exec(positionals[0]!)!;
  const writes: RecordedWrite[] = [];
  const overlay = new DryOverlay();
  const env = environment();
  // Read-only either way: writes are recorded, never sent.
  const token = await readerToken(env);
  const botLogin = slugLogin(values);
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
