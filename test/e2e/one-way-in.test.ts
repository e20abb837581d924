// One way into a case: the sweep's replay of lost comments holds every check the webhook door
// makes — the account the verification is bound to, the comments already processed (however many
// came after), edits, who acknowledged what, who may act as of now — and guards what it reads as the
// webhook would have. A crash between the writes of one event loses nothing. All through signed
// webhooks to the real app, against the stand-in.
import { afterEach, describe, expect, it } from "@jest/globals";
import { issueCode } from "../../src/cli/issue-code.js";
import { decodeState } from "../../src/domain/case/state.js";
import type { Harness } from "../../standin/harness.js";
import { deskWithOneRequest } from "../helpers/one-request.js";
import { Verifier } from "../../src/domain/verification/codes.js";
import { body } from "../helpers/fixtures.js";

const HOUR = 3_600_000;
const TOKEN = "pypi-AgEIcHlwaS5vcmcCJGE4ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz";
const verifier = new Verifier("one-way-in-secret-0123456789abcdef");
let clock = 0;
let harness: Harness;
let roles: Record<string, string>;

async function start(): Promise<Harness["github"]> {
  clock = Date.parse("2026-11-23T09:00:00Z");
  roles = { alice: "maintain" };
  harness = await deskWithOneRequest({ roles, verifier, now: () => new Date(clock) });
  return harness.github;
}
afterEach(async () => harness?.stop());

const card = () => decodeState(harness.github.thread(1).comments.find((c) => c.body.includes("recovery-triage:state"))!.body)!;
const replies = () => harness.github.thread(1).comments.filter((c) => !c.body.includes("recovery-triage:state") && c.user.type === "Bot");
async function say(author: string, text: string, lost = false) {
  if (lost) harness.github.loseNextWebhooks(1);
  const comment = await harness.github.comment(1, author, text);
  await harness.github.settled();
  return comment;
}
async function sweep() {
  const before = harness.github.writes().length;
  await harness.sweep();
  await harness.github.settled();
  return harness.github.writes().length - before;
}

describe("the account a command was written about", () => {
  it("a lost /verified is never applied after the request names another account, however many comments follow", async () => {
    const github = await start();
    await say("alice", "/verified confirmed on a call with the maintainer", true);
    clock += 60_000;
    await github.editIssueBody(1, "jbber", body("form-jbber").replace("\njbber\n", "\nsomeone-else\n"));
    await github.settled();
    // More than the 20 comments the card used to remember.
    for (let i = 0; i < 12; i++) {
      await say("jbber", "/withdraw");
      await say("jbber", "/reopen");
    }
    clock += HOUR;
    await sweep();
    expect(card().attestation).toBeNull();
    expect(card().status).toBe("triage");
    // Refused once, at the first door that found it owed (the next comment's), before that comment ran.
    const refusal = "`/verified` was written before the request changed the account it names, so it was not run";
    expect(replies().filter((r) => r.body.includes(refusal))).toHaveLength(1);
    await say("alice", "/approve");
    expect(card().status).toBe("triage");
    expect(replies().at(-1)!.body).toContain("/approve");
  }, 60_000);

  it("nor when the edit's webhook was lost too: the sweep does not run it for the account the body names now", async () => {
    const github = await start();
    await say("alice", "/verified confirmed on a call with the maintainer", true);
    clock += 60_000;
    github.loseNextWebhooks(1);
    await github.editIssueBody(1, "jbber", body("form-jbber").replace("\njbber\n", "\nsomeone-else\n"));
    clock += HOUR;
    await sweep();
    expect(card().attestation).toBeNull();
    expect(card().status).toBe("triage");
    expect(replies().at(-1)!.body).toContain("`/verified` was written before the request changed the account it names");
  });
});

