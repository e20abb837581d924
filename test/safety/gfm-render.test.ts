// Every card and reply, rendered as GitHub would (GitHub Flavored Markdown, by `marked`), for the
// whole hostile corpus in every field that echoes user text, under every `username_rules` value:
// echoed text must form no markup — no image, no link, no mention, no heading, no extra table cell.
import { describe, expect, it } from "@jest/globals";
import { Marked } from "marked";
import { renderCard } from "../../src/domain/case/card.js";
import { decide } from "../../src/domain/case/decide.js";
import { renderNotices } from "../../src/domain/case/notices/reply-text.js";
import type { Notice } from "../../src/domain/case/notices/rules.js";
import { EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import type { CaseState } from "../../src/domain/case/state.js";
import { STATUSES } from "../../src/domain/case/statuses.js";
import { defaultConfig, type Config } from "../../src/config/schema.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { validateRequest } from "../../src/domain/intake/validate.js";
import { body, fixture } from "../helpers/fixtures.js";
import { input, issue, NOW, state } from "../helpers/cases.js";

const CORPUS = (JSON.parse(fixture("hostile-echo.json")) as { name: string; input: string }[]).map((c) => [c.name, c.input] as const);
const RULES = ["pypi", "github", "lenient"] as const;
const gfm = new Marked({ gfm: true });
/** The only elements the app's own markdown produces. */
const OUR_TAGS = new Set([
  "h3",
  "p",
  "strong",
  "em",
  "code",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "blockquote",
  "details",
  "summary",
  "sub",
  "ol",
  "ul",
  "li",
  "br",
]);
/** Mentions the app makes on purpose (the requester and the reviewer of these cases). */
const INTENDED = ["@jbber", "@bob"];

/**
 * What in `markdown`, rendered, is markup the app did not mean (none: an empty list). Checked with
 * plain code and asserted once per rendering: the corpus renders thousands of times, and each
 * `expect` call costs Jest a stack trace.
 */
function markupIn(markdown: string): string[] {
  const html = gfm.parse(markdown) as string;
  const found: string[] = [];
  for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/gi)) if (!OUR_TAGS.has(tag!.toLowerCase())) found.push(`<${tag}>`);
  if (/<img|<a[\s>]/i.test(html)) found.push("an image or a link");
  if ((html.match(/<h3/g) ?? []).length !== (markdown.startsWith("### ") ? 1 : 0)) found.push("a heading of its own");
  // A table row has exactly its two cells, whatever was echoed into them. GFM drops the excess
  // cells of a body row silently, so the row's markdown is checked too: three unescaped pipes.
  for (const [row] of html.matchAll(/<tr>[\s\S]*?<\/tr>/g))
    if ((row.match(/<t[dh][\s>]/g) ?? []).length !== 2) found.push(`a row of other than two cells: ${row}`);
  for (const line of markdown.split("\n").filter((l) => l.startsWith("| ")))
    if ((line.match(/(?<!\\)\|/g) ?? []).length !== 3) found.push(`a row whose markdown has other than three pipes: ${line}`);
  // No mention: `@` (or the full-width one) directly followed by a login character, apart from ours.
  // Code spans never mention anyone on GitHub, so their contents are left out.
  let text = html.replace(/<code>[\s\S]*?<\/code>/g, "").replace(/<[^>]+>/g, "");
  for (const m of INTENDED) text = text.split(m).join("");
  const mention = /[@＠][A-Za-z0-9]\S*/.exec(text);
  if (mention) found.push(`a mention: ${mention[0]}`);
  return found;
}

function assertInert(markdown: string): void {
  expect({ markdown, markup: markupIn(markdown) }).toEqual({ markdown, markup: [] });
}

/** A state whose every free-text field holds `text`. */
function hostileState(text: string, over: Partial<CaseState> = {}): CaseState {
  const at = NOW.toISOString();
  const account = { username: text, testInstance: false, author: "jbber" };
  return state({
    username: text,
    problems: [
      { code: "username-invalid", name: text },
      { code: "username-several", names: [text, `${text}2`] },
    ],
    infoRequest: { text, by: "bob", at },
    attestation: { by: "bob", note: text, at },
    decision: { by: "bob", note: text, at, forced: false },
    holdReason: text,
    usernameChange: { from: text, to: `${text}2`, at },
    accountReset: { from: account, to: { ...account, testInstance: true }, at },
    conflictsWith: [3],
    factors: {
      repo: { state: "pending", startedAt: at, by: "bob", repo: "octo/pkg", branch: "recovery-12345678", expiresAt: at, doneAt: null },
    },
    timeline: [{ at, by: "bob", status: "triage", note: text }],
    ...over,
  });
}

const config = (rules: (typeof RULES)[number]): Config => ({ ...defaultConfig, reviewers: ["bob"], username_rules: rules });

describe.each(RULES)("username_rules: %s", (rules) => {
  it.each(CORPUS)("cards, from intake and in every status: %s", (_name, text) => {
    const parsed = parseRequest(body("form-jbber").replace("### PyPI Username\n\njbber", `### PyPI Username\n\n${text}`), builtInForm);
    const validation = validateRequest(parsed, rules);
    const intake = decide(input({ kind: "opened" }, { validation, config: config(rules), issue: issue() }));
    const ctx = { config: config(rules), form: builtInForm };
    assertInert(renderCard(intake.state!, ctx));
    for (const status of STATUSES) assertInert(renderCard(hostileState(text, { status }), ctx));
  });

  it.each(CORPUS)("replies: %s", (_name, text) => {
    const notices: Notice[] = [
      { kind: "info-request", text },
      { kind: "denied", reason: text },
      { kind: "approved", note: text },
      { kind: "hint", written: text, meant: "approve" },
      { kind: "usage", command: text, problem: "name one GitHub user" },
      { kind: "refused", command: text, audiences: ["maintainer"] },
      { kind: "secret-in-comment", kinds: ["api-token"], commenter: text },
      { kind: "branch-missing", repo: text, branch: text },
      { kind: "help", audiences: ["maintainer", "requester"] },
    ];
    const reply = { key: "k", re: 1, history: EMPTY_HISTORY, now: NOW };
    for (const n of notices) assertInert(renderNotices([n], { author: "jbber", reviewer: "bob" }, config(rules), text, reply)!);
  });
});

describe("the checks themselves", () => {
  it("catch what unneutralised text would do", () => {
    expect(() => assertInert("| a | b |\n|---|---|\n| c | `x|![i](https://e.example/i.png)` |")).toThrow();
    expect(() => assertInert("see https://evil.example")).toThrow();
    expect(() => assertInert("hi @admin")).toThrow();
    expect(() => assertInert("![i](https://evil.example/i.png)")).toThrow();
  });
});
