// Every command the desk understands, in the order `/help` lists them. Each module holds its
// commands' specs beside their handlers; this list is the only registration.
import { assign, unassign } from "./assignment.js";
import { evidence, verified, verify } from "./checks.js";
import type { Command } from "./command.js";
import { approve, deny, duplicate } from "./decisions.js";
import { help, status } from "./information.js";
import { hold, unhold } from "./holding.js";
import { needsInfo } from "./questions.js";
import { code, done, withdraw } from "./requester.js";
import { reopen } from "./reopening.js";
import { english, language } from "./language.js";
import type { Audience } from "./spec.js";
import { scanCommands, type CommandScan } from "../../command-text/parse.js";

export const COMMANDS: readonly Command[] = [
  assign,
  unassign,
  needsInfo,
  verify,
  verified,
  evidence,
  approve,
  deny,
  duplicate,
  hold,
  unhold,
  status,
  help,
  code,
  done,
  withdraw,
  reopen,
  english,
  language,
];

const BY_NAME: ReadonlyMap<string, Command> = new Map(COMMANDS.map((c) => [c.name, c]));

export const COMMAND_NAMES: ReadonlySet<string> = new Set(BY_NAME.keys());

export function commandNamed(name: string): Command | null {
  return BY_NAME.get(name) ?? null;
}

/** Who may run a command (none for a name the desk does not know). */
export function audiencesOf(name: string): readonly Audience[] {
  return BY_NAME.get(name)?.audiences ?? [];
}

/** The desk's commands in a comment (see command-text/parse.ts for what counts as one). */
export function readCommands(body: string | null | undefined): CommandScan {
  return scanCommands(body, COMMAND_NAMES);
}
