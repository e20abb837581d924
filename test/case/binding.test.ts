// The binding invariant: factors and an attestation stand only for the account they were proven
// for — registry instance, username as the registry compares it, requester — on every event.
import { describe, expect, it } from "@jest/globals";
import {
  accountForCodes,
  accountKey,
  accountNamed,
  caseRef,
  enforceBinding,
  registryLabel,
  sameAccount,
} from "../../src/domain/case/binding.js";
import { decide } from "../../src/domain/case/decide.js";
import type { CaseEvent } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { cardFor } from "../helpers/cards.js";
import { input, issue, JBBER_ACCOUNT, NOW, state, VERIFIER, verifyingState } from "../helpers/cases.js";

const at = NOW.toISOString();
const emailDone = {
  email: { state: "done" as const, startedAt: at, by: "alice", failures: 0, usedStep: 1, doneAt: at, keyVersion: null, issuedBy: null },
};
/** jbber proved the email of `victim` on the TEST instance, and the case is verified. */
const verifiedOnTest = (over: Partial<CaseState> = {}): CaseState =>
  verifyingState({
    status: "verified",
    username: "victim",
    testInstance: true,
    binding: { username: "victim", testInstance: true, author: "jbber" },
    factors: emailDone,
    attestation: { by: "alice", note: "checked", at },
    ...over,
  });
const named = (username: string | null, testInstance: boolean) =>
  username
    ? { valid: true as const, username, testInstance, problems: [] as [] }
    : { valid: false as const, username: null, testInstance, problems: [{ code: "username-missing" as const }] };
let commentIds = 900;
const comment = (text: string, roles = { maintainer: true, requester: false }): CaseEvent => ({
  kind: "comment",
  commentId: commentIds++,
  text,
  scan: readCommands(text),
  roles,
});

describe("whatever names a different account voids verification", () => {
  const changes: [string, ReturnType<typeof named>, string?][] = [
    ["the registry instance (TestPyPI → PyPI)", named("victim", false)],
    ["the username", named("someone-else", true)],
    ["the username removed", named(null, true)],
    ["the requester (a renamed or different author)", named("victim", true), "mallory"],
  ];
  const events: CaseEvent[] = [{ kind: "edited" }, { kind: "sweep" }, { kind: "opened" }, comment("/status"), comment("/approve")];

  for (const [what, validation, author] of changes) {
    for (const event of events) {
      it(`${what}, seen on ${event.kind === "comment" ? event.text : event.kind}`, () => {
        const d = decide(
          input(event, { previous: verifiedOnTest(), validation, issue: issue({ author: author ?? "jbber" }), actor: "alice" }),
        );
        // An edit that leaves no valid username also needs the requester's fix first.
        const status = event.kind === "edited" && !validation.username ? "needs-info" : "triage";
        expect(d.state).toMatchObject({ status, binding: null, factors: {}, attestation: null, generation: 1, decision: null });
        expect(d.state!.accountReset).toMatchObject({ from: { username: "victim", testInstance: true, author: "jbber" }, at });
      });
    }
  }

  it("the same account written differently (case, instance unchanged) keeps verification", () => {
    const d = decide(input({ kind: "edited" }, { previous: verifiedOnTest(), validation: named("VICTIM", true) }));
    expect(d.state).toMatchObject({ status: "verified", factors: emailDone, generation: 0 });
  });

  it("an edit while the case was closed is caught when it is reopened", () => {
    const closed = verifiedOnTest({ status: "withdrawn" });
    const d = decide(input({ kind: "reopened" }, { previous: closed, validation: named("victim", false) }));
    expect(d.state).toMatchObject({ status: "triage", binding: null, factors: {}, generation: 1 });
    // and a reviewer's /verify email then really starts again (it was a 👍 no-op before)
    const again = decide(input(comment("/verify email"), { previous: d.state, validation: named("victim", false), actor: "alice" }));
    expect(again.state).toMatchObject({ status: "verifying", binding: { username: "victim", testInstance: false, author: "jbber" } });
    expect(again.state!.factors.email).toMatchObject({ state: "pending" });
    expect(again.notices).toEqual([{ kind: "email-sent" }]);
  });

  it("on-hold and needs-info cases resume to triage, not to a verification that no longer stands", () => {
    for (const status of ["on-hold", "needs-info"] as const) {
      const d = decide(
        input(
          { kind: "sweep" },
          { previous: verifiedOnTest({ status, resumeStatus: "verified" }), validation: named("victim", false), actor: "recovery-triage" },
        ),
      );
      expect(d.state).toMatchObject({ status, resumeStatus: "triage", factors: {} });
    }
  });

  it("a closed, decided case keeps its decision, but nothing proven stands for the account the body names now", () => {
    const resolved = verifiedOnTest({ status: "resolved", decision: { by: "alice", note: "", at, forced: false } });
    const d = decide(input({ kind: "edited" }, { previous: resolved, validation: named("victim", false), issue: issue({ open: false }) }));
    expect(d.state).toMatchObject({ status: "resolved", factors: {}, attestation: null, binding: null });
  });

  it("/approve after such a change is refused: the case is no longer verified", () => {
    const d = decide(input(comment("/approve"), { previous: verifiedOnTest(), validation: named("victim", false), actor: "alice" }));
    expect(d.state!.status).toBe("triage");
    // The body names another account than the case read last: the command is not run at all.
    expect(d.notices).toEqual([{ kind: "command-before-reset", commands: ["/approve"] }]);
  });

  it("the card says what changed, from what to what, and when", () => {
    const d = decide(input({ kind: "edited" }, { previous: verifiedOnTest(), validation: named("victim", false) }));
    expect(cardFor(d.state!)).toContain(
      "> **Verification starts again:** on 2026-11-23 12:00 UTC the request changed from `victim` on TestPyPI, requested by `jbber` to `victim` on PyPI, requested by `jbber`.",
    );
  });
});

