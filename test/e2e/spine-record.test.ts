// The spine's one record of what was done, tried as an attacker and a busy repository would: a
// flood of refused commands cannot push a real command out of it, comments apply in id order
// whatever order their webhooks arrive in, and a comment is judged by the text GitHub serves when
// its step runs. All through signed webhooks to the real app, against the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { decodeState } from "../../src/domain/case/state.js";
import type { Harness } from "../../standin/harness.js";
import { deskWithOneRequest } from "../helpers/one-request.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const HOUR = 3_600_000;
const verifier = new Verifier("spine-record-secret-0123456789abcdef");
let clock = 0;
let harness: Harness;

async function start(): Promise<Harness["github"]> {
  clock = Date.parse("2026-11-23T09:00:00Z");
  harness = await deskWithOneRequest({ roles: { alice: "maintain" }, verifier, now: () => new Date(clock) });
  return harness.github;
}
afterEach(async () => harness?.stop());

const cardComment = () => harness.github.thread(1).comments.find((c) => c.body.includes("recovery-triage:state"))!;
const card = () => decodeState(cardComment().body)!;
async function say(author: string, text: string, lost = false) {
  if (lost) harness.github.loseNextWebhooks(1);
  const comment = await harness.github.comment(1, author, text);
  await harness.github.settled();
  return comment;
}

describe("a flood cannot push real work out of the record", () => {
  it("a maintainer's lost /hold followed by 60 refused commands is applied, and the record stays small", async () => {
    await start();
    await say("alice", "/hold asking the registry's security team", true);
    for (let i = 0; i < 60; i++) await say("mallory", "/hold");
    expect(card().status).toBe("on-hold");
    expect(card().holdReason).toContain("security team");
    // Sixty refused comments settled behind nothing owed: the watermark passed them all.
    expect(card().processed.also).toEqual([]);
    expect(cardComment().body.length).toBeLessThan(12_000);
    // What each did is kept for the latest 20 only (refusals are bounded; what is owed is not).
    const recent = card().processed.recent!;
    expect(recent.length).toBeLessThanOrEqual(20);
    expect(recent.every((o) => o.did === "refused" && o.why === "refused")).toBe(true);
  }, 60_000);

  it("the requester's lost /code followed by a flood is applied and its code leaves the thread", async () => {
    const github = await start();
    await say("alice", "/verify email");
    const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date(clock));
    const sent = await say("jbber", `/code ${code}`, true);
    for (let i = 0; i < 55; i++) await say("mallory", "/approve");
    expect(github.comments.has(sent.id)).toBe(false);
    expect(card().factors.email?.state).toBe("done");
  }, 60_000);

  it("a lost /deny followed by a flood is applied in its place, at the first door that finds it owed", async () => {
    const github = await start();
    // The flood arrives while the /deny is still unlisted to the desk: its webhook is lost and the flood comes first.
    const lostAt = clock;
    await say("alice", "/deny the account was reset already", true);
    clock += 1000;
    for (let i = 0; i < 55; i++) await say("mallory", "/hold");
    // Applied at the first flood comment's door, in id order, before that comment.
    expect(card().status).toBe("denied");
    expect(github.thread(1).issue.state).toBe("closed");
    // The flood's refusals are what the record keeps about it: the latest 20, each with its reason.
    expect(card().processed.recent!.map((o) => `${o.did}:${o.why}`)).toEqual(Array(20).fill("refused:refused"));
    expect(Date.parse(card().timeline.at(-1)!.at)).toBeGreaterThanOrEqual(lostAt);
  }, 60_000);
});

describe("comments apply in id order at every door", () => {
  it("/hold and /unhold delivered in reverse order leave the case off hold", async () => {
    const github = await start();
    await say("alice", "/hold a moment", true);
    const holdDelivery = github.lastDelivery!;
    await say("alice", "/unhold");
    expect(card().status).toBe("triage");
    // The late /hold arrives now: already applied, in its place, so it changes nothing.
    const before = github.writes().length;
    await github.redeliver(holdDelivery);
    await github.settled();
    expect(card().status).toBe("triage");
    expect(github.writes().length).toBe(before);
  });

  it("a comment edited before its delivery is handled is judged by its text now: an edit never runs", async () => {
    const github = await start();
    const comment = await say("alice", "/deny not the owner", true);
    const delivery = github.lastDelivery!;
    await github.editComment(comment.id, "alice", "(withdrawn: I wrote /deny on the wrong issue)");
    clock += HOUR;
    await github.redeliver(delivery);
    await github.settled();
    expect(card().status).toBe("triage");
    expect(github.thread(1).issue.state).toBe("open");
  });
});

describe("lost edits are caught up by the sweep as their webhooks would have", () => {
  it("a needs-info request its author fixed, the edit's webhook lost, joins the queue at the next sweep", async () => {
    const github = await start();
    await github.openIssue("sam", "Account recovery request", body("username-email"), ["account-recovery"]);
    await github.settled();
    const state = () => decodeState(github.thread(2).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
    expect(state().status).toBe("needs-info");
    github.loseNextWebhooks(1);
    await github.editIssueBody(2, "sam", body("form-jbber").replace("\njbber\n", "\nsam-k\n"));
    clock += HOUR;
    await harness.sweep();
    await github.settled();
    expect(state()).toMatchObject({ status: "triage", username: "sam-k", problems: [] });
    expect(state().requesterEditAt).toBe(new Date(clock).toISOString());
    expect(github.thread(2).issue.labels).toContain("recovery: triage");
    // Caught up once: the next sweep writes nothing.
    const before = github.writes().length;
    await harness.sweep();
    await github.settled();
    expect(github.writes().length).toBe(before);
  });

  it("a token added to a settled comment by an edit whose webhook was lost is deleted by the sweep", async () => {
    const github = await start();
    const comment = await say("jbber", "thanks, waiting");
    github.loseNextWebhooks(1);
    await github.editComment(
      comment.id,
      "jbber",
      "thanks, here is my token pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz",
    );
    clock += HOUR;
    await harness.sweep();
    await github.settled();
    expect(github.comments.has(comment.id)).toBe(false);
  });
});
