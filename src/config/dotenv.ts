// Reading `.env` before any variable is read, as `probot run` does: its own module, so a command
// line that only prints help or a usage error never loads Probot to find out there is nothing to do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

/** Applies `.env` over the environment, as `probot run` does before it reads any variable. */
export function loadDotEnv(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): void {
  let text: string;
  try {
    text = readFileSync(join(cwd, ".env"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  Object.assign(env, parseEnv(text));
}
