import { describe, expect, it } from "@jest/globals";
import { renderCard, type CardContext } from "../../src/domain/case/card.js";
import { decodeState } from "../../src/domain/case/state.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { config, state } from "../helpers/cases.js";

const ctx = (over: Partial<CardContext> = {}): CardContext => ({ config: config(), form: builtInForm, ...over });
/** The card as a reader sees it: without the hidden block. */
const visible = (card: string) => card.slice(0, card.lastIndexOf("<!--"));

describe("the case card", () => {
  it("in triage: the state, the next step and who takes it, reviewer, queue; nobody is mentioned", () => {
    const card = renderCard(state(), ctx());
    expect(card).toContain("**Status: In the queue — waiting for a reviewer**");
    expect(card).toContain("| Account | `jbber` on PyPI |");
    expect(card).toContain("| Reviewer | `bob` |");
    expect(card).toContain("| Queue | 3 requests filed before yours are waiting for a reviewer |");
    expect(card).toContain("**You don't need to do anything right now.**");
    expect(card).toContain("Never post recovery codes");
    expect(visible(card)).not.toMatch(/@\w/);
    expect(decodeState(card)).toEqual(state());
  });

  it.each([
    [0, "no request filed before yours is waiting for a reviewer"],
    [1, "1 request filed before yours is waiting for a reviewer"],
    [445, "445 requests filed before yours are waiting for a reviewer"],
  ])("queue position %i reads %j", (n, text) => {
    expect(renderCard(state({ queueAhead: n }), ctx())).toContain(`| Queue | ${text} |`);
  });

  it.each([
    [4, "about 4 weeks (a guess from the desk's recent pace)"],
    [1, "about 1 week (a guess from the desk's recent pace)"],
    [null, "we can't estimate it yet"],
  ])("a wait of %s weeks reads %j, never a date", (waitWeeks, text) => {
    expect(renderCard(state({ queueAhead: 3, waitWeeks }), ctx())).toContain(`| Expected wait | ${text} |`);
  });

  it("in needs-info: mentions the requester and lists each problem as one sentence saying how to fix it", () => {
    const card = renderCard(
      state({
        status: "needs-info",
        username: null,
        reviewer: null,
        problems: [
          { code: "username-email" },
          { code: "username-several", names: ["a", "b"] },
          { code: "username-invalid", name: "jb ber" },
          { code: "username-missing" },
          { code: "reason-missing" },
          { code: "box-unchecked", box: "recoveryCodes" },
          { code: "box-unchecked", box: "acknowledgement" },
        ],
      }),
      ctx(),
    );
    expect(card).toContain("**Status: Waiting for you — a few things need fixing**");
    expect(card).toContain("@jbber, we can't start on your request yet:");
    expect(card).toContain("1. The “PyPI Username” field holds an email address. Replace it with your PyPI username");
    expect(card).toContain(
      "2. The “PyPI Username” field names more than one account (`a`, `b`). Keep only one, and open a separate request for each other account.",
    );
    expect(card).toContain("3. `jb ber` can't be a PyPI username. Usernames contain only letters, digits, dots, underscores and hyphens");
    expect(card).toContain("4. The “PyPI Username” field is empty.");
    expect(card).toContain("5. The “Reason for request” field is empty.");
    expect(card).toContain("6. Tick the box under “Recovery Codes”");
    expect(card).toContain("7. Tick the box under “Acknowledgement”");
    expect(card).toContain("choose **Edit**");
    expect(card).toContain("| Account | not given yet |");
    expect(card).toContain("| Reviewer | not assigned yet |");
    expect(card).not.toContain("| Queue |");
  });

  it("uses the repository's own field names and registry name", () => {
    const form = { ...builtInForm, headings: { ...builtInForm.headings, username: "npm login" } };
    const card = renderCard(
      state({ status: "needs-info", problems: [{ code: "username-missing" }] }),
      ctx({ form, config: config({ registry_name: "npm" }) }),
    );
    expect(card).toContain("The “npm login” field is empty. Write the username you sign in to npm with.");
  });

  it("a duplicate links the original", () => {
    const card = renderCard(state({ status: "duplicate", duplicateOf: 4 }), ctx());
    expect(card).toContain("**Status: Closed — you already have an open request**");
    expect(card).toContain("You already have an open request for this account: #4.");
    expect(card).not.toContain("| Reviewer |");
  });

  it("a conflict is explained on the card, without accusing anyone", () => {
    const card = renderCard(state({ conflictsWith: [4, 9] }), ctx());
    expect(card).toContain("other open requests (#4, #9) ask to recover the same account from a different GitHub user");
    expect(card).toContain("with the same reviewer");
  });

  it("a username changed after triage is noted", () => {
    const card = renderCard(state({ username: "new", usernameChange: { from: "old", to: "new", at: "2026-11-23T12:00:00.000Z" } }), ctx());
    expect(card).toContain("the username was changed from `old` to `new` on 2026-11-23 12:00 UTC, after the request entered the queue.");
  });

  it("withdrawn, closed by someone, and the test instance", () => {
    expect(renderCard(state({ status: "withdrawn" }), ctx())).toContain("**Status: Withdrawn**");
    expect(renderCard(state({ status: "closed", closedBy: "alice" }), ctx())).toContain("**Status: Closed by `alice`**");
    expect(renderCard(state({ testInstance: true }), ctx())).toContain("| Account | `jbber` on TestPyPI |");
  });

  it("shows the history with who and when", () => {
    const card = renderCard(state(), ctx());
    expect(card).toContain("<details><summary>History</summary>");
    expect(card).toContain("- 2026-11-20 10:00 UTC — in the queue (`jbber`)");
  });

  it("echoes user text only inside code spans that it cannot break out of", () => {
    const card = renderCard(state({ status: "needs-info", problems: [{ code: "username-invalid", name: "a`@admin <!-- x -->`" }] }), ctx());
    expect(card).toContain("1. `` a`@admin <\u200b!\u200b-\u200b- x -\u200b-\u200b>` `` can't be a PyPI username");
    expect(visible(card)).not.toContain("<!--");
  });

  it("renders the same case to the same bytes", () => {
    expect(renderCard(state(), ctx())).toBe(renderCard(state(), ctx()));
  });
});
