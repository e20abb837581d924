// The shape of a command: its spec (for `/help`, refusals and the comment gate) beside its pure
// handler, so adding a command touches one module.
import type { DecideInput, Roles } from "../model.js";
import type { Notice } from "../notices/rules.js";
import type { CaseState } from "../state.js";
import type { Act } from "../transition.js";
import type { Audience, CommandSpec } from "./spec.js";

export interface CommandContext {
  state: CaseState;
  /** Everything after the command's name on its line, trimmed and bounded by the parser. */
  args: string;
  input: DecideInput;
  act: Act;
  /** The audience the sender runs it as (a maintainer who is also the requester runs maintainer commands). */
  as: Audience;
  roles: Roles;
}

/** What a command (or a factor it drives) does to a case: a new state and notices, or a usage problem (nothing changes). */
export type StateChange = { state: CaseState; notices: Notice[]; deleteComment?: boolean } | { usage: string };

/** A handler's answer: the change, and what it asks of the issue. */
export type CommandResult = StateChange & { unassign?: string[]; reopen?: boolean };

export interface Command extends CommandSpec {
  run(ctx: CommandContext): CommandResult;
}

/** Free-text notes people attach to decisions are kept short on the card. */
const NOTE_LIMIT = 300;
export const note = (text: string): string => text.slice(0, NOTE_LIMIT);
