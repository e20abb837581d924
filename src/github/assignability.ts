// Whether GitHub lets a login be assigned on a repository. GitHub refuses a whole issues.update
// with 422 (Validation Failed, field `assignees`) when one login cannot be assigned, and applies
// nothing of it; so before assigning anyone new the desk asks (`GET /repos/{o}/{r}/assignees/{login}`:
// 204 or 404), and remembers the answers for a while, refusals included.
import { loginKey } from "../domain/text/login.js";
import type { RepoClient } from "./repo-client.js";

const TTL_MS = 10 * 60_000;

export class Assignability {
  private readonly answers = new Map<string, { ok: boolean; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The logins among `logins` that cannot be assigned (lower-case). An error asking counts as
   * assignable: the update's own 422 is the backstop.
   */
  async refused(repo: Pick<RepoClient, "canBeAssigned" | "ref">, logins: string[]): Promise<string[]> {
    const refused: string[] = [];
    for (const login of logins) {
      const key = this.key(repo, login);
      const cached = this.answers.get(key);
      let ok = cached && this.now() - cached.at < TTL_MS ? cached.ok : null;
      if (ok === null) {
        try {
          ok = await repo.canBeAssigned(login);
          this.answers.set(key, { ok, at: this.now() });
        } catch {
          ok = true;
        }
      }
      if (!ok) refused.push(loginKey(login));
    }
    return refused;
  }

  /** GitHub refused an update for these logins: remember it, so the next decision skips them. */
  markRefused(repo: Pick<RepoClient, "ref">, logins: string[]): void {
    for (const login of logins) this.answers.set(this.key(repo, login), { ok: false, at: this.now() });
  }

  private key(repo: Pick<RepoClient, "ref">, login: string): string {
    return `${repo.ref.owner}/${repo.ref.repo}:${login}`.toLowerCase();
  }
}

/** GitHub's answer when an update names an assignee it cannot assign. */
export function isAssigneeRefusal(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { field?: string }[] } } };
  return e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.field === "assignees" || x.field === "assignee");
}
