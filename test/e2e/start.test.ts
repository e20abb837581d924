// `npm start` as a new admin runs it: right after `npm ci`, with no lib/ built and no APP_ID yet,
// it builds, then serves the registration page.
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

let child: ChildProcess | null = null;
const dir = mkdtempSync(join(tmpdir(), "start-"));

afterAll(() => {
  // npm runs the server as a grandchild: end the whole process group.
  try {
    if (child?.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone (the server failed to start; the test says why)
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start on a fresh checkout", () => {
  it("builds lib/ first, then serves the registration page while the app has no identity", async () => {
    for (const f of ["package.json", "tsconfig.json", "tsconfig.build.json", "app.yml", "src", "scripts"])
      cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
    expect(existsSync(join(dir, "lib"))).toBe(false);

    child = spawn("npm", ["start", "--silent"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir, PORT: "0", HOST: "127.0.0.1" },
      detached: true,
    });
    let output = "";
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no setup page in time:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /open (http:\/\/127\.0\.0\.1:\d+)\/probot/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]!);
        }
      };
      child!.stdout!.on("data", read);
      child!.stderr!.on("data", read);
    });
    expect(output).toContain("building lib/ from src/ first");
    expect(existsSync(join(dir, "lib/cli/main.js"))).toBe(true);
    const page = await fetch(`${url}/probot`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit" id="register">Register GitHub App</button>');
  }, 120_000);
});
