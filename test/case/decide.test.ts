import { describe, expect, it } from "@jest/globals";
import { decide, needsOpenCases } from "../../src/domain/case/decide.js";
import type { OpenCase } from "../../src/domain/case/assign.js";
import { newCaseState } from "../../src/domain/case/state.js";
import { config, input, invalid, issue, NOW, state, valid } from "../helpers/cases.js";

const at = NOW.toISOString();
const open = (number: number, author: string, username: string | null, assignees: string[] = []): OpenCase => ({
  number,
  author,
  username,
  assignees,
});

describe("a new request", () => {
  it("valid: joins the queue with a reviewer and its queue position", () => {
    const { state: s, related } = decide(
      input({ kind: "opened" }, { openRequests: [open(3, "a", "x"), open(7, "b", "y"), open(12, "c", "z")] }),
    );
    expect(s).toEqual({
      ...newCaseState({ author: "jbber", username: "jbber", testInstance: false, problems: [], queueAhead: 2 }),
      status: "triage",
      reviewer: "bob",
      timeline: [{ at, by: "jbber", status: "triage", why: "intake: valid; reviewer bob (round-robin)" }],
    });
    expect(related).toEqual([]);
  });

  it("invalid: waits for the requester, nobody assigned, problems kept", () => {
    const { state: s } = decide(
      input({ kind: "opened" }, { validation: invalid([{ code: "username-email" }, { code: "reason-missing" }]) }),
    );
    expect(s).toMatchObject({
      status: "needs-info",
      reviewer: null,
      username: null,
      problems: [{ code: "username-email" }, { code: "reason-missing" }],
    });
    expect(s!.timeline).toEqual([{ at, by: "jbber", status: "needs-info", why: "intake: problems username-email, reason-missing" }]);
  });

  it("keeps a reviewer someone already assigned by hand", () => {
    const { state: s } = decide(input({ kind: "opened" }, { issue: issue({ assignees: ["carol"] }) }));
    expect(s!.reviewer).toBe("carol");
  });

  it("from the same author for an account with an open request: a duplicate of the earliest", () => {
    const openRequests = [open(4, "JBBER", "JBber"), open(6, "jbber", "jbber"), open(10, "jbber", "jbber")];
    const { state: s, related } = decide(input({ kind: "opened" }, { openRequests }));
    expect(s).toMatchObject({ status: "duplicate", duplicateOf: 4, reviewer: null });
    expect(related).toEqual([]);
  });

  it("from a different author: a conflict on both requests, with the same reviewer", () => {
    const openRequests = [open(4, "mallory", "jbber", ["carol"])];
    const { state: s, related } = decide(input({ kind: "opened" }, { openRequests }));
    expect(s).toMatchObject({ status: "triage", reviewer: "carol", conflictsWith: [4] });
    expect(related).toEqual([{ issue: 4, event: { kind: "conflict", other: 10, reviewer: "carol" } }]);
  });

  it("a conflict with an unassigned request gives both the new request's reviewer", () => {
    const { state: s, related } = decide(input({ kind: "opened" }, { openRequests: [open(4, "mallory", "jbber")] }));
    expect(s!.reviewer).toBe("bob");
    expect(related[0]!.event).toEqual({ kind: "conflict", other: 10, reviewer: "bob" });
  });

  it("a later request by the same person is not what makes this one a duplicate", () => {
    const { state: s } = decide(input({ kind: "opened" }, { openRequests: [open(12, "jbber", "jbber")] }));
    expect(s!.status).toBe("triage");
  });

  it("a closed issue seen for the first time is left alone", () => {
    expect(decide(input({ kind: "closed" }, { issue: issue({ open: false }) })).state).toBeNull();
  });

  it("marks the test instance", () => {
    expect(decide(input({ kind: "opened" }, { validation: valid("jbber", true) })).state!.testInstance).toBe(true);
  });
});

