// The names a registry reports, checked before anything is stored or shown: a project name must
// follow the packaging rules (PEP 508), a repository GitHub's, a workflow a file name. Anything
// else the registry returns is attacker-controlled text and is dropped, not repaired.

/** PEP 508: letters and digits, with `.`, `_` or `-` inside. Registries cap names well below 100. */
const PROJECT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;
/** GitHub: an owner is a login; a repository name is letters, digits, `.`, `_` and `-` (not `.` or `..`). */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;
const WORKFLOW = /^[A-Za-z0-9._-]{1,90}\.ya?ml$/;

/** A JSON object (not null, not an array): the only shape the registry's answers are read as. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function projectName(value: unknown): string | null {
  return typeof value === "string" && PROJECT_NAME.test(value) ? value : null;
}

/** `owner/name` as GitHub spells it, or null. A trailing `.git` is part of a clone URL, not the name. */
export function repositoryName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = REPOSITORY.exec(value.replace(/\.git$/i, ""));
  if (!match || match[2] === "." || match[2] === "..") return null;
  return `${match[1]}/${match[2]}`;
}

export function workflowName(value: unknown): string | null {
  return typeof value === "string" && WORKFLOW.test(value) ? value : null;
}

/** The repository a project URL points at, when it is one on github.com (any page inside it counts). */
export function repositoryInUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.hostname.toLowerCase() !== "github.com" && url.hostname.toLowerCase() !== "www.github.com") return null;
  if (url.username || url.password || (url.port && url.port !== "443")) return null;
  const [owner, name] = url.pathname.split("/").filter(Boolean);
  return owner && name ? repositoryName(`${owner}/${name}`) : null;
}

/** ISO date-time from the registry, or null (a date that does not parse is not shown). */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
