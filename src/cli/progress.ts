// Progress of long CLI work (`dry-run`, `sweep` over hundreds of requests) on a terminal: one line on
// stderr, rewritten in place. Only when stderr is a TTY: a pipe, a file or a CI log gets nothing, so
// `--json` output and logs stay exactly as they were.
import type { SweepProgress } from "../spine/sweep.js";

/** What a terminal needs of a stream (process.stderr by default). */
interface Terminal {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function terminalProgress(stream: Terminal = process.stderr): SweepProgress | undefined {
  if (!stream.isTTY) return undefined;
  let drawn = false;
  return {
    case(done, total, repository) {
      // A repository's name is GitHub's `owner/name` (letters, digits, `.`, `_`, `-`); anything else is not drawn.
      const name = repository.replace(/[^\w./-]/g, "");
      stream.write(`\r${name}: ${done} of ${total} cases`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
