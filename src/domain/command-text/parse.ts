// Finding commands in a comment. A command is a line that starts with `/name` (up to three
// leading spaces), outside fenced code, indented code, block quotes and HTML comments —
// so quoting someone's command, or pasting a path, runs nothing.
import { FenceTracker, normaliseNewlines } from "../intake/markdown.js";
import { nearMiss } from "./near-miss.js";

export interface ParsedCommand {
  name: string;
  /** Everything after the name on that line, trimmed and bounded. */
  args: string;
}

export interface CommandScan {
  commands: ParsedCommand[];
  /** Unknown `/words` one edit away from a real command: worth a hint. */
  nearMisses: { written: string; meant: string }[];
  /** Commands beyond the per-comment limit, not run. */
  dropped: number;
}

export const MAX_COMMANDS_PER_COMMENT = 10;
const MAX_ARGS = 500;

/** The commands of a comment; `known`: the command names the desk has (others are at most near misses). */
export function scanCommands(body: string | null | undefined, known: ReadonlySet<string>): CommandScan {
  const scan: CommandScan = { commands: [], nearMisses: [], dropped: 0 };
  const fences = new FenceTracker();
  let inComment = false;
  for (const line of normaliseNewlines(body ?? "").split("\n")) {
    if (fences.inFence(line)) continue;
    // HTML comments may span lines; text after a closing `-->` is live again.
    let live = line;
    if (inComment) {
      const close = live.indexOf("-->");
      if (close < 0) continue;
      inComment = false;
      live = live.slice(close + 3);
    }
    const open = live.indexOf("<!--");
    if (open >= 0) {
      const close = live.indexOf("-->", open + 4);
      if (close < 0) inComment = true;
      live = live.slice(0, open);
    }
    const command = commandOn(live);
    if (!command) continue;
    if (known.has(command.name)) {
      if (scan.commands.length < MAX_COMMANDS_PER_COMMENT) scan.commands.push(command);
      else scan.dropped++;
      continue;
    }
    const meant = nearMiss(command.name, known);
    if (meant && scan.nearMisses.length < 3) scan.nearMisses.push({ written: command.name, meant });
  }
  return scan;
}

function commandOn(line: string): ParsedCommand | null {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  if (line[i] !== "/") return null; // also excludes `>` quotes, tabs and 4-space indented code
  let end = i + 1;
  while (end < line.length && /[A-Za-z-]/.test(line[end]!)) end++;
  const name = line.slice(i + 1, end).toLowerCase();
  if (!name || (end < line.length && line[end] !== " " && line[end] !== "\t")) return null;
  return {
    name,
    args: line
      .slice(end, end + MAX_ARGS + 1)
      .trim()
      .slice(0, MAX_ARGS),
  };
}
