// The shape of the house, checked: no import cycle in src/ (types included), no two folders that
// import each other, the domain imports nothing that does I/O (GitHub, Redis, mail, the network,
// the file system; the clock is passed in), the layers point one way (doors → features → spine →
// the parts below it → domain; a feature never imports another), only the adapter and the shell
// talk to GitHub, and only the executor writes.
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import madge from "madge";
import ts from "typescript";
import { WORKFLOW_PATH } from "../src/actions/workflow.js";

/**
 * Modules that must stay pure: no GitHub, Redis, mail, network or file system (the clock is passed
 * in). The domain is all of src/domain/: the case machine, what it reads requests, comments and the
 * registry's pages with, the evidence's assessment, the page's building.
 */
const PURE = ["domain/"];
const IMPURE_MODULES = /^(actions|app|spine|features|memory|github|reliability|mail|cli)\/|^config\/environment\.ts$|^index\.ts$/;
const IMPURE_PACKAGES = ["probot", "@octokit/rest", "nodemailer", "ioredis", "pino"];

/** Modules that may reach GitHub through Octokit or Probot at run time (not only name their types). */
const TALKS_TO_GITHUB =
  /^(app|github|spine|memory|features\/registration|cli)\/|^config\/environment\.ts$|^reliability\/(retry|octokit)\.ts$|^index\.ts$/;

/**
 * The layers, top to bottom. The doors start the process and assemble the desk (app/assemble.ts is
 * the composition root); each feature (features/<name>/) adds to the spine through its shapes
 * (spine/features.ts); the spine is the only writer; below it the parts it stands on; the pure domain
 * at the bottom. An import may only point down, and features never at each other.
 */
const DOORS = /^(app|cli|actions)\/|^index\.ts$/;
const BELOW_SPINE = /^(github|config|reliability|memory|language|mail|metrics)\//;

/**
 * The compiler options imports resolve with, parsed once. Given the file's name, madge hands its
 * resolver the options already parsed under `compilerOptions`, which it parses again as JSON for every
 * import and reports each value as unknown, with TypeScript's spelling suggestions: 3.5 of this
 * file's 8 s of CPU. Parsed options under `options` are used as they are.
 */
const compilerOptions = ts.parseJsonConfigFileContent(ts.readConfigFile("tsconfig.json", ts.sys.readFile).config, ts.sys, ".").options;
const madgeOptions = (skipTypeImports: boolean) => ({
  fileExtensions: ["ts"],
  tsConfig: { options: compilerOptions },
  includeNpm: true,
  detectiveOptions: { ts: { skipTypeImports } },
});
/** Run-time imports only (what executes), and every import (what a reader follows). */
const graph = await madge("src", madgeOptions(true));
const withTypes = await madge("src", madgeOptions(false));

/** A module's folder: its top folder, or for the domain and the features their folder within (domain/case, features/board, …). */
const folderOf = (file: string) =>
  /^(domain|features)\//.test(file) ? file.split("/").slice(0, 2).join("/") : file.includes("/") ? file.split("/")[0]! : file;
