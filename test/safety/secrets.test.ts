import { clipChars, GITHUB_TEXT_LIMIT } from "../../src/domain/text/github-limits.js";
import { describe, expect, it } from "@jest/globals";
import { findEmailCodes, findSecrets, kindsOf, redact } from "../../src/domain/safety/secrets.js";

// Realistic shapes, generated here (never real secrets).
const CODES = [
  "3f9a1c0b7d2e4f60",
  "a01b2c3d4e5f6a7b",
  "9e8d7c6b5a493827",
  "0f1e2d3c4b5a6978",
  "c0ffee00deadbeef".replace("deadbeef", "d3adb33f"),
  "11aa22bb33cc44dd",
  "5e6f7a8b9c0d1e2f",
  "7a7b7c7d1e1f1a1b",
];
const TOKEN = `pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlszLCJiYzE0ZTc5Ny0wOTYwLTRjZjUtOGE3Ny1jNTMzNzNlNDA0YjQiXQAABiDcNZDzkjL8oQcaD2`;
const TEST_TOKEN = "pypi-AgENdGVzdC5weXBpLm9yZwIkMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAwAAIqWzMsIjAwMCJdAAAGIA";
const BASE32 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

const kinds = (text: string) => kindsOf(findSecrets(text));

describe("secrets people paste", () => {
  it.each([
    ["all eight recovery codes, one per line", CODES.join("\n"), ["recovery-codes"]],
    [
      "recovery codes in a list",
      CODES.slice(0, 3)
        .map((c) => `- ${c}`)
        .join("\n"),
      ["recovery-codes"],
    ],
    ["one recovery code, mentioned as such", `I tried this recovery code: ${CODES[0]} but it failed`, ["recovery-codes"]],
    ["a full API token", `my token is ${TOKEN}`, ["api-token"]],
    ["a TestPyPI token", `token = ${TEST_TOKEN}`, ["api-token"]],
    ["an otpauth URI", "otpauth://totp/PyPI:jbber?secret=JBSWY3DPEHPK3PXP&issuer=PyPI", ["totp-secret"]],
    ["a base32 secret", `my 2FA secret was ${BASE32}`, ["totp-secret"]],
    ["a base32 secret in groups of four", "setup key: jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp", ["totp-secret"]],
    ["a password line", "username: jbber\npassword: Hunter2!", ["password"]],
    ["a password line with =", "  pwd = s3cretPass", ["password"]],
    ["codes in a table", `| code |\n|---|\n| ${CODES[0]} |\n| ${CODES[1]} |`, ["recovery-codes"]],
  ])("%s", (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("look-alikes that are not secrets", () => {
  it.each([
    ["a git SHA in a link", "fixed in https://github.com/pypa/warehouse/commit/3f9a1c0b7d2e4f6011aa22bb33cc44dd5e6f7a8b"],
    ["a short SHA in a link", "see https://github.com/pypa/warehouse/commit/3f9a1c0b7d2e4f60 for the code"],
    ["a full git SHA", "the recovery commit 3f9a1c0b7d2e4f6011aa22bb33cc44dd5e6f7a8b"],
    ["a UUID", "request id 123e4567-e89b-12d3-a456-426614174000, code path"],
    ["hex colours", "the button is #ff00aa and #00ff00, code style"],
    ["one hex word without talk of codes", "build 3f9a1c0b7d2e4f60 failed"],
    ["a long ordinary word", "INTERNATIONALIZATIONANDLOCALIZATIONS of the recovery page"],
    ["a shouting sentence", "PLEASE HELP ME I CANNOT LOG IN AT ALL TO MY ACCOUNT"],
    ["'password' in prose", "password: I forgot it\nPassword: reset didn't work"],
    ["a pypi- word", "pypi-simple-index-mirror is a project name"],
    ["the form's own text", "- [x] I never generated or have lost access to the recovery codes for my account"],
    ["a 16-digit number", "order 1234567890123456 recovery"],
    ["all-letter hex", "recovery: deadbeefcafebabe"],
  ])("%s", (_name, text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe("redaction", () => {
  it("replaces each secret and keeps the rest", () => {
    const text = `Hello\n${CODES[0]}\n${CODES[1]}\npassword: Hunter2!\ntoken ${TOKEN} thanks`;
    expect(redact(text, findSecrets(text))).toBe("Hello\n[redacted]\n[redacted]\npassword: [redacted]\ntoken [redacted] thanks");
  });

  it("is stable: redacted text has nothing left to find", () => {
    const text = `${CODES.join(" ")} ${TOKEN} ${BASE32} password: Hunter2!`;
    const once = redact(text, findSecrets(text));
    expect(findSecrets(once)).toEqual([]);
  });

  it("finds the case's own code only where the check recognises it", () => {
    const found = findEmailCodes("my code is 1234 5678, not 87654321", (d) => d === "12345678");
    expect(found).toEqual([{ kind: "email-code", start: 11, end: 20 }]);
  });

  it("is linear on adversarial input", () => {
    const hostile = [
      "f".repeat(65_536),
      "pypi-Ag".repeat(9_000),
      "A2".repeat(32_000),
      "password:".repeat(7_000),
      "1234 ".repeat(13_000),
      "/".repeat(65_536),
    ];
    for (const text of hostile) {
      const t = process.hrtime.bigint();
      findSecrets(text);
      findSecrets(text, { aggressive: true });
      expect(Number(process.hrtime.bigint() - t) / 1e6).toBeLessThan(1000);
    }
  });
});

describe("limits count characters as GitHub does", () => {
  it("a secret after 40,000 astral characters (80,000 UTF-16 units) is still found", () => {
    const text = `${"😀".repeat(40_000)} pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2NDktNDA1Ni05YjEzLWVhMmE1ZDc4YzY5ZQACKlsz`;
    expect(findSecrets(text).map((f) => f.kind)).toEqual(["api-token"]);
  });

  it("clipChars cuts at 65,536 code points, never inside a surrogate pair", () => {
    expect(clipChars("😀".repeat(70_000))).toHaveLength(2 * GITHUB_TEXT_LIMIT);
    expect(clipChars(`${"a".repeat(GITHUB_TEXT_LIMIT - 1)}😀😀`)).toBe(`${"a".repeat(GITHUB_TEXT_LIMIT - 1)}😀`);
    expect(clipChars("short")).toBe("short");
  });
});
