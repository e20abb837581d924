// Jest's TypeScript transform: esbuild strips the types, file by file (the tsconfig sets
// isolatedModules, so no file needs another to compile). Types are checked once, by `npm run
// typecheck` beside Jest in `npm test`, not again in every Jest worker: ts-jest loaded the TypeScript
// compiler in each worker and transpiled every file with it. From a cold cache the suite took
// 489 s of CPU with ts-jest and 411 s with this (docs/contributors.md).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transformSync, version } from "esbuild";

const thisFile = readFileSync(new URL(import.meta.url), "utf8");

export default {
  getCacheKey(sourceText, sourcePath) {
    return createHash("sha256").update(version).update(thisFile).update(sourcePath).update(sourceText).digest("hex");
  },
  process(sourceText, sourcePath) {
    const { code, map } = transformSync(sourceText, {
      loader: "ts",
      format: "esm",
      // The oldest Node the package supports (package.json engines): import attributes are kept.
      target: "node20.18",
      sourcefile: sourcePath,
      sourcemap: "external",
    });
    return { code, map };
  },
};