describe("codes are bound to the account and its generation", () => {
  const account = { username: "victim", testInstance: true, author: "jbber" };
  const ref = caseRef("registry/support", 10, account, 0);
  const { code } = VERIFIER.issueEmailCode(ref, NOW, 24);

  it.each([
    ["the main instance's account of the same name", caseRef("registry/support", 10, { ...account, testInstance: false }, 0)],
    ["another username", caseRef("registry/support", 10, { ...account, username: "other" }, 0)],
    ["the same account after a reset (A → B → A)", caseRef("registry/support", 10, account, 2)],
  ])("a code for one account does not verify %s", (_what, other) => {
    expect(VERIFIER.checkEmailCode(other, code, NOW, 24, null).result).toBe("wrong");
    expect(VERIFIER.checkEmailCode(ref, code, NOW, 24, null).result).toBe("ok");
    expect(caseRef("registry/support", 10, { ...account, username: "VICTIM" }, 0)).toEqual(ref);
  });

  it("a code issued before the account changed does not verify the new one through the case", () => {
    const reset = decide(input({ kind: "edited" }, { previous: verifiedOnTest(), validation: named("victim", false) })).state!;
    const started = decide(input(comment("/verify email"), { previous: reset, validation: named("victim", false), actor: "alice" })).state!;
    const used = decide(
      input(comment(`/code ${code}`, { maintainer: false, requester: true }), { previous: started, validation: named("victim", false) }),
    );
    expect(used.state!.factors.email).toMatchObject({ state: "pending", failures: 1 });
    expect(used.notices).toContainEqual({ kind: "code-wrong", attemptsLeft: 4 });
  });

  it("untouched cases keep their binding (jbber on the main instance)", () => {
    const d = decide(input({ kind: "sweep" }, { previous: verifyingState(), actor: "recovery-triage" }));
    expect(d.state!.binding).toEqual(JBBER_ACCOUNT);
    expect(state().generation).toBe(0);
  });
});

describe("mutants that survived the unit suite (npm run mutate:security), now killed", () => {
  it("a hold that was to resume to needs-info keeps that when the account changes (only verification's statuses fall back)", () => {
    const d = decide(
      input(
        { kind: "sweep" },
        { previous: verifiedOnTest({ status: "on-hold", resumeStatus: "needs-info" }), validation: named("victim", false), actor: "x" },
      ),
    );
    expect(d.state).toMatchObject({ status: "on-hold", resumeStatus: "needs-info", factors: {} });
  });

  it("account keys cannot run together: a1 at generation 1 is not a at generation 11", () => {
    const one = caseRef("registry/support", 10, { ...JBBER_ACCOUNT, username: "a1" }, 1);
    const other = caseRef("registry/support", 10, { ...JBBER_ACCOUNT, username: "a" }, 11);
    expect(one.account).not.toBe(other.account);
  });

  it("codes are for the bound account, even before an edit naming another one is processed", () => {
    const bound = verifiedOnTest({ username: "someone-else" });
    expect(accountForCodes(bound, "jbber")).toEqual(bound.binding);
  });
});

