// Reviewers hold no master key: a code minted with a reviewer's key counts only on a case where
// that reviewer started the email check, only while their key is at the version the desk has, and
// whose key minted it is kept on the card. Codes from the master keep working unless turned off.
import { describe, expect, it } from "@jest/globals";
import { decide } from "../../src/domain/case/decide.js";
import { renderCard } from "../../src/domain/case/card.js";
import type { DecideInput } from "../../src/domain/case/model.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { readCommands } from "../../src/domain/case/commands/index.js";
import { parseReviewerKey } from "../../src/domain/verification/codes.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { casePage } from "../../src/domain/report/html.js";
import { summarise } from "../../src/domain/report/summary.js";
import { config, input, JBBER_REF, NOW, state, VERIFIER, verifyingState } from "../helpers/cases.js";

const REQUESTER = { maintainer: false, requester: true };
const MAINTAINER = { maintainer: true, requester: false };
let comment = 5000;
const run = (body: string, previous: CaseState, actor: string, roles: typeof REQUESTER, over: Partial<DecideInput> = {}) =>
  decide(input({ kind: "comment", commentId: ++comment, text: body, scan: readCommands(body), roles }, { previous, actor, ...over }));
const CARD = { config: config(), form: builtInForm };
const keyOf = (login: string, version = 1) => parseReviewerKey(VERIFIER.reviewerKey(login, version))!;
const codeWith = (login: string, version = 1) => keyOf(login, version).mint.issueEmailCode(JBBER_REF, NOW, 24).code;

describe("a reviewer's key", () => {
  it("is the login, the version and an HMAC of the master: nothing of the master, different per login and version", () => {
    const key = VERIFIER.reviewerKey("alice", 1);
    expect(key).toMatch(/^rtk1\.alice\.1\.[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("test");
    expect(VERIFIER.reviewerKey("alice", 2)).not.toBe(key);
    expect(VERIFIER.reviewerKey("bob", 1).slice(-43)).not.toBe(key.slice(-43));
    expect(parseReviewerKey(key)).toMatchObject({ login: "alice", version: 1 });
    for (const junk of ["", "rtk1.alice.1.short", "rtk1.alice.0." + "a".repeat(43), "rtk2.alice.1." + "a".repeat(43)])
      expect(parseReviewerKey(junk)).toBeNull();
  });

  it("mints what the server derives from the master, for that reviewer only", () => {
    const code = codeWith("alice");
    expect(VERIFIER.reviewerMint("alice", 1).checkEmailCode(JBBER_REF, code, NOW, 24, null).result).toBe("ok");
    expect(VERIFIER.reviewerMint("bob", 1).checkEmailCode(JBBER_REF, code, NOW, 24, null).result).toBe("wrong");
    expect(VERIFIER.reviewerMint("alice", 2).checkEmailCode(JBBER_REF, code, NOW, 24, null).result).toBe("wrong");
    expect(VERIFIER.checkEmailCode(JBBER_REF, code, NOW, 24, null).result).toBe("wrong");
  });
});

describe("on a case", () => {
  const started = () => run("/verify email", state(), "alice", MAINTAINER).state!;

  it("/verify email records whose key the check accepts; the card says so", () => {
    const s = started();
    expect(s.factors.email).toMatchObject({ by: "alice", keyVersion: 1, issuedBy: null });
    expect(renderCard(s, CARD)).toContain("codes from `alice`'s key v1");
  });

  it("a code from the starter's key verifies, and the card, the timeline and the state say whose key it was", () => {
    const d = run(`/code ${codeWith("alice")}`, started(), "jbber", REQUESTER);
    expect(d.state!.status).toBe("verified");
    expect(d.state!.factors.email).toMatchObject({ state: "done", issuedBy: "alice (key v1)" });
    expect(d.state!.timeline.at(-1)!.why ?? d.state!.timeline.at(-2)!.why).toContain("code issued by alice (key v1)");
    expect(renderCard(d.state!, CARD)).toContain("code issued by `alice (key v1)`");
  });

  it("the case page shows the same trail", () => {
    const verified = run(`/code ${codeWith("alice")}`, started(), "jbber", REQUESTER).state!;
    const page = casePage(
      "registry/support",
      summarise(10, "Account recovery request", NOW.toISOString(), verified, config()),
      "../",
      "https://github.com/registry/support/issues/10",
    );
    expect(page).toContain("code issued by alice (key v1)");
  });

  it("a code from another reviewer's key is a wrong code: refused, and it counts toward the lock", () => {
    const d = run(`/code ${codeWith("bob")}`, started(), "jbber", REQUESTER);
    expect(d.state!.status).toBe("verifying");
    expect(d.state!.factors.email!.failures).toBe(1);
    expect(d.notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
  });

  it("a revoked key: its codes stop at once, the case asks for a new /verify email, which accepts the new key", () => {
    const revoked = { config: config({ verification: { ...config().verification, reviewer_keys: { Alice: 2 } } }) };
    const d = run(`/code ${codeWith("alice", 1)}`, started(), "jbber", REQUESTER, revoked);
    expect(d.state!.status).toBe("verifying");
    expect(d.notices).toEqual([{ kind: "code-key-revoked", reviewer: "alice" }]);
    // Even a code from the new key waits for a new /verify email: the check accepts the version it started with.
    expect(run(`/code ${codeWith("alice", 2)}`, started(), "jbber", REQUESTER, revoked).notices).toEqual([
      { kind: "code-key-revoked", reviewer: "alice" },
    ]);
    const again = run("/verify email", started(), "alice", MAINTAINER, revoked).state!;
    expect(again.factors.email).toMatchObject({ keyVersion: 2 });
    expect(run(`/code ${codeWith("alice", 2)}`, again, "jbber", REQUESTER, revoked).state!.status).toBe("verified");
  });

  it("codes from the master count only where master_codes is on (off by default: only the starter's key counts)", () => {
    const master = VERIFIER.issueEmailCode(JBBER_REF, NOW, 24).code;
    expect(run(`/code ${master}`, started(), "jbber", REQUESTER).notices).toEqual([{ kind: "code-wrong", attemptsLeft: 4 }]);
    const on = { config: config({ verification: { ...config().verification, master_codes: true } }) };
    const ok = run(`/code ${master}`, started(), "jbber", REQUESTER, on);
    expect(ok.state!.factors.email).toMatchObject({ state: "done", issuedBy: "the desk's secret" });
    // A case started before reviewer keys (no version recorded) takes the starter's key at today's version.
    const legacy = verifyingState();
    expect(run(`/code ${codeWith(legacy.factors.email!.by)}`, legacy, "jbber", REQUESTER).state!.status).toBe("verified");
  });
});
