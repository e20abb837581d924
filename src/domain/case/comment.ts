// Running the commands of one comment against a case, in order. Pure: the shell has already
// established who the sender is (maintainer? requester?) and checked any challenge branch.
import { outcome, type CaseEvent, type DecideInput, type Decision } from "./model.js";
import { findEmailCodes, findSecrets, kindsOf, type SecretKind } from "../safety/secrets.js";
import type { Notice } from "./notices/rules.js";
import type { CaseState } from "./state.js";
import { OPEN_STATUSES } from "./statuses.js";
import { answered, flagSecurity, withStatus, type Act } from "./transition.js";
import { sameLogin } from "../text/login.js";
import { accountForCodes } from "./binding.js";
import { keyVersionOf, refOf } from "./factors.js";
import type { CommandSet } from "./commands/index.js";
import { canReopen, reopenForRequester } from "./reopening.js";
import { isProcessed } from "./processed.js";
import { withoutEmailAddresses } from "../safety/emails.js";
import { asksOnlyForNews } from "../command-text/news-ask.js";
import { readWithdrawal } from "../command-text/withdrawal.js";
import { HIDES_PER_DAY } from "./notices/replies.js";

type CommentEvent = Extract<CaseEvent, { kind: "comment" }>;

export function applyComment(previous: CaseState, event: CommentEvent, input: DecideInput, known: CommandSet): Decision {
  // An edit is guarded every time it is seen (the shell drops it once the comment is gone), never run.
  if (event.edited || event.replay?.mode === "guard") return applyNew(previous, { ...event, edited: true }, input, known);
  // A comment seen before (a redelivery, another instance, the sweep, a restart) is not run again.
  if (alreadyProcessed(previous, event, input)) return outcome(previous);
  if (event.replay?.mode === "too-late") {
    const commands = event.scan.commands.map((c) => `/${c.name}`);
    const notice: Notice = { kind: "command-too-late", commands, writtenAt: event.writtenAt ?? input.now.toISOString() };
    return withNotice(applyNew(previous, { ...event, edited: true }, input, known), notice);
  }
  // Commands written about an account the request no longer names are never run, through any door.
  if (writtenBeforeReset(previous, event) || namesAnotherAccountNow(previous, input)) {
    const guarded = applyNew(previous, { ...event, edited: true }, input, known);
    const commands = event.scan.commands.map((c) => `/${c.name}`);
    return commands.length > 0 ? withNotice(guarded, { kind: "command-before-reset", commands }) : guarded;
  }
  return applyNew(previous, event, input, known);
}

/** In the case's processed record, or answered by one of the app's replies (which name the comment). */
export function alreadyProcessed(state: CaseState, event: CommentEvent, input: Pick<DecideInput, "replies">): boolean {
  return isProcessed(state.processed, event.commentId) || input.replies.answered.includes(event.commentId);
}

function withNotice(decision: Decision, notice: Notice): Decision {
  return { ...decision, notices: [...decision.notices, notice] };
}

/** Written before the account the request names last changed (a reset of the binding, or a new username). */
function writtenBeforeReset(state: CaseState, event: CommentEvent): boolean {
  const changes = [state.accountReset?.at, state.usernameChange?.at].filter((t): t is string => Boolean(t)).map(Date.parse);
  return Boolean(event.writtenAt && changes.some((at) => Date.parse(event.writtenAt!) < at));
}

/**
 * The request names another account than the case last read (its edit is still on its way, or was
 * lost): whatever the comment says was written about an account the case has not caught up with.
 */
function namesAnotherAccountNow(state: CaseState, input: DecideInput): boolean {
  const named = input.validation.username;
  return (
    named !== null && state.username !== null && (!sameLogin(named, state.username) || input.validation.testInstance !== state.testInstance)
  );
}

