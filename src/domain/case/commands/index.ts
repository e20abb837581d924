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
import type { Audience, CommandFact } from "./spec.js";
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

/**
 * A set of commands: what the parser reads, who may run each and how (their specs), what `/help`
 * lists. The desk's is DESK_COMMANDS; a test may build one with a command of its own, which is then
 * parsed, permitted, decided and listed like any other.
 */
export interface CommandSet {
  readonly list: readonly Command[];
  named(name: string): Command | null;
  read(body: string | null | undefined): CommandScan;
}

export function commandSet(list: readonly Command[]): CommandSet {
  const byName: ReadonlyMap<string, Command> = new Map(list.map((c) => [c.name, c]));
  const names: ReadonlySet<string> = new Set(byName.keys());
  return { list, named: (name) => byName.get(name) ?? null, read: (body) => scanCommands(body, names) };
}

export const DESK_COMMANDS = commandSet(COMMANDS);

export function commandNamed(name: string): Command | null {
  return DESK_COMMANDS.named(name);
}

/** The specs of the desk's commands in a scan (names it does not know are left out). */
export function specsIn(scan: CommandScan, set: CommandSet = DESK_COMMANDS): { spec: Command; args: string }[] {
  return scan.commands.flatMap(({ name, args }) => {
    const spec = set.named(name);
    return spec ? [{ spec, args }] : [];
  });
}

/** Whether a command in the scan needs the shell to look `fact` up first. */
export function scanNeeds(scan: CommandScan, fact: CommandFact): boolean {
  return specsIn(scan).some(({ spec }) => spec.needs?.includes(fact));
}

/** Who may run a command (none for a name the desk does not know). */
export function audiencesOf(name: string): readonly Audience[] {
  return DESK_COMMANDS.named(name)?.audiences ?? [];
}

/** The desk's commands in a comment (see domain/command-text/parse.ts for what counts as one). */
export function readCommands(body: string | null | undefined): CommandScan {
  return DESK_COMMANDS.read(body);
}
