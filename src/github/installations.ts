// Finding the app's installations: the repositories it may sweep, and the installation that
// covers one repository (for the CLI, which starts from nothing but the app's identity).
import type { Probot, ProbotOctokit } from "probot";
import { makeReliable, type RetryOptions } from "../reliability/retry.js";

export interface InstalledRepository {
  octokit: ProbotOctokit;
  owner: string;
  name: string;
  /** A private repository's cases are never shown on the reviewers' page. */
  private: boolean;
}

/** Every repository of every installation, each with its installation's (retrying) client. */
export async function* installedRepositories(app: Probot, retry?: RetryOptions): AsyncGenerator<InstalledRepository> {
  const appOctokit = makeReliable(await app.auth(), retry);
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
  for (const installation of installations) {
    const octokit = makeReliable(await app.auth(installation.id), retry);
    const repos = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 100 });
    for (const r of repos) yield { octokit, owner: r.owner.login, name: r.name, private: r.private };
  }
}

/** The client of the installation that covers `owner/repo`. */
export async function installationFor(app: Probot, owner: string, repo: string): Promise<ProbotOctokit> {
  const appOctokit = await app.auth();
  const { data: installation } = await appOctokit.rest.apps.getRepoInstallation({ owner, repo });
  return app.auth(installation.id);
}
