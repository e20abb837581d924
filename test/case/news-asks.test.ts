// "Any update?" on a request in the queue: hidden, and answered with where it stands — once a week
// per request, whoever asks, under the same caps as every reply, never mentioning the reviewer.
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import type { DecideInput, Decision } from "../../src/domain/case/model.js";
import { readReplies, EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import { renderNotices } from "../../src/domain/case/notices/reply-text.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { config, input, NOW, state } from "../helpers/cases.js";

const REQUESTER = { maintainer: false, requester: true };
const PASSER_BY = { maintainer: false, requester: false };
const MAINTAINER = { maintainer: true, requester: false };
let id = 5000;

function comment(text: string, previous: CaseState, roles = REQUESTER, over: Partial<DecideInput> = {}): Decision {
  const actor = roles.requester ? "jbber" : roles.maintainer ? "alice" : "passer";
  return decide(input({ kind: "comment", commentId: ++id, text, scan: readCommands(text), roles }, { previous, actor, ...over }));
}

/** The app's reply to a decision, as it would read in the thread (for the next decision's history). */
function posted(decision: Decision, to: string, at: Date) {
  const body = renderNotices(decision.notices, { author: "jbber", reviewer: "bob" }, config(), to, {
    key: `k${++id}`,
    re: id,
    history: EMPTY_HISTORY,
    now: at,
  });
  return { author: "recovery-triage[bot]", body: body!, createdAt: at.toISOString() };
}

const queued = () => state({ queueAhead: 4, waitWeeks: 3 });

describe("a comment that only asks for news on a request in the queue", () => {
  it("is hidden and answered with the position and the wait; the state does not change", () => {
    const decision = comment("any update?", queued());
    expect(decision.hideComment).toBe(true);
    expect(decision.notices).toEqual([{ kind: "queue-news", ahead: 4, waitWeeks: 3, passerBy: false }]);
    const reply = posted(decision, "jbber", NOW).body;
    expect(reply).toContain("4 requests filed before it are waiting for a reviewer");
    expect(reply).toContain("about 3 weeks");
    // Nobody is mentioned: not the reviewer (bob), not the requester.
    expect(reply).not.toMatch(/@/);
    expect(reply).not.toContain("bob");
    expect(decision.state!.status).toBe("triage");
  });

  it('a passer-by\'s "same problem" is told to open a request of their own', () => {
    const decision = comment("same problem here", queued(), PASSER_BY);
    expect(decision.notices).toEqual([{ kind: "queue-news", ahead: 4, waitWeeks: 3, passerBy: true }]);
    expect(posted(decision, "passer", NOW).body).toContain("please open a request of your own");
  });

  it("is answered at most once a week per request, whoever asks; every one is still hidden", () => {
    const first = comment("any news?", queued());
    const thread = [posted(first, "jbber", NOW)];
    const replies = readReplies(thread, "recovery-triage[bot]");
    const sixDays = new Date(NOW.getTime() + 6 * 86_400_000);
    for (const [text, roles] of [
      ["+1", PASSER_BY],
      ["bump", REQUESTER],
    ] as const) {
      const later = comment(text, queued(), roles, { replies, now: sixDays });
      expect(later.hideComment).toBe(true);
      expect(later.notices).toEqual([]);
    }
    const eightDays = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(comment("any update?", queued(), REQUESTER, { replies, now: eightDays }).notices).toHaveLength(1);
  });

  it("counts under the per-user daily cap too: a user already answered five times today gets no sixth reply", () => {
    const answers = Array.from({ length: 5 }, () => ({
      author: "recovery-triage[bot]",
      body: `x<!-- recovery-triage:reply {"to":"jbber","kinds":["answer"],"key":"k${++id}"} -->`,
      createdAt: NOW.toISOString(),
    }));
    const decision = comment("any update?", queued(), REQUESTER, { replies: readReplies(answers, "recovery-triage[bot]") });
    expect(decision.hideComment).toBe(true);
    expect(decision.notices).toEqual([]);
  });

  it("without a known position it says the request is in the queue, and no wait", () => {
    const decision = comment("请问有进展吗？", state({ queueAhead: null, waitWeeks: null }));
    expect(posted(decision, "jbber", NOW).body).toContain("This request is in the queue, waiting for a reviewer.");
  });
});

describe("left alone", () => {
  it.each([
    ["a comment with new information", "any update? I sent the email on Monday", queued(), REQUESTER],
    ["a maintainer's +1", "+1", queued(), MAINTAINER],
    ["a request not in the queue (waiting on the requester)", "any update?", state({ status: "needs-info" }), REQUESTER],
    ["a request being verified", "any update?", state({ status: "verifying" }), REQUESTER],
    ["a closed request", "any update?", state({ status: "denied" }), REQUESTER],
    ["a command", "/withdraw", queued(), REQUESTER],
  ])("%s", (_what, text, previous, roles) => {
    expect(comment(text, previous, roles).hideComment).toBe(false);
    expect(comment(text, previous, roles).notices.some((n) => n.kind === "queue-news")).toBe(false);
  });

  it("everything, when noise.answer_updates is off", () => {
    const off = config({ noise: { ...config().noise, answer_updates: false } });
    const decision = comment("any update?", queued(), REQUESTER, { config: off });
    expect(decision.hideComment).toBe(false);
    expect(decision.notices).toEqual([]);
  });
});
