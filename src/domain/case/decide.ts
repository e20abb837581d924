// The state machine: (case, event, config, now) → next case. Pure: no I/O, no clock of its own.
// Lifecycle events (opened, edited, closed, reopened) are handled here; comments go to the
// command interpreter, and every event ends with the timers, so the sweep is just "now moved".
import { currentReviewer, pickReviewer, waitingBefore } from "./assign.js";
import { accountNamed, enforceBinding } from "./binding.js";
import { alreadyProcessed, applyComment } from "./comment.js";
import { DESK_COMMANDS, scanNeeds, type CommandSet } from "./commands/index.js";
import { markProcessed, type Outcome } from "./processed.js";
import { outcomeOf } from "./outcomes.js";
import { outcome, type CaseEvent, type DecideInput, type Decision, type QueueFacts } from "./model.js";
import { withinLimits } from "./notices/replies.js";
import { fitState, newCaseState, type CaseState } from "./state.js";
import { OPEN_STATUSES, type Status } from "./statuses.js";
import { applyTimers } from "./timers.js";
import { answered, flagSecurity, withStatus } from "./transition.js";
import { hasLogin, loginKey, sameLogin } from "../text/login.js";
import { EMAIL_REMOVED, withoutEmailAddresses } from "../safety/emails.js";
import { evidenceAbout, evidenceSubject, withAccountCheck } from "../evidence/assess.js";
import type { Evidence } from "../evidence/model.js";
import { withReasons } from "./reasons.js";
import { keptAsMaintainersLeftIt, withAdoptionQuiet } from "./adoption.js";
import { reopenOnPurpose } from "./reopening.js";
import { withThreadLock } from "./locking.js";
import { readNewComment } from "./comment-gate.js";
import { withCaseLanguage } from "./language.js";

/** Whether deciding this event needs the list of open requests (one paginated read). */
export function needsOpenCases(input: Omit<DecideInput, "openRequests" | "branch">): boolean {
  const { previous, validation, event } = input;
  if (!previous) return input.issue.open;
  if (event.kind === "reopened") return !OPEN_STATUSES.includes(previous.status) && validation.valid;
  if (event.kind !== "edited" || !OPEN_STATUSES.includes(previous.status) || !validation.valid) return false;
  return previous.status === "needs-info" || !sameLogin(previous.username, validation.username);
}

/** Whether the shell should look for the challenge branch before deciding. */
export function needsBranchCheck(previous: CaseState | null, event: CaseEvent, now: Date): boolean {
  const repo = previous?.factors.repo;
  if (!repo || repo.state !== "pending" || Date.parse(repo.expiresAt) <= now.getTime()) return false;
  if (event.kind === "sweep") return true;
  return event.kind === "comment" && event.roles.requester && scanNeeds(event.scan, "challenge-branch");
}

/** `commands`: the desk's own unless a test adds one (domain/case/commands/index.ts). */
export function decide(request: DecideInput, commands: CommandSet = DESK_COMMANDS): Decision {
  // The registry's answer counts like the text: an account it does not have is a problem to fix.
  const known = request.evidence ?? request.previous?.evidence ?? null;
  const given = { ...request, validation: withAccountCheck(request.validation, evidenceAbout(known, evidenceSubject(request.validation))) };
  // Before anything else: nothing proven for one account may stand for another (domain/case/binding.ts).
  const act = { actor: given.actor, now: given.now };
  const input = given.previous ? { ...given, previous: enforceBinding(given.previous, accountNamed(given), act) } : given;
  const decided = decideEvent(input, commands);
  if (!decided.state) return decided;
  const withEvidence = request.evidence
    ? { ...decided.state, evidence: keptEvidence(decided.state.evidence, request.evidence) }
    : decided.state;
  const decision = { ...decided, state: replaceUnassignableReviewer(withEvidence, input) };
  const timed = applyTimers(decision.state, input);
  let next: Decision = { ...decision, state: timed.state, notices: [...decision.notices, ...timed.notices] };
  if (input.issueSecrets) {
    // Title and body are rewritten with the secrets replaced; the edit history still holds them, so they are burnt.
    const { kinds, parts, rewrite } = input.issueSecrets;
    next = {
      ...next,
      state: flagSecurity(next.state!, kinds, input.now),
      notices: [...next.notices, { kind: "secret-in-body", kinds, parts, subject: "request" }],
      rewrite,
    };
  }
  next = withoutEmailAddressesInBody(next, input);
  next = { ...next, state: withCaseLanguage(next.state!, input.language) };
  next = { ...next, state: withReasons(input.previous, next.state!, input) };
  next = withAdoptionQuiet(next, input);
  next = withThreadLock(next, input);
  // What the comment did is read from every notice, before the limits on noise silence some of them.
  const outcome = outcomeOf(next, input.previous);
  // Every reply to someone's action falls under the limits on noise, whatever caused it.
  next = { ...next, notices: withinLimits(next.notices, input.actor, input.replies, input.now) };
  return withCommentRecorded(next, input, outcome);
}

