// A request's problems (problem-text.ts) in the requester's language. The form's field names stay
// as the form shows them (in English, in quotes), since that is what the requester sees when editing.
import type { FormSpec } from "../intake/form.js";
import type { Problem } from "../intake/validate.js";
import type { Config } from "../../config/schema.js";
import { message as t } from "../../language/catalogue.js";
import type { Translated } from "../../language/languages.js";
import { codeSpan } from "../text/neutralise.js";

export function problemMessage(problem: Problem, ctx: { config: Config; form: FormSpec }, lang: Translated): string {
  const field = (role: keyof FormSpec["headings"]) => `“${ctx.form.headings[role]}”`;
  const registry = ctx.config.registry_name;
  switch (problem.code) {
    case "username-missing":
    case "username-unknown":
    case "username-email":
      return t(lang, `problem.${problem.code}`, { field: field("username"), registry });
    case "username-secret":
      return t(lang, "problem.username-secret", { field: field("username"), secret: t(lang, `secret.${problem.kind}`), registry });
    case "username-several":
      return t(lang, "problem.username-several", { field: field("username"), names: problem.names.map((n) => codeSpan(n)).join(", ") });
    case "username-invalid":
      return t(lang, "problem.username-invalid", {
        name: codeSpan(problem.name),
        registry,
        rules: t(lang, `rules.${ctx.config.username_rules}`),
      });
    case "reason-unclear":
    case "reason-missing":
      return t(lang, `problem.${problem.code}`, { field: field("reason") });
    case "says-solved":
      return t(lang, "problem.says-solved");
    case "account-not-found":
      return t(lang, problem.testInstance ? "problem.account-not-found.test" : "problem.account-not-found", {
        registry,
        name: codeSpan(problem.name),
      });
    case "box-unchecked":
      return t(lang, problem.box === "recoveryCodes" ? "problem.box-unchecked.recovery-codes" : "problem.box-unchecked", {
        field: field(problem.box),
      });
  }
}
