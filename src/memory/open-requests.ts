// What the desk knows of each repository's open requests (number, author, username, assignees):
// duplicate detection, least-loaded assignment and the queue position need it for every new
// request, and listing them from GitHub costs one request per 100 open. The index is filled by one
// full listing (the sweep's, or the first event's) and then kept current by every reconcile, so a
// new request costs no listing whatever the queue. With REDIS_URL it lives in Redis, so every
// instance sees the cases the others took in.
//
// Each entry carries the wall-clock time it was written. A listing that started before a case was
// taken in (or closed) must not undo that, so a listing replaces only entries older than itself;
// a closed case is kept as a tombstone until the next listing, for the same reason.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { OpenCase } from "../domain/case/assign.js";
import { labelledStatus, STATUS_RULES } from "../domain/case/statuses.js";
import type { Config } from "../config/schema.js";
import type { FormSpec } from "../domain/intake/form.js";
import { parseRequest } from "../domain/intake/parse.js";
import { validateRequest } from "../domain/intake/validate.js";
import type { Issue, IssueUpdate, RepoClient } from "../github/repo-client.js";

export interface OpenRequests {
  /** The repository's open cases, or null until a full listing was recorded. */
  list(repository: string): Promise<OpenCase[] | null>;
  /** A full listing that started at `listedAt` (ms). */
  replace(repository: string, cases: OpenCase[], listedAt: number): Promise<void>;
  /** A case as a reconcile left it: open (`open`) or closed (null). */
  record(repository: string, number: number, open: OpenCase | null): Promise<void>;
}

/** What the index keeps of an open request (the username as the body names it now). */
export function openCaseOf(issue: Issue, form: FormSpec, config: Config): OpenCase {
  const username = usernameIn(issue.body, form, config.username_rules);
  const status = labelledStatus(issue.labels, config);
  const inHand = status !== null && STATUS_RULES[status].inHand;
  return { number: issue.number, author: issue.author, username, assignees: issue.assignees, inHand };
}

/**
 * The username a body names, remembered per form: every new request reads the newest 100 requests,
 * whose bodies rarely change, and parsing and validating each again was most of an intake's time.
 */
const NAMED = new WeakMap<FormSpec, Map<string, string | null>>();
const NAMED_KEPT = 2_000;

function usernameIn(body: string, form: FormSpec, rules: Config["username_rules"]): string | null {
  const known = NAMED.get(form) ?? new Map<string, string | null>();
  NAMED.set(form, known);
  // A digest, not the body: a body may be 65,536 characters, and a cache of them would be large.
  const key = createHash("sha256").update(rules).update("\u0000").update(body).digest("base64");
  if (known.has(key)) return known.get(key)!;
  const username = validateRequest(parseRequest(body, form), rules).username;
  // Oldest first out: a Map iterates in insertion order.
  if (known.size >= NAMED_KEPT) known.delete(known.keys().next().value!);
  known.set(key, username);
  return username;
}

interface Entry {
  at: number;
  open: OpenCase | null;
}

/** The listing's cases, except where an entry written after the listing started knows better. */
function merged(current: Map<number, Entry>, cases: OpenCase[], listedAt: number): Map<number, Entry> {
  const next = new Map<number, Entry>();
  for (const c of cases) next.set(c.number, { at: listedAt, open: c });
  for (const [number, entry] of current) if (entry.at >= listedAt) next.set(number, entry);
  return next;
}

function openOnly(entries: Iterable<Entry>): OpenCase[] {
  return [...entries]
    .map((e) => e.open)
    .filter((c): c is OpenCase => c !== null)
    .sort((a, b) => a.number - b.number);
}

export class MemoryOpenRequests implements OpenRequests {
  private readonly repositories = new Map<string, Map<number, Entry>>();
  private readonly complete = new Set<string>();

  constructor(private readonly clock: () => number = Date.now) {}

  async list(repository: string): Promise<OpenCase[] | null> {
    const key = repository.toLowerCase();
    return this.complete.has(key) ? openOnly(this.repositories.get(key)?.values() ?? []) : null;
  }

  async replace(repository: string, cases: OpenCase[], listedAt: number): Promise<void> {
    const key = repository.toLowerCase();
    this.repositories.set(key, merged(this.repositories.get(key) ?? new Map(), cases, listedAt));
    this.complete.add(key);
  }

  async record(repository: string, number: number, open: OpenCase | null): Promise<void> {
    const key = repository.toLowerCase();
    const entries = this.repositories.get(key) ?? new Map<number, Entry>();
    entries.set(number, { at: this.clock(), open });
    this.repositories.set(key, entries);
  }
}

