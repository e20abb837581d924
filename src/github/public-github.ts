// GitHub's public side, read for ownership evidence: who a login is (numeric id, account age),
// which repository has a name now (its id, owner id and creation date; GitHub follows a renamed
// repository's redirect for us, and we note it), which name a repository id has, public
// organisation membership, and commits by the requester. Read-only, counted, and remembered:
// answers are kept (PublicAnswers) and asked again with their ETag, so an unchanged answer is a
// 304, which GitHub does not count against the rate limit.
import type { ProbotOctokit } from "probot";

export interface PublicAccount {
  id: number;
  createdAt: string | null;
}

export interface RepositoryOwner {
  /** The name GitHub answered with: differs from the one asked when the repository moved. */
  fullName: string;
  id: number;
  createdAt: string | null;
  ownerId: number;
  ownerLogin: string;
  ownerIsOrganization: boolean;
}

const status = (error: unknown) => (error as { status?: number }).status;

/** How long an answer is used without asking; after that it is asked again, conditionally. */
const FRESH_MS = 60 * 60 * 1000;
const ENTRIES = 5000;

interface Remembered {
  etag: string | null;
  /** The answer's data, or null for a 404. */
  data: unknown;
  at: number;
}

/** GitHub's public answers, kept across events by the desk (one per process; losing it costs only requests). */
export class PublicAnswers {
  private readonly entries = new Map<string, Remembered>();
  constructor(readonly clock: () => number = Date.now) {}
  get(key: string): Remembered | undefined {
    return this.entries.get(key);
  }
  dump(): [string, Remembered][] {
    return [...this.entries];
  }
  /** An entry dated in the future is invalid (planted or from a wrong clock): it would stay fresh forever. */
  load(entries: [string, Remembered][]): void {
    const now = this.clock();
    for (const [key, entry] of entries.slice(-ENTRIES)) if (entry.at <= now) this.entries.set(key, entry);
  }
  set(key: string, entry: Remembered): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

export class PublicGitHub {
  /** Requests sent (the evidence's read budget is counted here); answers from memory are free. */
  reads = 0;

  constructor(
    private readonly octokit: ProbotOctokit,
    private readonly answers: PublicAnswers = new PublicAnswers(),
    /** Ask again even when the memory is fresh (a maintainer's `/evidence`); still conditional. */
    private readonly revalidate = false,
  ) {}

  /** The same reader, asking GitHub again even where its memory is fresh (a maintainer's `/evidence`). */
  revalidating(): PublicGitHub {
    return new PublicGitHub(this.octokit, this.answers, true);
  }

  /**
   * One GET, remembered. `missing`: the statuses that mean "no such thing" (remembered as null).
   * GitHub answers a matching If-None-Match with 304, which Octokit raises as an error.
   */
  private async read<T>(route: string, params: Record<string, unknown>, missing: number[] = [404]): Promise<T | null> {
    const key = `${route} ${JSON.stringify(params)}`;
    const known = this.answers.get(key);
    const now = this.answers.clock();
    if (known && !this.revalidate && now - known.at < FRESH_MS) return known.data as T | null;
    this.reads++;
    const headers = known?.etag ? { "if-none-match": known.etag } : {};
    try {
      const response = await this.octokit.request(route, { ...params, headers });
      this.answers.set(key, { etag: response.headers.etag ?? null, data: response.data, at: now });
      return response.data as T;
    } catch (error) {
      if (status(error) === 304 && known) {
        this.answers.set(key, { ...known, at: now });
        return known.data as T | null;
      }
      if (missing.includes(status(error) ?? 0)) {
        this.answers.set(key, { etag: null, data: null, at: now });
        return null;
      }
      throw error;
    }
  }

  async account(login: string): Promise<PublicAccount | null> {
    const data = await this.read<{ id: number; created_at?: string }>("GET /users/{username}", { username: login });
    return data ? { id: data.id, createdAt: data.created_at ?? null } : null;
  }

  async repositoryOwner(fullName: string): Promise<RepositoryOwner | null> {
    const [owner, repo] = fullName.split("/") as [string, string];
    const data = await this.read<RepositoryData>("GET /repos/{owner}/{repo}", { owner, repo });
    return data ? repositoryOf(data) : null;
  }

  /** The repository with this id, whatever it is called now; null when it is gone (or private). */
  async repositoryById(id: number): Promise<RepositoryOwner | null> {
    const data = await this.read<RepositoryData>("GET /repositories/{repository_id}", { repository_id: id });
    return data ? repositoryOf(data) : null;
  }

  /** Public membership only: private members are not GitHub's to tell us, and not evidence anyone can check. */
  async isPublicMember(org: string, login: string): Promise<boolean> {
    // 204 has no body: remembered as "" (a member); 404 as null.
    const data = await this.read<unknown>("GET /orgs/{org}/public_members/{username}", { org, username: login });
    return data !== null;
  }

  async hasCommitsBy(fullName: string, login: string): Promise<boolean> {
    const [owner, repo] = fullName.split("/") as [string, string];
    // 409: an empty repository; 404: gone or private.
    const data = await this.read<unknown[]>("GET /repos/{owner}/{repo}/commits", { owner, repo, author: login, per_page: 1 }, [404, 409]);
    return (data ?? []).length > 0;
  }
}

interface RepositoryData {
  id: number;
  full_name: string;
  created_at?: string | null;
  owner: { id: number; login: string; type?: string };
}

function repositoryOf(data: RepositoryData): RepositoryOwner {
  return {
    fullName: data.full_name,
    id: data.id,
    createdAt: data.created_at ?? null,
    ownerId: data.owner.id,
    ownerLogin: data.owner.login,
    ownerIsOrganization: data.owner.type === "Organization",
  };
}
