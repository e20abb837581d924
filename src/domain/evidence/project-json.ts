// A project as the registry's JSON API (`/pypi/<project>/json`) describes it, reduced to what the
// evidence needs. Every field is the publisher's or the registry's word, so each is checked and
// anything unexpected is left out rather than trusted.
import { isRecord, isoDate, projectName, repositoryInUrl } from "./names.js";

export interface ProjectFacts {
  name: string;
  /** The account's role (the API reports ownership roles); null when it does not say. */
  role: "Owner" | "Maintainer" | null;
  /** How many other people have a role on the project. */
  sharedWith: number;
  firstRelease: string | null;
  latestRelease: string | null;
  /** GitHub repositories the project's URLs point at (set by the publisher: a weak link). */
  urlRepositories: string[];
  /** The latest release's first file, for asking the Integrity API who published it (and checking what it says). */
  latestFile: { version: string; filename: string; sha256: string | null } | null;
}

const VERSION = /^[A-Za-z0-9._+!-]{1,100}$/;
const FILENAME = /^[A-Za-z0-9._+!-]{1,200}$/;
const SHA256 = /^[0-9a-f]{64}$/i;
const MAX_URL_REPOSITORIES = 3;

/** Null when the answer is not a project description at all. */
export function readProjectJson(json: unknown, requested: string, username: string): ProjectFacts | null {
  if (!isRecord(json) || !isRecord(json.info)) return null;
  const info = json.info;
  const name = projectName(info.name) ?? requested;
  const urls = [...Object.values(isRecord(info.project_urls) ? info.project_urls : {}), info.home_page];
  const urlRepositories: string[] = [];
  for (const url of urls) {
    const repo = repositoryInUrl(url);
    if (repo && !urlRepositories.some((r) => r.toLowerCase() === repo.toLowerCase())) urlRepositories.push(repo);
  }
  const times = uploadTimes(json.releases);
  const latest = Array.isArray(json.urls) ? json.urls.filter(isRecord) : [];
  const latestTimes = latest.map((f) => isoDate(f.upload_time_iso_8601 ?? f.upload_time)).filter((t): t is string => t !== null);
  const version = typeof info.version === "string" && VERSION.test(info.version) ? info.version : null;
  const file = latest.map(fileOf).find((f) => f !== null);
  return {
    name,
    role: roleOf(json.ownership, username),
    sharedWith: othersIn(json.ownership, username),
    firstRelease: earliest([...times, ...latestTimes]),
    latestRelease: latestTimes.length > 0 ? latestTimes.reduce((a, b) => (a > b ? a : b)) : latestOf(times),
    urlRepositories: urlRepositories.slice(0, MAX_URL_REPOSITORIES),
    latestFile: version && file ? { version, ...file } : null,
  };
}

/** A file's name and the sha256 the registry lists for it (an attestation must be about exactly these). */
function fileOf(file: Record<string, unknown>): { filename: string; sha256: string | null } | null {
  if (typeof file.filename !== "string" || !FILENAME.test(file.filename)) return null;
  const sha256 = isRecord(file.digests) ? file.digests.sha256 : null;
  return { filename: file.filename, sha256: typeof sha256 === "string" && SHA256.test(sha256) ? sha256.toLowerCase() : null };
}

/** Roles beyond this are not read (a real project has a handful). */
const MAX_ROLES = 500;

function rolesIn(ownership: unknown): { user: string; role: unknown }[] {
  if (!isRecord(ownership) || !Array.isArray(ownership.roles)) return [];
  return ownership.roles
    .slice(0, MAX_ROLES)
    .filter(isRecord)
    .filter((r): r is { user: string; role: unknown } => typeof r.user === "string" && r.user.length <= 100);
}

function roleOf(ownership: unknown, username: string): ProjectFacts["role"] {
  const roles = rolesIn(ownership)
    .filter((r) => r.user.toLowerCase() === username.toLowerCase())
    .map((r) => r.role);
  if (roles.includes("Owner")) return "Owner";
  return roles.includes("Maintainer") ? "Maintainer" : null;
}

function othersIn(ownership: unknown, username: string): number {
  const others = new Set(
    rolesIn(ownership)
      .filter((r) => r.role === "Owner" || r.role === "Maintainer")
      .map((r) => r.user.toLowerCase())
      .filter((user) => user !== username.toLowerCase()),
  );
  return others.size;
}

function uploadTimes(releases: unknown): string[] {
  if (!isRecord(releases)) return [];
  return Object.values(releases)
    .filter(Array.isArray)
    .flat()
    .filter(isRecord)
    .map((f) => isoDate(f.upload_time_iso_8601 ?? f.upload_time))
    .filter((t): t is string => t !== null);
}

const earliest = (times: string[]) => (times.length > 0 ? times.reduce((a, b) => (a < b ? a : b)) : null);
const latestOf = (times: string[]) => (times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null);
