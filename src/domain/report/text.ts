// The report as plain text for a terminal (`recovery-triage report`); `--json` prints DeskReport itself.
import { STATUS_RULES, STATUSES } from "../case/statuses.js";
import type { DeskReport, Spread } from "./build.js";
import { hours } from "./html.js";

const spread = (s: Spread) => `median ${hours(s.medianHours)}, 90th percentile ${hours(s.p90Hours)} (${s.count} cases)`;
/** Characters a terminal would act on (escapes, line breaks). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Titles are user text: one line, no control characters (no terminal escapes), clipped. */
const flat = (text: string) => Array.from(text.replace(CONTROL, " ")).slice(0, 60).join("");

export function reportText(report: DeskReport): string {
  const lines = [`Recovery desk ${report.repository}: ${report.open} open (${report.generatedAt})`, "", "By status:"];
  for (const s of STATUSES)
    if (report.counts[s] > 0) lines.push(`  ${String(report.counts[s]).padStart(5)}  ${STATUS_RULES[s].forReviewers}`);
  lines.push("", "Waiting on a reviewer, oldest first:");
  for (const c of report.waitingOnReviewer.slice(0, 20))
    lines.push(
      `  #${c.number}  ${c.ageDays} days  ${c.reviewer ?? "unassigned"}  ${flat(c.title)}${c.evidence ? `  [${flat(c.evidence)}]` : ""}`,
    );
  if (report.waitingOnReviewer.length > 20) lines.push(`  …and ${report.waitingOnReviewer.length - 20} more`);
  lines.push("", "Reviewers:");
  for (const r of report.reviewers) lines.push(`  ${r.login}: ${r.open} open, oldest ${r.oldestAgeDays} days`);
  lines.push(
    "",
    `First reviewer action: last 30 days ${spread(report.firstAction.days30)}; last 90 days ${spread(report.firstAction.days90)}`,
    `Decision: last 30 days ${spread(report.decision.days30)}; last 90 days ${spread(report.decision.days90)}`,
    "",
    "Decisions per week (approved/denied):",
    `  ${report.decisionsPerWeek.map((w) => `${w.weekStart.slice(5)} ${w.resolved}/${w.denied}`).join("  ")}`,
  );
  return `${lines.join("\n")}\n`;
}
