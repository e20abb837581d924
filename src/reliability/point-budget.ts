// GitHub's points a minute (GITHUB_REQUEST_LIMITS: 900 for the REST endpoint, 2,000 for GraphQL's;
// a read costs 1, anything else 5), spent as requests are sent. Past them GitHub refuses with a
// secondary rate limit and may ban an app that keeps pushing, so the desk waits for its turn
// instead: under a flood of comments, or a dry run reading a large backlog, requests go out at the
// pace GitHub allows. A little under GitHub's numbers, because GitHub counts a request when it
// arrives and the desk when it leaves. Per process (instances sharing Redis each keep their own:
// see docs/operators.md).
import { GITHUB_REQUEST_LIMITS } from "./write-budget.js";

export type Endpoint = "rest" | "graphql";

export interface PointLimits {
  restPerMinute: number;
  graphqlPerMinute: number;
  /** The window the points are counted over: GitHub's minute, unless a test compresses time. */
  windowMs?: number;
}

/** GitHub's points a minute per endpoint (GITHUB_REQUEST_LIMITS). */
export const GITHUB_POINT_LIMITS: PointLimits = {
  restPerMinute: GITHUB_REQUEST_LIMITS.restPointsPerMinute,
  graphqlPerMinute: GITHUB_REQUEST_LIMITS.graphqlPointsPerMinute,
};

/** What the desk spends of the limits: 95 % of them (a request's transit time is not counted alike at both ends). */
export function deskShare(limits: PointLimits): PointLimits {
  return {
    ...limits,
    restPerMinute: Math.floor(limits.restPerMinute * 0.95),
    graphqlPerMinute: Math.floor(limits.graphqlPerMinute * 0.95),
  };
}

const MINUTE_MS = 60_000;

export class PointBudget {
  /** When each request of the last minute was (or will be) sent, and what it cost, in order, per endpoint. */
  private spent: Record<Endpoint, { at: number; cost: number }[]> = { rest: [], graphql: [] };

  constructor(
    readonly limits: PointLimits = deskShare(GITHUB_POINT_LIMITS),
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The moment a request costing `cost` may be sent on `endpoint` (now, or later when the minute's
   * points are spent); that moment's points are taken. Requests are served in the order they ask.
   */
  take(endpoint: Endpoint, cost: number, now = this.clock()): number {
    const limit = endpoint === "rest" ? this.limits.restPerMinute : this.limits.graphqlPerMinute;
    const spent = this.spent[endpoint];
    const window = this.limits.windowMs ?? MINUTE_MS;
    let at = Math.max(now, spent.at(-1)?.at ?? now);
    // Drop what can no longer count, then wait until enough of the minute's points have expired.
    while (spent.length > 0 && spent[0]!.at <= at - window) spent.shift();
    let total = spent.reduce((sum, s) => sum + s.cost, 0);
    for (let i = 0; total + cost > limit && i < spent.length; i++) {
      total -= spent[i]!.cost;
      at = Math.max(at, spent[i]!.at + window);
    }
    spent.push({ at, cost });
    return at;
  }
}

/** Where a request goes and what it costs, as GitHub counts points (token exchanges and app lookups are not counted). */
export function pointsOf(method: string, path: string, mutation: boolean): { endpoint: Endpoint; cost: number } | null {
  if (path.startsWith("/app/") || path === "/app") return null;
  if (path === "/graphql") return { endpoint: "graphql", cost: mutation ? 5 : 1 };
  return { endpoint: "rest", cost: method === "GET" || method === "HEAD" || method === "OPTIONS" ? 1 : 5 };
}
