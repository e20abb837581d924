/* eslint max-len: ["error", { "code": 140, "ignoreTemplateLiterals": true }] -- markup, as long as it needs */
// The reviewers' page, served by the app's own HTTP server (Probot's addHandler):
//   /recovery-triage/                          the repositories with cases
//   /recovery-triage/{owner}/{repo}/           the desk at a glance
//   /recovery-triage/{owner}/{repo}/report.json the same, for scripts
//   /recovery-triage/{owner}/{repo}/cases/{n}  one case's full trail
// Built from the desk's memory (memory/case-records.ts), so a view costs no GitHub request; a report is
// rebuilt only when a case changed or a minute passed. Private repositories are never shown.
import { webBaseUrl } from "../../config/environment.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import { buildReport, type DeskReport } from "../../domain/report/build.js";
import { casePage, CONTENT_SECURITY_POLICY, escapeHtml, reportPage } from "../../domain/report/html.js";
import type { CaseRecords } from "../../memory/case-records.js";

export const PAGE_ROOT = "/recovery-triage/";
const REBUILD_AFTER_MS = 60_000;

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

interface Built {
  version: number;
  at: number;
  report: DeskReport;
  html: string;
}

export class ReviewerPages {
  private readonly built = new Map<string, Built>();

  constructor(
    private readonly records: CaseRecords,
    private readonly now: () => Date,
  ) {}

  /** Probot's handler: true when the request was one of these pages. */
  handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (!path.startsWith(PAGE_ROOT) && path !== PAGE_ROOT.slice(0, -1)) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    const seg = path.slice(PAGE_ROOT.length).split("/").filter(Boolean).map(safeDecode);
    if (seg.length === 0) return this.send(res, 200, this.indexPage());
    const repository = `${seg[0]}/${seg[1]}`;
    const built = seg.length >= 2 ? await this.report(repository) : null;
    if (!built) return this.send(res, 404, notFound());
    if (seg.length === 2) return this.send(res, 200, built.html);
    if (seg.length === 3 && seg[2] === "report.json") return this.send(res, 200, JSON.stringify(built.report), "application/json");
    const number = seg[2] === "cases" && seg.length === 4 && /^\d{1,9}$/.test(seg[3]!) ? Number(seg[3]) : null;
    const summary = number === null ? null : this.records.publicCases(repository)?.cases.find((c) => c.number === number);
    if (!summary) return this.send(res, 404, notFound());
    const issueUrl = `${webBaseUrl()}/${built.report.repository}/issues/${summary.number}`;
    return this.send(res, 200, casePage(built.report.repository, summary, `${PAGE_ROOT}${built.report.repository}/`, issueUrl));
  };

  /**
   * The report for a public repository, from cache when no case changed in the last minute. Built
   * anew only after GitHub confirms the repository is still public (one request a minute at most).
   */
  async report(repository: string): Promise<Built | null> {
    let known = this.records.publicCases(repository);
    if (!known) return null;
    const name = this.records.publicRepositories().find((r) => r.toLowerCase() === repository.toLowerCase())!;
    const cached = this.built.get(name);
    const now = this.now();
    if (cached && cached.version === known.version && now.getTime() - cached.at < REBUILD_AFTER_MS) return cached;
    if (!(await this.records.stillPublic(name))) return null;
    known = this.records.publicCases(name);
    if (!known) return null;
    const report = buildReport(name, known.cases, now, known.deferred);
    const built = {
      version: known.version,
      at: now.getTime(),
      report,
      html: reportPage(
        report,
        (n) => `${PAGE_ROOT}${name}/cases/${n}`,
        (n) => `${webBaseUrl()}/${name}/issues/${n}`,
      ),
    };
    this.built.set(name, built);
    return built;
  }

  private indexPage(): string {
    const repos = this.records.publicRepositories();
    const items = repos.map((r) => `<li><a href="${escapeHtml(`${PAGE_ROOT}${r}/`)}">${escapeHtml(r)}</a></li>`).join("");
    return simplePage(
      "Recovery desks",
      repos.length ? `<ul>${items}</ul>` : "<p>No cases yet: the page fills as requests arrive and the sweep runs.</p>",
    );
  }

  private send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8"): true {
    res.writeHead(status, { "content-type": type, "cache-control": "no-cache", ...SECURITY_HEADERS }).end(body);
    return true;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

function simplePage(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function notFound(): string {
  return simplePage("Not found", "<p>No public recovery desk here. Private repositories are never shown.</p>");
}
