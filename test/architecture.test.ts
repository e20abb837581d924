// The shape of the house, checked: no import cycle in src/, and the pure folders import nothing
// that does I/O (GitHub, Redis, mail, the network, the file system, the clock is passed in).
import { describe, expect, it } from "@jest/globals";
import madge from "madge";

/** Folders whose modules must stay pure, and the known exceptions (impure modules still there). */
const PURE = ["case/", "commands/", "intake/", "safety/", "text/", "verification/"];
const IMPURE_BUT_STILL_HERE = new Set([
  // The shell of the case machine: loading, applying, sweeping. (A service layer is due: issue 11.)
  "case/reconcile.ts",
  "case/sweep.ts",
  // Reads the repository's form through the repository client.
  "intake/load-form.ts",
  // Sends the code email (nodemailer).
  "verification/mail.ts",
]);
const IMPURE_MODULES =
  /^(github|reliability|standin|cli|registration)\/|^config\/(load|environment|settings-cache|check-run)\.ts$|^index\.ts$/;
const IMPURE_PACKAGES = ["probot", "@octokit/rest", "nodemailer", "ioredis", "pino"];

const graph = await madge("src", {
  fileExtensions: ["ts"],
  tsConfig: "tsconfig.json",
  includeNpm: true,
  detectiveOptions: { ts: { skipTypeImports: true } },
});

describe("the architecture", () => {
  it("src/ has no import cycle", () => {
    expect(graph.circular()).toEqual([]);
  });

  it("the pure folders import nothing impure (but for the named exceptions)", () => {
    const offences: string[] = [];
    for (const [file, deps] of Object.entries(graph.obj())) {
      if (!PURE.some((p) => file.startsWith(p)) || IMPURE_BUT_STILL_HERE.has(file)) continue;
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
