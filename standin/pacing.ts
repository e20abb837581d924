// GitHub's secondary rate limits. Always: at most 100 requests in flight at once, 900 points a minute
// on the REST endpoint and 2,000 on GraphQL's (a read costs 1, a write 5; higher only for a test that
// compresses time), and at most 80 content-creating requests a minute and 500 an hour (REST writes
// and GraphQL mutations alike; GITHUB_WRITE_LIMITS, with the docs' link, is the one place these
// numbers live; a benchmark may shorten the minute and the hour, `timeScale`), a write past either
// refused with 403 and retry-after. When asked (`pacing`): content writes at least 1 s apart,
// comment creation 3 s apart. Every refusal is counted.
import { GITHUB_REQUEST_LIMITS, GITHUB_WRITE_LIMITS, windowsOf, type WriteLimits } from "../src/reliability/write-budget.js";
import { GITHUB_POINT_LIMITS, type PointLimits } from "../src/reliability/point-budget.js";

export interface PacingReport {
  /** Content writes GitHub would pace (anything but GET and token requests). */
  writes: number;
  /** Of which comment creations (paced 3 s apart). */
  commentCreations: number;
  /** Requests refused for coming too early. */
  violations: number;
  /** Requests refused for passing the minute's or the hour's content-creation limit. */
  windowRefusals: number;
  /** Requests refused for passing an endpoint's points a minute, or the requests in flight at once. */
  pointRefusals: number;
  concurrencyRefusals: number;
  /** Faults injected, by kind. */
  injected: { error502: number; error502AfterWrite: number; secondary403: number };
}

export interface Refusal {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const SECONDARY_DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits";
const WRITE_GAP_MS = 1000;
const COMMENT_GAP_MS = 3000;
/** Timer jitter between the client's scheduler and this server. */
const TOLERANCE_MS = 100;

export class Pacer {
  readonly report: PacingReport = {
    writes: 0,
    commentCreations: 0,
    violations: 0,
    windowRefusals: 0,
    pointRefusals: 0,
    concurrencyRefusals: 0,
    injected: { error502: 0, error502AfterWrite: 0, secondary403: 0 },
  };
  private lastWrite = 0;
  private lastComment = 0;
  /** When each content-creating request of the last hour was accepted. */
  private accepted: number[] = [];

  constructor(
    private readonly enforce: boolean,
    private readonly limits: WriteLimits = GITHUB_WRITE_LIMITS,
    /** The points a minute per endpoint (GitHub's unless a test compresses time). */
    private readonly pointLimits: PointLimits = GITHUB_POINT_LIMITS,
  ) {}

  /** Points spent in the last minute, per endpoint (when, and how many). */
  private points: Record<"rest" | "graphql", { at: number; cost: number }[]> = { rest: [], graphql: [] };
  private inFlight = 0;

  /**
   * Admits a request: refused (403, retry-after) when 100 are already in flight, or when its cost
   * would pass its endpoint's points for the minute. Call `done()` when it is answered.
   */
  admit(endpoint: "rest" | "graphql", write: boolean, now = Date.now()): Refusal | null {
    const message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    const refusal = (wait: number): Refusal => ({
      status: 403,
      body: { message, documentation_url: SECONDARY_DOCS },
      headers: { "retry-after": String(Math.max(1, Math.ceil(wait / 1000))) },
    });
    if (this.inFlight >= GITHUB_REQUEST_LIMITS.concurrent) {
      this.report.concurrencyRefusals++;
      return refusal(1000);
    }
    const window = this.pointLimits.windowMs ?? 60_000;
    const spent = (this.points[endpoint] = this.points[endpoint].filter((p) => p.at > now - window));
    const cost = write ? 5 : 1;
    const limit = endpoint === "rest" ? this.pointLimits.restPerMinute : this.pointLimits.graphqlPerMinute;
    if (spent.reduce((sum, p) => sum + p.cost, 0) + cost > limit) {
      this.report.pointRefusals++;
      return refusal(spent[0]!.at + window - now);
    }
    spent.push({ at: now, cost });
    this.inFlight++;
    return null;
  }

  /** A request admitted is answered. */
  done(): void {
    this.inFlight--;
  }

  /** Counts a write, or refuses it (as a secondary limit) when it comes too soon after the last. */
  pace(creation: boolean, now = Date.now()): Refusal | null {
    const windows = windowsOf(this.limits);
    this.accepted = this.accepted.filter((t) => t > now - windows.hour);
    const inMinute = this.accepted.filter((t) => t > now - windows.minute);
    const full = this.accepted.length >= this.limits.perHour ? this.accepted : inMinute.length >= this.limits.perMinute ? inMinute : null;
    if (full) {
      this.report.windowRefusals++;
      const window = full === this.accepted ? windows.hour : windows.minute;
      const wait = Math.ceil(
        (full[full.length - (full === this.accepted ? this.limits.perHour : this.limits.perMinute)]! + window - now) / 1000,
      );
      const message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
      return { status: 403, body: { message, documentation_url: SECONDARY_DOCS }, headers: { "retry-after": String(Math.max(1, wait)) } };
    }
    if (this.enforce) {
      const early =
        now - this.lastWrite < WRITE_GAP_MS - TOLERANCE_MS || (creation && now - this.lastComment < COMMENT_GAP_MS - TOLERANCE_MS);
      if (early) {
        this.report.violations++;
        return { status: 403, body: { message: "You have exceeded a secondary rate limit." }, headers: { "retry-after": "1" } };
      }
    }
    this.lastWrite = now;
    this.accepted.push(now);
    this.report.writes++;
    if (creation) {
      this.lastComment = now;
      this.report.commentCreations++;
    }
    return null;
  }
}
