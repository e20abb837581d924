// Every catalogue holds every message, with exactly the placeholders the desk fills in, and every
// message formats in each plural category; every notice kind and every problem is written in every
// language with a catalogue; requester text stays neutralised inside a translation.
import { describe, expect, it } from "@jest/globals";
import { CATALOGUES, message } from "../../src/language/catalogue.js";
import { MESSAGES, type MessageKey } from "../../src/language/messages.js";
import { TRANSLATED } from "../../src/language/languages.js";
import { NOTICE_RULES } from "../../src/domain/case/notices/rules.js";
import { translatedNotice } from "../../src/domain/case/notices/translated.js";
import { problemMessage } from "../../src/domain/case/problem-translated.js";
import { COMMANDS } from "../../src/domain/case/commands/index.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { config } from "../helpers/cases.js";
import type { Notice } from "../../src/domain/case/notices/rules.js";
import type { Problem } from "../../src/domain/intake/validate.js";

const languages = TRANSLATED;
const keys = Object.keys(MESSAGES) as MessageKey[];
/** Placeholders the desk fills with a number: a catalogue may choose a plural form for them. */
const NUMERIC = new Set(["count", "days", "reopenDays", "hours"]);

/** The argument names of an ICU message (`{name}`, `{name, plural, …}`), not the plural branches' words. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

it("every language the desk detects has a catalogue", () => {
  expect(Object.keys(CATALOGUES).sort()).toEqual([...TRANSLATED].sort());
});

describe.each(languages)("the %s catalogue", (lang) => {
  const catalogue = CATALOGUES[lang];

  it("has every message and nothing else", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s uses exactly its placeholders and formats for every count", (key) => {
    expect(placeholders(catalogue[key])).toEqual([...MESSAGES[key]].sort());
    // Counts in every plural category of every language (0, 1, few, many, 21…), numbers set apart so each is found.
    for (const count of [0, 1, 2, 5, 21]) {
      const numbers = new Map(MESSAGES[key].filter((p) => NUMERIC.has(p)).map((p, i) => [p, count + 100 * i]));
      const params = Object.fromEntries(MESSAGES[key].map((p) => [p, numbers.get(p) ?? `⟨${p}⟩`]));
      const text = message(lang, key, params);
      for (const p of MESSAGES[key]) {
        const n = numbers.get(p);
        // Zero may be said in words ("no request…").
        if (n !== 0) expect(text).toContain(n === undefined ? `⟨${p}⟩` : new Intl.NumberFormat(lang).format(n));
      }
      expect(text).not.toMatch(/[{}]/);
    }
  });
});

const SAMPLES: Notice[] = [
  { kind: "refused", command: "approve", audiences: ["maintainer"] },
  { kind: "usage", command: "code", problem: "write the 8 digits" },
  { kind: "hint", written: "cod", meant: "code" },
  { kind: "closed-case", command: "done" },
  { kind: "own-case", command: "approve" },
  { kind: "verification-off" },
  { kind: "info-request", text: "Which email?" },
  { kind: "email-sent" },
  { kind: "challenge", repo: "o/r", branch: "b123", expiresAt: "2026-11-30T12:00:00Z" },
  { kind: "code-wrong", attemptsLeft: 2 },
  { kind: "code-expired", expiryHours: 24 },
  { kind: "code-used" },
  { kind: "code-locked" },
  { kind: "code-key-revoked", reviewer: "alice" },
  { kind: "factor-voided", reviewer: "alice", factor: "repo" },
  { kind: "code-not-expected" },
  { kind: "challenge-not-expected" },
  { kind: "branch-missing", repo: "o/r", branch: "b" },
  { kind: "branch-unchecked" },
  { kind: "challenge-expired", repo: "o/r" },
  { kind: "challenge-unreachable", repo: "o/r" },
  { kind: "approve-needs-verification" },
  { kind: "verified" },
  { kind: "approved", note: "" },
  { kind: "denied", reason: "no proof" },
  { kind: "help", audiences: ["requester"] },
  { kind: "reminder", closeAfterDays: 14 },
  { kind: "stale-closed", days: 28, reopenDays: 90 },
  { kind: "reopened" },
  { kind: "reopen-too-late", days: 90 },
  { kind: "not-reopenable" },
  { kind: "reply-after-decision" },
  { kind: "withdrawal", sure: true, reopenDays: 90 },
  { kind: "too-many-commands", dropped: 3 },
  { kind: "queue-news", ahead: 4, waitWeeks: 2, passerBy: true },
  { kind: "command-too-late", commands: ["/code"], writtenAt: "2026-11-20T12:00:00Z" },
  { kind: "command-before-reset", commands: ["/done"] },
  { kind: "board-move-refused", mover: "bob", to: "Done", why: "only maintainers decide" },
  { kind: "secret-in-comment", kinds: ["api-token", "password"], commenter: "jbber" },
  { kind: "address-in-comment", commenter: "jbber" },
  { kind: "secret-in-body", kinds: ["recovery-codes"], parts: ["title", "body"], subject: "request" },
];

const PROBLEMS: Problem[] = [
  { code: "username-missing" },
  { code: "username-unknown" },
  { code: "username-email" },
  { code: "username-secret", kind: "api-token" },
  { code: "username-several", names: ["a", "b"] },
  { code: "username-invalid", name: "a b" },
  { code: "reason-unclear" },
  { code: "says-solved" },
  { code: "reason-missing" },
  { code: "account-not-found", name: "ghost", testInstance: true },
  { code: "box-unchecked", box: "recoveryCodes" },
  { code: "box-unchecked", box: "codeOfConduct" },
];

describe("every notice kind and every problem", () => {
  const ctx = { registry: "PyPI", sender: "jbber", commands: COMMANDS };

  it("the samples cover every notice kind", () => {
    expect([...new Set(SAMPLES.map((n) => n.kind))].sort()).toEqual(Object.keys(NOTICE_RULES).sort());
  });

  it.each(languages)("is written in %s", (lang) => {
    for (const notice of SAMPLES) expect(translatedNotice(notice, ctx, lang)).toMatch(/\S/);
    for (const problem of PROBLEMS) expect(problemMessage(problem, { config: config(), form: builtInForm }, lang)).toMatch(/\S/);
  });

  it("keeps commands, usernames and values as they are", () => {
    const text = translatedNotice({ kind: "challenge", repo: "o/r", branch: "b123", expiresAt: "2026-11-30T12:00:00Z" }, ctx, "es");
    expect(text).toContain("`o/r`");
    expect(text).toContain("`b123`");
    expect(text).toContain("`git push origin HEAD:refs/heads/b123`");
    expect(text).toContain("`/done`");
  });

  it("neutralises requester text the same way as the English, and never reads it as a message", () => {
    const hostile = "@alice {count} {x, plural, other {#}} '{' <img src=x> [link](http://evil) -->";
    const text = translatedNotice({ kind: "info-request", text: hostile }, ctx, "pt");
    expect(text).toContain("> @\u200balice {count} {x, plural, other {#}} '{' &lt;img src=x&gt; \\[link\\](http:\u200b//evil) --&gt;");
    expect(text).not.toContain("@alice");
    expect(text).not.toContain("<img");
  });
});
