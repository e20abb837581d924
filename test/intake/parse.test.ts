import { usernameFollowsRules } from "../../src/domain/intake/username.js";
import { describe, expect, it } from "@jest/globals";
import { builtInForm, formFromYaml } from "../../src/domain/intake/form.js";
import { isRecoveryRequest } from "../../src/domain/intake/detect.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { validateRequest, type Validation } from "../../src/domain/intake/validate.js";
import { body, fixture } from "../helpers/fixtures.js";

const check = (name: string): Validation => validateRequest(parseRequest(body(name), builtInForm), "pypi");
const ALL_BOXES = { recoveryCodes: true, codeOfConduct: true, acknowledgement: true };

describe("parsing real request bodies", () => {
  it.each([
    ["form-jbber", "jbber", false],
    ["form-uppercase-x", "jbber", false],
    ["form-crlf", "jbber", false],
    ["username-backticks", "jbber", false],
    ["username-bold", "jbber", false],
    ["username-at", "jbber", false],
    ["username-profile-url", "jbber", false],
    ["username-test-profile-url", "jbber", true],
    ["heading-test-pypi", "jbber", true],
    ["reordered-extra", "Jbber", false],
    ["template-2020", "jbber", false],
    ["reason-with-code", "jbber", false],
  ])("%s is a valid request for %s (test instance: %s)", (name, username, testInstance) => {
    expect(check(name)).toEqual({ valid: true, username, testInstance, problems: [] });
  });

  it("reads the reason text and all three boxes of the seed request", () => {
    const parsed = parseRequest(body("form-jbber"), builtInForm);
    expect(parsed.hasFormSections).toBe(true);
    expect(parsed.reason).toMatch(/^Hello,\n\nI lost access to the 2FA authentication app\./);
    expect(parsed.reason).toMatch(/Is there a way to recover access to it\?$/);
    expect(parsed.boxes).toEqual(ALL_BOXES);
  });

  it("keeps CRLF bodies' text without carriage returns", () => {
    const parsed = parseRequest(body("form-crlf"), builtInForm);
    expect(parsed.reason).not.toContain("\r");
    expect(parsed.boxes).toEqual(ALL_BOXES);
  });

  it("takes the 2020 template's `Reason:` line as the reason and finds its loose boxes by their text", () => {
    const parsed = parseRequest(body("template-2020"), builtInForm);
    expect(parsed.reason).toBe("lost my 2FA device when my laptop died.\nI still have the email address.");
    expect(parsed.boxes).toEqual(ALL_BOXES);
  });

  it("does not cut the reason at headings inside code fences or at deeper headings", () => {
    const parsed = parseRequest(body("reason-with-code"), builtInForm);
    expect(parsed.reason).toContain("### Recovery Codes\n- [ ] not a box");
    expect(parsed.reason).toContain("#### My own sub-heading stays in the reason");
    expect(parsed.boxes.recoveryCodes).toBe(true);
  });

  it("keeps an extra section out of the fields around it", () => {
    const parsed = parseRequest(body("reordered-extra"), builtInForm);
    expect(parsed.reason).toBe("Lost my security key while travelling.");
  });
});

describe("problems found in real bodies", () => {
  it.each([
    ["username-email", [{ code: "username-email" }]],
    ["username-several", [{ code: "username-several", names: ["jbber", "jbber-old"] }]],
    ["username-no-response", [{ code: "username-missing" }]],
    ["username-invalid", [{ code: "username-several", names: ["jb", "ber"] }]],
    ["box-unchecked", [{ code: "box-unchecked", box: "codeOfConduct" }]],
  ])("%s → %j", (name, problems) => {
    const result = check(name);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual(problems);
  });

  it("a body edited down to 'resolved' has every problem", () => {
    expect(check("edited-resolved").problems).toEqual([
      { code: "username-missing" },
      { code: "reason-missing" },
      { code: "box-unchecked", box: "recoveryCodes" },
      { code: "box-unchecked", box: "codeOfConduct" },
      { code: "box-unchecked", box: "acknowledgement" },
    ]);
  });

  it("an unrelated issue does not have the form's sections", () => {
    expect(parseRequest(body("not-a-request"), builtInForm).hasFormSections).toBe(false);
    expect(parseRequest("", builtInForm).hasFormSections).toBe(false);
  });
});

