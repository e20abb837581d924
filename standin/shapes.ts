// GitHub's objects as GitHub sends them, for the stand-in: every field the published contract
// (@octokit/openapi, @octokit/openapi-webhooks) requires, with values of the right kind, so the
// app can never come to depend on a shape only the stand-in has. test/contract checks them.

export interface ShapeContext {
  /** `http://host` of the stand-in (its web pages), and the API root (`…/api/v3`). */
  web: string;
  api: string;
  owner: string;
  repo: string;
  /** The support repository is private (its installation lists it so; other repositories stay public). */
  privateRepo?: boolean;
}

const EPOCH = "2026-01-01T00:00:00Z";

/** Deterministic ids from names, so snapshots compare across runs. */
function idOf(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 2_000_000_000;
  return h + 1;
}

export const repositoryId = (fullName: string) => idOf(fullName.toLowerCase());

/** GET /users/{login}: the public profile (every field public-user requires; most empty, as for many real accounts). */
export function publicUserShape(ctx: ShapeContext, login: string, id: number, createdAt: string) {
  return {
    ...userShape(ctx, login, id, "User"),
    name: null,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/** One commit as GET /repos/{o}/{r}/commits lists it. */
export function commitShape(ctx: ShapeContext, fullName: string, author: { login: string; id: number }, sha: string, at: string) {
  const api = `${ctx.api}/repos/${fullName}`;
  const person = { name: author.login, email: `${author.id}+${author.login}@users.noreply.github.com`, date: at };
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    html_url: `${ctx.web}/${fullName}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: "Update",
      comment_count: 0,
      tree: { sha, url: `${api}/git/trees/${sha}` },
    },
    author: userShape(ctx, author.login, author.id, "User"),
    committer: userShape(ctx, author.login, author.id, "User"),
    parents: [],
  };
}

export function userShape(ctx: ShapeContext, login: string, id: number, type: "User" | "Bot" | "Organization" = "User") {
  // A bot's login (`name[bot]`) is percent-encoded in its URLs, as GitHub does.
  const url = `${ctx.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `${ctx.web}/avatars/u/${id}`,
    gravatar_id: "",
    url,
    html_url: `${ctx.web}/${type === "Bot" ? `apps/${login.replace(/\[bot\]$/, "")}` : login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function repositoryShape(
  ctx: ShapeContext,
  owner: string,
  name: string,
  ownerType: "User" | "Organization" = "Organization",
  ownerId = idOf(owner),
) {
  const full = `${owner}/${name}`;
  const api = `${ctx.api}/repos/${full}`;
  const id = repositoryId(full);
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: full,
    owner: userShape(ctx, owner, ownerId, ownerType),
    private: Boolean(ctx.privateRepo) && full.toLowerCase() === `${ctx.owner}/${ctx.repo}`.toLowerCase(),
    html_url: `${ctx.web}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${new URL(ctx.web).host}/${full}.git`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${new URL(ctx.web).host}:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${ctx.web}/${full}.git`,
    mirror_url: null,
    svn_url: `${ctx.web}/${full}`,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: "main",
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: "public",
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
    license: null,
    network_count: 0,
    subscribers_count: 0,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

export interface IssueFacts {
  number: number;
  title: string;
  body: string;
  user: { login: string; id: number; type: "User" | "Bot" };
  labels: string[];
  assignees: { login: string; id: number }[];
  state: "open" | "closed";
  state_reason: string | null;
  created_at: string;
  /** When it was last closed (GitHub keeps the last close time; null while open). */
  closed_at: string | null;
  comments: number;
  locked: boolean;
  active_lock_reason: string | null;
}

const NO_REACTIONS = (url: string) => ({
  url,
  total_count: 0,
  "+1": 0,
  "-1": 0,
  laugh: 0,
  confused: 0,
  heart: 0,
  hooray: 0,
  eyes: 0,
  rocket: 0,
});

export function labelShape(ctx: ShapeContext, name: string) {
  const id = idOf(`label:${name}`);
  return {
    id,
    node_id: `LA_${id}`,
    url: `${ctx.api}/repos/${ctx.owner}/${ctx.repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: "ededed",
    default: false,
  };
}

export function issueShape(ctx: ShapeContext, issue: IssueFacts) {
  const api = `${ctx.api}/repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}`;
  const assignees = issue.assignees.map((a) => userShape(ctx, a.login, a.id));
  return {
    id: 500_000 + issue.number,
    node_id: `I_${issue.number}`,
    url: api,
    repository_url: `${ctx.api}/repos/${ctx.owner}/${ctx.repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${ctx.web}/${ctx.owner}/${ctx.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: userShape(ctx, issue.user.login, issue.user.id, issue.user.type),
    labels: issue.labels.map((name) => labelShape(ctx, name)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: issue.active_lock_reason,
    comments: issue.comments,
    closed_at: issue.state === "closed" ? (issue.closed_at ?? issue.created_at) : null,
    created_at: issue.created_at,
    updated_at: issue.created_at,
    author_association: "NONE",
    reactions: NO_REACTIONS(`${api}/reactions`),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
  };
}

export interface CommentFacts {
  id: number;
  issue: number;
  user: { login: string; id: number; type: "User" | "Bot" };
  body: string;
  created_at: string;
  updated_at?: string;
}

export function commentShape(ctx: ShapeContext, comment: CommentFacts, plusOnes = 0) {
  const api = `${ctx.api}/repos/${ctx.owner}/${ctx.repo}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: api,
    html_url: `${ctx.web}/${ctx.owner}/${ctx.repo}/issues/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${ctx.api}/repos/${ctx.owner}/${ctx.repo}/issues/${comment.issue}`,
    body: comment.body,
    user: userShape(ctx, comment.user.login, comment.user.id, comment.user.type),
    created_at: comment.created_at,
    updated_at: comment.updated_at ?? comment.created_at,
    author_association: "NONE",
    performed_via_github_app: null,
    reactions: { ...NO_REACTIONS(`${api}/reactions`), total_count: plusOnes, "+1": plusOnes },
  };
}

export function appShape(ctx: ShapeContext, appId: number, slug: string) {
  return {
    id: appId,
    slug,
    node_id: `A_${appId}`,
    client_id: `Iv1.${appId}`,
    owner: userShape(ctx, ctx.owner, idOf(ctx.owner), "Organization"),
    name: slug,
    description: "The account-recovery desk",
    external_url: ctx.web,
    html_url: `${ctx.web}/apps/${slug}`,
    created_at: EPOCH,
    updated_at: EPOCH,
    permissions: { issues: "write", metadata: "read", contents: "read", members: "read", checks: "write" },
    events: ["issues", "issue_comment", "push"],
  };
}

export function installationShape(ctx: ShapeContext, id: number, appId: number, slug: string) {
  return {
    id,
    account: userShape(ctx, ctx.owner, idOf(ctx.owner), "Organization"),
    repository_selection: "selected",
    access_tokens_url: `${ctx.api}/app/installations/${id}/access_tokens`,
    repositories_url: `${ctx.api}/installation/repositories`,
    html_url: `${ctx.web}/organizations/${ctx.owner}/settings/installations/${id}`,
    app_id: appId,
    app_slug: slug,
    target_id: idOf(ctx.owner),
    target_type: "Organization",
    permissions: { issues: "write", metadata: "read", contents: "read", members: "read", checks: "write" },
    events: ["issues", "issue_comment", "push"],
    created_at: EPOCH,
    updated_at: EPOCH,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}

export function checkRunShape(
  ctx: ShapeContext,
  id: number,
  run: { head_sha: string; name: string; status: string; conclusion: string; output: { title: string; summary: string } },
  app: ReturnType<typeof appShape>,
) {
  const api = `${ctx.api}/repos/${ctx.owner}/${ctx.repo}/check-runs/${id}`;
  return {
    id,
    node_id: `CR_${id}`,
    head_sha: run.head_sha,
    name: run.name,
    url: api,
    html_url: `${ctx.web}/${ctx.owner}/${ctx.repo}/runs/${id}`,
    details_url: null,
    external_id: null,
    status: run.status,
    conclusion: run.conclusion,
    started_at: EPOCH,
    completed_at: EPOCH,
    output: { ...run.output, text: null, annotations_count: 0, annotations_url: `${api}/annotations` },
    check_suite: { id },
    app,
    pull_requests: [],
  };
}

/** A commit in a push payload. */
export function pushCommitShape(
  ctx: ShapeContext,
  sha: string,
  pusher: string,
  changes: { added: string[]; modified: string[]; removed: string[] },
) {
  const person = { name: pusher, email: `${pusher}@users.noreply.example`, username: pusher, date: EPOCH };
  return {
    id: sha,
    tree_id: sha.split("").reverse().join(""),
    distinct: true,
    message: "Update the desk's settings",
    timestamp: EPOCH,
    url: `${ctx.web}/${ctx.owner}/${ctx.repo}/commit/${sha}`,
    author: person,
    committer: person,
    ...changes,
  };
}

/** An organisation as webhooks show it (organization-simple). */
export function organizationShape(ctx: ShapeContext, login: string) {
  const id = idOf(login);
  const url = `${ctx.api}/orgs/${login}`;
  return {
    login,
    id,
    node_id: `O_${id}`,
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `${ctx.web}/avatars/u/${id}`,
    description: null,
  };
}