function applyNew(previous: CaseState, event: CommentEvent, input: DecideInput, known: CommandSet): Decision {
  const act: Act = { actor: input.actor, now: input.now };
  const { scan, roles } = event;
  let state = previous;
  const notices: Notice[] = [];
  const unassign: string[] = [];
  let deleteComment = false;
  let accepted = false;

  // Secrets in a comment by anyone but a maintainer, and the case's live one-time code in anyone's:
  // the comment goes, and the case is flagged.
  const guard = guardComment(event, state, input);
  if (guard.delete) deleteComment = true;
  if (guard.kinds.length > 0) {
    state = flagSecurity(state, guard.kinds, input.now);
    notices.push({ kind: "secret-in-comment", kinds: guard.kinds, commenter: input.actor });
  }
  // The requester's own address in their comment: the comment is rewritten without it (a deleted one needs nothing).
  const rewriteComment = deleteComment ? null : withoutOwnAddress(event, input);
  // An edited comment is only guarded: it never runs commands or counts as an answer.
  if (event.edited) return outcome(state, { notices, deleteComment, rewriteComment });

  // Only asking for news on a request in the queue: hidden, and answered with where it stands (at most weekly, notices/replies.ts).
  if (!deleteComment && onlyAsksForNews(event, state, input)) {
    const notice: Notice = { kind: "queue-news", ahead: state.queueAhead, waitWeeks: state.waitWeeks, passerBy: !roles.requester };
    return outcome(state, { notices: [notice], hideComment: (input.newsAsksBefore ?? 0) < HIDES_PER_DAY });
  }

  // A plain reply by the requester gets back a case the desk closed for lack of an answer; on a
  // denied case it reaches the reviewer instead (the decision stands).
  let reopen = false;
  // Withdrawn in everyday words ("you can close this now", "不需要了"); only asked to confirm when unsure.
  const withdrawal = roles.requester && !roles.maintainer && scan.commands.length === 0 ? readWithdrawal(event.text) : null;
  if (roles.requester && !roles.maintainer && scan.commands.length === 0 && withdrawal === null) {
    if (state.status === "stale" && canReopen(state, input.config, input.now) === "reopen") {
      state = reopenForRequester(state, act);
      notices.push({ kind: "reopened" });
      reopen = true;
    } else if (state.status === "denied") {
      notices.push({ kind: "reply-after-decision" });
    }
  }
  // A plain comment by the requester answers a reviewer's question.
  if (roles.requester && state.status === "needs-info" && state.infoRequest && scan.commands.length === 0) {
    state = answered(state, act);
  }
  if (withdrawal && OPEN_STATUSES.includes(state.status)) {
    if (withdrawal === "certain") state = withStatus(state, act, "withdrawn", "withdrawn in the requester's own words");
    notices.push({ kind: "withdrawal", sure: withdrawal === "certain", reopenDays: input.config.stale.reopen_within_days });
  }

  for (const { name, args } of scan.commands) {
    const command = known.named(name);
    if (!command) continue; // the parser only passes known names
    const audiences = [...command.audiences];
    const may = (audiences.includes("maintainer") && roles.maintainer) || (audiences.includes("requester") && roles.requester);
    if (!may) {
      notices.push({ kind: "refused", command: name, audiences });
      continue;
    }
    if (!OPEN_STATUSES.includes(state.status) && command.onClosedCase === "refused") {
      notices.push({ kind: "closed-case", command: name });
      continue;
    }
    const asRequester = roles.requester && audiences.includes("requester") && !(roles.maintainer && audiences.includes("maintainer"));
    const step = command.run({ state, args, input, act, as: asRequester ? "requester" : "maintainer", roles });
    if ("usage" in step) {
      notices.push({ kind: "usage", command: name, problem: step.usage });
      continue;
    }
    // A maintainer's command is acknowledged even when it changed nothing (`/status`, `/hold` twice);
    // anyone else's only when it did something, so repeating a no-op costs no write at all.
    if (roles.maintainer || step.state !== state) accepted = true;
    state = step.state;
    notices.push(...step.notices);
    if (step.deleteComment) deleteComment = true;
    if (step.unassign) unassign.push(...step.unassign);
    if (step.reopen) reopen = true;
  }
  for (const miss of scan.nearMisses) notices.push({ kind: "hint", written: miss.written, meant: miss.meant });
  if (scan.dropped > 0) notices.push({ kind: "too-many-commands", dropped: scan.dropped });
  return outcome(state, { notices, unassign, deleteComment, accepted, reopen, rewriteComment });
}

