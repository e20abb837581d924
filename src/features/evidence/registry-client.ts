// The only place that speaks to a package registry. Public pages only, read-only, each request
// bounded by the case's time budget and its own timeout, answers cached (by ETag, or for a day) so
// a sweep that refreshes evidence costs the registry almost nothing. What comes back is untrusted:
// the callers parse it; this module only fetches, caps its size and never follows a link off-site.

export type RegistryAnswer =
  | { kind: "ok"; body: string }
  | { kind: "missing" }
  /** Down, slow, rate-limiting, too large, redirected off-site, or out of time. */
  | { kind: "failed"; why: string };

/** A case's time budget for gathering, shared by all its requests, and the limit for any one of them. */
export class Budget {
  private readonly deadline: number;
  constructor(
    totalMs: number,
    readonly perRequestMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadline = clock() + totalMs;
  }
  remaining(): number {
    return Math.max(0, this.deadline - this.clock());
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

interface Cached {
  status: 200 | 404;
  body: string;
  etag: string | null;
  at: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** PyPI's JSON for a project with thousands of releases runs to megabytes; beyond this it is not read. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const CACHE_ENTRIES = 5000;

export class RegistryClient {
  /** Requests actually sent (cache hits are free): the benchmark's count. */
  requests = 0;
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
    private readonly clock: () => number = Date.now,
  ) {}

  /** `revalidate`: ask even within the day (a maintainer asked for fresh evidence); an unchanged answer is a free 304. */
  async get(url: string, accept: string, budget: Budget, revalidate = false): Promise<RegistryAnswer> {
    const cached = this.cache.get(url);
    if (cached && !revalidate && this.clock() - cached.at < DAY_MS) return answerOf(cached);
    const timeout = Math.min(budget.perRequestMs, budget.remaining());
    if (timeout <= 0) return { kind: "failed", why: "out of time" };
    try {
      return await this.fetchFollowing(url, accept, cached, AbortSignal.timeout(timeout));
    } catch (error) {
      const name = (error as Error).name;
      return { kind: "failed", why: name === "TimeoutError" || name === "AbortError" ? "timed out" : "unreachable" };
    }
  }

  private async fetchFollowing(url: string, accept: string, cached: Cached | undefined, signal: AbortSignal): Promise<RegistryAnswer> {
    let target = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { accept, "user-agent": "recovery-triage (account-recovery desk; public data only)" };
      if (cached?.etag && target === url) headers["if-none-match"] = cached.etag;
      this.requests++;
      const response = await this.fetchImpl(target, { headers, redirect: "manual", signal });
      if (response.status === 304 && cached) {
        await response.body?.cancel();
        return answerOf(this.remember(url, { ...cached, at: this.clock() }));
      }
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        await response.body?.cancel();
        const next = new URL(response.headers.get("location") ?? "", target);
        // The registry renames to its canonical spelling; it never needs another host.
        if (next.origin !== new URL(url).origin) return { kind: "failed", why: "redirected off-site" };
        target = next.href;
        continue;
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return answerOf(this.remember(url, { status: 404, body: "", etag: null, at: this.clock() }));
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        return { kind: "failed", why: `answered ${response.status}` };
      }
      const body = await readCapped(response);
      if (body === null) return { kind: "failed", why: "answer too large" };
      return answerOf(this.remember(url, { status: 200, body, etag: response.headers.get("etag"), at: this.clock() }));
    }
    return { kind: "failed", why: "too many redirects" };
  }

  /** What it holds, for the desk's memory between runs (actions/memory.ts). */
  dump(): [string, Cached][] {
    return [...this.cache];
  }

  /** An entry dated in the future is invalid (planted or from a wrong clock): it would stay fresh forever. */
  load(entries: [string, Cached][]): void {
    const now = this.clock();
    for (const [url, entry] of entries.slice(-CACHE_ENTRIES)) if (entry.at <= now) this.cache.set(url, entry);
  }

  /** An answer its reader could not make sense of is not kept: the next gathering asks again. */
  forget(url: string): void {
    this.cache.delete(url);
  }

  private remember(url: string, entry: Cached): Cached {
    this.cache.delete(url);
    this.cache.set(url, entry);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return entry;
  }
}

function answerOf(entry: Cached): RegistryAnswer {
  return entry.status === 404 ? { kind: "missing" } : { kind: "ok", body: entry.body };
}

async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
