import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { builtInForm } from "../../src/domain/intake/form.js";
import { GITHUB_TEXT_LIMIT as MAX_BODY } from "../../src/domain/text/github-limits.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { validateRequest } from "../../src/domain/intake/validate.js";

const parseAndValidate = (text: string) => validateRequest(parseRequest(text, builtInForm), "pypi");

// Pieces real bodies are made of, and the ones that make naive parsers backtrack.
const piece = fc.constantFrom(
  "### PyPI Username\n",
  "### Reason for request\n",
  "## ",
  "#",
  "######",
  "`",
  "```",
  "~~~",
  "- [x] ",
  "- [ ] ",
  "- [X",
  "* [",
  ">",
  "<!--",
  "-->",
  "@",
  "_No response_",
  "\r\n",
  "\r",
  "\n",
  " ",
  "\t",
  "https://pypi.org/user/",
  "test.",
  "**",
  "__",
  "[",
  "](",
  ")",
  ".",
  ",",
  "Reason:",
  "username",
  "x",
  "\u200b",
  "é",
  "𝔘",
);
const markdown = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 300 }).map((a) => a.join(""));

describe("the parser on arbitrary input", () => {
  it("never throws and always returns a well-formed result", () => {
    fc.assert(
      fc.property(fc.oneof(markdown, fc.string({ maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 500 })), (text) => {
        const result = parseAndValidate(text);
        expect(typeof result.valid).toBe("boolean");
        if (result.valid) expect(result.username.length).toBeGreaterThan(0);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the username wherever the sections are shuffled", () => {
    const sections = [
      "### Reason for request\n\nlost it\n",
      "### Code of Conduct\n\n- [x] I agree to follow the PSF Code of Conduct\n",
      "### PyPI Username\n\n`jbber`\n",
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(sections, { minLength: 3, maxLength: 3 }), fc.constantFrom("\n", "\r\n"), (order, eol) => {
        const parsed = parseRequest(order.join("\n").replace(/\n/g, eol), builtInForm);
        expect(parsed.username?.names).toEqual(["jbber"]);
        expect(parsed.reason).toBe("lost it");
      }),
    );
  });
});

// Inputs built to defeat backtracking regexes and quadratic scans, at GitHub's maximum body size.
const ADVERSARIAL: Record<string, string> = {
  hashes: "#".repeat(MAX_BODY),
  "hash heading with trailing hashes": `# ${" #".repeat(MAX_BODY / 2 - 2)}x`,
  backticks: "`".repeat(MAX_BODY),
  "alternating backticks": "` ".repeat(MAX_BODY / 2),
  "open checkboxes": "- [".repeat(MAX_BODY / 3),
  quotes: ">".repeat(MAX_BODY),
  "unterminated comments": "<!--".repeat(MAX_BODY / 4),
  "nested lists": Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i % 30)}- [x] item`).join("\n"),
  "mixed CRLF": "\r\n\r\r\n\n".repeat(MAX_BODY / 6),
  "username of dots": `### PyPI Username\n\n${".".repeat(MAX_BODY - 30)}x`,
  "username of spaces": `### PyPI Username\n\n${"a ".repeat(MAX_BODY / 2 - 20)}`,
  "one long username": `### PyPI Username\n\n${"a".repeat(MAX_BODY - 20)}`,
  "many headings": "### PyPI Username\n".repeat(MAX_BODY / 18),
  fences: "```\n".repeat(MAX_BODY / 4),
  "reason prefix": "Reason:".repeat(MAX_BODY / 7),
  "way over the limit": "x ".repeat(MAX_BODY * 4),
};

describe("bounds", () => {
  // A coarse guard, not a performance claim (that is the benchmark's job): a quadratic scan of
  // 64 KiB takes seconds; a linear one takes a few milliseconds.
  it.each(Object.keys(ADVERSARIAL))("%s (64 KiB) parses without blowing up", (name) => {
    const text = ADVERSARIAL[name]!;
    const started = process.hrtime.bigint();
    const result = parseAndValidate(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // A wall of junk is never a valid request, and nothing in it is echoed unbounded.
    expect(result.valid).toBe(false);
    for (const p of result.problems) expect(JSON.stringify(p).length).toBeLessThan(500);
    expect(ms).toBeLessThan(1000);
  });
});
