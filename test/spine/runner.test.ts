// The runner, directly: load → gather → decide → plan → apply → record for one case, against an
// in-memory repository standing in for the adapter. What only the runner does is checked here: a
// request is taken in with its card and one issue update; running it again changes nothing; a
// reviewer GitHub refuses after all is decided around in the same run (the refusal remembered); an
// issue that is no request is left alone.
import { describe, expect, it } from "@jest/globals";
import { runCase, type RunnerDeps } from "../../src/spine/runner.js";
import type { Comment, RepoClient } from "../../src/github/repo-client.js";
import type { Issue } from "../../src/github/issue-shape.js";
import { parse } from "yaml";
import { parseConfig } from "../../src/config/lenient.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { Assignability } from "../../src/github/assignability.js";
import { decodeState } from "../../src/domain/case/state.js";
import { body } from "../helpers/fixtures.js";

const BOT = "desk[bot]";
const NOW = new Date("2026-12-01T12:00:00Z");

/** One repository's issues and comments in memory, answering as GitHub would; `refuse` makes a call throw. */
class MemoryRepo {
  readonly ref = { owner: "registry", repo: "support" };
  readonly writes: string[] = [];
  readonly refuse: { assignee?: string; lock?: boolean } = {};
  readonly issues = new Map<number, Issue>();
  readonly comments: (Comment & { issue: number })[] = [];
  private nextId = 1000;

  file(number: number, author: string, text: string, labels = ["account-recovery"]): void {
    this.issues.set(number, { number, author, title: "Account recovery request", body: text, labels, assignees: [], open: true });
  }
  async getIssue(number: number) {
    return { ...this.issues.get(number)! };
  }
  async listComments(number: number) {
    return this.comments.filter((c) => c.issue === number).map(({ issue: _issue, ...c }) => c);
  }
  async listOpenRequests() {
    return [...this.issues.values()].filter((i) => i.open);
  }
  async listNewestOpenRequests() {
    return this.listOpenRequests();
  }
  async canBeAssigned() {
    return true;
  }
  async createCommentOnce(number: number, text: string) {
    this.writes.push(`comment #${number}`);
    const id = this.nextId++;
    this.comments.push({ id, issue: number, author: BOT, body: text, createdAt: NOW.toISOString() });
    return id;
  }
  async updateComment(id: number, text: string) {
    this.writes.push(`edit ${id}`);
    this.comments.find((c) => c.id === id)!.body = text;
  }
  async updateIssue(number: number, patch: { labels?: string[]; assignees?: string[]; state?: string }) {
    if (this.refuse.assignee && patch.assignees?.includes(this.refuse.assignee)) {
      throw Object.assign(new Error("HTTP 422"), { status: 422, response: { data: { errors: [{ field: "assignees" }] } } });
    }
    this.writes.push(`update #${number} ${JSON.stringify(patch)}`);
    const issue = this.issues.get(number)!;
    this.issues.set(number, {
      ...issue,
      ...(patch.labels ? { labels: patch.labels } : {}),
      ...(patch.assignees ? { assignees: patch.assignees } : {}),
      ...(patch.state ? { open: patch.state === "open" } : {}),
    });
  }
  async lockIssue(number: number) {
    if (this.refuse.lock) throw Object.assign(new Error("HTTP 403"), { status: 403 });
    this.writes.push(`lock #${number}`);
  }
}

function deskOn(repo: MemoryRepo, config = "reviewers: [alice, bob]\n"): RunnerDeps {
  return {
    repo: repo as unknown as RepoClient,
    botLogin: BOT,
    config: parseConfig(parse(config)),
    form: builtInForm,
    now: () => NOW,
    verifier: null,
    assignability: new Assignability(() => NOW.getTime()),
    pending: null,
    relate: async () => undefined,
  };
}

const cardOf = async (repo: MemoryRepo, n: number) => decodeState((await repo.listComments(n)).find((c) => c.author === BOT)!.body)!;

describe("the runner, on one case", () => {
  it("takes a request in with its card and one issue update; run again, it writes nothing", async () => {
    const repo = new MemoryRepo();
    repo.file(1, "jbber", body("form-jbber"));
    const deps = deskOn(repo);
    const first = await runCase(deps, 1, { kind: "opened" }, "jbber");
    expect(first).toEqual({ writes: 2, status: "triage" });
    expect(repo.writes).toEqual(["comment #1", expect.stringMatching(/^update #1 .*"recovery: triage".*"assignees":\["(alice|bob)"\]/)]);
    const state = await cardOf(repo, 1);
    expect(state).toMatchObject({ status: "triage", username: "jbber" });
    expect(["alice", "bob"]).toContain(state.reviewer);

    const again = await runCase(deps, 1, { kind: "sweep" }, BOT);
    expect(again.writes).toBe(0);
    expect(repo.writes).toHaveLength(2);
  });

  it("a reviewer GitHub refuses to assign after all: decided again in the same run without them, and remembered", async () => {
    const repo = new MemoryRepo();
    repo.refuse.assignee = "alice";
    repo.file(1, "jbber", body("form-jbber"));
    repo.file(2, "sam", body("form-jbber").replace("\njbber\n", "\nsam-k\n"));
    const deps = deskOn(repo, "reviewers: [alice]\n");
    const run = await runCase(deps, 1, { kind: "opened" }, "jbber");
    expect(run.status).toBe("triage");
    expect((await cardOf(repo, 1)).reviewer).toBeNull();
    expect(repo.issues.get(1)!.assignees).toEqual([]);
    expect(repo.issues.get(1)!.labels).toContain("recovery: triage");
    // The next case does not offer alice to GitHub again: the refusal is remembered.
    const before = repo.writes.length;
    await runCase(deps, 2, { kind: "opened" }, "sam");
    expect(repo.writes.slice(before).filter((w) => w.includes('"alice"'))).toEqual([]);
  });

  it("an issue that is no request is left alone", async () => {
    const repo = new MemoryRepo();
    repo.file(3, "someone", "The docs have a typo on the upload page.", []);
    const run = await runCase(deskOn(repo), 3, { kind: "opened" }, "someone");
    expect(run).toEqual({ writes: 0, status: null });
    expect(repo.writes).toEqual([]);
  });
});
