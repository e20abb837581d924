// Running the commands of one comment against a case, in order. Pure: the shell has already
// established who the sender is (maintainer? requester?) and checked any challenge branch.
import { outcome, type CaseEvent, type DecideInput, type Decision } from "./model.js";
import { findEmailCodes, findSecrets, kindsOf, type SecretKind } from "../safety/secrets.js";
import type { Notice } from "./notices.js";
import { OPEN_STATUSES, type CaseState } from "./state.js";
import { answered, flagSecurity, same, withStatus, type Actor } from "./transition.js";
import { audiencesOf, type Audience } from "../commands/catalog.js";
import type { ParsedCommand } from "../commands/parse.js";
import { WRITTEN_LOGIN } from "../text/github-names.js";
import { accountForCodes, accountNamed } from "./binding.js";
import { bind, refOf, challengeDone, enterCode, verify, type Step } from "./factors.js";

type CommentEvent = Extract<CaseEvent, { kind: "comment" }>;

const NOTE_LIMIT = 300;
/** Commands that still mean something once a case is closed. */
const ON_CLOSED = new Set(["help", "status"]);

export function applyComment(previous: CaseState, event: CommentEvent, input: DecideInput): Decision {
  // An edit is guarded every time it is seen (the shell drops it once the comment is gone).
  if (event.edited) return applyNew(previous, event, input);
  // A comment seen before (a redelivery, another instance, a restart) is not applied again.
  if (previous.handled.includes(event.commentId) || input.replies.answered.includes(event.commentId)) return outcome(previous);
  const decision = applyNew(previous, event, input);
  if (!decision.state || JSON.stringify(decision.state) === JSON.stringify(previous)) return decision;
  return { ...decision, state: { ...decision.state, handled: [...previous.handled, event.commentId].slice(-20) } };
}

function applyNew(previous: CaseState, event: CommentEvent, input: DecideInput): Decision {
  const at: Actor = { actor: input.actor, now: input.now };
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
  // An edited comment is only guarded: it never runs commands or counts as an answer.
  if (event.edited) return outcome(state, { notices, deleteComment });

  // A plain comment by the requester answers a reviewer's question.
  if (roles.requester && state.status === "needs-info" && state.infoRequest && scan.commands.length === 0) {
    state = answered(state, at);
  }

  for (const command of scan.commands) {
    const audiences = audiencesOf(command.name);
    const may = (audiences.includes("maintainer") && roles.maintainer) || (audiences.includes("requester") && roles.requester);
    if (!may) {
      notices.push({ kind: "refused", command: command.name, audiences });
      continue;
    }
    if (!OPEN_STATUSES.includes(state.status) && !ON_CLOSED.has(command.name)) {
      notices.push({ kind: "closed-case", command: command.name });
      continue;
    }
    const asRequester = roles.requester && audiences.includes("requester") && !(roles.maintainer && audiences.includes("maintainer"));
    const step = run(command, state, input, at, asRequester ? "requester" : "maintainer", roles);
    if ("usage" in step) {
      notices.push({ kind: "usage", command: command.name, problem: step.usage });
      continue;
    }
    // A maintainer's command is acknowledged even when it changed nothing (`/status`, `/hold` twice);
    // anyone else's only when it did something, so repeating a no-op costs no write at all.
    if (roles.maintainer || step.state !== state) accepted = true;
    state = step.state;
    notices.push(...step.notices);
    if (step.deleteComment) deleteComment = true;
    if (step.unassign) unassign.push(...step.unassign);
  }
  for (const miss of scan.nearMisses) notices.push({ kind: "hint", written: miss.written, meant: miss.meant });
  if (scan.dropped > 0) notices.push({ kind: "too-many-commands", dropped: scan.dropped });
  return outcome(state, { notices, unassign, deleteComment, accepted });
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
  return (digits) => verifier.checkEmailCode(ref, digits, input.now, input.config.verification.code_expiry_hours, used).result === "ok";
}

function withoutCodeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !/^\s{0,3}\/code\b/i.test(line))
    .join("\n");
}

type Result = Step & { unassign?: string[] };

