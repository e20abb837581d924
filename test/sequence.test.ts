// The order a clean clone starts the test files in (test/sequence.mjs): longest first by the last
// measurement's times, new end-to-end and browser files before them, new others after them.
import { describe, expect, it } from "@jest/globals";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Ordered = { path: string }[];
type Reporter = { onRunComplete(contexts: unknown, results: unknown): void };
const { default: DurationsReporter } = (await import("./durations-reporter.mjs" as string)) as {
  default: new (globalConfig: { rootDir: string }) => Reporter;
};
const { byMeasuredTime } = (await import("./sequence.mjs" as string)) as {
  byMeasuredTime: (sorted: Ordered, measured: Record<string, number>, root: string) => Ordered;
};

const file = (path: string) => ({ path: `/repo/${path}` });

describe("the order of a run without Jest's record", () => {
  it("starts the files longest first by the last measurement; unknown end-to-end files first, unknown others last", () => {
    const bySize = ["test/e2e/big.test.ts", "test/e2e/crash.test.ts", "test/unit.test.ts", "test/e2e/new.test.ts", "test/new-unit.test.ts"];
    const measured = { "test/e2e/big.test.ts": 12, "test/e2e/crash.test.ts": 50, "test/unit.test.ts": 0.4 };
    const order = byMeasuredTime(bySize.map(file), measured, "/repo").map((t) => t.path.slice("/repo/".length));
    expect(order).toEqual([
      "test/e2e/new.test.ts",
      "test/e2e/crash.test.ts",
      "test/e2e/big.test.ts",
      "test/unit.test.ts",
      "test/new-unit.test.ts",
    ]);
  });

  it("the last measurement (npm run measure:suite writes it) names only test files that exist, with their seconds", () => {
    const measured = JSON.parse(readFileSync("test/durations.json", "utf8")) as Record<string, number>;
    expect(Object.keys(measured).filter((path) => !existsSync(path))).toEqual([]);
    expect(Object.values(measured).every((seconds) => typeof seconds === "number" && seconds >= 0)).toBe(true);
  });

  it("is written by the reporter only when RECORD_TEST_DURATIONS names a file: seconds by path, longest first", () => {
    const dir = mkdtempSync(join(tmpdir(), "durations-"));
    const out = join(dir, "durations.json");
    const results = {
      testResults: [
        { testFilePath: "/repo/test/unit.test.ts", perfStats: { start: 1_000, end: 1_420 } },
        { testFilePath: "/repo/test/e2e/crash.test.ts", perfStats: { start: 1_000, end: 49_700 } },
      ],
    };
    try {
      delete process.env.RECORD_TEST_DURATIONS;
      new DurationsReporter({ rootDir: "/repo" }).onRunComplete([], results);
      expect(existsSync(out)).toBe(false);
      process.env.RECORD_TEST_DURATIONS = out;
      new DurationsReporter({ rootDir: "/repo" }).onRunComplete([], results);
      expect(readFileSync(out, "utf8")).toBe('{\n  "test/e2e/crash.test.ts": 48.7,\n  "test/unit.test.ts": 0.4\n}\n');
    } finally {
      delete process.env.RECORD_TEST_DURATIONS;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
