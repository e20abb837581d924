// Asking the requester something: `/needs-info`. Their next plain comment or edit answers it.
import { withStatus } from "../transition.js";
import type { Command } from "./command.js";

const QUESTION_LIMIT = 600;

export const needsInfo: Command = {
  name: "needs-info",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/needs-info <question>",
  example: "/needs-info Which projects do you maintain?",
  summary: "ask the requester something; their next comment or edit answers it",
  run({ state, args, act }) {
    if (!args) return { usage: "write the question for the requester, for example `/needs-info Which projects do you maintain?`" };
    const text = args.slice(0, QUESTION_LIMIT);
    // Asking again keeps where the case goes back to once answered.
    const resumeStatus = state.status === "needs-info" ? state.resumeStatus : state.status;
    const next = withStatus({ ...state, infoRequest: { text, by: act.actor, at: act.now.toISOString() }, resumeStatus }, act, "needs-info");
    return { state: next, notices: [{ kind: "info-request", text }] };
  },
};
