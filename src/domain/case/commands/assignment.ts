// Who reviews a case: `/assign` and `/unassign`.
import { hasLogin } from "../../text/login.js";
import { WRITTEN_LOGIN } from "../../text/github-names.js";
import { withStatus } from "../transition.js";
import { sameLogin } from "../../text/login.js";
import type { Command } from "./command.js";

/** The login a command names, or the sender's own when it names none; null when it is not one login. */
function login(args: string, fallback: string): string | null {
  if (!args) return fallback;
  const match = WRITTEN_LOGIN.exec(args.trim());
  return match ? match[1]! : null;
}

export const assign: Command = {
  name: "assign",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/assign [@user]",
  example: "/assign @alice",
  summary: "make someone (you, by default) the reviewer",
  run({ state, args, input, act }) {
    const who = login(args, act.actor);
    if (!who) return { usage: "name one GitHub user, for example `/assign @alice`" };
    if (sameLogin(who, state.author)) return { usage: "the requester cannot review their own request" };
    if (hasLogin(input.unassignable, who)) {
      return {
        usage: `GitHub does not allow assigning ${who} on this repository (check the spelling; reviewers need access to the repository)`,
      };
    }
    return {
      state: sameLogin(state.reviewer, who) ? state : withStatus({ ...state, reviewer: who }, act, state.status, `reviewer: ${who}`),
      notices: [],
    };
  },
};

export const unassign: Command = {
  name: "unassign",
  audiences: ["maintainer"],
  onClosedCase: "refused",
  usage: "/unassign [@user]",
  example: "/unassign",
  summary: "remove a reviewer (you, by default)",
  run({ state, args, act }) {
    const who = login(args, act.actor);
    if (!who) return { usage: "name one GitHub user, for example `/unassign @alice`" };
    return { state: sameLogin(state.reviewer, who) ? { ...state, reviewer: null } : state, notices: [], unassign: [who] };
  },
};
