import { EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import type { DecideInput, Decision } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { config, input, JBBER_ACCOUNT, JBBER_REF, NOW, state, VERIFIER, verifyingState } from "../helpers/cases.js";

const at = NOW.toISOString();
const MAINTAINER = { maintainer: true, requester: false };
const REQUESTER = { maintainer: false, requester: true };
const NOBODY = { maintainer: false, requester: false };

let nextComment = 1000;

function run(body: string, previous: CaseState, roles = MAINTAINER, over: Partial<DecideInput> = {}, commentId = ++nextComment): Decision {
  const actor = roles.requester ? "jbber" : roles.maintainer ? "alice" : "mallory";
  return decide(input({ kind: "comment", commentId, text: body, scan: readCommands(body), roles }, { previous, actor, ...over }));
}

const verifying = (over: Partial<CaseState> = {}) => verifyingState(over);
const ref = JBBER_REF;

describe("maintainer commands", () => {
  it.each([
    ["/assign", { reviewer: "alice" }],
    ["/assign @carol", { reviewer: "carol" }],
    ["/hold waiting for security", { status: "on-hold", holdReason: "waiting for security", resumeStatus: "triage" }],
    ["/duplicate #4", { status: "duplicate", duplicateOf: 4 }],
    ["/deny could not verify", { status: "denied", decision: { by: "alice", note: "could not verify", at, forced: false } }],
    [
      "/approve force known maintainer, verified by phone",
      { status: "resolved", decision: { by: "alice", note: "known maintainer, verified by phone", at, forced: true } },
    ],
    [
      "/verified signed email from the maintainer address",
      { status: "verified", attestation: { by: "alice", note: "signed email from the maintainer address", at } },
    ],
    [
      "/needs-info Which projects do you own?",
      { status: "needs-info", infoRequest: { text: "Which projects do you own?", by: "alice", at }, resumeStatus: "triage" },
    ],
  ])("%s", (body, expected) => {
    const { state: s, accepted } = run(body, state());
    expect(s).toMatchObject(expected);
    expect(accepted).toBe(true);
  });

  it("/unassign removes the reviewer and the assignee", () => {
    const d = run("/unassign @bob", state());
    expect(d.state!.reviewer).toBeNull();
    expect(d.unassign).toEqual(["bob"]);
  });

  it("/needs-info tells the requester; their next comment sends the case back where it was", () => {
    const asked = run("/needs-info Which projects?", verifying());
    expect(asked.notices).toEqual([{ kind: "info-request", text: "Which projects?" }]);
    const back = run("I maintain octo-pkg", asked.state!, REQUESTER);
    expect(back.state).toMatchObject({ status: "verifying", infoRequest: null, resumeStatus: null });
    expect(back.state!.timeline.at(-1)).toMatchObject({ status: "verifying", note: "answered" });
  });

  it("/verify email starts the email factor, bound to username and author, and tells the requester", () => {
    const d = run("/verify email", state());
    expect(d.state).toMatchObject({
      status: "verifying",
      binding: { username: "jbber", testInstance: false, author: "jbber" },
      factors: { email: { state: "pending", failures: 0, usedStep: null, by: "alice" } },
      waitingSince: at,
    });
    expect(d.notices).toEqual([{ kind: "email-sent" }]);
  });

  it("/verify repo on a repository the app cannot see is refused at once, not left to expire", () => {
    const d = run("/verify repo octo/private", state(), MAINTAINER, { repoVisibility: { "octo/private": false } });
    expect(d.state!.factors.repo).toBeUndefined();
    expect(d.notices).toEqual([
      {
        kind: "usage",
        command: "verify",
        problem:
          "the app cannot see octo/private (private, misspelt or renamed), so it could never find the branch; name a public repository linked from the account's projects",
      },
    ]);
  });

  it("/verify repo posts a challenge with a derived branch and an expiry", () => {
    const d = run("/verify repo octo/pkg", state());
    const branch = VERIFIER.challengeBranch(ref, "octo/pkg", NOW);
    expect(d.state!.factors.repo).toEqual({
      state: "pending",
      startedAt: at,
      by: "alice",
      repo: "octo/pkg",
      branch,
      expiresAt: "2026-12-07T12:00:00.000Z",
      doneAt: null,
    });
    expect(d.notices).toEqual([{ kind: "challenge", repo: "octo/pkg", branch, expiresAt: "2026-12-07T12:00:00.000Z" }]);
  });

  it.each([
    ["/verify", "say which factor"],
    ["/verify repo not-a-repo", "name the repository"],
    ["/verify repo a/b extra", "name the repository"],
    ["/deny", "give the requester a reason"],
    ["/verified", "say how the account was verified"],
    ["/approve force", "a forced approval needs a reason"],
    ["/needs-info", "write the question"],
    ["/duplicate", "name the other request"],
    ["/duplicate #10", "name the other request"],
    ["/assign not a login", "name one GitHub user"],
  ])("%s is a usage error that changes nothing", (body, problem) => {
    const d = run(body, state());
    expect(d.state).toEqual(state());
    expect(d.notices).toEqual([expect.objectContaining({ kind: "usage", problem: expect.stringContaining(problem) })]);
    expect(d.accepted).toBe(false);
  });

  it("/approve needs a verified case", () => {
    expect(run("/approve", state()).notices).toEqual([{ kind: "approve-needs-verification" }]);
    const approved = run("/approve 2FA reset", state({ status: "verified" }));
    expect(approved.state).toMatchObject({ status: "resolved", decision: { note: "2FA reset", forced: false } });
    expect(approved.notices).toEqual([{ kind: "approved", note: "2FA reset" }]);
  });

  it("nobody may approve or attest their own request, not even a maintainer", () => {
    const own = { maintainer: true, requester: true };
    expect(run("/approve force mine", state(), own).notices).toEqual([{ kind: "own-case", command: "approve" }]);
    expect(run("/verified trust me", state(), own).notices).toEqual([{ kind: "own-case", command: "verified" }]);
  });

  it("/hold pauses, /unhold resumes where it was and restarts the clock", () => {
    const held = run("/hold", verifying({ waitingSince: "2026-11-01T00:00:00.000Z" })).state!;
    expect(held).toMatchObject({ status: "on-hold", resumeStatus: "verifying" });
    const later = new Date("2026-12-20T00:00:00Z");
    const resumed = run("/unhold", held, MAINTAINER, { now: later }).state!;
    expect(resumed).toMatchObject({ status: "verifying", resumeStatus: null, waitingSince: later.toISOString(), remindedAt: null });
  });

  it("several commands in one comment run in order", () => {
    const d = run("/assign @carol\n/verify email\n/hold", state());
    expect(d.state).toMatchObject({ reviewer: "carol", status: "on-hold", resumeStatus: "verifying" });
  });

  it("closed cases take only /help and /status", () => {
    const d = run("/verify email\n/status", state({ status: "resolved" }));
    expect(d.notices).toEqual([{ kind: "closed-case", command: "verify" }]);
    expect(d.accepted).toBe(true);
  });
});

describe("who may run what", () => {
  it.each([
    ["/approve force x", REQUESTER],
    ["/assign", REQUESTER],
    ["/status", NOBODY],
    ["/code 12345678", MAINTAINER],
    ["/withdraw", MAINTAINER],
    ["/done", NOBODY],
    ["/help", NOBODY],
  ])("%s by %j is refused and changes nothing", (body, roles) => {
    const d = run(body, verifying(), roles);
    expect(d.state).toEqual(verifying());
    expect(d.notices[0]).toMatchObject({ kind: "refused" });
    expect(d.accepted).toBe(false);
  });

  it("/help lists what this sender may use", () => {
    expect(run("/help", state(), REQUESTER).notices).toEqual([{ kind: "help", audiences: ["requester"] }]);
    expect(run("/help", state(), MAINTAINER).notices).toEqual([{ kind: "help", audiences: ["maintainer"] }]);
  });

  it("/withdraw by the requester closes as withdrawn", () => {
    expect(run("/withdraw", state(), REQUESTER).state!.status).toBe("withdrawn");
  });
});

describe("/code", () => {
  // Minted as `recovery-triage code` mints: with the key of the reviewer who started the check.
  const code = (now = NOW) => VERIFIER.reviewerMint(verifying().factors.email!.by, 1).issueEmailCode(ref, now, 24).code;

  it("a right code confirms the email factor, verifies the case, calls the reviewer and deletes the comment", () => {
    const d = run(`/code ${code()}`, verifying(), REQUESTER);
    expect(d.state!.factors.email).toMatchObject({ state: "done", doneAt: at });
    expect(d.state!.status).toBe("verified");
    expect(d.notices).toEqual([{ kind: "verified" }]);
    expect(d.deleteComment).toBe(true);
  });

  it("accepts the digits with spaces or dashes", () => {
    const c = code();
    expect(run(`/code ${c.slice(0, 4)} ${c.slice(4)}`, verifying(), REQUESTER).state!.status).toBe("verified");
    expect(run(`/code ${c.slice(0, 4)}-${c.slice(4)}`, verifying(), REQUESTER).state!.status).toBe("verified");
  });

  it("a wrong code counts a failure and says how many are left", () => {
    const d = run("/code 00000000", verifying(), REQUESTER);
    expect(d.state!.factors.email!.failures).toBe(1);
    expect(d.notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    expect(d.deleteComment).toBe(false);
  });

  it("the fifth wrong code locks the factor and calls the reviewer", () => {
    let s = verifying();
    for (let i = 0; i < 4; i++) s = run("/code 00000000", s, REQUESTER).state!;
    const fifth = run("/code 00000000", s, REQUESTER);
    expect(fifth.state!.factors.email).toMatchObject({ state: "locked", failures: 5 });
    expect(fifth.notices).toEqual([{ kind: "code-locked" }]);
    // Even the right code is refused now.
    expect(run(`/code ${code()}`, fifth.state!, REQUESTER).state!.factors.email!.state).toBe("locked");
  });

  it("issuing a new code does not reset the count; a maintainer's new /verify email does", () => {
    let s = verifying();
    for (let i = 0; i < 3; i++) s = run("/code 00000000", s, REQUESTER).state!;
    // A new code is issued by the CLI: nothing about the case changes, so the count stays.
    const next = run(`/code ${code(new Date(NOW.getTime() + 3_600_000))}`, s, REQUESTER, { now: new Date(NOW.getTime() + 3_600_000) });
    expect(next.state!.factors.email!.failures).toBe(3);
    // While pending, /verify email again keeps the count too.
    expect(run("/verify email", s).state!.factors.email!.failures).toBe(3);
    let locked = s;
    for (let i = 0; i < 2; i++) locked = run("/code 00000000", locked, REQUESTER).state!;
    expect(run("/verify email", locked).state!.factors.email).toMatchObject({ state: "pending", failures: 0 });
  });

  it("an expired code is refused without counting a failure", () => {
    const later = new Date(NOW.getTime() + 30 * 3_600_000);
    const d = run(`/code ${code()}`, verifying(), REQUESTER, { now: later });
    expect(d.notices).toEqual([{ kind: "code-expired", expiryHours: 24 }]);
    expect(d.state!.factors.email!.failures).toBe(0);
  });

  it("a used code is refused", () => {
    const c = code();
    const done = run(`/code ${c}`, verifying(), REQUESTER).state!;
    const again = run(`/code ${c}`, { ...done, status: "verifying" }, REQUESTER);
    expect(again.notices).toEqual([{ kind: "code-used" }]);
  });

  it("is bound to the author at the time verification started", () => {
    const other = VERIFIER.issueEmailCode({ ...ref, author: "mallory" }, NOW, 24).code;
    expect(run(`/code ${other}`, verifying(), REQUESTER).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
  });

  it("without a pending email factor, or without RECOVERY_SECRET, nothing happens", () => {
    expect(run("/code 12345678", state(), REQUESTER).notices).toEqual([{ kind: "code-not-expected" }]);
    expect(run(`/code ${code()}`, verifying(), REQUESTER, { verifier: null }).notices).toEqual([{ kind: "verification-off" }]);
    expect(run("/verify email", state(), MAINTAINER, { verifier: null }).notices).toEqual([{ kind: "verification-off" }]);
  });

  it("a malformed code is a usage error", () => {
    expect(run("/code 1234", verifying(), REQUESTER).notices[0]).toMatchObject({ kind: "usage", command: "code" });
  });
});

describe("/done and repository challenges", () => {
  const challenged = (over: Partial<CaseState> = {}) =>
    verifying({
      factors: {
        repo: {
          state: "pending",
          startedAt: at,
          by: "alice",
          repo: "octo/pkg",
          branch: "recovery-12345678",
          expiresAt: "2026-12-07T12:00:00.000Z",
          doneAt: null,
        },
      },
      ...over,
    });
  const requireRepo = config({
    verification: { ...config().verification, require: ["repo"] },
  });

  it("branch found: the factor is confirmed and the case verified", () => {
    const d = run("/done", challenged(), REQUESTER, { branch: "found", config: requireRepo });
    expect(d.state!.factors.repo).toMatchObject({ state: "done", doneAt: at });
    expect(d.state!.status).toBe("verified");
    expect(d.notices).toEqual([{ kind: "verified" }]);
  });

  it("branch not found: says so, once per /done", () => {
    const d = run("/done", challenged(), REQUESTER, { branch: "missing", config: requireRepo });
    expect(d.notices).toEqual([{ kind: "branch-missing", repo: "octo/pkg", branch: "recovery-12345678" }]);
    expect(d.state!.status).toBe("verifying");
  });

  it("expired: the factor fails and the reviewer is told", () => {
    const d = run("/done", challenged(), REQUESTER, { now: new Date("2026-12-08T00:00:00Z"), config: requireRepo });
    expect(d.state!.factors.repo!.state).toBe("expired");
    expect(d.notices).toEqual([{ kind: "challenge-expired", repo: "octo/pkg" }]);
  });

  it("with email required too, the repository alone does not verify", () => {
    const both = config({
      verification: { ...config().verification, require: ["email", "repo"] },
    });
    expect(run("/done", challenged(), REQUESTER, { branch: "found", config: both }).state!.status).toBe("verifying");
  });
});

describe("replays", () => {
  it("a comment whose commands changed the case is not applied again", () => {
    const first = run("/code 00000000", verifying(), REQUESTER, {}, 4242);
    expect(first.state!.processed).toEqual({ through: 0, also: [4242], recent: [{ id: 4242, did: "refused", why: "code-wrong" }] });
    const again = run("/code 00000000", first.state!, REQUESTER, {}, 4242);
    expect(again.state).toEqual(first.state);
    expect(again.notices).toEqual([]);
  });

  it("a comment the app already answered is not answered again", () => {
    const replies = { ...EMPTY_HISTORY, answered: [4343] };
    expect(run("/approve force x", state(), REQUESTER, { replies }, 4343).notices).toEqual([]);
  });
});

describe("integrity", () => {
  it("an edit of the username after /verify resets every factor, and the card says why", () => {
    const previous = verifying({
      factors: {
        email: { state: "done", startedAt: at, by: "alice", failures: 0, usedStep: 1, doneAt: at, keyVersion: null, issuedBy: null },
      },
      status: "verified",
    });
    const d = decide(
      input({ kind: "edited" }, { previous, validation: { valid: true, username: "someone-else", testInstance: false, problems: [] } }),
    );
    expect(d.state).toMatchObject({
      status: "triage",
      binding: null,
      factors: {},
      attestation: null,
      username: "someone-else",
      generation: 1,
      accountReset: { from: JBBER_ACCOUNT, to: { username: "someone-else", testInstance: false, author: "jbber" }, at: NOW.toISOString() },
    });
  });
});
