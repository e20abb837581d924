import { JBBER_REF } from "../helpers/cases.js";
import { describe, expect, it } from "@jest/globals";
import { parseReviewerKey, Verifier, verifierFor } from "../../src/domain/verification/codes.js";

const v = new Verifier("a-long-enough-recovery-secret");
const ref = { ...JBBER_REF, number: 12 };
const t0 = new Date("2026-11-23T10:20:00Z");
const hours = (n: number) => new Date(t0.getTime() + n * 3_600_000);

describe("email codes", () => {
  it("are 8 digits and expire after the configured hours", () => {
    const { code, expiresAt } = v.issueEmailCode(ref, t0, 24);
    expect(code).toMatch(/^\d{8}$/);
    expect(expiresAt.toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });

  it("a right code is accepted within its lifetime", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    expect(v.checkEmailCode(ref, code, hours(5), 24, null)).toEqual({ result: "ok", step: Math.floor(t0.getTime() / 3_600_000) });
  });

  it("is expired after its lifetime, and recognised as such", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    expect(v.checkEmailCode(ref, code, hours(26), 24, null)).toEqual({ result: "expired" });
    expect(v.checkEmailCode(ref, code, hours(26), 48, null).result).toBe("ok");
  });

  it("is accepted once", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    const first = v.checkEmailCode(ref, code, hours(1), 24, null);
    expect(first.result).toBe("ok");
    const step = (first as { step: number }).step;
    expect(v.checkEmailCode(ref, code, hours(2), 24, step)).toEqual({ result: "used" });
    // A code issued later (a new hour) is still accepted after an older one was used.
    const later = v.issueEmailCode(ref, hours(3), 24).code;
    expect(v.checkEmailCode(ref, later, hours(3), 24, step).result).toBe("ok");
  });

  it("is bound to the case and to its author", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    expect(v.checkEmailCode({ ...ref, author: "mallory" }, code, t0, 24, null).result).toBe("wrong");
    expect(v.checkEmailCode({ ...ref, number: 13 }, code, t0, 24, null).result).toBe("wrong");
    expect(v.checkEmailCode({ ...ref, repo: "other/support" }, code, t0, 24, null).result).toBe("wrong");
    expect(v.checkEmailCode({ ...ref, author: "JBBER" }, code, t0, 24, null).result).toBe("ok");
    expect(new Verifier("another-secret-entirely!").checkEmailCode(ref, code, t0, 24, null).result).toBe("wrong");
  });

  it("rejects malformed input without throwing", () => {
    for (const token of ["", "1234", "abcdefgh", "123456789", "1234 5678"])
      expect(v.checkEmailCode(ref, token, t0, 24, null)).toEqual({ result: "malformed" });
  });

  it("refuses a short secret", () => {
    expect(() => new Verifier("short")).toThrow(/at least 16/);
  });
});

describe("repository challenge branches", () => {
  it("are derived from the case, the repository and the start time", () => {
    const a = v.challengeBranch(ref, "octo/pkg", t0);
    expect(a).toMatch(/^recovery-\d{8}$/);
    expect(v.challengeBranch(ref, "OCTO/pkg", t0)).toBe(a);
    expect(v.challengeBranch(ref, "octo/other", t0)).not.toBe(a);
    expect(v.challengeBranch({ ...ref, author: "mallory" }, "octo/pkg", t0)).not.toBe(a);
    expect(v.challengeBranch(ref, "octo/pkg", hours(1))).not.toBe(a);
  });
});

// Known answers: a code emailed, a branch named or a reviewer key handed out before an upgrade must still
// verify after it, so the derivation (what goes into each HMAC, in what case, in what order) is pinned.
describe("derivation stays what was handed out", () => {
  const kv = new Verifier("known-answer-secret-0001");
  const kref = { repo: "Registry/Support", number: 7, author: "JBber", account: "main:jbber:0" };
  const at = new Date("2026-11-23T10:20:00Z");

  it.each([
    ["a reviewer key", () => kv.reviewerKey("Alice", 3), "rtk1.Alice.3.P7xG3ocSXOmIJ-mmcmgGMPXY5nww4NG9pUxEwDISxFM"],
    ["an email code from the master", () => kv.issueEmailCode(kref, at, 24).code, "63952960"],
    ["an email code from a reviewer's key", () => kv.reviewerMint("alice", 3).issueEmailCode(kref, at, 24).code, "30363310"],
    ["a challenge branch", () => kv.challengeBranch(kref, "Octo/Pkg", at), "recovery-87366529"],
  ])("%s", (_what, derive, expected) => {
    expect(derive()).toBe(expected);
  });

  it("case does not matter in the repository, the author or the reviewer's login", () => {
    const lower = { ...kref, repo: "registry/support", author: "jbber" };
    expect(kv.issueEmailCode(lower, at, 24).code).toBe("63952960");
    expect(kv.challengeBranch(lower, "octo/pkg", at)).toBe("recovery-87366529");
    expect(kv.reviewerMint("ALICE", 3).issueEmailCode(kref, at, 24).code).toBe("30363310");
    // The account key is compared as written (binding.ts lower-cases the username into it).
    expect(kv.issueEmailCode({ ...kref, account: "main:JBBER:0" }, at, 24).code).not.toBe("63952960");
  });

  it("a handed-out key parses back to its login, version and a mint of the same codes", () => {
    const key = parseReviewerKey("  rtk1.Alice.3.P7xG3ocSXOmIJ-mmcmgGMPXY5nww4NG9pUxEwDISxFM\n")!;
    expect({ login: key.login, version: key.version }).toEqual({ login: "Alice", version: 3 });
    expect(key.mint.issueEmailCode(kref, at, 24).code).toBe("30363310");
  });
});

