// The desk at a glance, computed: the numbers the page and the CLI show, from the cases' summaries.
import { describe, expect, it } from "@jest/globals";
import { buildReport } from "../../src/report/build.js";
import type { CaseSummary } from "../../src/report/summary.js";
import { CaseRecords } from "../../src/memory/case-records.js";
import { reportPage } from "../../src/report/html.js";
import { config, state } from "../helpers/cases.js";

const NOW = new Date("2026-11-25T12:00:00Z"); // a Wednesday
const at = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const summary = (over: Partial<CaseSummary>): CaseSummary => ({
  number: 1,
  title: "Account recovery request",
  status: "triage",
  author: "someone",
  reviewer: "alice",
  openedAt: at(10),
  firstReviewerActionAt: null,
  decidedAt: null,
  evidence: null,
  timeline: [],
  ...over,
});

describe("the report", () => {
  it("medians and 90th percentiles over the right window, in hours", () => {
    const decided = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d, i) =>
      summary({ number: i + 1, status: "resolved", openedAt: at(d + 20), decidedAt: at(20) }),
    );
    const old = summary({ number: 50, status: "denied", openedAt: at(100), decidedAt: at(60) });
    const report = buildReport("o/r", [...decided, old], NOW);
    expect(report.decision.days30).toEqual({ count: 10, medianHours: 120, p90Hours: 216 });
    expect(report.decision.days90).toEqual({ count: 11, medianHours: 144, p90Hours: 240 });
    expect(report.firstAction.days30).toEqual({ count: 0, medianHours: null, p90Hours: null });
  });

  it("counts decisions in Monday-to-Sunday weeks, the current week last", () => {
    const report = buildReport(
      "o/r",
      [
        summary({ number: 1, status: "resolved", decidedAt: "2026-11-23T00:00:00Z" }), // this Monday
        summary({ number: 2, status: "denied", decidedAt: "2026-11-22T23:59:00Z" }), // last Sunday
        summary({ number: 3, status: "resolved", decidedAt: "2026-01-01T00:00:00Z" }), // out of the chart
      ],
      NOW,
    );
    expect(report.decisionsPerWeek.at(-1)).toEqual({ weekStart: "2026-11-23", resolved: 1, denied: 0 });
    expect(report.decisionsPerWeek.at(-2)).toEqual({ weekStart: "2026-11-16", resolved: 0, denied: 1 });
    expect(report.decisionsPerWeek.reduce((n, w) => n + w.resolved + w.denied, 0)).toBe(2);
  });

  it("waiting on a reviewer: oldest first, never cases waiting on the requester or on hold", () => {
    const report = buildReport(
      "o/r",
      [
        summary({ number: 1, openedAt: at(3) }),
        summary({ number: 2, openedAt: at(9), status: "verified" }),
        summary({ number: 3, openedAt: at(30), status: "needs-info", reviewer: null }),
        summary({ number: 4, openedAt: at(40), status: "on-hold" }),
      ],
      NOW,
    );
    expect(report.waitingOnReviewer.map((c) => [c.number, c.ageDays])).toEqual([
      [2, 9],
      [1, 3],
    ]);
    expect(report.reviewers).toEqual([{ login: "alice", open: 3, oldestAgeDays: 40 }]);
  });

  it("escapes every value from an issue on the page", () => {
    const report = buildReport("o/r", [summary({ title: '<script>alert(1)</script><img src=x onerror="y">' })], NOW);
    const html = reportPage(
      report,
      (n) => `/x/${n}`,
      (n) => `https://github.com/o/r/issues/${n}`,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;");
  });
});

describe("the desk's memory", () => {
  it("never shows a private repository's cases, and counts a change only when the summary changed", () => {
    const index = new CaseRecords();
    index.record("o/private", false, { number: 1, title: "t", state: state() }, config(), NOW);
    index.record("o/public", true, { number: 1, title: "t", state: state() }, config(), NOW);
    expect(index.publicRepositories()).toEqual(["o/public"]);
    expect(index.publicCases("o/private")).toBeNull();
    const version = index.publicCases("o/public")!.version;
    index.record("o/public", true, { number: 1, title: "t", state: state() }, config(), NOW);
    expect(index.publicCases("O/Public")!.version).toBe(version);
    index.record("o/public", true, { number: 1, title: "t", state: state({ status: "on-hold" }) }, config(), NOW);
    expect(index.publicCases("o/public")!.version).toBe(version + 1);
  });
});
