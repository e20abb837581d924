// The address guard's exact answer on planted addresses, one disguise at a time: each is removed whole
// (nothing of it left beside the marker), and only it. emails.test.ts shows the shapes requesters use; this
// table pins every character class, separator, limit and exception the reading relies on.
import { describe, expect, it } from "@jest/globals";
import { EMAIL_REMOVED as R, findEmailAddresses, withoutEmailAddresses } from "../../src/domain/safety/emails.js";

const KEEP = ["pypi.org", "python.org"];
const strip = (text: string, keep: readonly string[] = KEEP) => withoutEmailAddresses(text, keep);

describe("each disguise, removed whole", () => {
  it.each([
    ...["\u00AD", "\u180E", "\u200B", "\u200F", "\u2060", "\u2064", "\uFEFF"].map((c) => [
      `invisible U+${c.codePointAt(0)!.toString(16).toUpperCase()}`,
      `x jb${c}ber@gma${c}il.com`,
      `x ${R}`,
    ]),
    ["one dot leader", "jbber@gmail\u2024com", R],
    ["small full stop", "jbber@gmail\uFE52com", R],
    ["named entities of every kind", "j&lowbar;b&hyphen;b&plus;er&commat;gmail&period;com", R],
    ["named entities in capitals", "jbber&COMMAT;gmail&Period;com", R],
    ["no-break spaces around the at", "jbber&nbsp;@&nbsp;gmail.com", R],
    ["hex entities, capital X and digits", "jbber&#X40;gmail&#xff0e;com", R],
    ["a fullwidth at as a hex entity", "jbber&#xFF20;gmail.com", R],
    ["a hex entity of six digits", "jbber&#x000040;gmail.com", R],
    ["a decimal entity of seven digits", "jbber&#0000064;gmail.com", R],
    ["a decimal entity with a 9", "j&#95;bber@gmail.com", R],
    ["markdown-escaped dash and plus", "j\\-b\\+x@gmail.com", R],
    ["three spaces around the at", "jbber   @   gmail.com", R],
    ["angle-bracketed at and dot", "jbber <at> gmail <dot> com", R],
    ["spaces inside the brackets", "jbber ( at ) gmail.com", R],
    ["a bracketed symbol", "jbber [@] gmail [.] com", R],
    // With no space before it, the bracket is the first character a separator can start with.
    ["angle brackets against the words", "jbber<at>gmail<dot>com", R],
    ["round brackets against the words", "jbber(at)gmail(dot)com", R],
    ["curly brackets against the words", "jbber{at}gmail{dot}com", R],
    ["French chez", "jbber chez free point fr", R],
    ["spelled-out dot, capital TLD", "jbber at gmail dot Com", R],
    // Both were left public: an emoji shifted every span after it, and a sentence going on after the address
    // (". I lost it") was read as one more label of its domain, which then ended in no TLD.
    ["after an emoji", "😀jbber@gmail.com", `😀${R}`],
    ["after emoji and a space", "hi 👋 😀 jbber@gmail.com thanks", `hi 👋 😀 ${R} thanks`],
    ["at the end of a sentence that goes on", "write to jbber@gmail.com. I lost it", `write to ${R}. I lost it`],
    ["before a sentence starting with a digit", "jbber@gmail.com. 2FA device lost", `${R}. 2FA device lost`],
    ["percent, dash and underscore in the local part", "j%b-c_d@x.org", R],
    ["a combining mark in the local part", "\u0915\u093F@x.org", R],
    ["digits, a dash and a mark in the domain", "x@123-mail\u0915\u093F.com", R],
    ["Katakana before the local part", "メールjbber@gmail.com", `メール${R}`],
    ["Hiragana before the local part", "めーるjbber@gmail.com", `めーる${R}`],
    ["Hangul before the local part", "메일jbber@gmail.com", `메일${R}`],
    ["a local part that is all Han", "邮箱@qq.com", R],
    ["quotes and dashes before the local part stay", "'jbber@gmail.com' -jbber@gmail.com .x@y.org", `'${R}' -${R} .${R}`],
    ["ten labels", `a@${"b.".repeat(9)}com`, R],
    ["a label of 63 characters", `a@${"b".repeat(63)}.com`, R],
    ["a punycode TLD in capitals", "a@b.XN--P1AI", R],
    ["a registry look-alike domain", "x@evilpypi.org", R],
    ["an address on the line after an ssh command", "ssh me@host.example\nmail: jbber@gmail.com", `ssh me@host.example\nmail: ${R}`],
    [
      "an address after a remote on the line before",
      "git clone git@github.com:o/r.git\njbber@gmail.com",
      `git clone git@github.com:o/r.git\n${R}`,
    ],
  ])("%s", (_what, text, expected) => {
    expect(strip(text)).toBe(expected);
  });
});

describe("what is not an address, left as written", () => {
  it.each([
    ["four spaces around the at", "jbber    @    gmail.com"],
    ["a hex entity of seven digits", "jbber&#x0000040;gmail.com"],
    ["a decimal entity of eight digits", "jbber&#00000064;gmail.com"],
    ["an unknown named entity", "jbber&lt;gmail.com"],
    ["Chinese words for at and dot at the start", "艾特qq点com"],
    ["Chinese words after a space", "jbber 艾特 qq 点 com"],
    ["only dots before the at", "...@x.org"],
    ["eleven labels", `a@${"b.".repeat(10)}com`],
    ["a label of 64 characters", `a@${"b".repeat(64)}.com`],
    ["a label starting with a dash", "x@-a.com"],
    ["a label ending with a dash", "x@a-.com"],
    ["a one-letter TLD", "x@a.c"],
    ["a TLD with a digit", "x@a.c1"],
    ["spelled out with a symbol dot only", "jbber at gmail.com"],
    ["spelled out with an unknown ending", "jbber at example dot zz"],
    ...[
      "scp f deploy@host.example.org:",
      "sftp deploy@host.example.org",
      "rsync -a x deploy@host.example.org:",
      "git remote add o deploy@host.example.org",
    ].map((t) => [`a remote: ${t}`, t]),
    ["the registry's domain in capitals", "noreply@PYPI.ORG"],
    ["a git remote written alone", "push to git@github.com:o/r.git"],
  ])("%s", (_what, text) => {
    expect(strip(text)).toBeNull();
  });

  it("kept domains are compared in lower case, subdomains included", () => {
    expect(strip("admin@mail.pypi.org", ["PyPI.org"])).toBeNull();
    expect(strip("admin@pypi.org and x@gmail.com", ["PYPI.ORG"])).toBe(`admin@pypi.org and ${R}`);
  });

  it("each finding says where the address stands in the original, disguise included, and its domain in lower case", () => {
    const text = "mail: jbber&commat;Gmail&period;COM!";
    expect(findEmailAddresses(text)).toEqual([{ start: 6, end: text.length - 1, domain: "gmail.com" }]);
  });
});