function run(command: ParsedCommand, state: CaseState, input: DecideInput, at: Actor, as: Audience, roles: CommentEvent["roles"]): Result {
  const { args } = command;
  const note = (text: string) => text.slice(0, NOTE_LIMIT);
  const ownCase = same(at.actor, state.author);
  switch (command.name) {
    case "help":
      return { state, notices: [{ kind: "help", audiences: roles.maintainer && roles.requester ? ["maintainer", "requester"] : [as] }] };
    case "status":
      return { state, notices: [] };
    case "assign": {
      const who = login(args, at.actor);
      if (!who) return { usage: "name one GitHub user, for example `/assign @alice`" };
      if (same(who, state.author)) return { usage: "the requester cannot review their own request" };
      if (input.unassignable.includes(who.toLowerCase())) {
        return {
          usage: `GitHub does not allow assigning ${who} on this repository (check the spelling; reviewers need access to the repository)`,
        };
      }
      return {
        state: same(state.reviewer, who) ? state : withStatus({ ...state, reviewer: who }, at, state.status, `reviewer: ${who}`),
        notices: [],
      };
    }
    case "unassign": {
      const who = login(args, at.actor);
      if (!who) return { usage: "name one GitHub user, for example `/unassign @alice`" };
      return { state: same(state.reviewer, who) ? { ...state, reviewer: null } : state, notices: [], unassign: [who] };
    }
    case "needs-info": {
      if (!args) return { usage: "write the question for the requester, for example `/needs-info Which projects do you maintain?`" };
      const resumeStatus = state.status === "needs-info" ? state.resumeStatus : state.status;
      const next = withStatus(
        { ...state, infoRequest: { text: args.slice(0, 600), by: at.actor, at: at.now.toISOString() }, resumeStatus },
        at,
        "needs-info",
      );
      return { state: next, notices: [{ kind: "info-request", text: args.slice(0, 600) }] };
    }
    case "verify":
      return verify(state, args, input, at, input.verifier);
    case "verified": {
      if (!args) return { usage: "say how the account was verified, for example `/verified signed email from the maintainer address`" };
      if (ownCase) return { state, notices: [{ kind: "own-case", command: "verified" }] };
      const named = accountNamed(input);
      if (!named.username) return { usage: "the request has no valid username yet, so there is nothing to attest" };
      const next = bind(
        { ...state, attestation: { by: at.actor, note: note(args), at: at.now.toISOString() } },
        { ...named, username: named.username },
      );
      return { state: withStatus(next, at, "verified"), notices: [] };
    }
    case "approve": {
      if (ownCase) return { state, notices: [{ kind: "own-case", command: "approve" }] };
      const forced = /^force(\s|$)/i.test(args);
      const reason = forced ? args.replace(/^force\s*/i, "") : args;
      if (forced && !reason) return { usage: "a forced approval needs a reason: `/approve force <reason>`" };
      if (!forced && state.status !== "verified") return { state, notices: [{ kind: "approve-needs-verification" }] };
      const next = { ...state, decision: { by: at.actor, note: note(reason), at: at.now.toISOString(), forced } };
      return {
        state: withStatus(next, at, "resolved", forced ? "approved without full verification" : undefined),
        notices: [{ kind: "approved", note: note(reason) }],
      };
    }
    case "deny": {
      if (!args) return { usage: "give the requester a reason, for example `/deny ownership could not be verified`" };
      const next = { ...state, decision: { by: at.actor, note: note(args), at: at.now.toISOString(), forced: false } };
      return { state: withStatus(next, at, "denied"), notices: [{ kind: "denied", reason: note(args) }] };
    }
    case "duplicate": {
      const match = /^#?(\d{1,9})$/.exec(args);
      const number = match ? Number(match[1]) : 0;
      if (!number || number === input.issue.number) return { usage: "name the other request, for example `/duplicate #123`" };
      return { state: withStatus({ ...state, duplicateOf: number }, at, "duplicate"), notices: [] };
    }
    case "hold": {
      if (state.status === "on-hold") return { state, notices: [] };
      return {
        state: withStatus({ ...state, resumeStatus: state.status, holdReason: args ? note(args) : null }, at, "on-hold"),
        notices: [],
      };
    }
    case "unhold": {
      if (state.status !== "on-hold") return { state, notices: [] };
      const back = state.resumeStatus && state.resumeStatus !== "on-hold" ? state.resumeStatus : "triage";
      // The clock starts afresh: the requester was not the one keeping the case waiting.
      const resumed = withStatus({ ...state, resumeStatus: null, holdReason: null }, at, back);
      return { state: { ...resumed, waitingSince: at.now.toISOString(), remindedAt: null }, notices: [] };
    }
    case "code":
      return enterCode(state, args, input, at, input.verifier);
    case "done":
      return challengeDone(state, input, at, input.branch);
    case "withdraw":
      return { state: withStatus(state, at, "withdrawn"), notices: [] };
    default:
      return { usage: "unknown command" };
  }
}

function login(args: string, fallback: string): string | null {
  if (!args) return fallback;
  const match = WRITTEN_LOGIN.exec(args.trim());
  return match ? match[1]! : null;
}
