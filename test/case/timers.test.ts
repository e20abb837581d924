import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import type { DecideInput } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { config, input, state } from "../helpers/cases.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { EMPTY_HISTORY, withinLimits } from "../../src/domain/case/notices/replies.js";

const START = Date.parse("2026-11-01T00:00:00Z");
const day = (n: number) => new Date(START + n * 86_400_000);
const waiting = (over: Partial<CaseState> = {}) =>
  state({ status: "needs-info", problems: [{ code: "reason-missing" }], waitingSince: day(0).toISOString(), ...over });
const sweep = (previous: CaseState, now: Date, over: Partial<DecideInput> = {}) =>
  decide(input({ kind: "sweep" }, { previous, now, actor: "recovery-triage[bot]", ...over }));

describe("the stale timer", () => {
  it("does nothing before the reminder is due", () => {
    const d = sweep(waiting(), day(13.9));
    expect(d.state).toEqual(waiting());
    expect(d.notices).toEqual([]);
  });

  it("reminds once after remind_after_days, then closes as stale after close_after_days more", () => {
    const reminded = sweep(waiting(), day(14));
    expect(reminded.notices).toEqual([{ kind: "reminder", closeAfterDays: 7 }]);
    expect(reminded.state!.remindedAt).toBe(day(14).toISOString());
    // The next sweeps before the deadline do nothing: one reminder only.
    const again = sweep(reminded.state!, day(20));
    expect(again.notices).toEqual([]);
    expect(again.state).toEqual(reminded.state);
    const closed = sweep(reminded.state!, day(21));
    expect(closed.state!.status).toBe("stale");
    expect(closed.notices).toEqual([{ kind: "stale-closed", days: 21, reopenDays: 90 }]);
  });

  it("the requester's comment resets the clock; a reminder is due 14 days after it", () => {
    const reminded = sweep(waiting(), day(14)).state!;
    const afterComment = sweep(reminded, day(22), { lastRequesterComment: day(16).toISOString() });
    expect(afterComment.state!.status).toBe("needs-info");
    expect(afterComment.notices).toEqual([]);
    expect(sweep(reminded, day(30), { lastRequesterComment: day(16).toISOString() }).notices).toEqual([
      { kind: "reminder", closeAfterDays: 7 },
    ]);
  });

  it("only the requester's comment counts: a maintainer's or a passer-by's comment does not reset the clock", () => {
    const comment = (requester: boolean) =>
      decide(
        input(
          {
            kind: "comment",
            commentId: 1,
            text: "any news?",
            scan: { commands: [], nearMisses: [], dropped: 0 },
            roles: { maintainer: !requester, requester },
          },
          { previous: waiting(), now: day(14), actor: requester ? "jbber" : "someone" },
        ),
      );
    expect(comment(false).notices).toEqual([{ kind: "reminder", closeAfterDays: 7 }]);
    expect(comment(true).notices).toEqual([]);
  });

  it("the requester's edit counts as activity", () => {
    expect(sweep(waiting({ requesterEditAt: day(10).toISOString() }), day(20)).notices).toEqual([]);
  });

  it("on-hold pauses it, and cases waiting on the reviewer have none", () => {
    for (const status of ["on-hold", "triage", "verified"] as const) {
      expect(sweep(waiting({ status }), day(60)).notices).toEqual([]);
    }
  });

  it("follows the configured days", () => {
    const short = config({ stale: { remind_after_days: 2, close_after_days: 1, reopen_within_days: 90 } });
    const reminded = sweep(waiting(), day(2), { config: short });
    expect(reminded.notices).toEqual([{ kind: "reminder", closeAfterDays: 1 }]);
    expect(sweep(reminded.state!, day(3), { config: short }).state!.status).toBe("stale");
  });

  it("runs on any event, not only the sweep (now simply moved)", () => {
    const d = decide(input({ kind: "opened" }, { previous: waiting(), now: day(15) }));
    expect(d.notices).toEqual([{ kind: "reminder", closeAfterDays: 7 }]);
  });
});

describe("repository challenges during the sweep", () => {
  const challenged = state({
    status: "verifying",
    binding: { username: "jbber", testInstance: false, author: "jbber" },
    waitingSince: day(0).toISOString(),
    factors: {
      repo: {
        state: "pending",
        startedAt: day(0).toISOString(),
        by: "alice",
        repo: "octo/pkg",
        branch: "recovery-1",
        expiresAt: day(14).toISOString(),
        doneAt: null,
      },
    },
  });
  const requireRepo = config({
    verification: { ...config().verification, require: ["repo"] },
  });

  it("a pushed branch found by the sweep verifies the case and calls the reviewer", () => {
    const d = sweep(challenged, day(3), { branch: "found", config: requireRepo });
    expect(d.state).toMatchObject({ status: "verified", factors: { repo: { state: "done", doneAt: day(3).toISOString() } } });
    expect(d.notices).toEqual([{ kind: "verified" }]);
  });

  it("a missing branch during the sweep says nothing", () => {
    expect(sweep(challenged, day(3), { branch: "missing", config: requireRepo }).notices).toEqual([]);
  });

  it("on-hold pauses it: no expiry, and a branch found meanwhile waits for the case to resume", () => {
    const held = { ...challenged, status: "on-hold" as const, resumeStatus: "verifying" as const };
    const d = sweep(held, day(30), { config: requireRepo, branch: "found" });
    expect(d.state!.factors.repo!.state).toBe("pending");
    expect(d.notices).toEqual([]);
  });

  it("expires after its date and tells the reviewer", () => {
    const d = sweep(challenged, day(14), { config: requireRepo });
    expect(d.state!.factors.repo!.state).toBe("expired");
    expect(d.notices).toContainEqual({ kind: "challenge-expired", repo: "octo/pkg" });
  });
});