/** Someone other than a maintainer asks only for news (or adds a "+1") while the request waits in the queue. */
/** A case that hides comments only asking for news (and answers them): one in the queue, where the setting allows. */
export function hidesNewsAsks(status: CaseState["status"] | undefined, config: DecideInput["config"]): boolean {
  return config.noise.answer_updates && status === "triage";
}

function onlyAsksForNews(event: CommentEvent, state: CaseState, input: DecideInput): boolean {
  const { roles, scan } = event;
  if (!hidesNewsAsks(state.status, input.config) || roles.maintainer || event.fromBoard) return false;
  return scan.commands.length === 0 && scan.nearMisses.length === 0 && scan.dropped === 0 && asksOnlyForNews(event.text);
}

/** The note a rewritten comment ends with, so its author and readers know what changed and why. */
export const ADDRESS_REMOVED_NOTE =
  "<sub>The desk removed an email address from this comment: this issue is public. Reviewers write to the address on file.</sub>";

/** The requester's comment without the addresses in it (privacy.redact_emails); null when there are none. */
function withoutOwnAddress(event: CommentEvent, input: DecideInput): string | null {
  const { privacy } = input.config;
  if (!privacy.redact_emails || !event.roles.requester || event.roles.maintainer || event.fromBoard) return null;
  const cleaned = withoutEmailAddresses(event.text, privacy.keep_domains);
  if (cleaned === null) return null;
  return cleaned.includes(ADDRESS_REMOVED_NOTE) ? cleaned : `${cleaned}\n\n${ADDRESS_REMOVED_NOTE}`;
}

/**
 * What a comment exposes. Anyone but a maintainer: every kind of secret. Anyone at all: the case's
 * live one-time code (one that would still verify), wherever it stands. The requester's own
 * `/code` line is how a code is meant to be used, so it is removed without a warning.
 */
function guardComment(event: CommentEvent, state: CaseState, input: DecideInput): { delete: boolean; kinds: SecretKind[] } {
  const secrets = event.roles.maintainer ? [] : findSecrets(event.text);
  const live = liveCode(state, input);
  const codes = live ? findEmailCodes(event.text, live) : [];
  const exposed = event.roles.requester && codes.length > 0 ? findEmailCodes(withoutCodeLines(event.text), live!) : codes;
  return { delete: secrets.length > 0 || codes.length > 0, kinds: kindsOf([...secrets, ...exposed]) };
}

/** A check for digits that are the case's code and would still be accepted; null when none can be. */
function liveCode(state: CaseState, input: DecideInput): ((digits: string) => boolean) | null {
  const account = accountForCodes(state, input.issue.author);
  if (!input.verifier || !account) return null;
  const verifier = input.verifier;
  const ref = refOf(input, state, account);
  const used = state.factors.email?.usedStep ?? null;
  // Every mint a code for this case may come from — the starter's key, the assigned reviewer's (codes
  // issued before the check starts), the master's — whether or not it would verify: a comment holding
  // what may be the case's code is removed (failing closed costs nothing but that comment).
  const keyHolders = [state.factors.email?.by, state.reviewer].filter((l): l is string => Boolean(l));
  const mints = [...new Set(keyHolders)].map((login) => verifier.reviewerMint(login, keyVersionOf(input.config, login)));
  const hours = input.config.verification.code_expiry_hours;
  return (digits) => [verifier, ...mints].some((mint) => mint.acceptsEmailCode(ref, digits, input.now, hours, used));
}

function withoutCodeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !/^\s{0,3}\/code\b/i.test(line))
    .join("\n");
}
