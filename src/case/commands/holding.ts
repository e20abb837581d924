// Pausing a case and its timers: `/hold` and `/unhold`.
import { withStatus } from "../transition.js";
import { note, type Command } from "./command.js";

export const hold: Command = {
  name: "hold",
  audiences: ["maintainer"],
  usage: "/hold [reason]",
  example: "/hold waiting for the registry's security team",
  summary: "pause the case and its timers",
  run({ state, args, act }) {
    if (state.status === "on-hold") return { state, notices: [] };
    const held = { ...state, resumeStatus: state.status, holdReason: args ? note(args) : null };
    return { state: withStatus(held, act, "on-hold"), notices: [] };
  },
};

export const unhold: Command = {
  name: "unhold",
  audiences: ["maintainer"],
  usage: "/unhold",
  example: "/unhold",
  summary: "resume a paused case",
  run({ state, act }) {
    if (state.status !== "on-hold") return { state, notices: [] };
    const back = state.resumeStatus && state.resumeStatus !== "on-hold" ? state.resumeStatus : "triage";
    // The clock starts afresh: the requester was not the one keeping the case waiting.
    const resumed = withStatus({ ...state, resumeStatus: null, holdReason: null }, act, back);
    return { state: { ...resumed, waitingSince: act.now.toISOString(), remindedAt: null }, notices: [] };
  },
};
