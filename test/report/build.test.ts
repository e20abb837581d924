// The desk at a glance, computed: the numbers the page and the CLI show, from the cases' summaries.
import { describe, expect, it } from "@jest/globals";
import { buildReport } from "../../src/domain/report/build.js";
import type { CaseSummary } from "../../src/domain/report/summary.js";
import { CaseRecords } from "../../src/memory/case-records.js";
import { casePage, reportPage } from "../../src/domain/report/html.js";
import { summarise } from "../../src/domain/report/summary.js";
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
    expect(report.decisionsPerWeek.at(-1)).toEqual({
      weekStart: "2026-11-23",
      resolved: 1,
      denied: 0,
      waitingAtEnd: 0,
      medianWaitDays: null,
    });
    expect(report.decisionsPerWeek.at(-2)).toEqual({
      weekStart: "2026-11-16",
      resolved: 0,
      denied: 1,
      waitingAtEnd: 0,
      medianWaitDays: null,
    });
    expect(report.decisionsPerWeek.reduce((n, w) => n + w.resolved + w.denied, 0)).toBe(2);
  });

  it("what reviewers ask first: how many were still waiting at each week's end, and their median wait then", () => {
    const report = buildReport(
      "o/r",
      [
        summary({ number: 1, openedAt: "2026-11-10T12:00:00Z" }), // open: waiting since then
        summary({ number: 2, openedAt: "2026-11-18T12:00:00Z", status: "verifying" }),
        summary({ number: 3, openedAt: "2026-11-11T12:00:00Z", status: "resolved", decidedAt: "2026-11-20T12:00:00Z" }),
        // Closed without a decision (withdrawn) on the 19th: waiting until then only.
        summary({
          number: 4,
          openedAt: "2026-11-12T12:00:00Z",
          status: "withdrawn",
          timeline: [{ at: "2026-11-19T12:00:00Z", by: "x", status: "withdrawn" }],
        }),
      ],
      NOW,
    );
    const [previous, current] = report.decisionsPerWeek.slice(-2);
    // The week of the 16th ended on the 23rd at 00:00: #1 (12.5 days) and #2 (4.5 days) were waiting.
    expect(previous).toMatchObject({ weekStart: "2026-11-16", waitingAtEnd: 2, medianWaitDays: 4.5 });
    // This week, until now (the 25th, 12:00): the same two, 15 and 7 days (the lower middle of an even count).
    expect(current).toMatchObject({ weekStart: "2026-11-23", waitingAtEnd: 2, medianWaitDays: 7 });
    // The week of the 9th ended on the 16th: #1, #3 and #4 were waiting (5.5, 4.5 and 3.5 days).
    expect(report.decisionsPerWeek.at(-3)).toMatchObject({ weekStart: "2026-11-09", waitingAtEnd: 3, medianWaitDays: 4.5 });
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

describe("the requester's language on the reviewers' page", () => {
  const page = (cases: CaseSummary[]) =>
    reportPage(
      buildReport("o/r", cases, NOW),
      (n) => `/x/${n}`,
      (n) => `https://github.com/o/r/issues/${n}`,
    );

  it("is taken from the card's state, and report.json carries it with who set it", () => {
    const detected = summarise(1, "t", at(3), state({ language: { code: "ja", by: "detected" } }), config());
    const chosen = summarise(2, "t", at(2), state({ language: { code: "en", by: "requester" } }), config());
    const english = summarise(3, "t", at(1), state(), config());
    expect([detected.language, chosen.language, english.language]).toEqual([
      { code: "ja", by: "detected" },
      { code: "en", by: "requester" },
      null,
    ]);
    // A record kept before languages has no field: English.
    const { language: _none, ...older } = english;
    const report = buildReport("o/r", [detected, chosen, older], NOW);
    expect(report.waitingOnReviewer.map((c) => [c.number, c.language, c.languageBy])).toEqual([
      [1, "ja", "detected"],
      [2, "en", "requester"],
      [3, "en", null],
    ]);
    expect(JSON.parse(JSON.stringify(report)).waitingOnReviewer[0]).toMatchObject({ language: "ja", languageBy: "detected" });
  });

  it("shows each waiting case's language in its own name and in English, and how it was set", () => {
    const html = page([
      summary({ number: 1, openedAt: at(3), language: { code: "ja", by: "detected" } }),
      summary({ number: 2, openedAt: at(2), language: { code: "de", by: "maintainer" } }),
      summary({ number: 3, openedAt: at(1) }),
    ]);
    expect(html).toContain('<th scope="col">Account</th><th scope="col">Language</th><th scope="col">Status</th>');
    expect(html).toContain("<td>not given yet</td><td>日本語 (Japanese) — detected</td>");
    expect(html).toContain("<td>not given yet</td><td>Deutsch (German) — chosen by a maintainer</td>");
    expect(html).toContain("<td>not given yet</td><td>English</td>");
    expect(casePage("o/r", summary({ language: { code: "zh", by: "detected" } }), "/x/", "https://github.com/o/r/issues/1")).toContain(
      "; account not given yet; language 中文 (Chinese) — detected.</p>",
    );
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

  it("says what the sweep left for the write budget, until the next sweep reaches it all", () => {
    const index = new CaseRecords();
    index.record("o/public", true, { number: 1, title: "t", state: state() }, config(), NOW);
    const version = index.publicCases("o/public")!.version;
    const deferral = { cases: 1, until: "2026-11-25T12:58:30.000Z" };
    index.deferred("o/public", true, deferral);
    index.deferred("o/public", true, { ...deferral });
    const known = index.publicCases("o/public")!;
    expect(known).toMatchObject({ deferred: deferral, version: version + 1 });
    const html = reportPage(buildReport("o/public", known.cases, NOW, known.deferred), String, String);
    expect(html).toContain("1 case waits for GitHub's hourly write budget: the desk takes them up from 2026-11-25 12:58 UTC.");
    index.deferred("o/public", true, null);
    expect(index.publicCases("o/public")).toMatchObject({ deferred: null, version: version + 2 });
    expect(reportPage(buildReport("o/public", [], NOW), String, String)).not.toContain("write budget");
    // A private repository's deferral is kept for nobody to see.
    index.deferred("o/private", false, deferral);
    expect(index.publicCases("o/private")).toBeNull();
  });
});
