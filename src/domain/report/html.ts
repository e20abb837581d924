// The reviewers' page as HTML: real headings and tables, a server-drawn SVG chart with a text
// alternative and the same numbers as a table, readable on a phone, and nothing fetched from
// anywhere (no scripts, fonts or CDNs): the one style block is allowed by its hash in the page's
// Content-Security-Policy. Every value from an issue is escaped.
// Markup is written as template literals; their lines are as long as the markup needs.
/* eslint max-len: ["error", { "code": 140, "ignoreTemplateLiterals": true, "ignoreStrings": true }] */
import { createHash } from "node:crypto";
import { STATUS_RULES, STATUSES } from "../case/statuses.js";
import { utcMinute } from "../text/dates.js";
import type { DeskReport, LanguageChoice, Spread } from "./build.js";
import { LANGUAGE_NAMES, type LanguageCode } from "../../language/languages.js";
import type { CaseSummary } from "./summary.js";

const STYLE = [
  "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.4;color:#1b1f24;background:#fff}",
  "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left}",
  "th[scope=col]{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}",
  ".scroll{overflow-x:auto}svg{max-width:100%;height:auto}.resolved{fill:#1a7f37}.denied{fill:#cf222e}.waiting{fill:none;stroke:#0969da;stroke-width:2}",
  "a{color:#0550ae}caption{text-align:left;font-weight:600;padding:.25rem 0}",
].join("");

/** The Content-Security-Policy every page is served with: nothing may load, only the page's own style block applies. */
export const CONTENT_SECURITY_POLICY =
  `default-src 'none'; style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'; ` +
  "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style></head><body>${body}</body></html>`
  );
}

const table = (caption: string, head: string[], rows: string[][], numeric: number[] = []) =>
  `<div class="scroll"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((cell, i) => (numeric.includes(i) ? `<td class="n">${cell}</td>` : `<td>${cell}</td>`)).join("")}</tr>`).join("")}</tbody></table></div>`;

const CHOSEN: Record<LanguageChoice, string> = {
  detected: "detected",
  requester: "chosen by the requester",
  maintainer: "chosen by a maintainer",
};

/** The language a case is written in besides English, in its own name and in English, and how it was set. */
export function languageText(code: LanguageCode, by: LanguageChoice | null): string {
  return by ? `${LANGUAGE_NAMES[code]} — ${CHOSEN[by]}` : LANGUAGE_NAMES[code];
}

/** The oldest waiting cases listed on the page (a phone can scroll this far); report.json has them all. */
const WAITING_SHOWN = 200;

/** A duration for people: hours below two days, days above. */
export const hours = (h: number | null) => (h === null ? "—" : h < 48 ? `${h} h` : `${Math.round((h / 24) * 10) / 10} days`);
const spreadCells = (s: Spread) => [hours(s.medianHours), hours(s.p90Hours), String(s.count)];

/** `caseLink`: the case's page here; `issueLink`: its issue on GitHub. */
export function reportPage(report: DeskReport, caseLink: (n: number) => string, issueLink: (n: number) => string): string {
  const repo = escapeHtml(report.repository);
  const counts = STATUSES.filter((s) => report.counts[s] > 0).map((s) => [
    escapeHtml(STATUS_RULES[s].forReviewers),
    String(report.counts[s]),
  ]);
  const waiting = report.waitingOnReviewer
    .slice(0, WAITING_SHOWN)
    .map((c) => [
      `<a href="${escapeHtml(caseLink(c.number))}">#${c.number}</a> ${escapeHtml(c.title)} ` +
        `(<a href="${escapeHtml(issueLink(c.number))}">on GitHub</a>)`,
      c.account ? escapeHtml(c.account) : "not given yet",
      escapeHtml(languageText(c.language, c.languageBy)),
      escapeHtml(STATUS_RULES[c.status].forReviewers),
      String(c.ageDays),
      c.reviewer ? escapeHtml(c.reviewer) : "not assigned",
      c.evidence ? escapeHtml(c.evidence) : "none yet",
    ]);
  const reviewers = report.reviewers.map((r) => [escapeHtml(r.login), String(r.open), String(r.oldestAgeDays)]);
  const speed = [
    ["Time to the first reviewer action", ...spreadCells(report.firstAction.days30), ...spreadCells(report.firstAction.days90)],
    ["Time to a decision", ...spreadCells(report.decision.days30), ...spreadCells(report.decision.days90)],
  ];
  const weeks = report.decisionsPerWeek.map((w) => [
    w.weekStart,
    String(w.resolved),
    String(w.denied),
    String(w.waitingAtEnd),
    w.medianWaitDays === null ? "—" : String(w.medianWaitDays),
  ]);
  const body =
    `<header><h1>Recovery desk: ${repo}</h1><p>${report.open} open request${report.open === 1 ? "" : "s"}. ` +
    `Updated ${escapeHtml(utcMinute(report.generatedAt))} from the cases' own cards: this page shows only what the issues show in public.</p>` +
    deferredNote(report.deferred) +
    `</header><main>` +
    `<section aria-labelledby="by-status"><h2 id="by-status">Cases by status</h2>${table("Cases by status", ["Status", "Cases"], counts, [1])}</section>` +
    `<section aria-labelledby="waiting"><h2 id="waiting">Waiting on a reviewer, oldest first</h2>` +
    (waiting.length
      ? table(
          "Cases whose next step is a reviewer's",
          ["Case", "Account", "Language", "Status", "Age (days)", "Reviewer", "Evidence"],
          waiting,
          [4],
        )
      : "<p>None.</p>") +
    `</section><section aria-labelledby="reviewers"><h2 id="reviewers">Reviewers</h2>` +
    (reviewers.length
      ? table("Open cases per reviewer", ["Reviewer", "Open cases", "Oldest (days)"], reviewers, [1, 2])
      : "<p>No open case has a reviewer.</p>") +
    `</section><section aria-labelledby="speed"><h2 id="speed">How fast</h2>` +
    table(
      "Median and 90th percentile, for cases measured in the last 30 and 90 days",
      [
        "Measure",
        "30 days: median",
        "30 days: 90th percentile",
        "30 days: cases",
        "90 days: median",
        "90 days: 90th percentile",
        "90 days: cases",
      ],
      speed,
      [3, 6],
    ) +
    `</section><section aria-labelledby="per-week"><h2 id="per-week">Decisions per week</h2>${chart(report)}` +
    table(
      "Decisions per week (the chart's numbers)",
      ["Week starting", "Approved", "Denied", "Waiting at the week's end", "Median wait then (days)"],
      weeks,
      [1, 2, 3, 4],
    ) +
    "</section></main>";
  return page(`Recovery desk: ${report.repository}`, body);
}

