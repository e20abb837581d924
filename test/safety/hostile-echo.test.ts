import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { codeSpan, quoteText } from "../../src/domain/text/neutralise.js";
import { fixture } from "../helpers/fixtures.js";

interface Case {
  name: string;
  input: string;
  codeSpan: string;
  inline: string;
  block: string;
}
const CORPUS = JSON.parse(fixture("hostile-echo.json")) as Case[];
const ZWSP = "\u200b";

/**
 * What must hold for any echoed prose, whatever the input: the rules it breaks (none: an empty list).
 * Checked with plain code and asserted once per output, as every `expect` call costs Jest a stack trace.
 */
function proseBreaks(out: string): string[] {
  const rules: [string, boolean][] = [
    ["raw HTML or a comment", /[<]/.test(out)],
    ["a comment's end", out.includes("-->")],
    ["a mention", new RegExp(`[@＠](?!${ZWSP})`).test(out)],
    ["link, image, code, emphasis or table syntax", /(?<!\\)[[\]!`*_|~]/.test(out)],
    ["a heading", /^(?:> )?#/m.test(out)],
  ];
  return rules.filter(([, broken]) => broken).map(([rule]) => rule);
}

function assertInertProse(out: string): void {
  expect({ out, breaks: proseBreaks(out) }).toEqual({ out, breaks: [] });
}

/** What must hold for any code span. */
function spanBreaks(out: string): string[] {
  const fence = /^`+/.exec(out)?.[0] ?? "";
  const inner = out.slice(fence.length, out.length - fence.length);
  const rules: [string, boolean][] = [
    ["no opening fence", fence === ""],
    ["not closed by its fence", !out.endsWith(fence)],
    ["its fence inside", fence !== "" && inner.includes(fence)],
    ["a line break", /[\n\r]/.test(out)],
    ["a comment's start", out.includes("<!--")],
    ["a comment's end", out.includes("-->")],
  ];
  return rules.filter(([, broken]) => broken).map(([rule]) => rule);
}

function assertSealedCodeSpan(out: string): void {
  expect({ out, breaks: spanBreaks(out) }).toEqual({ out, breaks: [] });
}

describe("the hostile corpus (test/fixtures/hostile-echo.json)", () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(codeSpan(c.input)).toBe(c.codeSpan);
    expect(quoteText(c.input, 200)).toBe(c.inline);
    expect(quoteText(c.input, 200, true)).toBe(c.block);
    assertSealedCodeSpan(c.codeSpan);
    assertInertProse(c.inline);
    for (const line of c.block.split("\n")) assertInertProse(line);
  });
});

describe("on arbitrary input", () => {
  const hostile = fc
    .array(
      fc.constantFrom(
        "@",
        "＠",
        "&#64;",
        "<",
        ">",
        "<!--",
        "-->",
        "`",
        "``",
        "[",
        "](",
        "!",
        "|",
        "\n",
        "#",
        "*",
        "_",
        "~",
        "a",
        " ",
        "\u202e",
        "\u200b",
      ),
      { maxLength: 80 },
    )
    .map((a) => a.join(""));

  it("code spans stay sealed and prose stays inert", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 200 })), (text) => {
        assertSealedCodeSpan(codeSpan(text));
        assertInertProse(quoteText(text, 500));
        for (const line of quoteText(text, 500, true).split("\n")) assertInertProse(line.replace(/^>$/, "> "));
      }),
      { numRuns: 3000 },
    );
  });

  it("clips long text", () => {
    expect(quoteText("x".repeat(1000), 300)).toBe(`${"x".repeat(300)}…`);
    expect(codeSpan("y".repeat(100))).toBe(`\`${"y".repeat(60)}…\``);
  });
});
