// A Jest reporter that, when RECORD_TEST_DURATIONS names a file, writes each test file's wall time
// there (seconds by path from the project's root, longest first). `npm run measure:suite` sets it
// for its clean run and keeps the table as test/durations.json, the order test/sequence.mjs starts
// files in when Jest has no record of its own (a clean clone, as in CI). Otherwise it does nothing.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";

export default class DurationsReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const out = process.env.RECORD_TEST_DURATIONS;
    if (!out) return;
    const rows = results.testResults.map((r) => [
      relative(this.root, r.testFilePath).split("\\").join("/"),
      Math.round((r.perfStats.end - r.perfStats.start) / 100) / 10,
    ]);
    rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    writeFileSync(out, `${JSON.stringify(Object.fromEntries(rows), null, 2)}\n`);
  }
}
