// The one executor, directly: a plan is applied in its order with exactly the calls it names, and
// every refusal GitHub may give stops or narrows the plan as the runner expects — a refused lock or
// an undeletable secret stops everything after it, a card another instance made first takes ours
// back, a refused assignee leaves the rest of the update applied. A recording repository stands in
// for the adapter (the stand-in's end-to-end tests cover the adapter itself).
import { describe, expect, it } from "@jest/globals";
import { applyPlan, type WriterDeps } from "../../src/spine/executor.js";
import type { Comment, RepoClient } from "../../src/github/repo-client.js";
import type { Write } from "../../src/domain/case/plan.js";
import type { Issue } from "../../src/github/issue-shape.js";

const BOT = "desk[bot]";
const CARD = "### Account recovery request\n\n<!-- recovery-triage:state v1 {} -->";
const ISSUE: Issue = { number: 7, author: "jsmith", title: "Account recovery", body: "form", labels: [], assignees: [], open: true };

/** A repository that records each call and answers as told; `refuse` names calls that throw. */
function recording(refuse: Partial<Record<string, unknown>> = {}, thread: Comment[] = []) {
  const calls: string[] = [];
  let nextId = 100;
  const call =
    <T>(name: string, answer: (...args: unknown[]) => T) =>
    async (...args: unknown[]): Promise<T> => {
      // A comment's body by its first 24 characters; the creation's own search for it (a function) left out.
      const shown = args.filter((a) => typeof a !== "function").map((a) => (typeof a === "string" ? a.slice(0, 24) : JSON.stringify(a)));
      calls.push(`${name} ${shown.join(" ")}`);
      if (name in refuse) throw refuse[name];
      return answer(...args);
    };
  const repo = {
    createCommentOnce: call("createComment", (_n, body) => {
      const id = nextId++;
      thread.push({ id, author: BOT, body: body as string, createdAt: "" });
      return id;
    }),
    listComments: call("listComments", () => thread),
    updateComment: call("updateComment", () => undefined),
    deleteComment: call("deleteComment", () => undefined),
    minimizeComment: call("minimizeComment", () => undefined),
    updateIssue: call("updateIssue", () => undefined),
    getIssue: call("getIssue", () => ISSUE),
    lockIssue: call("lockIssue", () => undefined),
    unlockIssue: call("unlockIssue", () => undefined),
    addReaction: call("addReaction", () => undefined),
  } as unknown as RepoClient;
  const deps: WriterDeps = { repo, botLogin: BOT, config: {} as WriterDeps["config"] };
  return { deps, calls };
}

const refusal = (status: number, errors: { field: string }[] = []) =>
  Object.assign(new Error(`HTTP ${status}`), { status, response: { data: { errors } } });

describe("the executor applies a plan", () => {
  it("in its order, one call per step, counting each write", async () => {
    const { deps, calls } = recording();
    const plan: Write[] = [
      { kind: "delete-comment", trigger: { commentId: 5 } },
      { kind: "create-card", body: CARD },
      { kind: "reply", body: "@jsmith — a reviewer will look", key: "k1" },
      { kind: "update-issue", patch: { labels: ["recovery: triage"], assignees: ["alice"] }, read: ISSUE },
      { kind: "react", commentId: 6 },
      { kind: "lock" },
    ];
    const applied = await applyPlan(deps, 7, plan);
    expect(calls).toEqual([
      "deleteComment 5",
      "createComment 7 ### Account recovery req",
      "listComments 7", // the card race's check: is ours the first card?
      "createComment 7 @jsmith — a reviewer wil",
      'updateIssue 7 {"labels":["recovery: triage"],"assignees":["alice"]}',
      "addReaction 6 +1",
      "lockIssue 7",
    ]);
    expect(applied).toEqual({ writes: 6, lostCardRace: false, refusedAssignees: [], unremoved: [] });
  });

  it("a refused lock stops the plan: nothing after it, and the runner is told (the card must not say locked)", async () => {
    const { deps, calls } = recording({ lockIssue: refusal(403) });
    const applied = await applyPlan(deps, 7, [{ kind: "lock" }, { kind: "update-card", commentId: 100, body: "locked" }]);
    expect(applied.lockRefused).toBe(true);
    expect(applied.writes).toBe(0);
    expect(calls).toEqual(["lockIssue 7"]);
  });

  it("a secret GitHub will not delete is hidden, recorded as not removed, and nothing after it is applied", async () => {
    const { deps, calls } = recording({ deleteComment: refusal(403) });
    const applied = await applyPlan(deps, 7, [
      { kind: "delete-comment", trigger: { commentId: 5, nodeId: "IC_5" } },
      { kind: "reply", body: "your comment was removed", key: "k2" },
    ]);
    expect(applied.unremoved).toEqual([5]);
    expect(calls).toEqual(["deleteComment 5", "minimizeComment IC_5 RESOLVED"]);
  });

  it("a card another instance made first: ours is taken back and nothing else is written", async () => {
    const theirs: Comment = { id: 50, author: BOT, body: CARD, createdAt: "" };
    const { deps, calls } = recording({}, [theirs]);
    const applied = await applyPlan(deps, 7, [
      { kind: "create-card", body: CARD },
      { kind: "update-issue", patch: { labels: ["recovery: triage"] }, read: ISSUE },
    ]);
    expect(applied).toMatchObject({ lostCardRace: true, writes: 2 });
    expect(calls.slice(-1)).toEqual(["deleteComment 100"]);
    expect(calls.some((c) => c.startsWith("updateIssue"))).toBe(false);
  });

  it("an assignee GitHub refuses after all: the rest of the update is applied, the refused login reported", async () => {
    const { deps, calls } = recording();
    let first = true;
    const update = deps.repo.updateIssue.bind(deps.repo);
    deps.repo.updateIssue = (async (n: number, patch: object) => {
      await update(n, patch as never);
      if (first) {
        first = false;
        throw refusal(422, [{ field: "assignees" }]);
      }
    }) as RepoClient["updateIssue"];
    const applied = await applyPlan(deps, 7, [
      { kind: "update-issue", patch: { labels: ["recovery: triage"], assignees: ["mallory"] }, read: ISSUE },
    ]);
    expect(applied.refusedAssignees).toEqual(["mallory"]);
    expect(applied.writes).toBe(1);
    expect(calls).toEqual([
      'updateIssue 7 {"labels":["recovery: triage"],"assignees":["mallory"]}',
      'updateIssue 7 {"labels":["recovery: triage"]}',
    ]);
  });

  it("an address GitHub will not let it edit out: the comment is removed and the other reply posted", async () => {
    const { deps, calls } = recording({ updateComment: refusal(403) });
    const applied = await applyPlan(deps, 7, [
      {
        kind: "rewrite-comment",
        trigger: { commentId: 5 },
        body: "without the address",
        otherwise: { body: "removed: it held your address", key: "k3" },
      },
    ]);
    expect(calls).toEqual(["updateComment 5 without the address", "deleteComment 5", "createComment 7 removed: it held your ad"]);
    expect(applied.writes).toBe(3);
  });

  it("hiding a news question is tidiness: a refusal costs nothing else", async () => {
    const { deps, calls } = recording({ minimizeComment: refusal(403) });
    const applied = await applyPlan(deps, 7, [
      { kind: "hide-comment", nodeId: "IC_9" },
      { kind: "reply", body: "where it stands", key: "k4" },
    ]);
    expect(calls).toEqual(["minimizeComment IC_9 OUTDATED", "createComment 7 where it stands"]);
    expect(applied.writes).toBe(1);
  });
});
