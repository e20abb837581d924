// The verification factors one function at a time (src/domain/case/factors.ts): what `/verify`, `/code`
// and `/done` do to a case, exactly, including every refusal. decide() drives the same functions;
// here each answer is pinned whole, so a weaker check cannot pass unnoticed.
import { describe, expect, it } from "@jest/globals";
import { caseRef } from "../../src/domain/case/binding.js";
import { challengeDone, enterCode, keyVersionOf, verify as verifyCommand, voided } from "../../src/domain/case/factors.js";
import type { DecideInput } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import type { Notice } from "../../src/domain/case/notices/rules.js";
import { config, input, invalid, JBBER_ACCOUNT, JBBER_REF, NOW, state, VERIFIER, verifyingState } from "../helpers/cases.js";

/** A handler's answer, either kind (a change or a usage), for assertions. */
type Change = { state?: CaseState; notices?: Notice[]; deleteComment?: boolean; usage?: string };
const verify = (...args: Parameters<typeof verifyCommand>) => verifyCommand(...args) as Change;
const act = { actor: "alice", now: NOW };
const at = NOW.toISOString();
const later = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const event = { kind: "sweep" } as const;
const inputWith = (over: Partial<DecideInput> = {}) => input(event, over);
const withKeys = (reviewer_keys: Record<string, number>, more: Partial<ReturnType<typeof config>["verification"]> = {}) =>
  config({ verification: { ...config().verification, reviewer_keys, ...more } });
const codeOf = (login: string, version: number, ref = JBBER_REF, when = NOW) =>
  VERIFIER.reviewerMint(login, version).issueEmailCode(ref, when, 24).code;
/** Another code than `code` (never the right one). */
const otherThan = (code: string) => String((Number(code) + 1) % 100_000_000).padStart(8, "0");

const pendingRepo = (over: Record<string, unknown> = {}) => ({
  state: "pending" as const,
  startedAt: at,
  by: "alice",
  repo: "octo/pkg",
  branch: "recovery-12345678",
  expiresAt: later(86_400_000),
  doneAt: null,
  ...over,
});

