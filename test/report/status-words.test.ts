// Each status in each reader's words: the card speaks to the requester ("Waiting for you"), the
// page, report.json and the CLI report to reviewers, who would read "you" as themselves.
import { describe, expect, it } from "@jest/globals";
import { renderCard } from "../../src/domain/case/card.js";
import { STATUS_RULES, STATUSES } from "../../src/domain/case/statuses.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { buildReport } from "../../src/domain/report/build.js";
import { casePage, reportPage } from "../../src/domain/report/html.js";
import type { CaseSummary } from "../../src/domain/report/summary.js";
import { reportText } from "../../src/domain/report/text.js";
import { config, state } from "../helpers/cases.js";

const NOW = new Date("2026-11-25T12:00:00Z");
const summary = (status: (typeof STATUSES)[number], number = 1): CaseSummary => ({
  number,
  title: "Account recovery request",
  status,
  author: "someone",
  reviewer: "alice",
  openedAt: "2026-11-01T12:00:00Z",
  firstReviewerActionAt: null,
  decidedAt: null,
  evidence: null,
  timeline: [{ at: "2026-11-01T12:00:00Z", by: "someone", status }],
});
/** The page's text as a reader sees it (tags dropped). */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replaceAll("&#39;", "'");

describe("the words for each status", () => {
  it.each(STATUSES.map((s) => [s]))("%s: the card has the requester's words, the page and reports the reviewers'", (status) => {
    const rule = STATUS_RULES[status];
    // The card's status line starts with the requester's words (a why or a who may follow them).
    expect(renderCard(state({ status }), { config: config(), form: builtInForm })).toContain(`**Status: ${rule.headline}`);
    const report = buildReport("o/r", [summary(status)], NOW);
    const page = text(
      reportPage(
        report,
        (n) => `cases/${n}/`,
        (n) => `https://github.com/o/r/issues/${n}`,
      ),
    );
    const trail = text(casePage("o/r", summary(status), "../", "https://github.com/o/r/issues/1"));
    for (const shown of [page, trail, reportText(report)]) expect(shown).toContain(rule.forReviewers);
    // Reviewers never read a sentence addressed to the requester.
    expect(rule.forReviewers).not.toMatch(/\byou(r)?\b/i);
    expect(page).not.toMatch(/\byou\b/i);
  });

  it("a reviewer looking for the cases that need information finds them by name", () => {
    const report = buildReport("o/r", [summary("needs-info", 1), summary("verifying", 2), summary("triage", 3)], NOW);
    expect(
      text(
        reportPage(
          report,
          (n) => `cases/${n}/`,
          (n) => `https://github.com/o/r/issues/${n}`,
        ),
      ),
    ).toContain("Needs information — waiting on the requester");
    expect(report.waitingOnReviewer.map((c) => c.statusText)).toEqual(["In the queue — waiting for a reviewer to start"]);
  });
});
