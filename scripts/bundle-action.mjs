// `npm run bundle:action`: the Action's entry point and every module it imports, in one file
// (dist/action/index.mjs, committed: GitHub runs an action from its repository as it is, without
// installing anything). `--check` builds into memory and fails when the committed bundle differs,
// so a change to src/ that was not bundled cannot be released (test/actions/bundle.test.ts runs it).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { build } from "esbuild";

const OUT = "dist/action/index.mjs";
const result = await build({
  entryPoints: ["src/cli/action-entry.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Some dependencies are CommonJS and call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);" },
  legalComments: "eof",
  logLevel: "warning",
  // Paths in the bundle's comments as the package tree names them, wherever node_modules really lives (a symlink).
  preserveSymlinks: true,
  write: false,
});
const bundle = result.outputFiles[0].text;
const check = process.argv.indexOf("--check");
if (check !== -1) {
  // `--check [file]`: the committed bundle, or another file (the test checks that a stale one is caught).
  const against = process.argv[check + 1] ?? OUT;
  let committed = "";
  try {
    committed = readFileSync(against, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (committed !== bundle) {
    console.error(`${against} is stale: run \`npm run bundle:action\` and commit it`);
    process.exit(1);
  }
  console.log(`${against} is up to date`);
} else {
  mkdirSync("dist/action", { recursive: true });
  writeFileSync(OUT, bundle);
  console.log(`${OUT}: ${(bundle.length / 1024 / 1024).toFixed(1)} MB`);
}
