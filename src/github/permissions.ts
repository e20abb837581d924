// Who may run maintainer commands: people whose access to the repository is admin, maintain or
// write (asked of the API, never inferred from `author_association`, which hides private org
// membership), or active members of a team listed in `maintainer_teams`. Any error means no.
// An organisation's custom role reports its own name as `role_name`; what it is built on shows in
// `permission` (the base permission: admin, write, read), so a custom role based on write or
// maintain counts, and one based on triage or read does not.
import type { RepoClient } from "./repo-client.js";

const MAINTAINER_ROLES = new Set(["admin", "maintain", "write"]);
const MAINTAINER_PERMISSIONS = new Set(["admin", "write"]);

/**
 * Answers remembered for a minute per repository and login: a maintainer's burst of commands, or a
 * passer-by's flood of them, costs one permission read a minute instead of one per comment. Short on
 * purpose: access removed from someone counts again within a minute.
 */
export class PermissionMemory {
  private readonly answers = new Map<string, { at: number; maintainer: Promise<boolean> }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  remember(key: string, ask: () => Promise<boolean>): Promise<boolean> {
    const known = this.answers.get(key);
    if (known && this.now() - known.at < this.ttlMs) return known.maintainer;
    for (const [k, v] of this.answers) if (this.now() - v.at >= this.ttlMs) this.answers.delete(k);
    const maintainer = ask();
    this.answers.set(key, { at: this.now(), maintainer });
    return maintainer;
  }
}

export function isMaintainer(
  repo: Pick<RepoClient, "collaboratorAccess" | "isActiveTeamMember" | "ref">,
  login: string,
  teams: string[],
  memory?: PermissionMemory,
): Promise<boolean> {
  if (!memory) return askGitHub(repo, login, teams);
  const key = `${repo.ref.owner}/${repo.ref.repo}:${teams.join(",")}:${login}`.toLowerCase();
  return memory.remember(key, () => askGitHub(repo, login, teams));
}

async function askGitHub(
  repo: Pick<RepoClient, "collaboratorAccess" | "isActiveTeamMember" | "ref">,
  login: string,
  teams: string[],
): Promise<boolean> {
  try {
    const access = await repo.collaboratorAccess(login);
    if (
      access &&
      ((access.roleName !== null && MAINTAINER_ROLES.has(access.roleName)) ||
        (access.permission !== null && MAINTAINER_PERMISSIONS.has(access.permission)))
    ) {
      return true;
    }
  } catch {
    // fail closed: fall through to the teams, then no
  }
  for (const team of teams) {
    const [org, slug] = team.includes("/") ? (team.split("/") as [string, string]) : [repo.ref.owner, team];
    try {
      if (await repo.isActiveTeamMember(org, slug, login)) return true;
    } catch {
      // not a member, or the check failed: either way, no
    }
  }
  return false;
}
