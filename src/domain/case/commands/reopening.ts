// `/reopen`: the requester opens their request again after the desk closed it (see ../reopening.ts);
// a maintainer opens any closed request again (on a locked thread too: the desk lifts its lock first).
import { canReopen, reopenForRequester, reopenOnPurpose } from "../reopening.js";
import { OPEN_STATUSES } from "../statuses.js";
import type { Command } from "./command.js";

export const reopen: Command = {
  name: "reopen",
  audiences: ["requester", "maintainer"],
  onClosedCase: "runs",
  usage: "/reopen",
  example: "/reopen",
  summary: "open the request again: the requester after it was closed for no answer or withdrawn; a maintainer, any closed request",
  run({ state, input, act, as }) {
    if (OPEN_STATUSES.includes(state.status)) return { state, notices: [] };
    if (as === "maintainer") return { state: reopenOnPurpose(state, { ...input, ...act }), notices: [], reopen: true };
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
