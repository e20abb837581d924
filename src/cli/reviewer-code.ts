// The code command on a reviewer's own machine: it reads the case with the reviewer's own GitHub
// credentials (GITHUB_TOKEN, else the GitHub CLI's token, else anonymously for a public
// repository) and mints with the reviewer's key (REVIEWER_KEY). The app's private key and the
// server's RECOVERY_SECRET are never needed here. Checked locally, as a courtesy (the desk checks
// again when the code comes back): the token's user owns the key and can write to the repository,
// and the case's email check, if started, was started by them (only their key's codes count there).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Octokit } from "@octokit/rest";
import { parse } from "yaml";
import { decodeState, hasStateMarker } from "../domain/case/state.js";
import { apiBaseUrl, type Env } from "../config/environment.js";
import { parseConfig } from "../config/lenient.js";
import { toIssue, type RawIssue } from "../github/issue-shape.js";
import { sameLogin } from "../domain/text/login.js";
import { isMaintainer } from "../github/permissions.js";
import { RepoClient } from "../github/repo-client.js";
import type { ProbotOctokit } from "probot";
import type { ReviewerKey } from "../domain/verification/codes.js";
import { codeFor, type CaseTarget, type IssuedCode } from "./issue-code.js";

/** The reviewer's token: GITHUB_TOKEN, else `gh auth token` when the GitHub CLI is installed and signed in, else none. */
export async function reviewerToken(env: Env): Promise<string | null> {
  if (env.GITHUB_TOKEN) return env.GITHUB_TOKEN;
  try {
    const { stdout } = await promisify(execFile)("gh", ["auth", "token"], { timeout: 5000 });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

export interface ReviewerCode extends IssuedCode {
  /** What the reviewer should know (anonymous reading, the factor not started yet). */
  notes: string[];
}

export async function issueReviewerCode(
  target: CaseTarget,
  key: ReviewerKey,
  token: string | null,
  env: Env,
  now: Date,
): Promise<ReviewerCode> {
  const octokit = new Octokit({ ...(token ? { auth: token } : {}), baseUrl: apiBaseUrl(env), userAgent: "recovery-triage code" });
  const notes: string[] = [];
  const ref = { owner: target.owner, repo: target.repo };
  const [{ data: issue }, comments, configText] = await Promise.all([
    octokit.rest.issues.get({ ...ref, issue_number: target.number }),
    octokit.paginate(octokit.rest.issues.listComments, { ...ref, issue_number: target.number, per_page: 100 }),
    octokit.rest.repos
      .getContent({ ...ref, path: ".github/recovery-triage.yml", mediaType: { format: "raw" } })
      .then(({ data }) => String(data))
      .catch(() => null),
  ]);
  // The card is the app's comment: a person cannot post as a bot, so a copied marker in someone's comment is never read.
  const card = comments.find((c) => c.user?.type === "Bot" && hasStateMarker(c.body ?? ""));
  const state = card ? decodeState(card.body ?? "") : null;
  const config = parseConfig(configText === null ? null : (parse(configText) as unknown)).config;
  if (token) {
    const { data: me } = await octokit.rest.users.getAuthenticated();
    if (!sameLogin(me.login, key.login)) throw new Error(`this REVIEWER_KEY is ${key.login}'s; the GitHub token is ${me.login}'s`);
    // The desk's own maintainer rule (roles, custom roles' base, the configured teams), asked with the reviewer's token.
    const repo = new RepoClient(octokit as unknown as ProbotOctokit, ref);
    if (!(await isMaintainer(repo, me.login, config.maintainer_teams)))
      throw new Error(
        `${me.login} is not a maintainer of ${target.owner}/${target.repo} (the desk would not accept this code's /verify email)`,
      );
  } else {
    notes.push("Read anonymously (no GITHUB_TOKEN and no GitHub CLI login): who you are was not checked here.");
  }
  const factor = state?.factors.email;
  if (factor && factor.state === "pending" && !sameLogin(factor.by, key.login))
    throw new Error(`the email check on #${target.number} was started by ${factor.by}: only their key's codes count there`);
  if (!factor || factor.state !== "pending")
    notes.push("Then comment `/verify email` on the issue: the check will accept codes from your key.");
  const issued = codeFor(target, toIssue(issue as RawIssue), state, config, key.mint, now);
  return { ...issued, notes };
}
