// Starts the built app as a real server process, exactly as `npm start` runs it
// (`node lib/cli/main.js start`), configured only through the environment, in a working directory
// of its own (so a developer's .env never leaks into a test).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { GitHubStandIn } from "./github-standin.js";

// src/standin or lib/standin: the project's root is two levels up either way.
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = `${ROOT}lib/cli/main.js`;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface AppProcess {
  url: string;
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: the process gets no chance to finish anything (a crash, an OOM kill, a pulled plug). */
  kill: () => Promise<void>;
}

/** RSS of a process in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** The app as a real server process (`npm start`), with the identity the stand-in issued it. */
export async function startAppProcess(
  github: Pick<GitHubStandIn, "appId" | "appPrivateKey">,
  env: Record<string, string>,
): Promise<AppProcess> {
  const port = await freePort();
  let output = "";
  const cwd = mkdtempSync(join(tmpdir(), "recovery-desk-"));
  const child: ChildProcess = spawn(process.execPath, [CLI, "start"], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      APP_ID: String(github.appId),
      PRIVATE_KEY: github.appPrivateKey,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    return fetch(`${url}/ping`).then(
      () => true,
      () => false,
    );
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () => ended(child, "SIGTERM"),
    kill: () => ended(child, "SIGKILL"),
  };
}

/** Sends `signal` and resolves once the process has exited (at once if it already has). */
export function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
