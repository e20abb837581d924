// What the requester may do on their own request: answer the email check (`/code`), say the
// challenge branch is pushed (`/done`), or withdraw.
import { challengeDone, enterCode } from "../factors.js";
import { withStatus } from "../transition.js";
import type { Command } from "./command.js";

export const code: Command = {
  name: "code",
  audiences: ["requester"],
  onClosedCase: "refused",
  usage: "/code <8 digits>",
  example: "/code 12345678",
  summary: "enter the code from the verification email",
  answers: "email",
  run: ({ state, args, input, act }) => enterCode(state, args, input, act, input.verifier),
};

export const done: Command = {
  name: "done",
  audiences: ["requester"],
  onClosedCase: "refused",
  usage: "/done",
  example: "/done",
  summary: "say you pushed the challenge branch",
  // The shell looks the branch up before deciding (input.branch).
  needs: ["challenge-branch"],
  answers: "repo",
  run: ({ state, input, act }) => challengeDone(state, input, act, input.branch),
};

export const withdraw: Command = {
  name: "withdraw",
  audiences: ["requester"],
  onClosedCase: "refused",
  usage: "/withdraw",
  example: "/withdraw",
  summary: "close your request",
  run: ({ state, act }) => ({ state: withStatus(state, act, "withdrawn"), notices: [] }),
};
