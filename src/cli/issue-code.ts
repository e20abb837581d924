// `recovery-triage code <owner>/<repo>#<number>`: a reviewer issues the one-time code for a case's
// email factor. The code is bound to the case, its account and its requester; the app never stores
// it. The reviewer sends the printed email to the address the registry has on file (or lets
// `--send` do it through SMTP_URL), then comments `/verify email` on the issue.
// Two ways to mint it: with the reviewer's own key (REVIEWER_KEY) and the reviewer's own GitHub
// identity (reviewer-code.ts: no app key, no master), or, on a single-admin desk, with the
// server's RECOVERY_SECRET and the app's identity (here).
import { keyVersionOf } from "../domain/case/factors.js";
import type { Probot } from "probot";
import { findCard } from "../domain/case/find-card.js";
import { accountForCodes, caseRef, registryLabel } from "../domain/case/binding.js";
import { decodeState, type CaseState } from "../domain/case/state.js";
import { OPEN_STATUSES } from "../domain/case/statuses.js";
import type { Config } from "../config/schema.js";
import { webBaseUrl } from "../config/environment.js";
import { AppIdentity } from "../github/identity.js";
import { installationFor } from "../github/installations.js";
import { RepoClient, type Issue } from "../github/repo-client.js";
import { codeEmail, type CodeEmail } from "../domain/verification/email.js";
import type { CodeMint, Verifier } from "../domain/verification/codes.js";
import { loadConfigFor } from "../memory/settings-cache.js";
import { CASE_TARGET } from "./arguments.js";

export interface CaseTarget {
  owner: string;
  repo: string;
  number: number;
}

export function parseTarget(text: string | undefined): CaseTarget | null {
  const match = CASE_TARGET.exec(text ?? "");
  return match ? { owner: match[1]!, repo: match[2]!, number: Number(match[3]) } : null;
}

export interface IssuedCode {
  code: string;
  expiresAt: Date;
  username: string;
  requester: string;
  email: CodeEmail;
}

/** With the master (a single-admin desk): the case read as the app. */
export async function issueCode(probot: Probot, target: CaseTarget, verifier: Verifier, now: Date): Promise<IssuedCode> {
  const [botLogin, octokit] = await Promise.all([new AppIdentity(probot).login(), installationFor(probot, target.owner, target.repo)]);
  const repo = new RepoClient(octokit, { owner: target.owner, repo: target.repo });
  const [issue, comments, config] = await Promise.all([
    repo.getIssue(target.number),
    repo.listComments(target.number),
    loadConfigFor(octokit, target.owner, target.repo, probot.log),
  ]);
  const card = findCard(comments, botLogin);
  const state = card ? decodeState(card.body) : null;
  // With the server's secret, the code is minted with the key of the reviewer who started the email
  // check — before it starts, of the case's assigned reviewer, who will — (that secret derives every
  // reviewer's key): bound to them, as every code is, with no need of `master_codes`. A case with no
  // reviewer gets a master code, which counts only where `verification.master_codes` is on.
  const starter = state?.factors.email?.by ?? state?.reviewer ?? null;
  const mint = starter ? verifier.reviewerMint(starter, keyVersionOf(config.config, starter)) : verifier;
  return codeFor(target, issue, state, config.config, mint, now);
}

/** The code for a case as its card describes it, minted with `mint` (the master's or a reviewer's key). */
export function codeFor(
  target: CaseTarget,
  issue: Issue,
  state: CaseState | null,
  config: Config,
  mint: Pick<CodeMint, "issueEmailCode">,
  now: Date,
): IssuedCode {
  if (!state) throw new Error(`#${target.number} is not a case the app knows (no status card)`);
  if (!OPEN_STATUSES.includes(state.status)) throw new Error(`#${target.number} is closed (${state.status})`);
  if (!state.username) throw new Error(`#${target.number} has no valid username yet`);
  // Bound to the account verification started for; before it starts, to the one the case names now.
  const account = accountForCodes(state, issue.author)!;
  const { username, author: requester } = account;
  const { code, expiresAt } = mint.issueEmailCode(
    caseRef(`${target.owner}/${target.repo}`, target.number, account, state.generation),
    now,
    config.verification.code_expiry_hours,
  );
  const issueUrl = `${webBaseUrl()}/${target.owner}/${target.repo}/issues/${target.number}`;
  const email = codeEmail({ registry: registryLabel(config, account.testInstance), username, issueUrl, code, expiresAt });
  return { code, expiresAt, username, requester, email };
}
