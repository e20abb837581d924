// The plan, tested directly: a decision as the writes that bring GitHub to it, in the order the
// spine depends on (a code's comment first, the lock before the card that records it, the card
// before the reply it promises, the issue update last), and nothing when nothing differs.
import { describe, expect, it } from "@jest/globals";
import { owedPromise, planCase, withPromise, type PlanInput } from "../../src/domain/case/plan.js";
import type { Issue } from "../../src/github/issue-shape.js";
import { NOW, state } from "../helpers/cases.js";

const ISSUE: Issue = { number: 10, author: "jbber", title: "Account recovery request", body: "", labels: [], assignees: [], open: true };
const CARD = { id: 7, author: "recovery-triage[bot]", body: "the card", createdAt: NOW.toISOString() };
const base: PlanInput = {
  issue: ISSUE,
  card: CARD,
  cardBody: "the card",
  reply: null,
  patch: null,
  deleteComment: false,
  hideComment: false,
  rewriteComment: null,
  lock: null,
  acknowledge: false,
  trigger: null,
  promised: null,
};
const kinds = (input: Partial<PlanInput>) => planCase({ ...base, ...input }).map((w) => w.kind);

describe("the plan of a case", () => {
  it("nothing differs: no write", () => {
    expect(planCase(base)).toEqual([]);
  });

  it("a new request: the card, then the one issue update", () => {
    expect(kinds({ card: null, patch: { labels: ["account-recovery"], assignees: ["bob"] } })).toEqual(["create-card", "update-issue"]);
  });

  it("everything at once, in the spine's order", () => {
    const trigger = { commentId: 55, nodeId: "IC_55" };
    expect(
      kinds({
        promised: { body: "earlier reply", key: "k0" },
        deleteComment: true,
        trigger,
        lock: "lock",
        cardBody: "the card, changed",
        reply: { body: "a reply", key: "k1" },
        patch: { labels: ["x"] },
        acknowledge: true,
      }),
    ).toEqual(["post-promised", "delete-comment", "lock", "update-card", "reply", "update-issue", "react"]);
    // Unlocking comes after the card and before the issue opens again.
    expect(kinds({ lock: "unlock", cardBody: "reopened", patch: { state: "open" } })).toEqual(["update-card", "unlock", "update-issue"]);
  });

  it("a comment is deleted, or else rewritten, or else hidden — one of them; none without its comment", () => {
    const trigger = { commentId: 55, nodeId: "IC_55" };
    const rewrite = { body: "without the address", otherwise: { body: "notice", key: "k" } };
    expect(kinds({ trigger, deleteComment: true, rewriteComment: rewrite, hideComment: true })).toEqual(["delete-comment"]);
    expect(kinds({ trigger, rewriteComment: rewrite, hideComment: true })).toEqual(["rewrite-comment"]);
    expect(kinds({ trigger, hideComment: true })).toEqual(["hide-comment"]);
    expect(kinds({ trigger: { commentId: 55 }, hideComment: true })).toEqual([]);
    expect(kinds({ deleteComment: true, acknowledge: true })).toEqual([]);
  });
});

describe("a promised reply", () => {
  const reply = { body: '@jbber — a reply\n\n<!-- recovery-triage:reply {"key":"k1"} -->', key: "k1" };

  it("is recorded on the card with the decision that promises it", () => {
    expect(withPromise(state(), reply, NOW).outbox).toEqual({ key: "k1", body: reply.body, at: NOW.toISOString() });
    expect(withPromise(state(), null, NOW)).toEqual(state());
  });

  it("is owed while it is recent and no reply of the app's holds its key", () => {
    const previous = withPromise(state(), reply, NOW);
    const later = new Date(NOW.getTime() + 60_000);
    expect(owedPromise(previous, [], "recovery-triage[bot]", later)).toEqual({ body: reply.body, key: "k1" });
    const posted = [{ id: 9, author: "recovery-triage[bot]", body: reply.body, createdAt: later.toISOString() }];
    expect(owedPromise(previous, posted, "recovery-triage[bot]", later)).toBeNull();
    // Someone else quoting the key does not count as posted; a day later the case has moved on.
    const quoted = [{ ...posted[0]!, author: "mallory" }];
    expect(owedPromise(previous, quoted, "recovery-triage[bot]", later)).toEqual({ body: reply.body, key: "k1" });
    expect(owedPromise(previous, [], "recovery-triage[bot]", new Date(NOW.getTime() + 25 * 3_600_000))).toBeNull();
  });
});
