// GitHub's public side as the evidence reads it: people (with the date their account was made),
// repositories beyond the support one (owned by a person or an organisation, renamed ones
// answering 301 to /repositories/{id} as GitHub does), public organisation members, and commits
// by author. Everything else is 404, as GitHub answers for what does not exist or is private.
import type { Json } from "./json.js";
import { commitShape, publicUserShape, repositoryId } from "./shapes.js";
import type { Store } from "./store.js";

/** How the stand-in answers one request. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface PublicRepository {
  name: string;
  /** Owned by an organisation (the owner part of the name); a person by default. */
  organization?: boolean;
  /** The organisation's public members. */
  publicMembers?: string[];
  /** Logins with commits in it. */
  committers?: string[];
  /** Names it had before a rename or transfer: GitHub redirects them. */
  formerNames?: string[];
  /** Its numeric id (by default derived from the name): a repository deleted and re-created under a name gets a new one. */
  id?: number;
  /** When it was created (2020-01-01 by default). */
  createdAt?: string;
}

const idOfSpec = (spec: PublicRepository) => spec.id ?? repositoryId(spec.name);

const NOT_FOUND: Answer = { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
const DEFAULT_CREATED = "2020-01-01T00:00:00Z";

export class PublicRepos {
  constructor(
    /** Read on every request: a test may change what exists (a repository made private) while the app runs. */
    private readonly options: { repositories?: (string | PublicRepository)[]; accountsCreated?: Record<string, string> },
    private readonly store: Store,
    private readonly json: Json,
  ) {}

  private get specs(): PublicRepository[] {
    return (this.options.repositories ?? []).map((r) => (typeof r === "string" ? { name: r } : r));
  }

  private get accountsCreated(): Record<string, string> {
    return this.options.accountsCreated ?? {};
  }

  /** The answer for a GET this module serves, or null when the path is not one of its routes. */
  handle(seg: string[], query: URLSearchParams): Answer | null {
    if (seg[0] === "users" && seg.length === 2) return this.user(decodeURIComponent(seg[1]!));
    if (seg[0] === "orgs" && seg[2] === "public_members" && seg.length === 4)
      return this.publicMember(seg[1]!, decodeURIComponent(seg[3]!));
    if (seg[0] === "repositories" && seg.length === 2) {
      const spec = this.specs.find((s) => idOfSpec(s) === Number(seg[1]));
      return spec ? this.answer(spec) : NOT_FOUND;
    }
    if (seg[0] === "repos" && seg[3] === "commits" && seg.length === 4) return this.commits(`${seg[1]}/${seg[2]}`, query);
    return null;
  }

  /** GET /repos/{owner}/{repo} for a repository other than the support one. */
  repository(fullName: string, origin: string): Answer {
    const spec = this.find(fullName);
    if (spec) return this.answer(spec);
    const moved = this.specs.find((s) => (s.formerNames ?? []).some((n) => n.toLowerCase() === fullName.toLowerCase()));
    if (!moved) return NOT_FOUND;
    const url = `${origin}/api/v3/repositories/${idOfSpec(moved)}`;
    return {
      status: 301,
      headers: { location: url },
      body: { message: "Moved Permanently", url, documentation_url: "https://docs.github.com/rest" },
    };
  }

  /** The ids GitHub answers for the repository that has this name now (what a workflow run there would be signed with). */
  identity(fullName: string): { repositoryId: number; ownerId: number } | null {
    const spec = this.find(fullName);
    if (!spec) return null;
    const body = this.answer(spec).body as { id: number; owner: { id: number } };
    return { repositoryId: body.id, ownerId: body.owner.id };
  }

  private find(fullName: string): PublicRepository | undefined {
    return this.specs.find((s) => s.name.toLowerCase() === fullName.toLowerCase());
  }

  private answer(spec: PublicRepository): Answer {
    const [owner, name] = spec.name.split("/") as [string, string];
    const body = this.json.repository(owner, name, spec.organization ? "Organization" : "User");
    const id = idOfSpec(spec);
    return { status: 200, body: { ...body, id, node_id: `R_${id}`, created_at: spec.createdAt ?? DEFAULT_CREATED } };
  }

  private user(login: string): Answer {
    const user = this.store.user(login);
    const created = this.accountsCreated[login.toLowerCase()] ?? this.accountsCreated[login] ?? DEFAULT_CREATED;
    return { status: 200, body: publicUserShape(this.json.context(), user.login, user.id, created) };
  }

  private publicMember(org: string, login: string): Answer {
    const member = this.specs.some(
      (s) => s.organization && s.name.split("/")[0]!.toLowerCase() === org.toLowerCase() && (s.publicMembers ?? []).includes(login),
    );
    return member ? { status: 204 } : NOT_FOUND;
  }

  private commits(fullName: string, query: URLSearchParams): Answer {
    const spec = this.find(fullName);
    if (!spec) return NOT_FOUND;
    const author = query.get("author");
    const logins = (spec.committers ?? []).filter((c) => !author || c.toLowerCase() === author.toLowerCase());
    const perPage = Number(query.get("per_page") ?? 30);
    const commits = logins.slice(0, perPage).map((login, i) => {
      const user = this.store.user(login);
      const sha = `${repositoryId(spec.name).toString(16)}${i}`.padEnd(40, "0");
      return commitShape(this.json.context(), spec.name, user, sha, DEFAULT_CREATED);
    });
    return { status: 200, body: commits };
  }
}