describe("a requester is never stranded by a case the desk closed", () => {
  const closedStale = () => {
    const reminded = sweep(waiting(), day(14));
    return sweep(reminded.state!, day(21)).state!;
  };
  const reply = (
    previous: CaseState,
    now: Date,
    text = "I'm still here, sorry for the delay",
    roles = { maintainer: false, requester: true },
  ) =>
    decide(
      input(
        { kind: "comment", commentId: 5000 + now.getTime() / 1e6, text, scan: readCommands(text), roles },
        { previous, now, actor: "jbber" },
      ),
    );

  it("a reply within the window opens it again, back where it was, with a fresh clock", () => {
    const stale = closedStale();
    expect(stale.status).toBe("stale");
    const back = reply(stale, day(60));
    expect(back.state).toMatchObject({ status: "needs-info", waitingSince: day(60).toISOString(), remindedAt: null, resumeStatus: null });
    expect(back.reopen).toBe(true);
    expect(back.notices).toEqual([{ kind: "reopened" }]);
  });

  it("after the window, a reply changes nothing and /reopen says to open a new request", () => {
    const stale = closedStale();
    const late = reply(stale, day(21 + 91));
    expect(late.state!.status).toBe("stale");
    expect(late.reopen).toBe(false);
    const asked = reply(stale, day(21 + 91), "/reopen");
    expect(asked.notices).toEqual([{ kind: "reopen-too-late", days: 90 }]);
  });

  it("only the requester's reply reopens it", () => {
    expect(reply(closedStale(), day(30), "any news?", { maintainer: false, requester: false }).state!.status).toBe("stale");
  });

  it("/reopen brings back a request its requester withdrew", () => {
    const withdrawn = reply(state({ status: "triage" }), day(1), "/withdraw").state!;
    expect(withdrawn.status).toBe("withdrawn");
    const back = reply(withdrawn, day(5), "/reopen");
    expect(back.state!.status).toBe("triage");
    expect(back.reopen).toBe(true);
  });

  it("a denied case stays denied; the reviewer is told of the reply", () => {
    const denied = state({ status: "denied", decision: { by: "alice", note: "no", at: day(0).toISOString(), forced: false } });
    const d = reply(denied, day(2));
    expect(d.state!.status).toBe("denied");
    expect(d.reopen).toBe(false);
    expect(d.notices).toEqual([{ kind: "reply-after-decision" }]);
    expect(reply(denied, day(2), "/reopen").notices).toEqual([{ kind: "reply-after-decision" }]);
  });
});

describe("the reviewer hears of replies on a denied case at most once a day", () => {
  const history = (hoursAgo: number) => ({
    ...EMPTY_HISTORY,
    sent: { jbber: { daily: [new Date(day(2).getTime() - hoursAgo * 3_600_000).toISOString()] } },
  });

  it.each([
    [2, []],
    [23, []],
    [25, [{ kind: "reply-after-decision" }]],
  ])("the last such reply %s hours ago → %j", (hoursAgo, expected) => {
    expect(withinLimits([{ kind: "reply-after-decision" }], "jbber", history(hoursAgo), day(2))).toEqual(expected);
  });
});

describe("how long: the queue at the desk's recent pace", () => {
  const queued = () => state({ status: "triage", queueAhead: 12 });
  const swept = (previous: CaseState, queue?: { ahead: number; decidedPerWeek: number | null }) =>
    decide(input({ kind: "sweep", ...(queue ? { queue } : {}) }, { previous, now: day(1), actor: "recovery-triage[bot]" }));

  it.each([
    [{ ahead: 9, decidedPerWeek: 2.5 }, 9, 4],
    [{ ahead: 0, decidedPerWeek: 5 }, 0, 1],
    [{ ahead: 30, decidedPerWeek: 0.25 }, 30, 124],
    [{ ahead: 9, decidedPerWeek: null }, 9, null],
  ])("%j → %s ahead, about %s weeks", (queue, ahead, weeks) => {
    expect(swept(queued(), queue).state).toMatchObject({ queueAhead: ahead, waitWeeks: weeks });
  });

  it("changes nothing when the rounded estimate and the position are the same (no card edit)", () => {
    const once = swept(queued(), { ahead: 9, decidedPerWeek: 2.5 }).state!;
    expect(swept(once, { ahead: 9, decidedPerWeek: 2.6 }).state).toBe(once);
  });

  it("only requests waiting in the queue get an estimate", () => {
    const verifying = state({ status: "verifying", queueAhead: 3 });
    expect(swept(verifying, { ahead: 1, decidedPerWeek: 3 }).state).toBe(verifying);
  });
});
