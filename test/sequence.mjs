// The order Jest starts test files in. Jest starts the files that took longest last time first and,
// with no record of times (a clean clone, where CI runs), the largest files first. The end-to-end
// and browser files wait far longer than their size says (GitHub's pacing, servers and child
// processes, a restarted server): started last, the run ended with one core idle behind them. So
// with no record, those start first, largest first; with a record, Jest's own order stands.
import Sequencer from "@jest/test-sequencer";

const waitsLong = (path) => /[/\\]test[/\\](e2e|browser)[/\\]/.test(path);

export default class LongWaitsFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    return [...sorted.filter((test) => waitsLong(test.path)), ...sorted.filter((test) => !waitsLong(test.path))];
  }
}
