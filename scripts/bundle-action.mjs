// `npm run bundle:action`: the Action's entry point and every module it imports, bundled into
// dist/action/ (committed: GitHub runs an action from its repository as it is, without installing
// anything). main is dist/action/index.mjs; what the entry loads only on demand (the language
// detector's 2.7 MB of n-gram tables, imported when a requester's words need it) is a chunk of its
// own in dist/action/chunks/, so a run that never needs it never compiles it. `--check [dir]` builds
// into memory and fails when the committed files differ (a byte, a missing or a leftover file), so a
// change to src/ that was not bundled cannot be released (test/actions/bundle.test.ts runs it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

const OUT = "dist/action";

/**
 * @actions/core imports its OIDC client (for getIDToken, which the desk never calls) and with it
 * @actions/http-client and undici, 0.8 MB every run would compile. The package does not declare
 * itself free of side effects, so esbuild keeps what it imports; importing that client has none
 * (a class and its imports), so it is marked so here, and dropped because nothing uses it.
 */
const oidcUnused = {
  name: "actions-core-oidc-unused",
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === "resolving" || !importer.includes("/@actions/core/")) return undefined;
      const resolved = await build.resolve(path, { importer, resolveDir, kind, pluginData: "resolving" });
      return { ...resolved, sideEffects: false };
    });
  },
};
const result = await build({
  entryPoints: { index: "src/cli/action-entry.ts" },
  bundle: true,
  splitting: true,
  outdir: OUT,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  target: "node20",
  format: "esm",
  // Some dependencies are CommonJS and call require(): give each ES module file one.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);" },
  legalComments: "eof",
  logLevel: "warning",
  // Paths in the bundle's comments as the package tree names them, wherever node_modules really lives (a symlink).
  preserveSymlinks: true,
  write: false,
  plugins: [oidcUnused],
});
/** Each output by its path under dist/action/. */
const built = new Map(result.outputFiles.map((file) => [relative(resolve(OUT), file.path), file.text]));

/** The files under a directory (none when it is missing), by path relative to it. */
const filesUnder = (dir) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((path) => statSync(join(dir, path)).isFile()) : [];

const check = process.argv.indexOf("--check");
if (check !== -1) {
  // `--check [dir]`: the committed bundle, or another copy (the test checks that a stale one is caught).
  const against = process.argv[check + 1] ?? OUT;
  const committed = filesUnder(against);
  const stale =
    committed.length !== built.size ||
    committed.some((path) => !built.has(path) || readFileSync(join(against, path), "utf8") !== built.get(path));
  if (stale) {
    console.error(`${against} is stale: run \`npm run bundle:action\` and commit it`);
    process.exit(1);
  }
  console.log(`${against} is up to date`);
} else {
  rmSync(OUT, { recursive: true, force: true });
  for (const [path, text] of built) {
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), text);
  }
  const size = (path) => `${(built.get(path).length / 1024 / 1024).toFixed(1)} MB`;
  console.log([...built.keys()].map((path) => `${OUT}/${path}: ${size(path)}`).join("\n"));
}
