// Who may run maintainer commands: people whose role on the repository is admin, maintain or
// write (asked of the API, never inferred from `author_association`, which hides private org
// membership), or active members of a team listed in `maintainer_teams`. Any error means no.
import type { RepoClient } from "./repo-client.js";

const MAINTAINER_ROLES = new Set(["admin", "maintain", "write"]);

export async function isMaintainer(
  repo: Pick<RepoClient, "collaboratorRole" | "isActiveTeamMember" | "ref">,
  login: string,
  teams: string[],
): Promise<boolean> {
  try {
    const role = await repo.collaboratorRole(login);
    if (role && MAINTAINER_ROLES.has(role)) return true;
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
