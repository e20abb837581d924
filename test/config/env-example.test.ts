// `.env.example` lists every variable the code reads, so an admin finds each one in one place.
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ACTION_INPUTS } from "../../src/actions/workflow.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe(".env.example", () => {
  it("names every environment variable src/ reads (and Probot's LOG_LEVEL and LOG_FORMAT)", () => {
    const read = new Set(["LOG_LEVEL", "LOG_FORMAT"]);
    // The Actions entry point's variables come from the runner (GITHUB_*) and action.yml, never from .env (next test).
    for (const file of sources("src").filter((f) => !f.startsWith(join("src", "actions")))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]!);
    }
    const listed = new Set([...readFileSync(".env.example", "utf8").matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    expect([...read].filter((v) => !listed.has(v)).sort()).toEqual([]);
    expect(read.size).toBeGreaterThan(10);
  });

  it("the Actions entry point reads only the runner's variables and what action.yml's inputs set", () => {
    const inputs = Object.keys((parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> }).inputs);
    // Every input the entry maps is one action.yml declares, and each declared input is mapped.
    expect(ACTION_INPUTS.map(([input]) => input)).toEqual(inputs);
    const set = new Set<string>(ACTION_INPUTS.map(([, variable]) => variable));
    const read = sources(join("src", "actions")).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!),
    );
    expect(read.length).toBeGreaterThan(5);
    // LOG_LEVEL: an admin may set it on the step (warn by default in a workflow).
    expect(read.filter((v) => !v.startsWith("GITHUB_") && v !== "LOG_LEVEL" && !set.has(v))).toEqual([]);
  });
});