/**
 * The comment that caused the event joins the processed record (domain/case/processed.ts), whatever it
 * did: applied, refused, or answered with silence. A reply names the comment it answers, so a
 * comment that changed nothing and is answered needs no card write to be remembered; any other is
 * recorded on the card, which is written then anyway or must be, so that no door runs it again.
 */
function withCommentRecorded(decision: Decision, input: DecideInput, outcome: Omit<Outcome, "id">): Decision {
  const { event, previous } = input;
  // A comment deleted for what it held is gone: no door can run it again.
  if (event.kind !== "comment" || event.fromBoard || !decision.state || !previous || decision.deleteComment) return decision;
  if (event.edited && alreadyProcessed(previous, event, input)) return decision;
  const changed = JSON.stringify(decision.state) !== JSON.stringify(previous);
  if (!changed && decision.notices.length > 0) return decision;
  // A comment no door gives work (a passer-by's "+1", hidden or not) needs no record: the watermark passes it.
  // The thread was read with that judgement already; only a comment GitHub does not list yet is read again.
  const listed = input.thread?.find((c) => c.id === event.commentId);
  if (!changed && !(listed ? listed.needsWork : readNewComment(event.text, event.roles.requester).needsWork)) return decision;
  const processed = markProcessed(decision.state.processed, event.commentId, input.thread ?? [], input.replies.answered, outcome);
  return { ...decision, state: { ...decision.state, processed } };
}

/**
 * Evidence gathered again that says the same as before is not a change: the stored copy (and its
 * date) stays, so the sweep's daily refresh writes nothing unless something changed.
 */
function keptEvidence(stored: Evidence | null, fresh: Evidence): Evidence {
  if (!stored) return fresh;
  const content = (e: Evidence) => JSON.stringify({ ...e, at: null, filedAt: null });
  return content(stored) === content(fresh) ? stored : fresh;
}

/**
 * Email addresses leave the request's public text — its body and its title — in the same update
 * that sets its labels (after any secret was redacted from it); the card says so once it happened.
 */
function withoutEmailAddressesInBody(decision: Decision, input: DecideInput): Decision {
  const { privacy } = input.config;
  if (!decision.state) return decision;
  const current = { body: decision.rewrite?.body ?? input.issue.body, title: decision.rewrite?.title ?? input.issue.title };
  const body = privacy.redact_emails ? withoutEmailAddresses(current.body, privacy.keep_domains) : null;
  const title = privacy.redact_emails ? withoutEmailAddresses(current.title, privacy.keep_domains) : null;
  // The card's note follows the text as it will read, so a later edit that drops the address drops the note.
  const emailsRemoved = `${body ?? current.body}\n${title ?? current.title}`.includes(EMAIL_REMOVED);
  const state = decision.state.emailsRemoved === emailsRemoved ? decision.state : { ...decision.state, emailsRemoved };
  const rewrite = { ...(decision.rewrite ?? {}), ...(body === null ? {} : { body }), ...(title === null ? {} : { title }) };
  return { ...decision, state, ...(body === null && title === null ? {} : { rewrite }) };
}

