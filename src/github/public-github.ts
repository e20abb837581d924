// GitHub's public side, read for ownership evidence: who a login is (numeric id, account age),
// who owns a repository (by id; GitHub follows a renamed repository's redirect for us, and we note
// it), public organisation membership, and commits by the requester. Read-only, counted.
import type { ProbotOctokit } from "probot";

export interface PublicAccount {
  id: number;
  createdAt: string | null;
}

export interface RepositoryOwner {
  /** The name GitHub answered with: differs from the one asked when the repository moved. */
  fullName: string;
  ownerId: number;
  ownerLogin: string;
  ownerIsOrganization: boolean;
}

const status = (error: unknown) => (error as { status?: number }).status;

export class PublicGitHub {
  /** Requests sent (the evidence's read budget is counted here). */
  reads = 0;

  constructor(private readonly octokit: ProbotOctokit) {}

  async account(login: string): Promise<PublicAccount | null> {
    this.reads++;
    try {
      const { data } = await this.octokit.rest.users.getByUsername({ username: login });
      return { id: data.id, createdAt: data.created_at ?? null };
    } catch (error) {
      if (status(error) === 404) return null;
      throw error;
    }
  }

  async repositoryOwner(fullName: string): Promise<RepositoryOwner | null> {
    const [owner, repo] = fullName.split("/") as [string, string];
    this.reads++;
    try {
      const { data } = await this.octokit.rest.repos.get({ owner, repo });
      return {
        fullName: data.full_name,
        ownerId: data.owner.id,
        ownerLogin: data.owner.login,
        ownerIsOrganization: data.owner.type === "Organization",
      };
    } catch (error) {
      if (status(error) === 404) return null;
      throw error;
    }
  }

  /** Public membership only: private members are not GitHub's to tell us, and not evidence anyone can check. */
  async isPublicMember(org: string, login: string): Promise<boolean> {
    this.reads++;
    try {
      await this.octokit.rest.orgs.checkPublicMembershipForUser({ org, username: login });
      return true;
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  }

  async hasCommitsBy(fullName: string, login: string): Promise<boolean> {
    const [owner, repo] = fullName.split("/") as [string, string];
    this.reads++;
    try {
      const { data } = await this.octokit.rest.repos.listCommits({ owner, repo, author: login, per_page: 1 });
      return data.length > 0;
    } catch (error) {
      // 409: an empty repository; 404: gone or private.
      if (status(error) === 409 || status(error) === 404) return false;
      throw error;
    }
  }
}
