// After a push to the default branch that changes the desk's settings (the config file or the
// issue form it names), the verdict is reported where admins look: a check run on that commit.
import { recordCheckRun, type WriterDeps } from "../spine/door-writes.js";
import { CONFIG_PATH, configReport, formPathOf, reportMarkdown } from "../config/report.js";

const CHECK_NAME = "recovery-triage settings";

export interface PushedCommit {
  added?: string[];
  modified?: string[];
  removed?: string[];
}

/** GitHub lists at most 20 commits in a push payload; with more, the files cannot be known from it. */
const PAYLOAD_COMMIT_LIMIT = 20;

/**
 * Whether a push may have changed the settings: the config file, or the configured form. With no
 * form path known yet (before reading the config), any YAML file counts.
 */
export function touchesSettings(commits: PushedCommit[], formPath: string | null): boolean {
  if (commits.length >= PAYLOAD_COMMIT_LIMIT) return true;
  const watched = (f: string) => f === CONFIG_PATH || (formPath === null ? /\.ya?ml$/i.test(f) : f === formPath);
  return commits.some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].some(watched));
}

/** Reads the settings as of `sha`, judges them, and records the verdict as a check run on `sha`. */
export async function reportSettings(writer: WriterDeps, sha: string): Promise<{ problems: number }> {
  const config = await writer.repo.readText(CONFIG_PATH, sha);
  const form = await writer.repo.readText(formPathOf(config), sha);
  const report = configReport({ config, form });
  const conclusion = report.problems.length > 0 ? "failure" : "success";
  await recordCheckRun(writer, { sha, name: CHECK_NAME, conclusion, output: reportMarkdown(report) });
  return { problems: report.problems.length };
}
