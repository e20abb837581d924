// `npm run measure:suite`: the figures the README and docs/contributors.md state about the test
// suite, measured as CI measures them — a clean clone of HEAD, `.ci/run` (npm ci, npm test) timed
// whole, and `npm test` within it timed from the moment npm announces it — and written to
// docs/measured.json (and each test file's time to test/durations.json). test/docs.test.ts fails
// when a figure in the docs differs from that file, so the docs say what the last measurement
// found, never an older one.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";

const { name } = JSON.parse(readFileSync("package.json", "utf8"));
/** Where a failed run's output is kept (reports/ is not committed). */
const FAILED_LOG = "reports/measure-suite-failed.log";
const clone = mkdtempSync(join(tmpdir(), "measure-suite-"));
// Each test file's time in this run (test/durations-reporter.mjs), kept as test/durations.json: the order a
// clean clone starts the files in (test/sequence.mjs).
const durations = join(mkdtempSync(join(tmpdir(), "measure-durations-")), "durations.json");
try {
  execFileSync("git", ["clone", "-q", process.cwd(), clone]);
  const started = Date.now();
  // npm prints `> name@version test` as it starts the script: from there on it is `npm test`.
  const testAnnounced = new RegExp(`^> ${name}@\\S+ test$`, "m");
  let testStarted = null;
  let output = "";
  const run = spawn("bash", [".ci/run"], { cwd: clone, env: { ...process.env, CI: "true", RECORD_TEST_DURATIONS: durations } });
  const read = (chunk) => {
    output += chunk;
    if (testStarted === null && testAnnounced.test(output)) testStarted = Date.now();
  };
  run.stdout.setEncoding("utf8").on("data", read);
  run.stderr.setEncoding("utf8").on("data", read);
  const status = await new Promise((resolve) => run.on("close", resolve));
  const ended = Date.now();
  const tests = /^Tests:\s+(?:.*?)(\d+) passed, (\d+) total/m.exec(output);
  const time = /^Time:\s+([\d.]+) s/m.exec(output);
  if (status !== 0 || !tests || !time || tests[1] !== tests[2] || testStarted === null) {
    // The whole output is kept: a test that fails once in several clean runs must be found from it.
    mkdirSync("reports", { recursive: true });
    writeFileSync(FAILED_LOG, output);
    process.stderr.write(output.slice(-4000));
    throw new Error(`.ci/run did not pass (exit ${status}); nothing recorded; its whole output is in ${FAILED_LOG}`);
  }
  const measured = {
    date: new Date().toISOString().slice(0, 10),
    cores: availableParallelism(),
    tests: Number(tests[2]),
    suiteSeconds: Math.round((ended - started) / 1000),
    npmTestSeconds: Math.round((ended - testStarted) / 1000),
    jestSeconds: Math.round(Number(time[1])),
  };
  writeFileSync("docs/measured.json", `${JSON.stringify(measured, null, 2)}\n`);
  copyFileSync(durations, "test/durations.json");
  console.log(measured);
} finally {
  rmSync(clone, { recursive: true, force: true });
  rmSync(dirname(durations), { recursive: true, force: true });
}
