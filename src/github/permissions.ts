// Who may run maintainer commands: people whose access to the repository is admin, maintain or
// write (asked of the API, never inferred from `author_association`, which hides private org
// membership), or active members of a team listed in `maintainer_teams`. Any error means no.
// An organisation's custom role reports its own name as `role_name`; what it is built on shows in
// `permission` (the base permission: admin, write, read), so a custom role based on write or
// maintain counts, and one based on triage or read does not.
import type { RepoClient } from "./repo-client.js";

const MAINTAINER_ROLES = new Set(["admin", "maintain", "write"]);
const MAINTAINER_PERMISSIONS = new Set(["admin", "write"]);

export async function isMaintainer(
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
