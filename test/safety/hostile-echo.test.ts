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

/** What must hold for any echoed prose, whatever the input. */
function assertInertProse(out: string): void {
  expect(out).not.toMatch(/[<]/); // no raw HTML, no comments
  expect(out).not.toContain("-->");
  expect(out).not.toMatch(new RegExp(`[@＠](?!${ZWSP})`)); // no mention
  expect(out).not.toMatch(/(?<!\\)[[\]!`*_|~]/); // no link, image, code, emphasis or table syntax
  expect(out).not.toMatch(/^(?:> )?#/m); // no heading
}

/** What must hold for any code span. */
function assertSealedCodeSpan(out: string): void {
  const fence = /^`+/.exec(out)![0];
  expect(out.endsWith(fence)).toBe(true);
  const inner = out.slice(fence.length, out.length - fence.length);
  expect(inner.includes(fence)).toBe(false);
  expect(out).not.toMatch(/[\n\r]/);
  expect(out).not.toContain("<!--");
  expect(out).not.toContain("-->");
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
