// Pausing a case and its timers: `/hold` and `/unhold`.
import { resumeFrom, withStatus } from "../transition.js";
import { note, type Command } from "./command.js";

export const hold: Command = {
  name: "hold",
  audiences: ["maintainer"],
  onClosedCase: "refused",
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
  onClosedCase: "refused",
  usage: "/unhold",
  example: "/unhold",
  summary: "resume a paused case",
  run({ state, act }) {
    if (state.status !== "on-hold") return { state, notices: [] };
    return { state: resumeFrom({ ...state, holdReason: null }, act, "on-hold"), notices: [] };
  },
};
