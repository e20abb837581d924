// The shape of the house, checked: no import cycle in src/ (types included), no two folders that
// import each other, the pure folders import nothing that does I/O (GitHub, Redis, mail, the
// network, the file system; the clock is passed in), and only the adapter and the shell talk to GitHub.
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import madge from "madge";

/** Folders whose modules must stay pure: no GitHub, Redis, mail, network or file system (the clock is passed in). */
const PURE = ["case/", "commands/", "evidence/", "intake/", "report/", "safety/", "text/", "verification/"];
const IMPURE_MODULES = /^(app|desk|github|reliability|mail|registry|standin|cli|registration)\/|^config\/environment\.ts$|^index\.ts$/;
const IMPURE_PACKAGES = ["probot", "@octokit/rest", "nodemailer", "ioredis", "pino"];

/** Modules that may reach GitHub through Octokit or Probot at run time (not only name their types). */
const TALKS_TO_GITHUB = /^(app|github|desk|registration|standin|cli)\/|^config\/environment\.ts$|^reliability\/retry\.ts$|^index\.ts$/;

const madgeOptions = (skipTypeImports: boolean) => ({
  fileExtensions: ["ts"],
  tsConfig: "tsconfig.json",
  includeNpm: true,
  detectiveOptions: { ts: { skipTypeImports } },
});
/** Run-time imports only (what executes), and every import (what a reader follows). */
const graph = await madge("src", madgeOptions(true));
const withTypes = await madge("src", madgeOptions(false));

const folderOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : file);
const isPackage = (dep: string) => dep.includes("node_modules/");

describe("the architecture", () => {
  it("src/ has no import cycle, counting type imports", () => {
    expect(withTypes.circular()).toEqual([]);
  });

  it("no two folders import each other", () => {
    const edges = new Set<string>();
    for (const [file, deps] of Object.entries(withTypes.obj())) {
      for (const dep of deps.filter((d) => !isPackage(d))) {
        if (folderOf(file) !== folderOf(dep)) edges.add(`${folderOf(file)} → ${folderOf(dep)}`);
      }
    }
    const both = [...edges].filter((edge) => {
      const [from, to] = edge.split(" → ");
      return from! < to! && edges.has(`${to} → ${from}`);
    });
    expect(both).toEqual([]);
  });

  it("the adapter (github/) depends on nothing above it: not the case machine, not the desk", () => {
    const upward = Object.entries(withTypes.obj()).flatMap(([file, deps]) =>
      file.startsWith("github/") ? deps.filter((d) => /^(case|desk|commands|intake)\//.test(d)).map((d) => `${file} → ${d}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it("only the adapter and the shell reach GitHub (Probot, Octokit) at run time", () => {
    const callers = Object.entries(graph.obj()).flatMap(([file, deps]) =>
      deps.some((d) => /node_modules\/(probot|@octokit)\//.test(d)) && !TALKS_TO_GITHUB.test(file) ? [file] : [],
    );
    expect(callers).toEqual([]);
  });

  it("the pure folders import nothing impure", () => {
    const offences: string[] = [];
    for (const [file, deps] of Object.entries(graph.obj())) {
      if (!PURE.some((p) => file.startsWith(p))) continue;
      for (const dep of deps) {
        const pkg = dep
          .replace(/^.*node_modules\//, "")
          .split("/")
          .slice(0, dep.includes("node_modules/@") ? 2 : 1)
          .join("/");
        if (IMPURE_MODULES.test(dep) || (dep.includes("node_modules/") && IMPURE_PACKAGES.includes(pkg))) offences.push(`${file} → ${dep}`);
      }
    }
    expect(offences).toEqual([]);
  });
});

describe("one way into a case", () => {
  const importers = (target: string) =>
    Object.entries(withTypes.obj())
      .filter(([, deps]) => deps.includes(target))
      .map(([file]) => file)
      .sort();

  it("only the runner runs the case machine, and only the desk's service and the sweep start the runner", () => {
    expect(importers("case/decide.ts")).toEqual(["desk/runner.ts"]);
    expect(importers("desk/runner.ts")).toEqual(["desk/service.ts", "desk/sweep.ts"]);
    // The executor applies plans for the runner alone: no door writes a case's card or reply itself.
    expect(importers("desk/executor.ts")).toEqual(["desk/runner.ts"]);
    expect(importers("desk/plan.ts")).toEqual(["desk/executor.ts", "desk/runner.ts"]);
  });

  it("every door reaches the runner through the Desk: no door assembles the runner's dependencies itself", () => {
    const source = readFileSync("src/desk/sweep.ts", "utf8");
    expect(source).toContain("desk.caseDeps(");
    for (const door of ["desk/events.ts", "desk/board.ts", "cli/main.ts", "standin/harness.ts", "app/server.ts"]) {
      expect(graph.obj()[door]?.filter((d) => /^desk\/(runner|executor|plan)\.ts$/.test(d))).toEqual([]);
    }
  });

  it("the server starts one way: npm start, the harness and the real-process tests call app/server.ts", () => {
    expect(importers("app/server.ts")).toEqual(["cli/start.ts", "standin/harness.ts"]);
    expect(readFileSync("src/standin/app-process.ts", "utf8")).toMatch(/lib\/cli\/main\.js`;[\s\S]*\[CLI, "start"\]/);
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.start).toBe("node lib/cli/main.js start");
  });
});

describe("the README's picture of the house", () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## How it is built"), readme.indexOf("## Development"));

  it("names every folder of src/ and no folder that is gone", () => {
    const named = [...section.matchAll(/^ {2}([a-z-]+)\/ {2,}/gm)].map((m) => m[1]!).sort();
    const actual = readdirSync("src", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(named).toEqual(actual);
  });

  it("every file the diagram and the layout name exists", () => {
    const files = [...section.matchAll(/\b((?:[a-z-]+\/)+[a-z-]+\.ts)\b/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !existsSync(`src/${f}`))).toEqual([]);
  });

  it("no module outside the stand-in is over 300 lines", () => {
    const long = Object.keys(graph.obj()).filter(
      (file) => !file.startsWith("standin/") && readFileSync(`src/${file}`, "utf8").split("\n").length > 301,
    );
    expect(long).toEqual([]);
  });
});