describe("/verify", () => {
  it.each([
    ["", "say which factor: `/verify email` or `/verify repo <owner>/<repo>`"],
    ["phone", "say which factor: `/verify email` or `/verify repo <owner>/<repo>`"],
    ["EMAIL", "say which factor: `/verify email` or `/verify repo <owner>/<repo>`"],
    ["repo", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo octo/pkg extra", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo octo", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo -octo/pkg", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo octo/pkg/sub", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo octo/p kg", "name the repository as `/verify repo <owner>/<repo>`"],
    [`repo ${"a".repeat(40)}/pkg`, "name the repository as `/verify repo <owner>/<repo>`"],
    [`repo octo/${"p".repeat(101)}`, "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo x/pkg!", "name the repository as `/verify repo <owner>/<repo>`"],
    ["repo ä/pkg", "name the repository as `/verify repo <owner>/<repo>`"],
  ])("/verify %j is refused with its usage", (args, usage) => {
    expect(verify(state(), args, inputWith(), act, VERIFIER)).toEqual({ usage });
  });

  it.each([
    ["repo a/b", "a/b"],
    [`repo ${"a".repeat(39)}/p`, `${"a".repeat(39)}/p`],
    ["repo Octo-Org/my.pkg_2-x", "Octo-Org/my.pkg_2-x"],
    [`repo o/${"p".repeat(100)}`, `o/${"p".repeat(100)}`],
    ["  repo   octo/pkg  ", "octo/pkg"],
  ])("/verify %j starts a challenge on %s", (args, repo) => {
    const d = verify(state(), args, inputWith(), act, VERIFIER);
    expect(d.state?.factors.repo).toMatchObject({ state: "pending", repo });
  });

  it("says verification is off without a server secret, and changes nothing", () => {
    const s = state();
    expect(verify(s, "email", inputWith(), act, null)).toEqual({ state: s, notices: [{ kind: "verification-off" }] });
  });

  it("refuses while the request names no valid username", () => {
    expect(verify(state(), "email", inputWith({ validation: invalid() }), act, VERIFIER)).toEqual({
      usage: "the request has no valid username yet, so there is nothing to verify",
    });
  });

  it("/verify email binds the account, starts the factor with the starter's key version, and sends the code", () => {
    const d = verify(state(), "email", inputWith({ config: withKeys({ ALICE: 3 }) }), act, VERIFIER);
    expect(d.state!.binding).toEqual(JBBER_ACCOUNT);
    expect(d.state!.factors.email).toEqual({
      state: "pending",
      startedAt: at,
      by: "alice",
      failures: 0,
      usedStep: null,
      doneAt: null,
      keyVersion: 3,
      issuedBy: null,
    });
    expect(d.state!.status).toBe("verifying");
    expect(d.state!.timeline.at(-1)).toMatchObject({ at, by: "alice", status: "verifying" });
    expect(d.notices).toEqual([{ kind: "email-sent" }]);
  });

  it("keeps an existing binding: verification stays with the account it started for", () => {
    const bound = { username: "first", testInstance: true, author: "jbber" };
    const d = verify(state({ binding: bound }), "email", inputWith(), act, VERIFIER);
    expect(d.state!.binding).toEqual(bound);
  });

  it("a repeated /verify email while pending resends nothing, keeps the failures and the used step", () => {
    const s = verifyingState({
      factors: { email: { ...verifyingState().factors.email!, failures: 2, usedStep: 7 } },
    });
    const d = verify(s, "email", inputWith(), act, VERIFIER);
    expect(d.state!.factors.email).toMatchObject({ state: "pending", failures: 2, usedStep: 7 });
    expect(d.notices).toEqual([]);
  });

  it("a new /verify email on a locked factor unlocks it: failures start again, and a code is sent", () => {
    const locked = verifyingState({ factors: { email: { ...verifyingState().factors.email!, state: "locked", failures: 5 } } });
    const d = verify(locked, "email", inputWith(), act, VERIFIER);
    expect(d.state!.factors.email).toMatchObject({ state: "pending", failures: 0 });
    expect(d.notices).toEqual([{ kind: "email-sent" }]);
  });

  it("a done email factor is left as it is", () => {
    const done = verifyingState({ factors: { email: { ...verifyingState().factors.email!, state: "done", doneAt: at } } });
    expect(verify(done, "email", inputWith(), act, VERIFIER)).toEqual({ state: done, notices: [] });
  });

  it("a verified case stays verified when another factor starts", () => {
    const s = verifyingState({ status: "verified" });
    const d = verify(s, "repo octo/pkg", inputWith(), act, VERIFIER);
    expect(d.state!.status).toBe("verified");
    expect(d.state!.timeline).toEqual(s.timeline);
  });

  it("/verify repo names the branch derived from the bound case and the repository, and when it expires", () => {
    const d = verify(state(), "repo Octo/Pkg", inputWith(), act, VERIFIER);
    const branch = VERIFIER.challengeBranch(caseRef("registry/support", 10, JBBER_ACCOUNT, 0), "Octo/Pkg", NOW);
    const expiresAt = later(14 * 86_400_000);
    expect(d.state!.factors.repo).toEqual({
      state: "pending",
      startedAt: at,
      by: "alice",
      repo: "Octo/Pkg",
      branch,
      expiresAt,
      doneAt: null,
    });
    expect(d.notices).toEqual([{ kind: "challenge", repo: "Octo/Pkg", branch, expiresAt }]);
    expect(d.state!.status).toBe("verifying");
    const shorter = verify(state(), "repo Octo/Pkg", inputWith({ config: withKeys({}, { challenge_expiry_days: 2 }) }), act, VERIFIER);
    expect(shorter.state!.factors.repo!.expiresAt).toBe(later(2 * 86_400_000));
  });

  it("/verify repo on a repository the app cannot see is refused at once", () => {
    expect(verify(state(), "repo Octo/Hidden", inputWith({ repoVisibility: { "octo/hidden": false } }), act, VERIFIER)).toEqual({
      usage:
        "the app cannot see Octo/Hidden (private, misspelt or renamed), so it could never find the branch; name a public " +
        "repository linked from the account's projects",
    });
    expect(verify(state(), "repo octo/seen", inputWith({ repoVisibility: { "octo/seen": true } }), act, VERIFIER).state).toBeDefined();
  });

  it("the same repository again keeps the running challenge; another one, or an ended one, starts afresh", () => {
    const running = verifyingState({ factors: { repo: pendingRepo() } });
    expect(verify(running, "repo OCTO/PKG", inputWith(), act, VERIFIER)).toEqual({ state: running, notices: [] });
    for (const ended of ["expired", "unreachable"] as const) {
      const s = verifyingState({ factors: { repo: pendingRepo({ state: ended }) } });
      const d = verify(s, "repo octo/pkg", inputWith(), act, VERIFIER);
      expect(d.state!.factors.repo).toMatchObject({ state: "pending", startedAt: at });
      expect(d.notices).toHaveLength(1);
    }
    const other = verify(running, "repo octo/other", inputWith(), act, VERIFIER);
    expect(other.state!.factors.repo).toMatchObject({ state: "pending", repo: "octo/other" });
  });
});

describe("/code", () => {
  const started = (over: Record<string, unknown> = {}, caseOver: Partial<CaseState> = {}) =>
    verifyingState({ factors: { email: { ...verifyingState().factors.email!, keyVersion: 1, ...over } }, ...caseOver });
  const code = (s: CaseState, args: string, over: Partial<DecideInput> = {}, verifier: typeof VERIFIER | null = VERIFIER) =>
    enterCode(s, args, inputWith(over), { actor: "jbber", now: NOW }, verifier) as Change;

  it.each([
    ["no email factor", state({ binding: JBBER_ACCOUNT })],
    ["no binding", verifyingState({ binding: null })],
  ])("is not expected with %s", (_what, s) => {
    expect(code(s, codeOf("alice", 1))).toEqual({ state: s, notices: [{ kind: "code-not-expected" }] });
  });

  it("after the factor is done: the code is used up, and the comment holding it is deleted", () => {
    const s = started({ state: "done" });
    expect(code(s, "12345678")).toEqual({ state: s, notices: [{ kind: "code-used" }], deleteComment: true });
  });

  it("on a locked factor: still locked, whatever the code", () => {
    const s = started({ state: "locked" });
    expect(code(s, codeOf("alice", 1))).toEqual({ state: s, notices: [{ kind: "code-locked" }] });
  });

  it("without a server secret: verification is off", () => {
    const s = started();
    expect(code(s, "12345678", {}, null)).toEqual({ state: s, notices: [{ kind: "verification-off" }] });
  });

  it.each(["1234567", "123456789", "1234567a", "", "12345678 9"])("%j is not 8 digits: the usage, nothing counted", (args) => {
    expect(code(started(), args)).toEqual({ usage: "write the 8 digits from the email, for example `/code 12345678`" });
  });

  it.each([
    ["spaced", (c: string) => `${c.slice(0, 4)} ${c.slice(4)}`],
    ["dashed", (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`],
    ["tabbed and padded", (c: string) => ` ${c.slice(0, 2)}\t${c.slice(2)} `],
  ])("a right code written %s verifies", (_how, write) => {
    const d = code(started(), write(codeOf("alice", 1)));
    expect(d.state!.status).toBe("verified");
  });

  it("a right code from the starter's key: done, with the step it used, when, and whose key it was; the comment goes", () => {
    const c = codeOf("alice", 1);
    const d = code(started(), c);
    const step = Math.floor(NOW.getTime() / 3_600_000);
    expect(d.state!.factors.email).toEqual({
      ...started().factors.email,
      state: "done",
      usedStep: step,
      doneAt: at,
      issuedBy: "alice (key v1)",
    });
    expect(d.state!.status).toBe("verified");
    expect(d.notices).toEqual([{ kind: "verified" }]);
    expect(d.deleteComment).toBe(true);
  });

  it("a right code while another required factor is not done: the email factor is done, the case still verifying", () => {
    const both = config({ verification: { ...config().verification, require: ["email", "repo"] } });
    const d = code(started(), codeOf("alice", 1), { config: both });
    expect(d.state!.factors.email!.state).toBe("done");
    expect(d.state!.status).toBe("verifying");
    expect(d.notices).toEqual([]);
    expect(d.deleteComment).toBe(true);
  });

  it("a case that is not verifying (on hold) is not verified by a right code", () => {
    const d = code(started({}, { status: "on-hold" }), codeOf("alice", 1));
    expect(d.state!.factors.email!.state).toBe("done");
    expect(d.state!.status).toBe("on-hold");
    expect(d.notices).toEqual([]);
  });

  it("the key version is the reviewer's now: a starter recorded without a version takes it", () => {
    const legacy = started({ keyVersion: null });
    const d = code(legacy, codeOf("alice", 4), { config: withKeys({ Alice: 4 }) });
    expect(d.state!.factors.email).toMatchObject({ state: "done", issuedBy: "alice (key v4)" });
  });

  it("a revoked key (the version moved since /verify email) refuses every code, the right one too", () => {
    const s = started({ keyVersion: 1 });
    expect(code(s, codeOf("alice", 2), { config: withKeys({ alice: 2 }) })).toEqual({
      state: s,
      notices: [{ kind: "code-key-revoked", reviewer: "alice" }],
    });
  });

  it("a code the starter's key minted earlier is expired after the configured hours, and says how many", () => {
    const old = VERIFIER.reviewerMint("alice", 1).issueEmailCode(JBBER_REF, new Date(NOW.getTime() - 30 * 3_600_000), 24).code;
    const s = started();
    expect(code(s, old)).toEqual({ state: s, notices: [{ kind: "code-expired", expiryHours: 24 }] });
    const longer = withKeys({}, { code_expiry_hours: 48 });
    expect(code(s, old, { config: longer }).state!.factors.email!.state).toBe("done");
  });

  it("a code whose step was used already is used", () => {
    const c = codeOf("alice", 1);
    const s = started({ usedStep: Math.floor(NOW.getTime() / 3_600_000) });
    expect(code(s, c)).toEqual({ state: s, notices: [{ kind: "code-used" }] });
  });

  it("a wrong code counts: the attempts left, then the lock at max_code_failures", () => {
    const right = codeOf("alice", 1);
    const wrong = otherThan(right);
    const first = code(started(), wrong);
    expect(first.state!.factors.email).toMatchObject({ state: "pending", failures: 1 });
    expect(first.notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    const fourth = code(started({ failures: 3 }), wrong);
    expect(fourth.notices).toEqual([{ kind: "code-wrong", attemptsLeft: 1 }]);
    expect(fourth.state!.factors.email!.state).toBe("pending");
    const fifth = code(started({ failures: 4 }), wrong);
    expect(fifth.state!.factors.email).toMatchObject({ state: "locked", failures: 5 });
    expect(fifth.notices).toEqual([{ kind: "code-locked" }]);
    expect(fifth.deleteComment).toBeUndefined();
    const strict = code(started(), wrong, { config: withKeys({}, { max_code_failures: 1 }) });
    expect(strict.state!.factors.email!.state).toBe("locked");
  });

  it("another reviewer's code is wrong, and the master's is wrong unless master_codes is on", () => {
    expect(code(started(), codeOf("bob", 1)).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    const master = VERIFIER.issueEmailCode(JBBER_REF, NOW, 24).code;
    expect(code(started(), master).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    const on = withKeys({}, { master_codes: true });
    expect(code(started(), master, { config: on }).state!.factors.email).toMatchObject({
      state: "done",
      issuedBy: "the desk's secret",
      usedStep: Math.floor(NOW.getTime() / 3_600_000),
    });
    // With master codes on, the starter's own code is still credited to the starter.
    expect(code(started(), codeOf("alice", 1), { config: on }).state!.factors.email!.issuedBy).toBe("alice (key v1)");
    // And a wrong code is still wrong.
    expect(code(started(), otherThan(master), { config: on }).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
  });

  it("a code for the bound account only: after a reset (a new generation) the old code is wrong", () => {
    const c = codeOf("alice", 1);
    expect(code(started({}, { generation: 1 }), c).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    const other = caseRef("registry/support", 10, { ...JBBER_ACCOUNT, username: "victim" }, 0);
    expect(code(started({}, { binding: { ...JBBER_ACCOUNT, username: "victim" } }), codeOf("alice", 1, other)).state!.status).toBe(
      "verified",
    );
  });

  it("the starter lost the role: the factor is voided, the case back in triage", () => {
    const d = code(started(), codeOf("alice", 1), { withoutRole: ["ALICE"] });
    expect(d.state!.factors).toEqual({});
    expect(d.state!.status).toBe("triage");
    expect(d.notices).toEqual([{ kind: "factor-voided", reviewer: "alice", factor: "email" }]);
    expect(code(started(), codeOf("alice", 1), { withoutRole: ["bob"] }).state!.status).toBe("verified");
  });
});

describe("/done and the branch check", () => {
  const withRepo = (over: Record<string, unknown> = {}, caseOver: Partial<CaseState> = {}) =>
    verifyingState({ factors: { repo: pendingRepo(over) }, ...caseOver });
  const done = (s: CaseState, branch: Parameters<typeof challengeDone>[3], over: Partial<DecideInput> = {}, now = NOW) =>
    challengeDone(s, inputWith(over), { actor: "jbber", now }, branch) as Change;

  it("without a challenge: not expected; a done one: nothing more", () => {
    const none = verifyingState({ factors: {} });
    expect(done(none, "found")).toEqual({ state: none, notices: [{ kind: "challenge-not-expected" }] });
    const finished = withRepo({ state: "done", doneAt: at });
    expect(done(finished, "found")).toEqual({ state: finished, notices: [] });
  });

  it("the branch found: the factor is done, and with every required factor done the case is verified", () => {
    const repoOnly = config({ verification: { ...config().verification, require: ["repo"] } });
    const d = done(withRepo(), "found", { config: repoOnly });
    expect(d.state!.factors.repo).toEqual({ ...pendingRepo(), state: "done", doneAt: at });
    expect(d.state!.status).toBe("verified");
    expect(d.notices).toEqual([{ kind: "verified" }]);
    // The default requires the email factor too: not verified yet.
    const partly = done(withRepo(), "found");
    expect(partly.state!.status).toBe("verifying");
    expect(partly.notices).toEqual([]);
  });

  it.each([
    ["missing", [{ kind: "branch-missing", repo: "octo/pkg", branch: "recovery-12345678" }]],
    ["error", [{ kind: "branch-unchecked" }]],
    [null, [{ kind: "branch-unchecked" }]],
  ] as const)("the branch %s: %j, nothing changes", (branch, notices) => {
    const s = withRepo();
    expect(done(s, branch)).toEqual({ state: s, notices });
  });

  it("the repository gone: the challenge is unreachable and the reviewer is told", () => {
    const d = done(withRepo(), "repo-gone");
    expect(d.state!.factors.repo).toEqual({ ...pendingRepo(), state: "unreachable" });
    expect(d.notices).toEqual([{ kind: "challenge-unreachable", repo: "octo/pkg" }]);
  });

  it("an unreachable challenge waits: only the branch found completes it", () => {
    const s = withRepo({ state: "unreachable" });
    for (const branch of ["missing", "repo-gone", "error"] as const) expect(done(s, branch)).toEqual({ state: s, notices: [] });
    expect(done(s, "found").state!.factors.repo!.state).toBe("done");
  });

  it("expires at its expiry time exactly, and an expired one stays expired", () => {
    const s = withRepo({ expiresAt: later(1000) });
    expect(done(s, "found", {}, new Date(NOW.getTime() + 999)).state!.factors.repo!.state).toBe("done");
    const expired = done(s, "found", {}, new Date(NOW.getTime() + 1000));
    expect(expired.state!.factors.repo).toEqual({ ...pendingRepo({ expiresAt: later(1000) }), state: "expired" });
    expect(expired.notices).toEqual([{ kind: "challenge-expired", repo: "octo/pkg" }]);
    const already = withRepo({ state: "expired" });
    expect(done(already, "found").state!.factors.repo!.state).toBe("expired");
  });

  it("the starter lost the role: voided before anything else", () => {
    const d = done(withRepo(), "found", { withoutRole: ["Alice"] });
    expect(d.state!.factors).toEqual({});
    expect(d.notices).toEqual([{ kind: "factor-voided", reviewer: "alice", factor: "repo" }]);
  });
});

describe("voiding a factor", () => {
  const email = verifyingState().factors.email!;

  it.each([
    ["the only factor of a verifying case: back to triage", verifyingState(), "triage"],
    ["while another factor is pending: still verifying", verifyingState({ factors: { email, repo: pendingRepo() } }), "verifying"],
    ["a case on hold keeps its status", verifyingState({ status: "on-hold" }), "on-hold"],
  ])("%s", (_what, s, status) => {
    const d = voided(s, "email", { actor: "jbber", now: NOW });
    expect(d.state.factors.email).toBeUndefined();
    expect(d.state.status).toBe(status);
    expect(d.notices).toEqual([{ kind: "factor-voided", reviewer: "alice", factor: "email" }]);
  });

  it("a done factor left beside it is not pending: back to triage", () => {
    const s = verifyingState({ factors: { email, repo: pendingRepo({ state: "done", doneAt: at }) } });
    expect(voided(s, "email", { actor: "jbber", now: NOW }).state.status).toBe("triage");
  });
});

describe("a reviewer's key version", () => {
  it.each([
    [{}, "alice", 1],
    [{ alice: 3 }, "alice", 3],
    [{ Alice: 3 }, "ALICE", 3],
    [{ bob: 7 }, "alice", 1],
    [{ bob: 7, alice: 2 }, "alice", 2],
  ])("%j for %s: %d", (keys, login, version) => {
    expect(keyVersionOf(withKeys(keys), login)).toBe(version);
  });
});
