import { describe, expect, it } from "@jest/globals";
import { builtInForm } from "../../src/intake/form.js";
import { parseRequest } from "../../src/intake/parse.js";
import { validateRequest } from "../../src/intake/validate.js";
import { EMAIL_REMOVED, findEmailAddresses, withoutEmailAddresses } from "../../src/safety/emails.js";

const KEEP = ["pypi.org", "python.org"];

describe("email addresses in a request's public text", () => {
  it.each([
    ["write to jbber@example.com please", `write to ${EMAIL_REMOVED} please`],
    ["(j.b+tag@mail.example.co.uk).", `(${EMAIL_REMOVED}).`],
    ["Email: first@a.org, second@b.io", `Email: ${EMAIL_REMOVED}, ${EMAIL_REMOVED}`],
    ["我的邮箱是pangao1990@qq.com", `我的邮箱是${EMAIL_REMOVED}`],
  ])("%j → %j", (text, expected) => {
    expect(withoutEmailAddresses(text, KEEP)).toBe(expected);
  });

  it.each([
    "noreply@pypi.org",
    "admin@test.pypi.org",
    "security@python.org",
    "@jbber mentions a GitHub user",
    "a@b",
    "x@localhost",
    "user@.org",
  ])("%j is left alone", (text) => {
    expect(withoutEmailAddresses(text, KEEP)).toBeNull();
  });

  it("finds addresses in one pass over hostile input", () => {
    const hostile = `${"a".repeat(30_000)}@${"b.".repeat(15_000)}`;
    const started = performance.now();
    findEmailAddresses(hostile.repeat(2));
    findEmailAddresses("@".repeat(60_000));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("a removed address still reads as an email given as the username, and is no reason", () => {
    const body = `### PyPI Username\n\n${EMAIL_REMOVED}\n\n### Reason for request\n\nEmail: ${EMAIL_REMOVED}`;
    const problems = validateRequest(parseRequest(body, builtInForm), "pypi").problems;
    expect(problems).toContainEqual({ code: "username-email" });
    expect(problems).toContainEqual({ code: "reason-unclear" });
  });
});
