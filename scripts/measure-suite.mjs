// `npm run measure:suite`: the figures the README and docs/contributors.md state about the test
// suite, measured as CI measures them — a clean clone of HEAD, `.ci/run` (npm ci, npm test) timed
// whole — and written to docs/measured.json. test/docs.test.ts fails when a figure in the docs
// differs from that file, so the docs say what the last measurement found, never an older one.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const clone = mkdtempSync(join(tmpdir(), "measure-suite-"));
try {
  execFileSync("git", ["clone", "-q", process.cwd(), clone]);
  const started = Date.now();
  const run = spawnSync("bash", [".ci/run"], {
    cwd: clone,
    env: { ...process.env, CI: "true" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const suiteSeconds = Math.round((Date.now() - started) / 1000);
  const output = `${run.stdout}\n${run.stderr}`;
  const tests = /^Tests:\s+(?:.*?)(\d+) passed, (\d+) total/m.exec(output);
  const time = /^Time:\s+([\d.]+) s/m.exec(output);
  if (run.status !== 0 || !tests || !time || tests[1] !== tests[2]) {
    process.stderr.write(output.slice(-4000));
    throw new Error(`.ci/run did not pass (exit ${run.status}); nothing recorded`);
  }
  const measured = {
    date: new Date().toISOString().slice(0, 10),
    cores: availableParallelism(),
    tests: Number(tests[2]),
    suiteSeconds,
    jestSeconds: Math.round(Number(time[1])),
  };
  writeFileSync("docs/measured.json", `${JSON.stringify(measured, null, 2)}\n`);
  console.log(measured);
} finally {
  rmSync(clone, { recursive: true, force: true });
}