describe("usernames as people type them", () => {
  const username = (text: string) =>
    validateRequest(parseRequest(`### PyPI Username\n\n${text}\n\n### Reason for request\n\nlost`, builtInForm), "pypi");

  it.each([
    ["`jbber`", "jbber"],
    ["My username is `jbber`", "jbber"],
    ["my username is jbber", "jbber"],
    ["[jbber](https://pypi.org/user/jbber/)", "jbber"],
    ["pypi.org/user/Jb.Ber_9/", "Jb.Ber_9"],
    ["**@jbber**", "jbber"],
    ["jbber.", "jbber"],
    ["<!-- your username -->\njbber", "jbber"],
    ["a", "a"],
  ])("%j → %s", (text, name) => {
    expect(username(text).username).toBe(name);
  });

  it.each([
    ["", { code: "username-missing" }],
    ["someone@example.org", { code: "username-email" }],
    ["`one` and `two`", { code: "username-several", names: ["one", "two"] }],
    ["-dash-", { code: "username-invalid", name: "-dash-" }],
    ["x".repeat(51), { code: "username-invalid", name: `${"x".repeat(51)}` }],
    ["naïve", { code: "username-invalid", name: "naïve" }],
  ])("%j → %j", (text, problem) => {
    expect(username(text).problems[0]).toEqual(problem);
  });

  // Held-out real bodies put these in the username field; a reviewer reads them as "no username given".
  it.each([
    "username",
    "Username",
    "unknown",
    "N/A",
    "n/a",
    "-",
    "None",
    "?",
    "I don't remember",
    "I do not know my username",
    "forgot it",
    "not sure",
  ])("the placeholder %j gives no username (username-unknown)", (text) => {
    const result = username(text);
    expect(result.username).toBeNull();
    expect(result.problems[0]).toEqual({ code: "username-unknown" });
  });

  // Wrapped names: a reviewer reads the name inside at once.
  it.each([
    ["[jbber] account recovery", "jbber"],
    ["\\jbber\\", "jbber"],
    ["(jbber)", "jbber"],
    ['"jbber" account', "jbber"],
    ["**jbber** please", "jbber"],
    ["username: [jbber]", "jbber"],
    ["`jbber` (I think)", "jbber"],
  ])("the wrapped name in %j is %s", (text, name) => {
    expect(username(text).username).toBe(name);
  });

  it("stays in doubt, quoting what it read, when two names are wrapped or none is", () => {
    expect(username("[one] [two]").problems[0]).toEqual({ code: "username-several", names: ["one", "two"] });
    expect(username("jbber other").problems[0]).toEqual({ code: "username-several", names: ["jbber", "other"] });
  });

  it("clips long echoed names", () => {
    const problem = username("y".repeat(500)).problems[0];
    expect(problem).toEqual({ code: "username-invalid", name: `${"y".repeat(60)}…` });
  });

  it("follows the configured rules preset", () => {
    const parsed = parseRequest("### PyPI Username\n\nfoo_bar\n", builtInForm);
    expect(validateRequest(parsed, "pypi").problems).not.toContainEqual(expect.objectContaining({ code: "username-invalid" }));
    expect(validateRequest(parsed, "github").problems).toContainEqual({ code: "username-invalid", name: "foo_bar" });
  });

  it.each([
    ["github", "a-b", true],
    ["github", "a-", false],
    ["github", "-a", false],
    ["github", "a--b", false],
    ["github", "a".repeat(39), true],
    ["github", "a".repeat(40), false],
    ["pypi", "a.b_c-d", true],
    ["pypi", "a.", false],
    ["pypi", "_a", false],
    ["pypi", "a".repeat(50), true],
    ["pypi", "a".repeat(51), false],
    ["lenient", "x|y", true],
    ["lenient", "a@b", false],
  ] as const)("under %s rules, %s is %s", (rules, name, ok) => {
    expect(usernameFollowsRules(name, rules)).toBe(ok);
  });
});

describe("a reason that is not a reason", () => {
  const reason = (text: string) =>
    validateRequest(parseRequest(`### PyPI Username\n\njbber\n\n### Reason for request\n\n${text}`, builtInForm), "pypi").problems;

  it.each(["currentContent.", "jbber@example.org", "my email is jbber@example.org", "https://pypi.org/user/jbber/", "lost", "2FA"])(
    "%j asks what happened (reason-unclear)",
    (text) => {
      expect(reason(text)).toContainEqual({ code: "reason-unclear" });
    },
  );

  it.each(["Lost my phone", "Lost 2FA", "I lost my 2FA device and my recovery codes.", "Mi teléfono se perdió"])(
    "%j is a reason",
    (text) => {
      expect(reason(text)).not.toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^reason/) }));
    },
  );
});

describe("headings come from the repository's own form", () => {
  it("reads the registry's real form (no field ids) by type and order", () => {
    const form = formFromYaml(fixture("registry-form.yml"));
    expect(form).toEqual(builtInForm);
  });

  it("uses renamed labels from a custom form", () => {
    const yaml = `body:
  - type: input
    attributes: { label: "Your npm login" }
  - type: textarea
    attributes: { label: "What happened" }
  - type: checkboxes
    attributes: { label: "Backup codes", options: [{ label: "I have no backup codes" }] }
`;
    const form = formFromYaml(yaml)!;
    expect(form.headings.username).toBe("Your npm login");
    const parsed = parseRequest(
      "### Your npm login\n\nalice\n\n### What happened\n\nlost phone\n\n### Backup codes\n\n- [x] I have no backup codes",
      form,
    );
    expect(parsed.username?.names).toEqual(["alice"]);
    expect(parsed.reason).toBe("lost phone");
    expect(parsed.boxes.recoveryCodes).toBe(true);
  });

  it("matches headings case-insensitively", () => {
    const parsed = parseRequest("### pypi USERNAME\n\njbber\n\n### REASON FOR REQUEST\n\nlost", builtInForm);
    expect(parsed.username?.names).toEqual(["jbber"]);
    expect(parsed.reason).toBe("lost");
  });

  it("returns null for YAML that is not a form", () => {
    expect(formFromYaml("just: [a, list")).toBeNull();
    expect(formFromYaml("name: x")).toBeNull();
  });

  it("the project's own form is read as the built-in form", () => {
    expect(formFromYaml(fixture("../../.github/ISSUE_TEMPLATE/account-recovery.yml"))).toEqual(builtInForm);
  });
});

describe("which unlabelled issues are recovery requests (intake/detect.ts)", () => {
  it("a request of every era is one by its own fields; an issue of another kind is not", () => {
    const isRequest = (name: string) => isRecoveryRequest([], "account-recovery", parseRequest(body(name), builtInForm));
    // The 2020 markdown template's reason is a `Reason:` line, not a section: it is a request all the same.
    expect(isRequest("template-2020")).toBe(true);
    expect(isRequest("form-jbber")).toBe(true);
    expect(isRequest("not-a-request")).toBe(false);
    expect(parseRequest(body("template-2020"), builtInForm).roles).toEqual(["username", "reason"]);
  });
});
