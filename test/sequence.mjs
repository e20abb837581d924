// The order Jest starts test files in. Jest starts the files that took longest last time first and,
// with no record of times (a clean clone, where CI runs), the largest files first. Size says little
// here: the end-to-end and browser files wait far longer than their size says (GitHub's pacing,
// servers and child processes, a restarted server), and a small one started late (the crash test)
// ended the run alone. So with no record of Jest's own, the files start longest first by the last
// measurement's times (test/durations.json, written by `npm run measure:suite`); a file it does not
// know yet starts first if it is an end-to-end or browser file, last otherwise. With a record,
// Jest's own order stands.
import Sequencer from "@jest/test-sequencer";
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

const DURATIONS = new URL("./durations.json", import.meta.url);
const waitsLong = (path) => /[/\\]test[/\\](e2e|browser)[/\\]/.test(path);

/**
 * `sorted` (Jest's order by size) longest first by `measured` (seconds by path from the project's
 * root); among files it does not know, the end-to-end and browser ones first, the rest last.
 */
export function byMeasuredTime(sorted, measured, root) {
  const rank = (test) => measured[relative(root, test.path).split("\\").join("/")] ?? (waitsLong(test.path) ? 1e9 : -1);
  // Array.prototype.sort is stable: files of equal rank keep Jest's order.
  return [...sorted].sort((a, b) => rank(b) - rank(a));
}

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    const measured = existsSync(DURATIONS) ? JSON.parse(readFileSync(DURATIONS, "utf8")) : {};
    return byMeasuredTime(sorted, measured, new URL("..", import.meta.url).pathname);
  }
}