/** Every import between src/ modules (types included), as [from, to]. */
const edges = () =>
  Object.entries(withTypes.obj()).flatMap(([file, deps]) => deps.filter((d) => !isPackage(d)).map((d) => [file, d] as const));
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

  it("the adapter (github/) depends on nothing above it: not the case machine, not the spine", () => {
    const upward = Object.entries(withTypes.obj()).flatMap(([file, deps]) =>
      file.startsWith("github/") ? deps.filter((d) => /^(domain\/case|domain\/intake|spine)\//.test(d)).map((d) => `${file} → ${d}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it("the layers point down: features use the spine, never each other; the spine uses no feature; no door is imported below", () => {
    const wrong = edges().filter(([from, to]) => {
      if (DOORS.test(from)) return false;
      if (DOORS.test(to)) return true;
      if (from.startsWith("features/")) return to.startsWith("features/") && folderOf(to) !== folderOf(from);
      if (from.startsWith("spine/")) return to.startsWith("features/");
      if (BELOW_SPINE.test(from)) return /^(spine|features)\//.test(to);
      return false;
    });
    expect(wrong.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
    // The rule is not empty: the features do stand on the spine, and the composition root on the features.
    expect(edges().some(([from, to]) => from.startsWith("features/board/") && to.startsWith("spine/"))).toBe(true);
    expect(edges().some(([from, to]) => from === "app/assemble.ts" && to.startsWith("features/evidence/"))).toBe(true);
  });

  it("the command line loads a command's modules only when it runs: `--help` and usage errors load none of the app", () => {
    const staticImports = (file: string) =>
      [...readFileSync(`src/${file}`, "utf8").matchAll(/^import (?!type\b)[^;]*? from "([^"]+)";/gm)].map((m) => m[1]!);
    const local = (file: string) => staticImports(file).filter((spec) => !spec.startsWith("node:"));
    expect(local("cli/main.ts")).toEqual(["./arguments.js", "./errors.js", "../config/dotenv.js"]);
    for (const light of ["cli/arguments.ts", "cli/errors.ts", "config/dotenv.ts"]) expect(local(light)).toEqual([]);
  });

  it("a desk is built in one place, with its features: the composition root", () => {
    const builders = sourceFiles("src").filter((file) => readFileSync(file, "utf8").includes("new Desk("));
    expect(builders).toEqual(["src/app/assemble.ts"]);
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
    expect(importers("domain/case/decide.ts")).toEqual(["spine/decide-and-plan.ts", "spine/runner.ts"]);
    expect(importers("spine/decide-and-plan.ts")).toEqual(["spine/runner.ts"]);
    expect(importers("spine/runner.ts")).toEqual(["spine/service.ts", "spine/sweep.ts"]);
    // The executor applies every plan: the runner's, and the guard's, the board's and the settings check's steps.
    expect(importers("spine/executor.ts")).toEqual([
      "features/board/board-sync.ts",
      "spine/door-writes.ts",
      "spine/features.ts",
      "spine/runner.ts",
      "spine/secret-guard.ts",
    ]);
    expect(importers("domain/case/plan.ts")).toEqual([
      "features/board/board-sync.ts",
      "spine/decide-and-plan.ts",
      "spine/door-writes.ts",
      "spine/executor.ts",
      "spine/runner.ts",
      "spine/secret-guard.ts",
    ]);
  });

  it("one writer: no module but the executor calls a write, and the adapter alone sends one", () => {
    // Every write the desk makes — card, labels, assignees, replies, hides, deletions, locks,
    // reactions, board moves, error cards, check runs — is a plan step applied by spine/executor.ts.
    const WRITE_CALL =
      /\.(updateIssue|createCommentOnce|updateComment|deleteComment|minimizeComment|lockIssue|unlockIssue|addReaction|completeCheckRun|setStatus|addItem)\(/;
    const OCTOKIT_WRITE = /octokit\.(rest\.\w+\.(create|update|delete|add|remove|set|lock|unlock)\w*|graphql\(\s*(SET_|ADD_|MINIMIZE_))/;
    const writers = sourceFiles("src")
      .filter((file) => !file.startsWith("src/github/"))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        return WRITE_CALL.test(text) || OCTOKIT_WRITE.test(text);
      });
    // Registration creates the app itself from its manifest: before there is any repository to write to.
    expect(writers).toEqual(["src/features/registration/server.ts", "src/spine/executor.ts"]);
    expect(readFileSync("src/features/registration/server.ts", "utf8").match(new RegExp(OCTOKIT_WRITE, "g"))).toEqual([
      "octokit.rest.apps.createFromManifest",
    ]);
  });

  it("every door reaches the runner through the Desk: no door assembles the runner's dependencies itself", () => {
    const source = readFileSync("src/spine/sweep.ts", "utf8");
    expect(source).toContain("desk.caseDeps(");
    for (const door of ["app/events.ts", "features/board/board-door.ts", "cli/main.ts", "app/server.ts", "actions/run.ts"]) {
      expect(graph.obj()[door]).toBeDefined();
      expect(graph.obj()[door]!.filter((d) => /^(spine\/(runner|executor)|domain\/case\/plan)\.ts$/.test(d))).toEqual([]);
    }
    expect(readFileSync("standin/harness.ts", "utf8")).not.toMatch(/spine\/(runner|executor)\.js|case\/plan\.js/);
  });

  it("the server starts one way: npm start, the harness and the real-process tests call app/server.ts", () => {
    expect(importers("app/server.ts")).toEqual(["cli/start.ts"]);
    expect(readFileSync("standin/harness.ts", "utf8")).toContain('from "../src/app/server.js"');
    expect(readFileSync("standin/app-process.ts", "utf8")).toMatch(/lib\/cli\/main\.js`;[\s\S]*\[CLI, "start"\]/);
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.start).toBe("node lib/cli/main.js start");
  });
});

describe("the stand-in lives outside src/", () => {
  it("nothing in src/ imports it, so it is never built into lib/ nor reachable from the production CLI", () => {
    const reaching = Object.entries(withTypes.obj()).flatMap(([file, deps]) =>
      deps.filter((d) => d.includes("standin/")).map((d) => `${file} → ${d}`),
    );
    expect(reaching).toEqual([]);
    expect(existsSync("src/standin")).toBe(false);
    expect(JSON.parse(readFileSync("tsconfig.build.json", "utf8")).include).toEqual(["src"]);
  });
});

describe("the docs' picture of the house", () => {
  const map = readFileSync("docs/contributors.md", "utf8");
  const rooms = map.slice(map.indexOf("## Rooms"), map.indexOf("## Development"));
  const docs = [
    "README.md",
    "CONTRIBUTING.md",
    "SECURITY.md",
    ...readdirSync("docs")
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];

  const files = new Set(
    ["src", "standin", "test", "bench", "scripts", "docs"].flatMap((dir) =>
      (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split("/").pop()!),
    ),
  );
  for (const f of readdirSync(".")) files.add(f);

  it("the map names every folder of src/ and no folder that is gone", () => {
    const named = [...rooms.matchAll(/^ {2}([a-z-]+)\/ {2,}/gm)].map((m) => m[1]!).sort();
    const actual = readdirSync("src", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(named).toEqual(actual);
  });

  it("every file path the docs and CONTRIBUTING.md name exists (from the root, src/, or beside the doc)", () => {
    const missing: string[] = [];
    // The file map quotes each module's own comment (paths relative to the module): the next test checks those.
    for (const doc of docs.filter((d) => d !== "docs/file-map.md")) {
      const text = readFileSync(doc, "utf8");
      const here = doc.includes("/") ? doc.slice(0, doc.lastIndexOf("/") + 1) : "";
      for (const [, path] of text.matchAll(/(?<![\w.:/-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w-]+\.(?:ts|md|mjs|yml|json|png))\b/g)) {
        // The workflow `init actions` writes lives in the admin's repository; bench/results/ is what a benchmark run writes.
        if (/^https?:|^node_modules|^bench\/results\/|\.schema\.json$/.test(path!) || path === WORKFLOW_PATH) continue;
        // A bare name (`runner.ts` in a folder's list) must be some file of the tree; a bare JSON name is a route or an output.
        if (!path!.includes("/")) {
          if (!path!.endsWith(".json") && !files.has(path!)) missing.push(`${doc}: ${path}`);
          continue;
        }
        const candidates = [path!, `src/${path}`, `${here}${path}`, `standin/${path}`];
        if (!candidates.some((c) => existsSync(c))) missing.push(`${doc}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every file a comment in src/, standin/, test/, bench/ or scripts/ names exists", () => {
    const missing: string[] = [];
    const code = ["src", "standin", "test", "bench", "scripts"].flatMap((dir) =>
      (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => `${dir}/${f}`),
    );
    for (const file of code) {
      const here = file.slice(0, file.lastIndexOf("/") + 1);
      const comments = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => /^\s*(\/\/|\*|\/\*)/.test(line))
        .join("\n");
      for (const [, path] of comments.matchAll(/(?<![\w.:/@-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w-]+\.(?:ts|mjs|md|yml))\b/g)) {
        if (/^https?:|node_modules|^bench\/results\//.test(path!) || path === WORKFLOW_PATH) continue;
        if (!path!.includes("/")) {
          // A bare workflow file name (`release.yml`) names the admin's or a publisher's workflow, not ours.
          if (!path!.endsWith(".yml") && !files.has(path!)) missing.push(`${file}: ${path}`);
          continue;
        }
        const candidates = [path!, `src/${path}`, `${here}${path}`, `standin/${path}`, `test/${path}`];
        if (!candidates.some((c) => existsSync(c))) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("docs/file-map.md is the tree's (`npm run file-map` after adding, moving or re-describing a module)", async () => {
    const { fileMap } = (await import("../scripts/file-map.mjs" as string)) as { fileMap: () => string };
    const map = fileMap();
    expect(readFileSync("docs/file-map.md", "utf8")).toBe(map);
    expect(map).not.toContain("(no opening comment)");
  });

  it("no module outside the stand-in is over 300 lines", () => {
    const long = Object.keys(graph.obj()).filter((file) => readFileSync(`src/${file}`, "utf8").split("\n").length > 301);
    expect(long).toEqual([]);
  });
});

/** Every .ts file below `dir`, as paths from the repository's root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(`${dir}/${entry.name}`) : entry.name.endsWith(".ts") ? [`${dir}/${entry.name}`] : [],
  );
}
