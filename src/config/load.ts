// Reading `.github/recovery-triage.yml` through Probot's config loader, so `_extends` and an
// organisation-wide `.github` repository work. Never throws: a broken file means defaults + warnings.
import type { Context } from "probot";
import { parseConfig, unreadableConfig, type ConfigResult } from "./lenient.js";

export const CONFIG_FILE = "recovery-triage.yml";

export async function loadConfig(context: Pick<Context, "config" | "log">): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await context.config(CONFIG_FILE);
  } catch (error) {
    context.log.warn({ err: (error as Error).message }, "config could not be read; using defaults");
    return unreadableConfig("the file could not be read (is it valid YAML?)");
  }
  const result = parseConfig(raw);
  if (result.warnings.length > 0) context.log.warn({ warnings: result.warnings }, "config has problems; defaults replace the broken keys");
  return result;
}
