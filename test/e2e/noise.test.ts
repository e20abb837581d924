// Less noise for reviewers, through the doors GitHub uses: signed webhooks into the app, writes to
// the stand-in. A flood of "any update?" costs one reply and one hide each.
import { decodeState } from "../../src/domain/case/state.js";
import { afterEach, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../../standin/harness.js";
import { body } from "../helpers/fixtures.js";

let harness: Harness;
afterEach(async () => harness?.stop());

const FLOOD = [
  ["jbber", "any update?"],
  ["passer1", "+1"],
  ["passer2", "same problem"],
  ["jbber", "Any news on this?"],
  ["passer3", "请问有进展吗？"],
  ["jbber", "bump"],
  ["passer4", "👍"],
  ["jbber", "any updates please?"],
  ["passer5", "Me too!!"],
  ["jbber", "Hello, any news here maybe?"],
  ["passer6", "I have the same issue here, thanks"],
  ["jbber", "Still waiting for a response"],
  ["passer7", "同问 +1"],
  ["jbber", "ping"],
  ["passer8", "same"],
  ["jbber", "Just wanted to follow up on this. Any help would be greatly appreciated."],
  ["passer9", "+1"],
  ["jbber", "有更新吗"],
  ["passer10", "me too"],
  ["jbber", "What's the status of this?"],
] as const;

let clock = Date.parse("2026-11-23T09:00:00Z");

async function queuedRequest(config = "reviewers: [alice]\n"): Promise<Harness> {
  clock = Date.parse("2026-11-23T09:00:00Z");
  // One clock for GitHub's timestamps and the desk's "now", as in production.
  const now = () => new Date(clock);
  harness = await startHarness({
    files: { ".github/recovery-triage.yml": config },
    roles: { alice: "write" },
    now,
    sweepIntervalMinutes: 60,
  });
  await harness.github.openIssue("jbber", "Account recovery request", body("form-jbber"), ["account-recovery"]);
  await harness.github.settled();
  return harness;
}

describe('"any update?" answered by the desk', () => {
  it("a flood of 20 costs one reply and 20 hides as outdated; the reply mentions nobody", async () => {
    const { github } = await queuedRequest();
    const before = github.requests.length;
    const flood = await Promise.all(FLOOD.map(([who, text]) => github.comment(1, who, text)));
    await github.settled();

    const bot = github.bot.login;
    const replies = github
      .thread(1)
      .comments.filter((c) => c.user.login === bot)
      .slice(1);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain("This request is next in the queue");
    expect(replies[0]!.body).not.toMatch(/@\w/);
    for (const c of flood) expect(github.minimized.get(c.id)).toBe("OUTDATED");
    const writes = github.writes(before).map((w) => `${w.method} ${w.path}`);
    // Every write of the flood: 20 hides and one reply. The records of the hidden ones wait for the
    // card's next write (memory/pending-records.ts), as on a server that sweeps itself.
    expect(writes.filter((w) => w !== "POST /graphql")).toEqual(["POST /repos/registry/support/issues/1/comments"]);
    expect(writes.filter((w) => w === "POST /graphql")).toHaveLength(20);

    // A week later the next one is answered again (the card said the same all along).
    clock += 8 * 86_400_000;
    const later = await github.comment(1, "jbber", "any update?");
    await github.settled();
    expect(github.minimized.get(later.id)).toBe("OUTDATED");
    expect(github.thread(1).comments.filter((c) => c.user.login === bot)).toHaveLength(3);
  }, 60_000);

  it("a comment with new information, or a reviewer's, is neither hidden nor answered", async () => {
    const { github } = await queuedRequest();
    const news = await github.comment(1, "jbber", "any update? I sent the email on Monday from the address on file");
    const own = await github.comment(1, "alice", "+1");
    await github.settled();
    expect(github.minimized.has(news.id)).toBe(false);
    expect(github.minimized.has(own.id)).toBe(false);
    expect(github.thread(1).comments.filter((c) => c.user.login === github.bot.login)).toHaveLength(1);
  }, 30_000);

  it("noise.answer_updates: false leaves every one alone", async () => {
    const { github } = await queuedRequest("reviewers: [alice]\nnoise:\n  answer_updates: false\n");
    const ask = await github.comment(1, "jbber", "any update?");
    await github.settled();
    expect(github.minimized.has(ask.id)).toBe(false);
    expect(github.thread(1).comments.filter((c) => c.user.login === github.bot.login)).toHaveLength(1);
  }, 30_000);
});

describe("hides, paced and capped per case", () => {
  it('150 "+1" from passers-by: the first 25 hidden, one reply, no card edit; the sweep hides the same and a lost one', async () => {
    const { github } = await queuedRequest();
    const before = github.requests.length;
    const flood: { id: number }[] = [];
    for (let i = 0; i < 150; i++) flood.push(await github.comment(1, `passer${i}`, "+1"));
    await github.settled();
    const hidden = () => flood.filter((c) => github.minimized.get(c.id)).map((c) => c.id);
    expect(hidden()).toEqual(flood.slice(0, 25).map((c) => c.id));
    const writes = github.writes(before).map((w) => `${w.method} ${w.path}`);
    expect(writes.filter((w) => w === "POST /graphql")).toHaveLength(25);
    expect(writes.filter((w) => w !== "POST /graphql")).toEqual(["POST /repos/registry/support/issues/1/comments"]);
    // The sweep, a day later, reads the same thread and hides nothing more.
    clock += 2 * 3_600_000;
    const swept = github.requests.length;
    await harness.sweep();
    await github.settled();
    expect(github.writes(swept).filter((w) => w.path === "/graphql")).toEqual([]);
    expect(hidden()).toHaveLength(25);
    // Next day, a "+1" whose webhook was lost is hidden by the sweep, as its webhook would have.
    clock += 24 * 3_600_000;
    github.loseNextWebhooks(1);
    const lost = await github.comment(1, "late-passer", "+1");
    await harness.sweep();
    await github.settled();
    expect(github.minimized.get(lost.id)).toBe("OUTDATED");
  }, 120_000);
});

describe("decided cases locked", () => {
  const requestBodies = (from: number) =>
    harness.github.requests
      .slice(from)
      .filter((r) => r.method !== "GET")
      .map((r) => ({ method: r.method, path: r.path, body: r.body }));

  it("the sweep locks a denied case 30 days after it closed; a maintainer's /reopen unlocks it first", async () => {
    const { github } = await queuedRequest();
    await github.comment(1, "alice", "/deny the account's owner could not be reached");
    await github.settled();
    const card = () => github.thread(1).comments[0]!.body;
    expect(card()).toContain("This conversation will be locked on 2026-12-23 09:");
    expect(github.thread(1).issue.locked).toBe(false);

    clock += 29 * 86_400_000;
    await harness.sweep();
    await github.settled();
    expect(github.thread(1).issue.locked).toBe(false);

    clock += 2 * 86_400_000;
    const before = github.requests.length;
    await harness.sweep();
    await github.settled();
    expect(github.thread(1).issue).toMatchObject({ locked: true, active_lock_reason: "resolved" });
    // The lock first; the card says "locked" only once GitHub confirmed it.
    expect(requestBodies(before)).toEqual([
      { method: "PUT", path: "/repos/registry/support/issues/1/lock", body: { lock_reason: "resolved" } },
      {
        method: "PATCH",
        path: "/repos/registry/support/issues/comments/1000",
        body: expect.objectContaining({ body: expect.any(String) }),
      },
    ]);
    expect(card()).toContain("This conversation is locked so that it stays readable");
    // GitHub refuses everyone but collaborators now: the requester's "me too" and pasted codes cannot land.
    await expect(github.comment(1, "passer1", "same problem")).rejects.toThrow(/locked/);
    // The next sweep writes nothing: locked once.
    const quiet = github.requests.length;
    await harness.sweep();
    await github.settled();
    expect(requestBodies(quiet)).toEqual([]);

    const reopening = github.requests.length;
    await github.comment(1, "alice", "/reopen");
    await github.settled();
    const writes = requestBodies(reopening).map((w) => `${w.method} ${w.path}`);
    expect(writes.indexOf("DELETE /repos/registry/support/issues/1/lock")).toBeGreaterThanOrEqual(0);
    expect(writes.indexOf("DELETE /repos/registry/support/issues/1/lock")).toBeLessThan(
      writes.indexOf("PATCH /repos/registry/support/issues/1"),
    );
    expect(github.thread(1).issue).toMatchObject({ locked: false, state: "open" });
    expect(card()).toContain("**Status: In the queue");
    await github.comment(1, "jbber", "thank you, the owner can be reached at the address on file now");
  }, 60_000);

  it("a refused lock is recorded as refused, never as done, and tried again after a backoff", async () => {
    const { github } = await queuedRequest();
    await github.comment(1, "alice", "/deny the account's owner could not be reached");
    await github.settled();
    const card = () => github.thread(1).comments[0]!.body;
    clock += 31 * 86_400_000;
    github.answerOnce("PUT", /\/issues\/1\/lock$/, 403, { message: "Resource not accessible by integration" });
    await harness.sweep();
    await github.settled();
    expect(github.thread(1).issue.locked).toBe(false);
    expect(card()).not.toContain("This conversation is locked");
    expect(decodeState(card())!.lockRefused).toEqual({ count: 1, at: new Date(clock).toISOString() });
    // Within the hour's backoff the sweep does not try again.
    clock += 30 * 60_000;
    const waiting = github.requests.length;
    await harness.sweep();
    await github.settled();
    expect(requestBodies(waiting)).toEqual([]);
    // After it, the lock is made, and only then recorded.
    clock += 31 * 60_000;
    await harness.sweep();
    await github.settled();
    expect(github.thread(1).issue.locked).toBe(true);
    expect(card()).toContain("This conversation is locked");
    expect(decodeState(card())!.lockedAt).toBe(new Date(clock).toISOString());
  }, 60_000);

  it("a withdrawn request is locked when its /reopen window ends, though that is when a 90-day listing loses it", async () => {
    const { github } = await queuedRequest();
    await github.comment(1, "jbber", "/withdraw");
    await github.settled();
    expect(github.thread(1).issue.state).toBe("closed");
    clock += 90 * 86_400_000 + 3_600_000;
    await harness.sweep();
    await github.settled();
    expect(github.thread(1).issue.locked).toBe(true);
  }, 60_000);

  it("lock_after_days: 0 locks in the decision's own run; null never locks", async () => {
    const { github } = await queuedRequest("reviewers: [alice]\nnoise:\n  lock_after_days: 0\n");
    await github.comment(1, "alice", "/deny the account's owner could not be reached");
    await github.settled();
    expect(github.thread(1).issue).toMatchObject({ state: "closed", locked: true });
    await harness.stop();

    const never = await queuedRequest("reviewers: [alice]\nnoise:\n  lock_after_days: null\n");
    await never.github.comment(1, "alice", "/deny the account's owner could not be reached");
    await never.github.settled();
    clock += 80 * 86_400_000;
    await never.sweep();
    await never.github.settled();
    expect(never.github.thread(1).issue.locked).toBe(false);
    expect(never.github.thread(1).comments[0]!.body).not.toContain("This conversation");
  }, 60_000);
});
