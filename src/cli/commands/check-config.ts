// `recovery-triage check-config [file]`: every problem of the desk's settings with its fix (exit 1 when any).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Values } from "../arguments.js";
import { CONFIG_PATH, configReport, formPathOf } from "../../config/report.js";

export async function checkConfig(_values: Values, positionals: string[]): Promise<number> {
  const file = positionals[0] ?? CONFIG_PATH;
  const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : null);
  const config = read(file);
  if (config === null && positionals[0]) throw new Error(`${file} does not exist`);
  // The form path in the file is relative to the repository: the file's repository, when it sits in .github/.
  const root = file.endsWith(CONFIG_PATH) ? file.slice(0, file.length - CONFIG_PATH.length) || "." : ".";
  const report = configReport({ config, form: read(join(root, formPathOf(config))) });
  const count = report.problems.length;
  const lines = [`${file}: ${count === 0 ? "no problems" : `${count} problem${count === 1 ? "" : "s"}`}`];
  for (const p of report.problems) lines.push(`  ✗ ${p}`);
  for (const n of report.notes) lines.push(`  · ${n}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return report.problems.length > 0 ? 1 : 0;
}
