// The exact requests when GitHub will not assign someone: asked first (one read per new assignee,
// remembered), refused reviewers skipped and named, and a 422 answered without leaving the
// update half-applied.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { decodeState } from "../../src/domain/case/state.js";
import { state } from "../helpers/cases.js";
import { cardFor, CONFIG } from "../helpers/cards.js";
import { commentEvent, GitHubMock, issuesEvent, newProbot, request } from "../helpers/github-mock.js";

let github: GitHubMock;
beforeEach(() => {
  nock.disableNetConnect();
  github = new GitHubMock();
});
afterEach(() => github.finish());

describe("assignees GitHub refuses", () => {
  it("a configured reviewer who cannot be assigned is skipped for the next in turn, and named for maintainers", async () => {
    const issue = request(); // #10 of [alice, bob, carol] → bob first
    github.refusedAssignees.add("bob");
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.reads.filter((r) => r.startsWith("assignable"))).toEqual(["assignable bob", "assignable carol"]);
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"], assignees: ["carol"] });
    expect(decodeState(github.card())).toMatchObject({ reviewer: "carol", skippedReviewers: ["bob"] });
    expect(github.card()).toContain("GitHub refused to assign `bob` on this repository");
  });

  it("nobody assignable: the request is still labelled, with no reviewer", async () => {
    const issue = request();
    for (const r of ["alice", "bob", "carol"]) github.refusedAssignees.add(r);
    github.issue(issue).config(CONFIG).form(null).openRequests([issue]);
    await newProbot().receive(issuesEvent("opened", issue));
    expect(github.update()).toEqual({ labels: ["account-recovery", "recovery: triage"] });
    expect(decodeState(github.card())).toMatchObject({ reviewer: null, skippedReviewers: ["bob", "carol", "alice"] });
  });

  it("a 422 after all: the rest of the update is applied, then the case is decided again without that login", async () => {
    const issue = request({ labels: ["account-recovery", "recovery: triage"] });
    github.refusedOnUpdate.add("bob");
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state({ reviewer: "bob", queueAhead: 0 })) }])
      .config(CONFIG)
      .form(null)
      .openRequests([issue]);
    github.permission("alice", "write");
    await newProbot().receive(commentEvent(issue, { id: 70, author: "alice", body: "/verify email" }));
    expect(github.refusedWrites.map((w) => w.body)).toEqual([{ labels: ["account-recovery", "recovery: verifying"], assignees: ["bob"] }]);
    const updates = github.writes.filter((w) => w.method === "PATCH" && w.path.endsWith("/issues/10")).map((w) => w.body);
    expect(updates).toEqual([{ labels: ["account-recovery", "recovery: verifying"] }, { assignees: ["carol"] }]);
    const cards = github.writes
      .filter((w) => String(w.body.body ?? "").includes("recovery-triage:state"))
      .map((w) => decodeState(String(w.body.body))!);
    expect(cards[0]).toMatchObject({ status: "verifying", reviewer: "bob" });
    // (this mock serves the issue as it was, so the second decision starts from the old card)
    expect(cards.at(-1)).toMatchObject({ reviewer: "carol", skippedReviewers: ["bob"] });
  });
});

describe("a repository challenge on a repository the app cannot see", () => {
  it("is refused when it is asked for, with one read of the repository", async () => {
    const issue = request({ labels: ["account-recovery", "recovery: triage"], assignees: ["bob"] });
    github.invisibleRepos.add("octo/private");
    github
      .issue(issue, [{ id: 55, author: "recovery-triage[bot]", body: cardFor(state({ queueAhead: 0 })) }])
      .config(CONFIG)
      .form(null)
      .permission("alice", "write");
    await newProbot().receive(commentEvent(issue, { id: 71, author: "alice", body: "/verify repo octo/private" }));
    expect(github.reads).toContain("repository octo/private");
    expect(github.writes.map((w) => w.method)).toEqual(["POST"]);
    expect(github.created()[0]).toContain("`/verify` was not run: the app cannot see octo/private");
  });
});