/**
 * A reviewer GitHub refuses to assign (a configured reviewer who left the organisation, a typo in
 * the config) is skipped: the case goes to the next reviewer in turn, and the card names the
 * skipped one for maintainers. One already assigned on the issue is assignable by definition.
 */
function replaceUnassignableReviewer(state: CaseState, input: DecideInput): CaseState {
  const { reviewer } = state;
  if (!reviewer || !hasLogin(input.unassignable, reviewer) || input.issue.assignees.some((a) => sameLogin(a, reviewer))) return state;
  const next = pickReviewer(input.config, input.issue, input.openRequests ?? [], input.unassignable);
  // Every configured reviewer passed over for this, in the order GitHub refused them.
  const passedOver = [reviewer, ...input.unassignable.filter((u) => input.config.reviewers.some((r) => sameLogin(r, u)))];
  const skippedReviewers = [...new Set([...state.skippedReviewers, ...passedOver].map(loginKey))].slice(-10);
  return { ...state, reviewer: next, skippedReviewers };
}

function decideEvent(input: DecideInput, commands: CommandSet): Decision {
  const { previous, event, issue } = input;
  if (!previous) return issue.open ? intake(input) : outcome(null);

  switch (event.kind) {
    case "opened":
      return outcome(previous);
    case "sweep":
      return outcome(event.queue && previous.status === "triage" ? inQueue(previous, event.queue) : previous);
    case "edited":
      return edited(previous, input);
    case "closed":
      if (!OPEN_STATUSES.includes(previous.status)) return outcome(previous);
      return sameLogin(input.actor, previous.author)
        ? outcome(withStatus(previous, input, "withdrawn"))
        : outcome(withStatus({ ...previous, closedBy: input.actor }, input, "closed"));
    case "reopened":
      return OPEN_STATUSES.includes(previous.status) ? outcome(previous) : outcome(reopenOnPurpose(previous, input));
    case "conflict":
      return conflict(previous, event);
    case "comment":
      return applyComment(previous, event, input, commands);
  }
}

function intake(input: DecideInput): Decision {
  const { issue, validation } = input;
  const fresh = newCaseState({
    author: issue.author,
    username: validation.username,
    testInstance: validation.testInstance,
    problems: validation.problems,
    queueAhead: queueAhead(input),
  });
  if (!validation.valid) return keptAsMaintainersLeftIt(outcome(withStatus(fresh, input, "needs-info")), input);
  return keptAsMaintainersLeftIt(enterQueue(fresh, input), input);
}

/** A valid request joins the queue: unless it repeats one of the author's open requests, it gets a reviewer. */
function enterQueue(state: CaseState, input: DecideInput, status: Status = "triage", note?: string): Decision {
  const clash = clashes(state, input);
  if (clash.duplicateOf !== null) return outcome(withStatus({ ...state, duplicateOf: clash.duplicateOf }, input, "duplicate"));
  const { issue, config } = input;
  const reviewer =
    state.reviewer ??
    currentReviewer(config, issue.assignees) ??
    clash.rivalReviewer ??
    pickReviewer(config, issue, input.openRequests ?? []);
  const known = new Set(state.conflictsWith);
  const fresh = clash.rivals.filter((n) => !known.has(n));
  // Counted once: the state keeps the earliest CONFLICTS_KEPT and counts the rest (fitState).
  const conflicts = fitState({ ...state, conflictsWith: [...state.conflictsWith, ...fresh] });
  const next = withStatus({ ...conflicts, reviewer, queueAhead: queueAhead(input) ?? state.queueAhead }, input, status, note);
  return outcome(next, {
    related: fresh.map((n) => ({ issue: n, event: { kind: "conflict", other: issue.number, reviewer } })),
  });
}

