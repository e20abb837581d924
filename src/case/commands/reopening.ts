// `/reopen`: the requester opens their request again after the desk closed it (see ../reopening.ts).
import { canReopen, reopenForRequester } from "../reopening.js";
import { OPEN_STATUSES } from "../statuses.js";
import type { Command } from "./command.js";

export const reopen: Command = {
  name: "reopen",
  audiences: ["requester"],
  usage: "/reopen",
  example: "/reopen",
  summary: "open your request again after it was closed for no answer, or after you withdrew it",
  run({ state, input, act }) {
    if (OPEN_STATUSES.includes(state.status)) return { state, notices: [] };
    if (state.status === "denied") return { state, notices: [{ kind: "reply-after-decision" }] };
    switch (canReopen(state, input.config, act.now)) {
      case "reopen":
        return { state: reopenForRequester(state, act), notices: [{ kind: "reopened" }], reopen: true };
      case "too-late":
        return { state, notices: [{ kind: "reopen-too-late", days: input.config.stale.reopen_within_days }] };
      default:
        return { state, notices: [{ kind: "not-reopenable" }] };
    }
  },
};
