import { JBBER_REF } from "../helpers/cases.js";
import { describe, expect, it } from "@jest/globals";
import { Verifier } from "../../src/verification/codes.js";

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
