// Commands that inform rather than act, and still mean something on a closed case: `/status`, `/help`.
import type { Command } from "./command.js";

export const status: Command = {
  name: "status",
  audiences: ["maintainer"],
  onClosedCase: "runs",
  usage: "/status",
  example: "/status",
  summary: "refresh the status card",
  // The card is re-rendered after every event anyway; the command only asks for that.
  run: ({ state }) => ({ state, notices: [] }),
};

export const help: Command = {
  name: "help",
  audiences: ["maintainer", "requester"],
  onClosedCase: "runs",
  usage: "/help",
  example: "/help",
  summary: "list the commands you may use",
  run: ({ state, as, roles }) => ({
    state,
    notices: [{ kind: "help", audiences: roles.maintainer && roles.requester ? ["maintainer", "requester"] : [as] }],
  }),
};