describe("a command written about the account the request named then", () => {
  const verified = (writtenAt: string): CaseEvent => ({
    ...(comment("/verified confirmed on a call") as Extract<CaseEvent, { kind: "comment" }>),
    writtenAt,
  });
  const renamed = state({ status: "triage", username: "other", usernameChange: { from: "jbber", to: "other", at } });

  it("is not run when it was written before the username changed, through any door (a late webhook, the sweep)", () => {
    const d = decide(input(verified("2026-11-23T11:00:00Z"), { previous: renamed, validation: named("other", false), actor: "alice" }));
    expect(d.state!.attestation).toBeNull();
    expect(d.notices).toEqual([{ kind: "command-before-reset", commands: ["/verified"] }]);
  });

  it("is run when written after it", () => {
    const d = decide(input(verified("2026-11-23T12:30:00Z"), { previous: renamed, validation: named("other", false), actor: "alice" }));
    expect(d.state!.attestation).toMatchObject({ by: "alice" });
  });

  it("is not run while the request names an account the case has not caught up with (its edit still on its way)", () => {
    const d = decide(input(verified("2026-11-23T12:30:00Z"), { previous: renamed, validation: named("third", false), actor: "alice" }));
    expect(d.state!.attestation).toBeNull();
  });
});

describe("the binding's parts, exactly", () => {
  const account = { username: "JBber", testInstance: true, author: "JBber" };

  it.each([
    [account, 2, "test:jbber:2"],
    [{ ...account, testInstance: false }, 0, "main:jbber:0"],
  ])("the account key of %j at generation %d is %s", (bound, generation, key) => {
    expect(accountKey(bound, generation)).toBe(key);
    expect(caseRef("o/r", 4, bound, generation)).toEqual({ repo: "o/r", number: 4, author: "JBber", account: key });
  });

  it.each([
    [{ username: "a", testInstance: false, author: "x" }, { username: "A", testInstance: false, author: "X" }, true],
    [{ username: "a", testInstance: false, author: "x" }, { username: "a", testInstance: true, author: "x" }, false],
    [{ username: "a", testInstance: false, author: "x" }, { username: "b", testInstance: false, author: "x" }, false],
    [{ username: "a", testInstance: false, author: "x" }, { username: "a", testInstance: false, author: "y" }, false],
    [{ username: "a", testInstance: false, author: "x" }, { username: null, testInstance: false, author: "x" }, false],
  ])("%j and %j are the same account: %s", (a, b, same) => {
    expect(sameAccount(a, b)).toBe(same);
  });

  it("codes are issued for the bound account, else for the one named, else for none", () => {
    const bound = { username: "victim", testInstance: true, author: "jbber" };
    expect(accountForCodes(state({ binding: bound }), "someone")).toEqual(bound);
    expect(accountForCodes(state({ binding: null, username: "jbber", testInstance: true }), "jbber")).toEqual({
      username: "jbber",
      testInstance: true,
      author: "jbber",
    });
    expect(accountForCodes(state({ binding: null, username: null }), "jbber")).toBeNull();
  });

  it("the account named is the validation's, and the issue's author", () => {
    expect(accountNamed({ validation: { username: "u", testInstance: true }, issue: { author: "a" } })).toEqual({
      username: "u",
      testInstance: true,
      author: "a",
    });
  });

  it("messages name the instance", () => {
    expect(registryLabel({ registry_name: "PyPI" }, true)).toBe("TestPyPI");
    expect(registryLabel({ registry_name: "PyPI" }, false)).toBe("PyPI");
  });

  it.each([
    ["verifying", "triage", null, null],
    ["verified", "triage", null, null],
    ["on-hold", "on-hold", "verifying", "triage"],
    ["on-hold", "on-hold", "verified", "triage"],
    ["on-hold", "on-hold", "triage", "triage"],
    ["needs-info", "needs-info", "needs-info", "needs-info"],
    ["triage", "triage", null, null],
  ] as const)("a %s case that names another account goes to %s; resuming to %s, it resumes to %s", (status, after, resume, resumeAfter) => {
    const s = verifyingState({ status, resumeStatus: resume, binding: { username: "victim", testInstance: false, author: "jbber" } });
    const next = enforceBinding(s, { username: "other", testInstance: false, author: "jbber" }, { actor: "jbber", now: NOW });
    expect(next.status).toBe(after);
    expect(next.resumeStatus).toBe(resumeAfter);
    expect(next).toMatchObject({ binding: null, factors: {}, attestation: null, generation: s.generation + 1 });
    if (status !== after) expect(next.timeline.at(-1)!.note).toBe("verification reset: the request now names another account");
  });

  it("a closed case keeps its status when the account changes", () => {
    const s = verifyingState({ status: "resolved", binding: { username: "victim", testInstance: false, author: "jbber" } });
    const next = enforceBinding(s, { username: "other", testInstance: false, author: "jbber" }, { actor: "jbber", now: NOW });
    expect(next.status).toBe("resolved");
    expect(next.binding).toBeNull();
  });

  it("the same account, or no binding: the state is left as it is", () => {
    const s = verifyingState();
    expect(enforceBinding(s, { username: "JBBER", testInstance: false, author: "jbber" }, { actor: "x", now: NOW })).toBe(s);
    const free = state({ binding: null });
    expect(enforceBinding(free, { username: "other", testInstance: true, author: "x" }, { actor: "x", now: NOW })).toBe(free);
  });
});