/** Other open requests for the same account: the same author's earlier one, or other people's. */
function clashes(state: CaseState, input: DecideInput): { duplicateOf: number | null; rivals: number[]; rivalReviewer: string | null } {
  const { issue, config } = input;
  const others = state.username
    ? (input.openRequests ?? []).filter((c) => c.number !== issue.number && sameLogin(c.username, state.username))
    : [];
  const earlierOwn = others.filter((c) => sameLogin(c.author, issue.author) && c.number < issue.number).map((c) => c.number);
  const rivals = others.filter((c) => !sameLogin(c.author, issue.author));
  return {
    duplicateOf: earlierOwn.length > 0 ? Math.min(...earlierOwn) : null,
    rivals: rivals.map((c) => c.number),
    rivalReviewer: rivals.map((c) => currentReviewer(config, c.assignees)).find((r) => r !== null) ?? null,
  };
}

/** The request as its body reads now differs from what the case last read (its problems, its account). */
export function requestChanged(previous: CaseState, validation: DecideInput["validation"]): boolean {
  return (
    JSON.stringify(validation.problems) !== JSON.stringify(previous.problems) ||
    !sameName(validation.username ?? previous.username, previous.username) ||
    validation.testInstance !== previous.testInstance
  );
}

/** Two usernames the same account, or both not given. */
function sameName(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : sameLogin(a, b);
}

function edited(previous: CaseState, input: DecideInput): Decision {
  if (!OPEN_STATUSES.includes(previous.status)) return outcome(previous);
  const { validation } = input;
  const byRequester = sameLogin(input.actor, previous.author);
  const username = validation.username ?? previous.username;
  const changed = requestChanged(previous, validation);
  const answering = byRequester && previous.infoRequest !== null && validation.valid;
  // An edit that does not change the request leaves the case alone (and costs no write).
  if (!changed && !answering) return outcome(previous);

  const updated: CaseState = {
    ...previous,
    problems: validation.problems,
    testInstance: validation.testInstance,
    username,
    ...(byRequester ? { requesterEditAt: input.now.toISOString() } : {}),
  };
  if (!validation.valid) {
    const resumeStatus = previous.status === "needs-info" ? previous.resumeStatus : previous.status;
    return outcome(withStatus({ ...updated, resumeStatus }, input, "needs-info"));
  }
  if (previous.username !== null && !sameLogin(username, previous.username))
    return usernameChanged(previous, answering ? answered(updated, input) : updated, input);
  if (answering || (previous.status === "needs-info" && previous.resumeStatus)) return outcome(answered(updated, input));
  if (previous.status === "needs-info") return enterQueue(updated, input);
  return outcome(updated);
}

/**
 * A username changed after the case was accepted: noted for the reviewer and checked for clashes
 * again. Verification under way was already voided by the binding check (it was for the old name).
 */
function usernameChanged(previous: CaseState, updated: CaseState, input: DecideInput): Decision {
  const change = { from: previous.username ?? "", to: updated.username ?? "", at: input.now.toISOString() };
  const next: CaseState = { ...updated, usernameChange: change };
  return enterQueue(next, input, next.status === "needs-info" ? "triage" : next.status, "username changed");
}

function conflict(previous: CaseState, event: Extract<CaseEvent, { kind: "conflict" }>): Decision {
  if (previous.conflictsWith.includes(event.other)) return outcome(previous);
  return outcome(
    fitState({ ...previous, conflictsWith: [...previous.conflictsWith, event.other], reviewer: previous.reviewer ?? event.reviewer }),
  );
}

/**
 * Where a waiting request stands, and an honest estimate of the wait at the desk's recent pace:
 * rounded to whole weeks (so the card changes only when the estimate does), never a date.
 */
function inQueue(state: CaseState, queue: QueueFacts): CaseState {
  const pace = queue.decidedPerWeek;
  const waitWeeks = pace && pace > 0 ? Math.min(520, Math.max(1, Math.round((queue.ahead + 1) / pace))) : null;
  return state.queueAhead === queue.ahead && state.waitWeeks === waitWeeks ? state : { ...state, queueAhead: queue.ahead, waitWeeks };
}

function queueAhead(input: DecideInput): number | null {
  if (!input.openRequests) return null;
  return waitingBefore(input.openRequests, input.issue.number);
}
