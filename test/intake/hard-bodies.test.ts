// The classes of real bodies intake used to read wrong (each row would fail on the old parser):
// reasons in scripts without spaces, a field's label typed into its value, prose around the name,
// headings the requester typed inside a section, and a body that says the problem is solved.
import { describe, expect, it } from "@jest/globals";
import { builtInForm } from "../../src/domain/intake/form.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { saysSolved } from "../../src/domain/intake/solved.js";
import { saysWhatHappened, validateRequest } from "../../src/domain/intake/validate.js";
import { body } from "../helpers/fixtures.js";

/** The seed form with its username and reason fields replaced. */
const form = (username: string, reason = "I lost my phone with the authenticator app on it.") =>
  body("form-jbber")
    .replace(/^jbber$/m, username)
    .replace(/(### Reason for request\n\n)[^#]*?(\n\n###)/, `$1${reason}$2`);
const read = (text: string) => validateRequest(parseRequest(text, builtInForm), "pypi");

describe("a reason in a script written without spaces", () => {
  it.each([
    "我的手机丢了，双重验证应用也没了",
    "スマートフォンを紛失し、二段階認証ができません",
    "二要素認証のアプリを失いました",
    "โทรศัพท์หายและไม่มีรหัสกู้คืน",
  ])("%s says what happened", (reason) => {
    expect(saysWhatHappened(reason)).toBe(true);
    expect(read(form("jbber", reason))).toMatchObject({ valid: true, username: "jbber" });
  });

  it("a word or two is still unclear", () => {
    for (const reason of ["帮助", "救命", "ヘルプ"]) expect(saysWhatHappened(reason)).toBe(false);
  });
});

describe("the username field", () => {
  it.each([
    ["username=[jdoe42]", "jdoe42"],
    ["Username: jdoe42", "jdoe42"],
    ["PyPI username - jdoe42", "jdoe42"],
    ["user: `jdoe42`", "jdoe42"],
    ["Login = jdoe42", "jdoe42"],
  ])("a label typed into the value: %s", (field, name) => {
    expect(read(form(field))).toMatchObject({ valid: true, username: name });
  });

  it.each([
    ["My username is below, thanks a lot for helping\njdoe42", "jdoe42"],
    ["jdoe42\nI think that is the right one, I have had it for years", "jdoe42"],
    ["Hello team,\n\njdoe42\n\nI can no longer sign in to this account.", "jdoe42"],
  ])("prose around the name, the name alone on its line: %j", (field, name) => {
    expect(read(form(field))).toMatchObject({ valid: true, username: name });
  });

  it.each([
    ["[jdoe42](https://pypi.org/admin/users/jdoe42/)", "jdoe42"],
    ["[jdoe42](https://github.com/jdoe42)", "jdoe42"],
    // A profile link still says more than its text.
    ["[jdoe](https://pypi.org/user/jdoe42/)", "jdoe42"],
  ])("a markdown link: %s", (field, name) => {
    expect(read(form(field))).toMatchObject({ valid: true, username: name });
  });

  it.each(["---", "***", "_ _ _"])("a thematic break under the name (%s, the 2020 template's divider) is not a second name", (rule) => {
    expect(read(form(`jdoe42\n\n${rule}`))).toMatchObject({ valid: true, username: "jdoe42" });
  });

  it("two names on lines of their own are still two names", () => {
    expect(read(form("jdoe42\njdoe43\nboth are mine, I lost access to both"))).toMatchObject({ valid: false });
  });
});

describe("headings the requester typed", () => {
  it("are text of the section they are in: a heading under the reason is part of the reason", () => {
    const text = form("jbber", "### Lost 2FA and my recovery codes\n\nMy phone was stolen last week.");
    const parsed = parseRequest(text, builtInForm);
    expect(parsed.reason).toContain("Lost 2FA and my recovery codes");
    expect(parsed.reason).toContain("My phone was stolen last week.");
    // The recovery-codes box is still the form's own section's.
    expect(parsed.boxes.recoveryCodes).toBe(true);
    expect(read(text)).toMatchObject({ valid: true });
  });

  it("a heading after the name does not turn the name's field into several names", () => {
    const text = form("jbber\n\n### Some more details\n\nI use this account for two projects.");
    expect(read(text)).toMatchObject({ valid: true, username: "jbber" });
  });
});

describe("a body that says the problem is solved", () => {
  it.each([
    "I found my password, problem solved",
    "Update: the issue is resolved now, thank you!",
    "I no longer need this, please close it.",
    "问题已解决，谢谢",
    "Problème résolu, merci",
  ])("%s", (text) => {
    expect(saysSolved(text)).toBe(true);
    const v = read(form("jbber", `I lost my phone with the authenticator on it.\n\n${text}`));
    expect(v).toMatchObject({ valid: false, username: "jbber" });
    expect(v.problems).toEqual([{ code: "says-solved" }]);
  });

  it.each(["The problem is not solved yet", "my problem still isn't fixed", "Is this issue resolved? I still cannot sign in"])(
    "but not %s",
    (text) => expect(saysSolved(text)).toBe(false),
  );
});
