// What the card tells the requester, by status: what happens next, and what (if anything) they
// must do — in plain words for someone worried and not technical, with the one safety warning
// wherever they are asked to write. The rest of the card (status, facts, factors, notes for
// reviewers, history) is card.ts.
import { utcMinute } from "../text/dates.js";
import { codeSpan, mention, quietLogin, quoteText } from "../text/neutralise.js";
import type { Config } from "../../config/schema.js";
import type { FormSpec } from "../intake/form.js";
import type { CaseState } from "./state.js";
import { problemText } from "./problem-text.js";
import { reopenDeadline } from "./reopening.js";

/** What the card depends on besides the case: the desk's settings and the form its requests use. */
export interface CardContext {
  config: Config;
  form: FormSpec;
}

const SAFETY =
  "⚠️ This issue is public. Never post recovery codes, passwords, API tokens or one-time codes here — the only exception is the " +
  "`/code` the verification email asks for.";

/** The requester, mentioned unless the case was taken in quietly (domain/case/adoption.ts). */
function requester(state: CaseState): string {
  return state.quiet ? quietLogin(state.author) : mention(state.author);
}

/** The card's body: what happens next and what, if anything, the requester must do, by status. */
export function guidance(state: CaseState, ctx: CardContext): string {
  const registry = ctx.config.registry_name;
  switch (state.status) {
    case "triage":
      return [
        "**What happens next:** a reviewer will check your request. Then they check that the account is yours, " +
          `usually by writing to the email address ${registry} has on file for it. Please watch that inbox, and its spam folder.`,
        "**You don't need to do anything right now.** Requests are handled in the order they arrive; this comment changes as your " +
          "request moves along.",
        SAFETY,
      ].join("\n\n");
    case "needs-info":
      if (state.infoRequest) {
        return [
          `${requester(state)}, the reviewer asked:`,
          quoteText(state.infoRequest.text, 600, true),
          "**What to do:** answer in a comment below (or edit your request). Your request moves on as soon as you do.",
          SAFETY,
        ].join("\n\n");
      }
      return [
        `${requester(state)}, we can't start on your request yet:`,
        state.problems.map((p, i) => `${i + 1}. ${problemText(p, ctx)}`).join("\n"),
        "**What to do:** open the **⋯** menu at the top of your request, choose **Edit**, fix the points above and save. " +
          "This request is checked again as soon as you save; there is no need to open a new one.",
        SAFETY,
      ].join("\n\n");
    case "verifying":
      return [verifyingSteps(state), SAFETY].join("\n\n");
    case "verified":
      return (
        "Thank you — the account is confirmed as yours. The reviewer will now decide and tell you here. **You don't need to do " +
        "anything right now.**"
      );
    case "on-hold":
      return (
        `The reviewer paused this request${state.holdReason ? `: ${quoteText(state.holdReason, 300)}` : ""}. Nothing is lost ` +
        `and no deadline runs while it is paused.`
      );
    case "resolved":
      return (
        `The reviewer approved the recovery. Follow the instructions in the email from ${registry} to get back into your ` +
        `account${decisionNote(state)}.`
      );
    case "denied":
      // Once the thread is locked a reply cannot land: the note on locking says where to go instead.
      return `The reviewer could not approve this recovery${decisionNote(state)}.${state.lockedAt ? "" : ` ${NEW_INFORMATION}`}`;
    case "duplicate":
      return (
        `You already have an open request for this account: #${state.duplicateOf}. We closed this one so everything stays in one place; ` +
        `your earlier request keeps its place in the queue. Please continue on #${state.duplicateOf} (you can edit it if something ` +
        `there needs changing).`
      );
    case "withdrawn":
      return `You closed this request, so nobody will work on it. If that was a mistake, comment \`/reopen\` here${until(state, ctx)}.`;
    case "stale":
      return (
        "This request was closed because we did not hear back. " +
        `If you still need help, reply here${until(state, ctx)} and it opens again.`
      );
    case "closed":
      return "This request was closed. If you think that was a mistake, reply here and say why.";
  }
}

const NEW_INFORMATION = "If you have new information, reply here.";

/** " before 2027-02-21 12:00 UTC": how long the requester can get a closed case back (domain/case/reopening.ts). */
function until(state: CaseState, ctx: CardContext): string {
  const deadline = reopenDeadline(state, ctx.config);
  return deadline ? ` before ${utcMinute(deadline)}` : "";
}

function verifyingSteps(state: CaseState): string {
  const steps: string[] = [];
  const { email, repo } = state.factors;
  if (email?.state === "pending") {
    steps.push(
      "**Check your email.** The reviewer has sent a one-time code to the address on file for this account (look in the spam folder " +
        "too). " +
        "When it arrives, comment `/code` followed by the 8 digits, for example `/code 12345678`. The code works once and only on " +
        "this issue.",
    );
  }
  if (email?.state === "locked")
    steps.push("Too many wrong codes were entered, so the email check is locked. The reviewer will tell you the next step.");
  if (repo?.state === "pending") {
    steps.push(
      `**Push a branch.** Create an empty branch named ${codeSpan(repo.branch)} in ${codeSpan(repo.repo, 140)}, then comment \`/done\`. ` +
        `This works only for someone who can push to that repository. Open until ${utcMinute(repo.expiresAt)}.`,
    );
  }
  if (steps.length === 0) steps.push("The reviewer will tell you the next step here.");
  return steps.join("\n\n");
}

function decisionNote(state: CaseState): string {
  return state.decision?.note ? ` (${quoteText(state.decision.note, 300)})` : "";
}
