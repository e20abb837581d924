// The reviewers' page where no server serves it: the scheduled run writes it as a static site
// (for a GitHub Pages artifact) — the same HTML the server serves, with the same
// Content-Security-Policy as a meta element, since a static host sets no headers. Public
// repositories only, as the server's page: a private one writes nothing.
import { webBaseUrl } from "../../config/environment.js";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CaseRecords } from "../../memory/case-records.js";
import { buildReport, type DeskReport } from "../../domain/report/build.js";
import { casePage, CONTENT_SECURITY_POLICY, escapeHtml, reportPage } from "../../domain/report/html.js";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`;
const withCsp = (html: string) => html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${CSP_META}`);

/** Writes index.html, report.json and cases/{n}/index.html under `dir`; the report, or null for a private repository. */
export function writeSite(records: CaseRecords, repository: string, dir: string, now: Date): DeskReport | null {
  const known = records.publicCases(repository);
  if (!known) return null;
  const report = buildReport(repository, known.cases, now, known.deferred);
  mkdirSync(dir, { recursive: true });
  const issueLink = (n: number) => `${webBaseUrl()}/${report.repository}/issues/${n}`;
  writeFileSync(join(dir, "index.html"), withCsp(reportPage(report, (n) => `cases/${n}/`, issueLink)));
  writeFileSync(join(dir, "report.json"), JSON.stringify(report));
  for (const summary of known.cases) {
    const caseDir = join(dir, "cases", String(summary.number));
    mkdirSync(caseDir, { recursive: true });
    writeFileSync(join(caseDir, "index.html"), withCsp(casePage(report.repository, summary, "../../", issueLink(summary.number))));
  }
  return report;
}

/**
 * Whether the page differs from the one the last run wrote (its stamp kept at `stampPath`, beside
 * the memory the workflow caches): what the page says, not when it was made, so a sweep that
 * changed nothing deploys nothing. Records this page as the last one.
 */
export function pageChanged(report: DeskReport, stampPath: string): boolean {
  const { generatedAt: _made, ...content } = report;
  const stamp = createHash("sha256").update(JSON.stringify(content)).digest("hex");
  let previous = "";
  try {
    previous = readFileSync(stampPath, "utf8").trim();
  } catch {
    // No stamp: the first run, or the cache was lost; the page is new.
  }
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, `${stamp}\n`);
  return stamp !== previous;
}
