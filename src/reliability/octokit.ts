// The one configuration of how the desk's Octokit meets GitHub's limits, given to Probot once
// (the server and the CLI build their Probot with it). Probot's defaults would add a second
// retry layer under ours: its throttling retries every rate-limited request (returning true from
// onRateLimit and onSecondaryRateLimit) and @octokit/plugin-retry repeats 5xx, including a
// comment creation GitHub may already have made. So here:
// - throttling keeps its scheduling (clustered through Redis with REDIS_URL) but retries nothing:
//   the rate-limited request's error reaches retry.ts, which waits as GitHub asks, or leaves the
//   case for the sweep when GitHub asks for longer than a job may wait;
// - plugin-retry is off: retry.ts retries reads and edits, never a creation that may have happened;
// - every request has a timeout, counted from when it is really sent.
import { ProbotOctokit } from "probot";

/** `fetch` with a timeout that starts when the request is sent (not while it waits its turn). */
export function timedFetch(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/** Probot's Octokit as the desk uses it; `throttling: false` turns Probot's scheduling off too (tests on loopback). */
export function deskOctokit(timeoutMs: number, throttling = true): typeof ProbotOctokit {
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    throttle: { ...(instance.throttle as object), enabled: throttling, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    retry: { enabled: false },
    request: { ...(instance.request as object), fetch: timedFetch(timeoutMs) },
  }));
}