/**
 * Why a backlog is not all in yet: the sweep keeps GitHub's hourly write budget for people (new
 * requests, commands) and takes the rest up when the budget has room again.
 */
function deferredNote(deferred: DeskReport["deferred"]): string {
  if (!deferred) return "";
  const cases = deferred.cases === 1 ? "1 case waits" : `${deferred.cases} cases wait`;
  return (
    `<p role="status">${cases} for GitHub's hourly write budget: the desk takes them up from ${escapeHtml(utcMinute(deferred.until))}. ` +
    `New requests and commands are not kept waiting; the budget is kept for them.</p>`
  );
}

/** Stacked bars, approved under denied, one per week; the numbers are also in the table below it. */
function chart(report: DeskReport): string {
  const weeks = report.decisionsPerWeek;
  const max = Math.max(1, ...weeks.map((w) => w.resolved + w.denied));
  const [width, height, bar] = [600, 200, 36];
  const step = width / weeks.length;
  const total = weeks.reduce((n, w) => n + w.resolved + w.denied, 0);
  // The requests still waiting at each week's end, as a line on the same scale (its own maximum).
  const most = Math.max(1, ...weeks.map((w) => w.waitingAtEnd));
  const points = weeks
    .map((w, i) => `${Math.round(i * step + step / 2)},${height - 20 - Math.round((w.waitingAtEnd / most) * (height - 30))}`)
    .join(" ");
  const bars = weeks
    .map((w, i) => {
      const x = Math.round(i * step + (step - bar) / 2);
      const resolved = Math.round((w.resolved / max) * (height - 30));
      const denied = Math.round((w.denied / max) * (height - 30));
      return (
        `<rect class="resolved" x="${x}" y="${height - 20 - resolved}" width="${bar}" height="${resolved}"></rect>` +
        `<rect class="denied" x="${x}" y="${height - 20 - resolved - denied}" width="${bar}" height="${denied}"></rect>` +
        `<text x="${x + bar / 2}" y="${height - 5}" font-size="10" text-anchor="middle">${w.weekStart.slice(5)}</text>`
      );
    })
    .join("");
  return (
    `<figure><svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="chart-title">Decisions per week, last ${weeks.length} weeks</title>` +
    `<desc id="chart-desc">${total} decisions in ${weeks.length} weeks; the most in one week: ${max === 1 && total === 0 ? 0 : max}. ` +
    `Green: approved; red: denied; the line: requests still waiting at each week's end (the most: ${most}). ` +
    `The table below has every number.</desc>${bars}<polyline class="waiting" points="${points}"></polyline></svg>` +
    `<figcaption>Approved (green) and denied (red) requests per week; the line shows how many were still waiting at ` +
    `each week's end.</figcaption></figure>`
  );
}

/** One case's full trail: every entry, who, and the rule that made it. */
export function casePage(repository: string, summary: CaseSummary, back: string, issueUrl: string): string {
  const rows = summary.timeline.map((e) => [
    escapeHtml(utcMinute(e.at)),
    escapeHtml(e.by),
    escapeHtml(STATUS_RULES[e.status].forReviewers),
    escapeHtml(e.note ?? ""),
    escapeHtml(e.why ?? "not recorded (before reasons were kept)"),
  ]);
  const body =
    `<header><p><a href="${escapeHtml(back)}">← ${escapeHtml(repository)}</a></p>` +
    `<h1>#${summary.number} ${escapeHtml(summary.title)}</h1>` +
    `<p><a href="${escapeHtml(issueUrl)}">The issue on GitHub</a>; account ${summary.account ? escapeHtml(summary.account) : "not given yet"}; ` +
    `language ${escapeHtml(languageText(summary.language?.code ?? "en", summary.language?.by ?? null))}.</p>` +
    `<p>${escapeHtml(STATUS_RULES[summary.status].forReviewers)}; ` +
    `reviewer ${summary.reviewer ? escapeHtml(summary.reviewer) : "not assigned"}; evidence: ${summary.evidence ? escapeHtml(summary.evidence) : "none yet"}.</p></header>` +
    `<main><h2>What happened, and why</h2>${table("The case's trail", ["When", "Who", "Status", "Note", "Why (rule and inputs)"], rows)}</main>`;
  return page(`#${summary.number}: ${repository}`, body);
}
