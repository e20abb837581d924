// The email a reviewer sends to the address the registry has on file. It carries the code and,
// as NIST SP 800-63B asks, tells the real owner that a recovery was requested.
import { utcMinute } from "../text/dates.js";

export interface CodeEmail {
  subject: string;
  text: string;
}

export function codeEmail(input: { registry: string; username: string; issueUrl: string; code: string; expiresAt: Date }): CodeEmail {
  const expires = utcMinute(input.expiresAt);
  return {
    subject: `Your ${input.registry} account recovery code`,
    text: [
      "Hello,",
      "",
      `Someone asked to recover the ${input.registry} account "${input.username}" in this public GitHub issue:`,
      input.issueUrl,
      "",
      "If that was you, confirm it by commenting on that issue with exactly this line:",
      "",
      `    /code ${input.code}`,
      "",
      `The code works once, only on that issue, only from the GitHub account that opened it, and it expires at ${expires}.`,
      "Do not use it anywhere else, and never post your recovery codes, passwords or tokens on the issue.",
      "",
      "If you did NOT ask for this, someone else may be trying to take over your account:",
      "do not share the code, and reply to this email so we can stop the recovery.",
      "",
      `— the ${input.registry} account recovery desk`,
    ].join("\n"),
  };
}
