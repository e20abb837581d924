// A maintainer moved a case on the project board. The move means a command — the same command,
// with the same checks, as if it had been typed on the issue — or it cannot be one, and the
// desk says why (the board then goes back to the case's status).
import type { Status } from "./statuses.js";

export type BoardMove = { command: string } | { refused: string } | { nothing: true };

const WHY: Partial<Record<Status, string>> = {
  triage: "the desk puts a request in the queue itself once it is complete",
  "needs-info": "a question is needed: ask it with `/needs-info <question>` on the issue",
  verifying: "verification starts with `/verify email` or `/verify repo <owner>/<repo>` on the issue",
  duplicate: "say which request it repeats with `/duplicate #N` on the issue",
  withdrawn: "only the requester can withdraw a request",
  stale: "the desk closes cases for lack of an answer itself",
  closed: "decide the case with `/approve` or `/deny` on the issue",
};

export function boardMove(from: Status, to: Status): BoardMove {
  if (from === to) return { nothing: true };
  switch (to) {
    case "on-hold":
      return { command: "/hold moved to on hold on the project board" };
    case "verified":
      return { command: "/verified marked verified on the project board" };
    case "resolved":
      return { command: "/approve decided on the project board" };
    case "denied":
      return { command: "/deny decided on the project board" };
    case "triage":
      if (from === "on-hold") return { command: "/unhold" };
  }
  return { refused: WHY[to] ?? "the desk cannot move a case there" };
}