describe("comments already processed", () => {
  it("a flood of refused commands is not replayed, and an undone /hold is not applied again", async () => {
    await start();
    await say("alice", "/hold asking the admins");
    await say("alice", "/unhold");
    for (let i = 0; i < 55; i++) await say("mallory", "/hold");
    expect(replies().filter((r) => r.body.includes("can only be run by"))).toHaveLength(3);
    clock += HOUR;
    expect(await sweep()).toBe(0);
    clock += 5 * HOUR;
    expect(await sweep()).toBe(0);
    expect(card().status).toBe("triage");
  }, 60_000);

  it("a refused command does not run later because its author gained rights since", async () => {
    await start();
    await say("mallory", "/hold I am the maintainer really");
    for (let i = 0; i < 4; i++) await say("mallory", "/verified trust me"); // the last ones get no answer at all
    roles.mallory = "maintain";
    clock += HOUR;
    await sweep();
    expect(card().status).toBe("triage");
    expect(card().attestation).toBeNull();
  });

  it("only the app's own record counts: someone's 👍 on a lost command does not hide it", async () => {
    const github = await start();
    const lost = await say("alice", "/hold waiting for the admins", true);
    github.react(lost.id);
    clock += HOUR;
    await sweep();
    expect(card().status).toBe("on-hold");
  });
});

describe("edited comments", () => {
  it("never run commands through the sweep either, even when both webhooks were lost", async () => {
    const github = await start();
    github.loseNextWebhooks(2);
    const comment = await github.comment(1, "alice", "thanks, looking at it");
    clock += 60_000;
    await github.editComment(comment.id, "alice", "/hold edited in later");
    await github.settled();
    clock += HOUR;
    expect(await sweep()).toBe(1); // the record only
    expect(card().status).toBe("triage");
    expect(await sweep()).toBe(0);
  });
});

describe("the sweep guards what it reads", () => {
  it("a token in a comment whose webhook was lost is removed by the next sweep", async () => {
    const github = await start();
    const leak = await say("jbber", `my token is ${TOKEN}`, true);
    await sweep();
    expect(github.comments.has(leak.id)).toBe(false);
    expect(card().security?.kinds).toEqual(["api-token"]);
  });

  it("a token edited into a comment (the edit's webhook lost) is removed too", async () => {
    const github = await start();
    const comment = await say("jbber", "I will paste it below");
    clock += 60_000;
    github.loseNextWebhooks(1);
    await github.editComment(comment.id, "jbber", `here: ${TOKEN}`);
    await sweep();
    expect(github.comments.has(comment.id)).toBe(false);
  });

  it("the case's live code written outside /code, webhook lost, is removed by the next sweep", async () => {
    const github = await start();
    await say("alice", "/verify email");
    const { code } = await issueCode(harness.probot, { owner: "registry", repo: "support", number: 1 }, verifier, new Date(clock));
    const leak = await say("mallory", `is it ${code}?`, true);
    await sweep();
    expect(github.comments.has(leak.id)).toBe(false);
    expect(card().factors.email?.state).toBe("pending");
  });

  it("a lost /reopen on a closed case that can still reopen is applied", async () => {
    const github = await start();
    await say("jbber", "/withdraw");
    expect(github.thread(1).issue.state).toBe("closed");
    clock += HOUR;
    await say("jbber", "/reopen", true);
    clock += HOUR;
    await sweep();
    expect(github.thread(1).issue.state).toBe("open");
    expect(card().status).toBe("triage");
  });
});

describe("a plan survives a crash", () => {
  it("the notice a /verify email promised, lost between the card and the reply, is posted once by the next run", async () => {
    const github = await start();
    // The reply's creation fails outright after the card was written (as a kill between the two would leave it).
    github.answerOnce("POST", /\/issues\/1\/comments$/, 422, { message: "Validation Failed" });
    await say("alice", "/verify email");
    expect(card().status).toBe("verifying");
    expect(replies().filter((r) => r.body.includes("a reviewer has sent an email"))).toHaveLength(0);
    await sweep();
    await sweep();
    const notices = replies().filter((r) => r.body.includes("a reviewer has sent an email"));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toMatch(/^@jbber — /);
  });
});
