// Decided cases locked lock_after_days after they closed; a case open again gets its thread back.
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { renderCard } from "../../src/domain/case/card.js";
import type { CaseEvent, DecideInput } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import type { Status } from "../../src/domain/case/statuses.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { config, input, issue, NOW, state } from "../helpers/cases.js";

const DAY = 86_400_000;
const closedOn = "2026-10-01T12:00:00.000Z";
const decided = (status: Status, over: Partial<CaseState> = {}) =>
  state({ status, timeline: [{ at: closedOn, by: "alice", status }], duplicateOf: status === "duplicate" ? 4 : null, ...over });
const daysAfter = (days: number) => new Date(Date.parse(closedOn) + days * DAY);
const sweep = (previous: CaseState, now: Date, over: Partial<DecideInput> = {}) =>
  decide(input({ kind: "sweep" }, { previous, now, issue: issue({ open: false }), actor: "recovery-triage", ...over }));
const withLock = (days: number | null) => config({ noise: { ...config().noise, lock_after_days: days } });

describe("when a decided case is locked", () => {
  it.each(["resolved", "denied", "duplicate"] as const)("%s: not at 29 days, at 30, once", (status) => {
    expect(sweep(decided(status), daysAfter(29.9)).lock).toBeNull();
    const due = sweep(decided(status), daysAfter(30));
    expect(due.lock).toBe("lock");
    expect(due.state!.lockedAt).toBe(daysAfter(30).toISOString());
    // Locked once: someone who unlocks it later is not overruled.
    expect(sweep(due.state!, daysAfter(60)).lock).toBeNull();
  });

  it.each(["withdrawn", "stale"] as const)("%s: not while its requester may still bring it back (stale.reopen_within_days)", (status) => {
    expect(sweep(decided(status), daysAfter(89)).lock).toBeNull();
    expect(sweep(decided(status), daysAfter(90)).lock).toBe("lock");
  });

  it("closed by hand: never (nobody decided)", () => {
    expect(sweep(decided("closed"), daysAfter(400)).lock).toBeNull();
  });

  it("lock_after_days 0 locks in the decision's own event; null never", () => {
    const deny = (cfg: ReturnType<typeof config>) =>
      decide(
        input(
          {
            kind: "comment",
            commentId: 77,
            text: "/deny no",
            scan: readCommands("/deny no"),
            roles: { maintainer: true, requester: false },
          },
          { previous: state(), actor: "alice", config: cfg },
        ),
      );
    expect(deny(withLock(0)).lock).toBe("lock");
    expect(deny(withLock(null)).lock).toBeNull();
    expect(sweep(decided("resolved"), daysAfter(400), { config: withLock(null) }).lock).toBeNull();
  });

  it("a thread someone already locked is left as it is (and is not the desk's lock)", () => {
    const decision = sweep(decided("denied"), daysAfter(31), { issue: issue({ open: false, locked: true }) });
    expect(decision.lock).toBeNull();
    expect(decision.state!.lockedAt).toBeNull();
  });
});

describe("a locked case opened again", () => {
  const locked = decided("denied", { lockedAt: daysAfter(30).toISOString() });
  const lockedIssue = issue({ open: false, locked: true });

  it("reopened on GitHub: the desk lifts its lock", () => {
    const decision = decide(input({ kind: "reopened" }, { previous: locked, issue: lockedIssue, actor: "alice", now: daysAfter(40) }));
    expect(decision.state!.status).toBe("triage");
    expect(decision.lock).toBe("unlock");
    expect(decision.state!.lockedAt).toBeNull();
  });

  it("a maintainer's /reopen: reopens the issue and lifts the lock; the requester's /reopen on a denied case does not", () => {
    const reopen = (roles: { maintainer: boolean; requester: boolean }, actor: string) => {
      const event: CaseEvent = { kind: "comment", commentId: 90, text: "/reopen", scan: readCommands("/reopen"), roles };
      return decide(input(event, { previous: locked, issue: lockedIssue, actor, now: daysAfter(40) }));
    };
    const byMaintainer = reopen({ maintainer: true, requester: false }, "alice");
    expect(byMaintainer).toMatchObject({ reopen: true, lock: "unlock" });
    expect(byMaintainer.state!.status).toBe("triage");
    const byRequester = reopen({ maintainer: false, requester: true }, "jbber");
    expect(byRequester).toMatchObject({ reopen: false, lock: null });
  });
});

describe("the card says it before the lock, and where to go instead", () => {
  const ctx = { config: config(), form: builtInForm };
  it("before: the date; after: that it is locked", () => {
    expect(renderCard(decided("resolved"), ctx)).toContain(
      "This conversation will be locked on 2026-10-31 12:00 UTC so that it stays readable; after that only maintainers can comment here. " +
        "If you need help with an account later, open a new request from this repository's **Issues** tab.",
    );
    expect(renderCard(decided("resolved", { lockedAt: NOW.toISOString() }), ctx)).toContain("This conversation is locked");
    expect(renderCard(decided("duplicate"), ctx)).toContain("Please continue on #4.");
    // A denied case's "reply here" holds only while a reply can land.
    expect(renderCard(decided("denied"), ctx)).toContain("If you have new information, reply here.");
    expect(renderCard(decided("denied", { lockedAt: NOW.toISOString() }), ctx)).not.toContain("reply here");
  });

  it.each(["triage", "closed"] as const)("%s: nothing about locking", (status) => {
    expect(renderCard(decided(status), ctx)).not.toContain("This conversation");
  });
});

describe("a refused lock", () => {
  const refused = (count: number, hoursAgo: number, now: Date) =>
    decided("denied", { lockRefused: { count, at: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString() } });

  it("is recorded as refused, never as locked", () => {
    const now = daysAfter(31);
    const decision = sweep(decided("denied"), now, { lockRefused: true });
    expect(decision.lock).toBeNull();
    expect(decision.state!.lockedAt).toBeNull();
    expect(decision.state!.lockRefused).toEqual({ count: 1, at: now.toISOString() });
  });

  it.each([
    [1, 0.9, null],
    [1, 1, "lock"],
    [2, 1.9, null],
    [2, 2, "lock"],
    [4, 8, "lock"],
    [5, 100, null],
  ] as const)("after %i refusal(s), %f hours later: %s", (count, hoursAgo, lock) => {
    const now = daysAfter(40);
    expect(sweep(refused(count, hoursAgo, now), now).lock).toBe(lock);
  });

  it("given up: the card no longer promises a lock; open again, the refusals are forgotten", () => {
    const now = daysAfter(40);
    expect(renderCard(refused(5, 1, now), { config: config(), form: builtInForm })).not.toContain("will be locked");
    const reopened = decide(
      input(
        { kind: "comment", commentId: 9, text: "/reopen", scan: readCommands("/reopen"), roles: { maintainer: true, requester: false } },
        { previous: refused(2, 1, now), now, issue: issue({ open: false }), actor: "alice" },
      ),
    );
    expect(reopened.state!.lockRefused).toBeNull();
  });
});
