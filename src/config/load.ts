// Reading `.github/recovery-triage.yml` through Probot's config loader, so `_extends` and an
// organisation-wide `.github` repository work. Never throws: a broken file means defaults + warnings.
import type { Context, ProbotOctokit } from "probot";
import { parseConfig, unreadableConfig, type ConfigResult } from "./lenient.js";

export const CONFIG_FILE = "recovery-triage.yml";

type Log = { warn: (obj: object, msg: string) => void };

/** From a webhook's context (Probot's `context.config`). */
export function loadConfig(context: Pick<Context, "config" | "log">): Promise<ConfigResult> {
  return readConfig(() => context.config(CONFIG_FILE), context.log);
}

/** Outside a webhook (the sweep, the CLI): the same loader, called on an installation's Octokit. */
export function loadConfigFor(octokit: ProbotOctokit, owner: string, repo: string, log: Log): Promise<ConfigResult> {
  return readConfig(async () => {
    const { config, files } = await octokit.config.get({ owner, repo, path: `.github/${CONFIG_FILE}` });
    return files.some((f) => f.config !== null) ? config : null;
  }, log);
}

async function readConfig(read: () => Promise<unknown>, log: Log): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await read();
  } catch (error) {
    log.warn({ err: (error as Error).message }, "config could not be read; using defaults");
    return unreadableConfig("the file could not be read (is it valid YAML?)");
  }
  const result = parseConfig(raw);
  if (result.warnings.length > 0) log.warn({ warnings: result.warnings }, "config has problems; defaults replace the broken keys");
  return result;
}