/**
 * The listing and the entries written meanwhile merged inside Redis, so an instance recording a
 * case while another replaces the index cannot lose it. KEYS: entries hash, complete flag.
 * ARGV: listedAt, the flag's lifetime in ms, then number/JSON pairs of the listing.
 */
const REPLACE = `
local kept = {}
local all = redis.call('hgetall', KEYS[1])
for i = 1, #all, 2 do
  local entry = cjson.decode(all[i + 1])
  if entry.at >= tonumber(ARGV[1]) then kept[all[i]] = all[i + 1] end
end
redis.call('del', KEYS[1])
for i = 3, #ARGV, 2 do
  if kept[ARGV[i]] == nil then redis.call('hset', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
for number, entry in pairs(kept) do redis.call('hset', KEYS[1], number, entry) end
redis.call('set', KEYS[2], '1', 'PX', ARGV[2])
return 1`;

export class RedisOpenRequests implements OpenRequests {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "recovery-triage",
    /** Past this without a full listing (the sweep makes one every hour) the index is listed again. */
    private readonly completeForMs = 3 * 60 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  private keys(repository: string): [string, string] {
    const name = repository.toLowerCase();
    return [`${this.prefix}:open-cases:${name}`, `${this.prefix}:open-cases-complete:${name}`];
  }

  async list(repository: string): Promise<OpenCase[] | null> {
    const [entries, complete] = this.keys(repository);
    if ((await this.redis.exists(complete)) === 0) return null;
    const values = Object.values(await this.redis.hgetall(entries));
    return openOnly(values.map((v) => JSON.parse(v) as Entry));
  }

  async replace(repository: string, cases: OpenCase[], listedAt: number): Promise<void> {
    const pairs = cases.flatMap((c) => [String(c.number), JSON.stringify({ at: listedAt, open: c })]);
    await this.redis.eval(REPLACE, 2, ...this.keys(repository), String(listedAt), String(this.completeForMs), ...pairs);
  }

  async record(repository: string, number: number, open: OpenCase | null): Promise<void> {
    const [entries] = this.keys(repository);
    await this.redis.hset(entries, String(number), JSON.stringify({ at: this.clock(), open }));
  }
}

/** How many requests one page of the newest holds (GitHub's maximum). */
const NEWEST_PAGE = 100;

/**
 * The open requests for deciding a case: the newest page from GitHub (it holds any request filed a
 * moment ago, even one another event or instance has not recorded yet) and the older ones from the
 * index. Without a complete index, one full listing, which completes it. Either way the cost of a
 * new request does not grow with the queue.
 */
export async function loadOpenCases(
  repo: Pick<RepoClient, "ref" | "listOpenRequests" | "listNewestOpenRequests">,
  index: OpenRequests | null,
  config: Config,
  form: FormSpec,
): Promise<OpenCase[]> {
  const repository = `${repo.ref.owner}/${repo.ref.repo}`;
  const { labels } = config;
  const known = await index?.list(repository).catch(() => null);
  if (known) {
    const newest = await repo.listNewestOpenRequests(labels.request);
    const fresh = newest.map((i) => openCaseOf(i, form, config));
    // A short page is every open request; a full one covers the numbers from its oldest up.
    const cutoff = newest.length < NEWEST_PAGE ? 0 : Math.min(...fresh.map((c) => c.number));
    return [...known.filter((c) => c.number < cutoff), ...fresh].sort((a, b) => a.number - b.number);
  }
  const listedAt = Date.now();
  const cases = (await repo.listOpenRequests(labels.request)).map((i) => openCaseOf(i, form, config));
  await index?.replace(repository, cases, listedAt).catch(() => undefined);
  return cases;
}

/** A reconciled request as it now stands (the issue with the update just applied): open, or gone from the index. */
export async function recordOpenCase(
  index: OpenRequests,
  repo: Pick<RepoClient, "ref">,
  after: Issue & IssueUpdate,
  form: FormSpec,
  config: Config,
  log?: { warn: (obj: object, msg: string) => void },
): Promise<void> {
  const open = after.state ? after.state === "open" : after.open;
  const entry = open ? openCaseOf(after, form, config) : null;
  await index.record(`${repo.ref.owner}/${repo.ref.repo}`, after.number, entry).catch((error: unknown) => {
    log?.warn({ err: error, issue: after.number }, "the open-case index could not be updated");
  });
}
