// The view, tested directly: what GitHub should show for a case (labels, assignees, open or
// closed) and the one issues.update that gets it there — or none when nothing differs.
import { describe, expect, it } from "@jest/globals";
import { desiredView, issuePatch } from "../../src/domain/case/view.js";
import { config, issue, state } from "../helpers/cases.js";

const CONFIG = config();

describe("the view of a case", () => {
  it("a new request in the queue: the request and status labels, its reviewer; one update, labels and assignee together", () => {
    const view = desiredView(state(), issue(), CONFIG);
    expect(view).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"], close: null, reopen: false });
    expect(issuePatch(issue(), view)).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
  });

  it("nothing differs (labels in another case and order): no write at all", () => {
    const now = issue({ labels: ["Recovery: Triage", "account-recovery"], assignees: ["BOB"] });
    expect(issuePatch(now, desiredView(state(), now, CONFIG))).toBeNull();
  });

  it("a status change swaps the status label, keeps people's own labels, and closes with the status's reason", () => {
    const now = issue({ labels: ["account-recovery", "recovery: triage", "help wanted"], assignees: ["bob"] });
    expect(issuePatch(now, desiredView(state({ status: "denied" }), now, CONFIG))).toEqual({
      labels: ["account-recovery", "help wanted", "recovery: denied"],
      state: "closed",
      state_reason: "not_planned",
    });
    expect(issuePatch(now, desiredView(state({ status: "duplicate", duplicateOf: 3 }), now, CONFIG))).toMatchObject({
      state: "closed",
      state_reason: "not_planned",
    });
    expect(issuePatch(now, desiredView(state({ status: "resolved" }), now, CONFIG))).toMatchObject({ state_reason: "completed" });
  });

  it("a closed case is not assigned anew; a closed issue is not closed again; reopening is asked only of a closed one", () => {
    const closed = issue({ open: false, labels: ["account-recovery", "recovery: resolved"] });
    const view = desiredView(state({ status: "resolved", reviewer: "carol" }), closed, CONFIG);
    expect(view.assignees).toEqual([]);
    expect(issuePatch(closed, view)).toBeNull();
    expect(desiredView(state(), closed, CONFIG, [], true).reopen).toBe(true);
    expect(issuePatch(closed, desiredView(state(), closed, CONFIG, [], true))).toMatchObject({ state: "open" });
    expect(desiredView(state(), issue(), CONFIG, [], true).reopen).toBe(false);
  });

  it("conflict, security and the test instance add their labels; a reviewer unassigned leaves, the new one comes", () => {
    const now = issue({ assignees: ["alice", "dave"] });
    const view = desiredView(
      state({ conflictsWith: [4], security: { at: "2026-11-20T10:00:00.000Z", kinds: ["api-token"] }, testInstance: true }),
      now,
      CONFIG,
      ["alice"],
    );
    expect(view.labels).toEqual(["account-recovery", "recovery: triage", "recovery: testpypi", "recovery: conflict", "security"]);
    expect(view.assignees).toEqual(["dave", "bob"]);
  });

  it("labels an admin renamed are the ones written; a body or title rewrite joins the same update", () => {
    const renamed = config({ labels: { ...CONFIG.labels, triage: "Verification in Process" } });
    const view = desiredView(state(), issue(), renamed);
    expect(view.labels).toEqual(["account-recovery", "Verification in Process"]);
    expect(issuePatch(issue(), view, { body: "redacted body", title: "Account recovery request" })).toEqual({
      body: "redacted body",
      labels: ["account-recovery", "Verification in Process"],
      assignees: ["bob"],
    });
  });
});
