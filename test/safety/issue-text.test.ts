// Secrets in an issue's own title and body: both scanned, each rewritten only where it held one.
import { describe, expect, it } from "@jest/globals";
import { scanIssueText } from "../../src/domain/safety/issue-text.js";

const TOKEN = "pypi-AgEIcHlwaS5vcmcCJDU5ZjM3YzE3LWE2";

describe("secrets in the issue itself", () => {
  it.each([
    [
      "in the title and the body: both rewritten, the kinds named once, in order",
      { title: `help ${TOKEN}`, body: `password: Hunter2!\nand ${TOKEN}` },
      {
        kinds: ["api-token", "password"],
        parts: ["title", "body"],
        rewrite: { title: "help [redacted]", body: "password: [redacted]\nand [redacted]" },
      },
    ],
    [
      "in the body only: the title is left alone",
      { title: "Account recovery", body: `token ${TOKEN}` },
      { kinds: ["api-token"], parts: ["body"], rewrite: { body: "token [redacted]" } },
    ],
    [
      "in the title only",
      { title: "password: Hunter2!", body: "nothing here" },
      { kinds: ["password"], parts: ["title"], rewrite: { title: "password: [redacted]" } },
    ],
    ["nowhere", { title: "Account recovery", body: "I lost my phone" }, null],
  ])("%s", (_what, issue, expected) => {
    expect(scanIssueText(issue)).toEqual(expected);
  });
});
