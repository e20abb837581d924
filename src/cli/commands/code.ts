// `recovery-triage code <owner/repo#n>`: a one-time code bound to the case, printed with the email to send
// (or sent over SMTP with `--send`), minted with the reviewer's own key or the desk's secret.
import type { Values } from "../arguments.js";
import { environment, recoverySecret, probotFromEnv, smtpSettings } from "../../config/environment.js";
import { parseReviewerKey, verifierFor } from "../../domain/verification/codes.js";
import { sendMail } from "../../mail/smtp.js";
import { issueCode, parseTarget, type CaseTarget, type IssuedCode } from "../issue-code.js";
import { issueReviewerCode, reviewerToken } from "../reviewer-code.js";

export async function code(values: Values, positionals: string[]): Promise<number> {
  const target = parseTarget(positionals[0])!;
  if (values.send && !smtpSettings()) throw new Error("SMTP_URL is not set");
  const env = environment();
  if (env.REVIEWER_KEY) {
    const key = parseReviewerKey(env.REVIEWER_KEY);
    if (!key) throw new Error("REVIEWER_KEY is not a reviewer key (rtk1.<login>.<version>.<…>, from recovery-triage reviewer-key)");
    const issued = await issueReviewerCode(target, key, await reviewerToken(env), env, new Date());
    return printCode(target, issued, `${key.login}'s key v${key.version}`, values, issued.notes);
  }
  const verifier = verifierFor(recoverySecret());
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (use the server's environment)");

  const issued = await issueCode(probotFromEnv(), target, verifier, new Date());
  const advice = "Per-reviewer keys are the recommended set-up: no reviewer then needs this secret (recovery-triage reviewer-key).";
  return printCode(target, issued, "the desk's secret", values, [advice]);
}

async function printCode(target: CaseTarget, issued: IssuedCode, mintedWith: string, values: Values, notes: string[]) {
  const smtp = smtpSettings();
  const to = values.to as string;
  process.stdout.write(
    [
      `Case ${target.owner}/${target.repo}#${target.number}: account ${issued.username}, requester @${issued.requester}; ` +
        `minted with ${mintedWith}.`,
      `Code: ${issued.code}`,
      `Valid until ${issued.expiresAt.toISOString()}. Send it ONLY to the address the registry has on file for the account,`,
      "then comment `/verify email` on the issue.",
      ...notes,
      "",
      `Subject: ${issued.email.subject}`,
      "",
      issued.email.text,
      "",
    ].join("\n"),
  );
  if (values.send && smtp) {
    await sendMail(smtp.url, { from: smtp.from, to, ...issued.email });
    process.stdout.write(`Sent to ${to}.\n`);
  }
  return 0;
}