describe("edits", () => {
  it("needs-info → triage once fixed, assigned, queue position counted then", () => {
    const previous = state({ status: "needs-info", reviewer: null, username: null, problems: [{ code: "username-email" }] });
    const { state: s } = decide(input({ kind: "edited" }, { previous, openRequests: [open(2, "x", "y")] }));
    expect(s).toMatchObject({ status: "triage", reviewer: "bob", username: "jbber", problems: [], queueAhead: 1 });
    expect(s!.timeline.at(-1)).toEqual({ at, by: "jbber", status: "triage", why: "edit: the request is complete" });
  });

  it("still invalid with other problems: stays in needs-info with the new problems and no new history", () => {
    const previous = state({ status: "needs-info", reviewer: null, username: null, problems: [{ code: "username-email" }] });
    const { state: s } = decide(input({ kind: "edited" }, { previous, validation: invalid([{ code: "reason-missing" }]) }));
    expect(s).toEqual({ ...previous, problems: [{ code: "reason-missing" }], requesterEditAt: at });
  });

  it("nothing relevant changed: the same state", () => {
    const previous = state();
    expect(decide(input({ kind: "edited" }, { previous })).state).toEqual(previous);
  });

  it("a username changed in triage is noted and checked for clashes again", () => {
    const previous = state();
    const { state: s, related } = decide(
      input({ kind: "edited" }, { previous, validation: valid("jbber2"), openRequests: [open(5, "mallory", "jbber2", ["alice"])] }),
    );
    expect(s).toMatchObject({
      status: "triage",
      username: "jbber2",
      reviewer: "bob",
      conflictsWith: [5],
      usernameChange: { from: "jbber", to: "jbber2", at },
    });
    expect(s!.timeline.at(-1)).toEqual({
      at,
      by: "jbber",
      status: "triage",
      note: "username changed",
      why: "edit: username changed, verification reset",
    });
    expect(related).toEqual([{ issue: 5, event: { kind: "conflict", other: 10, reviewer: "bob" } }]);
  });

  it("a triaged request edited into an invalid one goes back to needs-info and keeps its reviewer", () => {
    const { state: s } = decide(
      input({ kind: "edited" }, { previous: state(), validation: invalid([{ code: "box-unchecked", box: "acknowledgement" }]) }),
    );
    expect(s).toMatchObject({ status: "needs-info", reviewer: "bob", username: "jbber" });
  });

  it("edits of closed cases change nothing", () => {
    for (const status of ["duplicate", "withdrawn", "closed"] as const) {
      const previous = state({ status });
      expect(decide(input({ kind: "edited" }, { previous, validation: invalid() })).state).toEqual(previous);
    }
  });
});

describe("closing and reopening by people", () => {
  it("closed by its author: withdrawn", () => {
    const { state: s } = decide(input({ kind: "closed" }, { previous: state(), actor: "JBber", issue: issue({ open: false }) }));
    expect(s).toMatchObject({ status: "withdrawn", closedBy: null });
  });

  it("closed by someone else: recorded with who", () => {
    const { state: s } = decide(input({ kind: "closed" }, { previous: state(), actor: "alice", issue: issue({ open: false }) }));
    expect(s).toMatchObject({ status: "closed", closedBy: "alice" });
    expect(s!.timeline.at(-1)).toEqual({ at, by: "alice", status: "closed", why: "issue closed on GitHub (closed)" });
  });

  it("reopened: validated again, back to triage with its reviewer or to needs-info", () => {
    const reopened = decide(input({ kind: "reopened" }, { previous: state({ status: "withdrawn" }) })).state;
    expect(reopened).toMatchObject({ status: "triage", reviewer: "bob" });
    const broken = decide(
      input({ kind: "reopened" }, { previous: state({ status: "closed", closedBy: "alice" }), validation: invalid() }),
    ).state;
    expect(broken).toMatchObject({ status: "needs-info", closedBy: null });
  });

  it("a reopened duplicate is not closed again", () => {
    const { state: s } = decide(
      input(
        { kind: "reopened" },
        { previous: state({ status: "duplicate", duplicateOf: 4, reviewer: null }), openRequests: [open(4, "jbber", "jbber")] },
      ),
    );
    expect(s).toMatchObject({ status: "triage", duplicateOf: null, reviewer: "bob" });
  });
});

describe("conflicts reported by another request", () => {
  it("are added once, and give an unassigned case the shared reviewer", () => {
    const previous = state({ reviewer: null });
    const first = decide(input({ kind: "conflict", other: 12, reviewer: "carol" }, { previous })).state!;
    expect(first).toMatchObject({ conflictsWith: [12], reviewer: "carol" });
    expect(decide(input({ kind: "conflict", other: 12, reviewer: "carol" }, { previous: first })).state).toEqual(first);
  });
});

describe("when the list of open requests is needed", () => {
  it.each([
    ["a new open issue", { previous: null }, true],
    ["a new closed issue", { previous: null, issue: issue({ open: false }) }, false],
    ["an edit that fixes a needs-info request", { previous: state({ status: "needs-info" }) }, true],
    ["an edit that changes the username", { previous: state(), validation: valid("other") }, true],
    ["an edit that changes nothing", { previous: state() }, false],
    ["an edit that breaks the request", { previous: state(), validation: invalid() }, false],
  ])("%s: %s", (_name, over, expected) => {
    const { openRequests: _ignored, ...rest } = input({ kind: "edited" }, over);
    expect(needsOpenCases(rest)).toBe(expected);
  });

  it("config is used as given", () => {
    expect(decide(input({ kind: "opened" }, { config: config({ reviewers: [] }) })).state!.reviewer).toBeNull();
  });
});
