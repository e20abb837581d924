// Every command the desk understands: who may run it, how to write it, and an example.
// `/help` and the refusal messages are generated from this table.

export type Audience = "maintainer" | "requester";

export interface CommandSpec {
  name: string;
  audience: Audience;
  usage: string;
  example: string;
  summary: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "assign",
    audience: "maintainer",
    usage: "/assign [@user]",
    example: "/assign @alice",
    summary: "make someone (you, by default) the reviewer",
  },
  {
    name: "unassign",
    audience: "maintainer",
    usage: "/unassign [@user]",
    example: "/unassign",
    summary: "remove a reviewer (you, by default)",
  },
  {
    name: "needs-info",
    audience: "maintainer",
    usage: "/needs-info <question>",
    example: "/needs-info Which projects do you maintain?",
    summary: "ask the requester something; their next comment or edit answers it",
  },
  {
    name: "verify",
    audience: "maintainer",
    usage: "/verify email | /verify repo <owner>/<repo>",
    example: "/verify email",
    summary: "start a verification factor",
  },
  {
    name: "verified",
    audience: "maintainer",
    usage: "/verified <note>",
    example: "/verified confirmed by a signed email from the maintainer address",
    summary: "attest verification done by other means",
  },
  {
    name: "approve",
    audience: "maintainer",
    usage: "/approve [note] | /approve force <reason>",
    example: "/approve 2FA reset, password reset sent",
    summary: "resolve and close a verified case",
  },
  {
    name: "deny",
    audience: "maintainer",
    usage: "/deny <reason>",
    example: "/deny ownership could not be verified",
    summary: "deny and close",
  },
  {
    name: "duplicate",
    audience: "maintainer",
    usage: "/duplicate #<number>",
    example: "/duplicate #123",
    summary: "close as a duplicate of another request",
  },
  {
    name: "hold",
    audience: "maintainer",
    usage: "/hold [reason]",
    example: "/hold waiting for the registry's security team",
    summary: "pause the case and its timers",
  },
  { name: "unhold", audience: "maintainer", usage: "/unhold", example: "/unhold", summary: "resume a paused case" },
  { name: "status", audience: "maintainer", usage: "/status", example: "/status", summary: "refresh the status card" },
  { name: "help", audience: "maintainer", usage: "/help", example: "/help", summary: "list the commands you may use" },
  {
    name: "code",
    audience: "requester",
    usage: "/code <8 digits>",
    example: "/code 12345678",
    summary: "enter the code from the verification email",
  },
  { name: "done", audience: "requester", usage: "/done", example: "/done", summary: "say you pushed the challenge branch" },
  { name: "withdraw", audience: "requester", usage: "/withdraw", example: "/withdraw", summary: "close your request" },
  { name: "help", audience: "requester", usage: "/help", example: "/help", summary: "list the commands you may use" },
];

export const COMMAND_NAMES: ReadonlySet<string> = new Set(COMMANDS.map((c) => c.name));

/** Who may run a command: both audiences may run `/help`. */
export function audiencesOf(name: string): Audience[] {
  return [...new Set(COMMANDS.filter((c) => c.name === name).map((c) => c.audience))];
}

/** The real command one edit away from `word` (a typo), if exactly one is. */
export function nearMiss(word: string): string | null {
  if (word.length < 3 || COMMAND_NAMES.has(word)) return null;
  const close = [...COMMAND_NAMES].filter((name) => withinOneEdit(word, name));
  return close.length === 1 ? close[0]! : null;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
