// The guard's exact answer on planted secrets: which characters it finds, of what kind, and the text it leaves.
// secrets.test.ts asks whether a kind is recognised; here every finding is pinned to its characters, so a
// guard that finds less (a shorter span, one code of eight) or more (a look-alike) fails.
import { describe, expect, it } from "@jest/globals";
import { findEmailCodes, findSecrets, kindsOf, mayHoldCode, redact, type Finding } from "../../src/domain/safety/secrets.js";

/** Each finding as its kind and the characters it covers. */
const found = (text: string, aggressive = false) => findSecrets(text, { aggressive }).map((f) => [f.kind, text.slice(f.start, f.end)]);

const CODE = "3f9a1c0b7d2e4f60";
const CODE2 = "a01b2c3d4e5f6a7b";
/** A token body with every kind of character tokens hold (both ends of each range, `_` and `-`). */
const TOKEN = "pypi-AgAZaz09_-EIcHlwaS5vcmcCJDU5ZjM3YzE3";
/** 32 base32 characters: both ends of the alphabet's letters and digits. */
const B32 = "AZ27JBSWY3DPEHPK3PXPJBSWY3DPEHPK";

describe("recovery codes, exactly", () => {
  it.each([
    [
      "eight codes, one a line",
      [CODE, CODE2, "9e8d7c6b5a493827", "0f1e2d3c4b5a6978"].join("\n"),
      [CODE, CODE2, "9e8d7c6b5a493827", "0f1e2d3c4b5a6978"],
    ],
    ["two codes need no talk of codes", `${CODE} ${CODE2}`, [CODE, CODE2]],
    ["one code, with talk of a backup", `backup: ${CODE}`, [CODE]],
    ["one code, with talk of a Code", `Code ${CODE}`, [CODE]],
    ["one code, with talk of recovery", `RECOVERY ${CODE}`, [CODE]],
    ["letters only a", "recovery 1a2a3a4a5a6a7a8a", ["1a2a3a4a5a6a7a8a"]],
    ["letters only f", "recovery 1f2f3f4f5f6f7f8f", ["1f2f3f4f5f6f7f8f"]],
    ["digits only 0", "recovery a0b0c0d0e0f0a0b0", ["a0b0c0d0e0f0a0b0"]],
    ["digits only 9", "recovery a9b9c9d9e9f9a9b9", ["a9b9c9d9e9f9a9b9"]],
    ["after an @ at the start", `@${CODE} my recovery code`, [CODE]],
    ["after an @ at a word's start", `codes: @${CODE}`, [CODE]],
    ["after an @ on a new line", `codes:\n@${CODE}`, [CODE]],
    ["a long link far before, on the same word", `recovery code https://x.org/${"a".repeat(300)}-${CODE}`, [CODE]],
    ["a link whose scheme is 300 characters before: too far to tell", `code h://${"a".repeat(296)}-${CODE}`, [CODE]],
    ["after long prose, a code", `${"words ".repeat(60)}code-${CODE}`, [CODE]],
  ])("%s", (_what, text, codes) => {
    expect(found(text)).toEqual(codes.map((c) => ["recovery-codes", c]));
  });

  it.each([
    ["one code without talk of codes", `build ${CODE} failed`],
    ["17 hex digits", `recovery code 1${CODE}`],
    ["a letter before", `recovery code a${CODE}`],
    ["a capital before", `recovery code A${CODE}`],
    ["a digit after", `recovery code ${CODE}1`],
    ["a letter after", `recovery code ${CODE}g`],
    ["a capital after", `recovery code ${CODE}G`],
    ["capital hex", `recovery code ${CODE.toUpperCase()}`],
    ["15 hex digits", `recovery code ${CODE.slice(1)}`],
    ...["/", "=", "#", ":", "."].map((c) => [`after ${c}`, `recovery code x${c}${CODE}`]),
    ["after an @ inside a word (an address, a pin)", `recovery code x@${CODE}`],
    ["inside a link, after a dash", `the code: https://example.com/commit-${CODE}`],
    ["a scheme at the very start", `://x-${CODE} code`],
    ["a link whose scheme is 299 characters before", `code h://${"a".repeat(295)}-${CODE}`],
  ])("%s: nothing", (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it("in a log line (aggressive), a single code needs no talk of codes", () => {
    expect(found(`build ${CODE} failed`, true)).toEqual([["recovery-codes", CODE]]);
  });
});

describe("tokens, TOTP secrets and passwords, exactly", () => {
  it.each([
    ["an API token, every kind of character", `use ${TOKEN} now`, [["api-token", TOKEN]]],
    ["a token of 20 characters after Ag", `t pypi-Ag${"x".repeat(20)}.`, [["api-token", `pypi-Ag${"x".repeat(20)}`]]],
    ["an otpauth URI to its end", "otpauth://totp/PyPI:j?secret=JBSWY3DP next", [["totp-secret", "otpauth://totp/PyPI:j?secret=JBSWY3DP"]]],
    ["an OTPAUTH URI in capitals", "OTPAUTH://TOTP/X?s=1", [["totp-secret", "OTPAUTH://TOTP/X?s=1"]]],
    ...["<", ">", '"', "'", "`", ")", "]", "\t"].map((c) => [
      `an otpauth URI ends at ${JSON.stringify(c)}`,
      `(otpauth://totp/a?s=b${c}z`,
      [["totp-secret", "otpauth://totp/a?s=b"]],
    ]),
    ["a base32 secret, both ends of the alphabet", `secret ${B32}.`, [["totp-secret", B32]]],
    [
      "a base32 secret in groups, dashes",
      "AZ27-jbsw-y3dp-ehpk-3pxp-jbsw-y3dp-ehpz",
      [["totp-secret", "AZ27-jbsw-y3dp-ehpk-3pxp-jbsw-y3dp-ehpz"]],
    ],
    [
      "a base32 secret in groups, spaces",
      "key: az27 jbsw y3dp ehpk 3pxp jbsw y3dp ehpk",
      [["totp-secret", "az27 jbsw y3dp ehpk 3pxp jbsw y3dp ehpk"]],
    ],
    [
      "ten different characters are random enough",
      "ABCDEFGHI2ABCDEFGHI2ABCDEFGHI2AA",
      [["totp-secret", "ABCDEFGHI2ABCDEFGHI2ABCDEFGHI2AA"]],
    ],
    ["a base32 secret whose only digit is 2", "ABCDEFGHIJKLMNOPQRSTUVWXYZ222222", [["totp-secret", "ABCDEFGHIJKLMNOPQRSTUVWXYZ222222"]]],
    ["a base32 secret whose only digit is 7", "ABCDEFGHIJKLMNOPQRSTUVWXYZ777777", [["totp-secret", "ABCDEFGHIJKLMNOPQRSTUVWXYZ777777"]]],
    ["a password", "password: Hunter2!", [["password", "Hunter2!"]]],
    ["a password, every way of writing the line", "> * my passwd is = abc123", [["password", "abc123"]]],
    [
      "pw and PWD",
      "pw:abc123\nPWD=Abcdef",
      [
        ["password", "abc123"],
        ["password", "Abcdef"],
      ],
    ],
    ["a password line after an empty first line, before more text", "\npassword: Hunter2!\nthanks", [["password", "Hunter2!"]]],
    ["a password line with trailing spaces", "password:  Hunter2!  \n", [["password", "Hunter2!"]]],
    ["a password of six characters", "password: abc12!", [["password", "abc12!"]]],
    ["a password of digits and symbols", "password: 123456!", [["password", "123456!"]]],
    ["a password of capitals and digits", "password: ABC123", [["password", "ABC123"]]],
  ] as [string, string, string[][]][])("%s", (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a token of 19 characters after Ag", `pypi-Ag${"x".repeat(19)}`],
    ["32 base32 letters after a letter", `x${B32}`],
    ["32 base32 letters after a digit", `1${B32}`],
    ["33 base32 letters", `${B32}A`],
    ["32 base32 letters then a digit", `${B32}1`],
    ["32 letters in lower case, not grouped", B32.toLowerCase()],
    ["seven groups of four", "az27 jbsw y3dp ehpk 3pxp jbsw y3dp"],
    ["letters only", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"],
    ["nine different characters", "ABCDEFGH2ABCDEFGH2ABCDEFGH2ABCDE"],
    ["nine different characters in groups", "abcd efgh 2abc defg h2ab cdef gh2a bcde"],
    ["nine different characters in dashed groups", "abcd-efgh-2abc-defg-h2ab-cdef-gh2a-bcde"],
    ["a password of five characters", "password: abc1!"],
    ["a password of one kind of character", "password: abcdefgh"],
    ["a password line with more words", "password: Hunter2! or so"],
    ["the word before the line", "the password: Hunter2!"],
    ["an already redacted password", "password: [redacted]"],
    ["a /code line outside logs", "/code 12345678"],
  ])("%s: nothing", (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it("in a log line, the digits of a /code command", () => {
    expect(found("/code 1234 5678", true)).toEqual([["email-code", "1234 5678"]]);
    expect(found("ran /code  1234-5678-9 ok", true)).toEqual([["email-code", "1234-5678-9"]]);
    expect(found("/code 1234567", true)).toEqual([]);
  });

  it("no text at all: nothing", () => {
    expect(findSecrets(null)).toEqual([]);
    expect(findSecrets(undefined)).toEqual([]);
  });
});

describe("overlapping findings are merged, and redacted once", () => {
  it("a token running into an otpauth URI is one secret, to the URI's end", () => {
    const text = `x ${TOKEN}otpauth://totp/a?s=b y`;
    const findings = findSecrets(text);
    expect(findings).toEqual([{ kind: "api-token", start: 2, end: text.length - 2 }]);
    expect(redact(text, findings)).toBe("x [redacted] y");
  });

  it("a code that is also a password: one finding, the longer one first", () => {
    const text = `backup\npassword: ${CODE}!x`;
    expect(found(text)).toEqual([["password", `${CODE}!x`]]);
  });

  it("findings in any order, adjacent or nested, each redacted, nothing shown twice", () => {
    const f = (start: number, end: number): Finding => ({ kind: "password", start, end });
    expect(redact("abcdefgh", [f(3, 6), f(0, 3)])).toBe("[redacted][redacted]gh");
    expect(redact("abcdefgh", [f(0, 6), f(2, 4)])).toBe("[redacted]gh");
    expect(redact("abcdefgh", [])).toBe("abcdefgh");
  });

  it("kinds are named once each, in order", () => {
    const f = (kind: Finding["kind"]): Finding => ({ kind, start: 0, end: 1 });
    expect(kindsOf([f("password"), f("api-token"), f("password")])).toEqual(["api-token", "password"]);
  });
});

describe("one-time codes", () => {
  it.each([
    ["12345678", true],
    ["code 1234 5678.", true],
    ["1234-5678", true],
    ["1234567", false],
    ["123456789", false],
    ["1234  5678", false],
    ["1234_5678", false],
    ["no digits", false],
  ])("%j may hold a code: %s", (text, expected) => {
    expect(mayHoldCode(text)).toBe(expected);
  });

  it("the check is asked about the 8 digits, and each code found is where it stands", () => {
    const asked: string[] = [];
    const text = "a 1234-5678 b 87654321 c 123456789";
    const found = findEmailCodes(text, (digits) => (asked.push(digits), digits !== "87654321"));
    expect(asked).toEqual(["12345678", "87654321"]);
    expect(found).toEqual([{ kind: "email-code", start: 2, end: 11 }]);
  });
});
