// Reading `.github/recovery-triage.yml` through Probot's config loader, so `_extends` and an
// organisation-wide `.github` repository work. Returns the file's raw content (null: no file);
// parsing and checking it is config/lenient.ts's work.
import type { Context, ProbotOctokit } from "probot";

const CONFIG_FILE = "recovery-triage.yml";

/** From a webhook's context (Probot's `context.config`). */
export function readConfigFile(context: Pick<Context, "config">): Promise<unknown> {
  return context.config(CONFIG_FILE);
}

/** Outside a webhook (the sweep, the CLI): the same loader, called on an installation's Octokit. */
export async function readConfigFileFor(octokit: ProbotOctokit, owner: string, repo: string): Promise<unknown> {
  const { config, files } = await octokit.config.get({ owner, repo, path: `.github/${CONFIG_FILE}` });
  return files.some((f) => f.config !== null) ? config : null;
}
