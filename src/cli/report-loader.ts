// The desk's report for one repository read straight from GitHub, for `recovery-triage report`
// (the server serves its memory instead): the open requests and those closed in the last 90 days,
// and each one's card. One paginated read per 100 issues, then one read per case.
import type { Probot } from "probot";
import { decodeState } from "../domain/case/state.js";
import { installationFor } from "../github/installations.js";
import { RepoClient } from "../github/repo-client.js";
import { buildReport, type DeskReport } from "../domain/report/build.js";
import { summarise, type CaseSummary } from "../domain/report/summary.js";
import { loadConfigFor } from "../memory/settings-cache.js";
import { findCard } from "../domain/case/find-card.js";

const WINDOW_DAYS = 90;

/** `asPerson`: the Probot reads with a person's token (no installation to look up). */
export async function loadReport(
  app: Probot,
  owner: string,
  name: string,
  botLogin: string,
  now: Date,
  asPerson = false,
): Promise<DeskReport> {
  const octokit = asPerson ? await app.auth() : await installationFor(app, owner, name);
  const repo = new RepoClient(octokit, { owner, repo: name });
  const config = (await loadConfigFor(octokit, owner, name, app.log)).config;
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const issues = [
    ...(await repo.listOpenRequests(config.labels.request)),
    ...(await repo.listClosedRequestsSince(config.labels.request, since)),
  ];
  const cases: CaseSummary[] = [];
  for (const issue of issues) {
    const card = findCard(await repo.listComments(issue.number), botLogin);
    const state = card ? decodeState(card.body) : null;
    if (state) cases.push(summarise(issue.number, issue.title, issue.createdAt ?? now.toISOString(), state, config));
  }
  return buildReport(`${owner}/${name}`, cases, now);
}