describe("what a reviewer key looks like", () => {
  const mac = "a".repeat(43);
  it.each([
    [`rtk1.${"a".repeat(39)}.1.${mac}`, { login: "a".repeat(39), version: 1 }],
    [`rtk1.a-b.999999.${mac}`, { login: "a-b", version: 999_999 }],
    [`rtk1.A9.10.${"_-Zz09".repeat(7)}x`, { login: "A9", version: 10 }],
  ])("%s is one", (text, expected) => {
    expect(parseReviewerKey(text)).toMatchObject(expected);
  });

  it.each([
    `rtk1.${"a".repeat(40)}.1.${mac}`,
    `rtk1.a_b.1.${mac}`,
    `rtk1..1.${mac}`,
    `rtk1.a.1000000.${mac}`,
    `rtk1.a.01.${mac}`,
    `rtk1.a.1.${mac}a`,
    `rtk1.a.1.${mac.slice(1)}`,
    `rtk1.a.1.${mac.slice(1)}=`,
    `xrtk1.a.1.${mac}`,
    `rtk1.a.1.${mac}\nmore`,
    undefined,
  ])("%j is not", (text) => {
    expect(parseReviewerKey(text)).toBeNull();
  });
});

describe("checking a code, at the edges", () => {
  it("a code older than 96 hours is wrong, not expired; an expired code whose hour was used is used", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    expect(v.checkEmailCode(ref, code, hours(90), 24, null)).toEqual({ result: "expired" });
    expect(v.checkEmailCode(ref, code, hours(100), 24, null)).toEqual({ result: "wrong" });
    const step = Math.floor(t0.getTime() / 3_600_000);
    expect(v.checkEmailCode(ref, code, hours(30), 24, step)).toEqual({ result: "used" });
    expect(v.checkEmailCode(ref, code, hours(30), 24, step - 1)).toEqual({ result: "expired" });
    expect(v.checkEmailCode(ref, code, hours(1), 24, step - 1)).toEqual({ result: "ok", step });
  });

  it("acceptsEmailCode answers what checkEmailCode's ok says, for the master and a reviewer's mint", () => {
    const step = Math.floor(t0.getTime() / 3_600_000);
    for (const mint of [v, v.reviewerMint("alice", 1)]) {
      const { code } = mint.issueEmailCode(ref, t0, 24);
      const other = mint.issueEmailCode({ ...ref, number: 13 }, t0, 24).code;
      const tokens = [code, other, `${code}0`, "0000000", code.replace(/^./, (d) => String((Number(d) + 1) % 10))];
      let accepted = 0;
      for (const token of tokens)
        for (const at of [-1, 0, 1, 23, 24, 25, 30, 100])
          for (const used of [null, step - 1, step, step + 1]) {
            const ok = mint.checkEmailCode(ref, token, hours(at), 24, used).result === "ok";
            expect({ token, at, used, accepted: mint.acceptsEmailCode(ref, token, hours(at), 24, used) }).toEqual({
              token,
              at,
              used,
              accepted: ok,
            });
            if (ok) accepted++;
          }
      // The grid holds codes that verify (before expiry, before their hour was used) and many that do not.
      expect(accepted).toBe(8);
    }
  });

  it("the 8 digits and nothing around them", () => {
    const { code } = v.issueEmailCode(ref, t0, 24);
    for (const token of [`x${code}`, `${code}x`, ` ${code}`])
      expect(v.checkEmailCode(ref, token, t0, 24, null)).toEqual({ result: "malformed" });
  });

  it("a secret of 16 characters is enough; 15 is not", () => {
    expect(() => new Verifier("x".repeat(16))).not.toThrow();
    expect(() => new Verifier("x".repeat(15))).toThrow("RECOVERY_SECRET must be at least 16 characters");
  });

  it("no secret, no verifier", () => {
    expect(verifierFor(null)).toBeNull();
    expect(verifierFor("")).toBeNull();
    expect(verifierFor("a-long-enough-recovery-secret")!.issueEmailCode(ref, t0, 24)).toEqual(v.issueEmailCode(ref, t0, 24));
  });
});
