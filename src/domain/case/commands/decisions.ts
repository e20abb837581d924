// Closing a case with a decision: `/approve`, `/deny`, `/duplicate`. Nobody decides on their own request.
import { withStatus } from "../transition.js";
import { sameLogin } from "../../text/login.js";
import { note, type Command } from "./command.js";

export const approve: Command = {
  name: "approve",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/approve [note] | /approve force <reason>",
  example: "/approve 2FA reset, password reset sent",
  summary: "resolve and close a verified case",
  run({ state, args, act }) {
    if (sameLogin(act.actor, state.author)) return { state, notices: [{ kind: "own-case", command: "approve" }] };
    const forced = /^force(\s|$)/i.test(args);
    const reason = forced ? args.replace(/^force\s*/i, "") : args;
    if (forced && !reason) return { usage: "a forced approval needs a reason: `/approve force <reason>`" };
    if (!forced && state.status !== "verified") return { state, notices: [{ kind: "approve-needs-verification" }] };
    const next = { ...state, decision: { by: act.actor, note: note(reason), at: act.now.toISOString(), forced } };
    return {
      state: withStatus(next, act, "resolved", forced ? "approved without full verification" : undefined),
      notices: [{ kind: "approved", note: note(reason) }],
    };
  },
};

export const deny: Command = {
  name: "deny",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/deny <reason>",
  example: "/deny ownership could not be verified",
  summary: "deny and close",
  run({ state, args, act }) {
    if (!args) return { usage: "give the requester a reason, for example `/deny ownership could not be verified`" };
    const next = { ...state, decision: { by: act.actor, note: note(args), at: act.now.toISOString(), forced: false } };
    return { state: withStatus(next, act, "denied"), notices: [{ kind: "denied", reason: note(args) }] };
  },
};

export const duplicate: Command = {
  name: "duplicate",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/duplicate #<number>",
  example: "/duplicate #123",
  summary: "close as a duplicate of another request",
  run({ state, args, input, act }) {
    const match = /^#?(\d{1,9})$/.exec(args);
    const number = match ? Number(match[1]) : 0;
    if (!number || number === input.issue.number) return { usage: "name the other request, for example `/duplicate #123`" };
    return { state: withStatus({ ...state, duplicateOf: number }, act, "duplicate"), notices: [] };
  },
};
