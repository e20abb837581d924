// The closed set of GitHub routes a metric label may name. A request's URL is matched against
// these templates (requests made through octokit.paginate carry the expanded URL, with the owner,
// repository, issue number and login in it); anything else is `other`. So no owner, repository,
// login, number or free text of any request ever becomes a label: /metrics needs no access control
// to be safe, and its series stay bounded.
const ROUTES = [
  "/app",
  "/app/installations",
  "/app/installations/{installation_id}/access_tokens",
  "/app-manifests/{code}/conversions",
  "/installation/repositories",
  "/graphql",
  "/users/{username}",
  "/repositories/{repository_id}",
  "/orgs/{org}/public_members/{username}",
  "/orgs/{org}/teams/{team_slug}/memberships/{username}",
  "/repos/{owner}/{repo}",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/comments/{comment_id}",
  "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "/repos/{owner}/{repo}/assignees/{assignee}",
  "/repos/{owner}/{repo}/collaborators/{username}/permission",
  "/repos/{owner}/{repo}/contents/{path}",
  "/repos/{owner}/{repo}/branches/{branch}",
  "/repos/{owner}/{repo}/commits",
  "/repos/{owner}/{repo}/check-runs",
] as const;

export type RouteLabel = (typeof ROUTES)[number] | "other";

/** Parameters that may hold slashes (a file's path, a branch name) match the rest of the URL. */
const SPANS_SLASHES = new Set(["path", "branch"]);

function patternOf(route: string): RegExp {
  const parts = route.split("/").map((part) => {
    const param = /^\{([a-z_]+)\}$/.exec(part)?.[1];
    if (!param) return part.replace(/[.*+?^$()|[\]\\-]/g, "\\$&");
    return SPANS_SLASHES.has(param) ? ".+" : "[^/]+";
  });
  return new RegExp(`^${parts.join("/")}$`);
}

const MATCHERS = ROUTES.map((route) => ({
  route,
  pattern: patternOf(route),
  // The more literal segments a template has, the more specific it is: tried first.
  literal: route.split("/").filter((s) => s && !s.startsWith("{")).length,
})).sort((a, b) => b.literal - a.literal);

export function routeLabel(url: string): RouteLabel {
  const path = url.replace(/^https?:\/\/[^/]+(\/api\/v3)?/, "").split(/[?#]/)[0]!;
  if (path.includes("{")) return (ROUTES as readonly string[]).includes(path) ? (path as RouteLabel) : "other";
  return MATCHERS.find((m) => m.pattern.test(path))?.route ?? "other";
}

const METHODS = new Set(["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"]);

export function methodLabel(method: string): string {
  const upper = method.toUpperCase();
  return METHODS.has(upper) ? upper : "other";
}
