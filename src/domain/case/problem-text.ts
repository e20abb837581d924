// What is wrong with a request, in words a requester can act on: which field, what to write
// instead, and how to fix it (by editing the issue, never by opening a new one).
import type { FormSpec } from "../intake/form.js";
import { RULES } from "../intake/username.js";
import type { Problem } from "../intake/validate.js";
import type { SecretKind } from "../safety/secrets.js";
import { codeSpan } from "../text/neutralise.js";
import type { Config } from "../../config/schema.js";

/** What a secret is called in a sentence (never the secret itself). */
const SECRET_NAMES: Record<SecretKind, string> = {
  "recovery-codes": "a recovery code",
  "api-token": "an API token",
  "totp-secret": "a two-factor (TOTP) secret",
  password: "a password",
  "email-code": "a one-time code",
};

export function problemText(problem: Problem, ctx: { config: Config; form: FormSpec }): string {
  const field = (role: keyof FormSpec["headings"]) => `“${ctx.form.headings[role]}”`;
  const registry = ctx.config.registry_name;
  switch (problem.code) {
    case "username-missing":
      return `The ${field("username")} field is empty. Write the username you sign in to ${registry} with.`;
    case "username-unknown":
      return (
        `The ${field("username")} field does not give a username. Write the name you sign in to ${registry} with. ` +
        `Emails from ${registry} to you name your account. ` +
        "If you cannot find it, say so in the reason, and the reviewer will tell you what to do."
      );
    case "username-email":
      return (
        `The ${field("username")} field holds an email address. Replace it with your ${registry} username — the name you sign ` +
        `in with; we never need your email address here.`
      );
    case "username-secret":
      return (
        `The ${field("username")} field held what looks like ${SECRET_NAMES[problem.kind]} — it has been removed from your ` +
        `request, because this issue is public. Please edit the field to hold only your ${registry} username.`
      );
    case "username-several":
      return (
        `The ${field("username")} field names more than one account (${problem.names.map((n) => codeSpan(n)).join(", ")}). Keep ` +
        `only one, and open a separate request for each other account.`
      );
    case "username-invalid":
      return (
        `${codeSpan(problem.name)} can't be a ${registry} username. Usernames contain ` +
        `only ${RULES[ctx.config.username_rules].description}. Check the spelling and write just the username.`
      );
    case "reason-unclear":
      return (
        `The ${field("reason")} field does not say what happened. Say in a sentence what you lost access to: ` +
        `your two-factor app or security key, your recovery codes, or your email address.`
      );
    case "says-solved":
      return (
        "Your request says the problem is solved. If you can sign in to your account again, comment `/withdraw` here to close " +
        "this request. If you still cannot, edit the request to say what you cannot do, and it goes back in the queue."
      );
    case "reason-missing":
      return (
        `The ${field("reason")} field is empty. Say in a sentence what you lost access to: your two-factor app or security key, ` +
        `your recovery codes, or your email address.`
      );
    case "account-not-found":
      return (
        `We could not find a ${registry} account named ${codeSpan(problem.name)}${problem.testInstance ? " on the test instance" : ""}. ` +
        `Check the spelling, and write the name exactly as you sign in with it.`
      );
    case "box-unchecked":
      if (problem.box === "recoveryCodes") {
        return (
          `Tick the box under ${field("recoveryCodes")} (you can click it right in your request). If you still have one of your ` +
          `recovery codes, you can sign in with it instead and don't need this request.`
        );
      }
      return `Tick the box under ${field(problem.box)} (you can click it right in your request).`;
  }
}
