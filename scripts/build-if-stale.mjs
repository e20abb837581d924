// `npm start` right after `npm ci`: compiles src/ into lib/ when lib/ is missing or older than
// any source file, so a fresh checkout starts without a separate build step. Types are not checked
// here (`npm run typecheck` and CI do; they never change the JavaScript emitted): the first start
// takes a third of the time.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir, ext) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, ext));
    else if (entry.name.endsWith(ext)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const stale = !existsSync("lib/cli/main.js") || newest("src", ".ts") > newest("lib", ".js");
if (stale) {
  console.error("recovery-triage: building lib/ from src/ first");
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--noCheck"], { stdio: "inherit" });
}
