// The one configuration of how the desk's Octokit meets GitHub's limits, given to Probot once
// (the server and the CLI build their Probot with it). Probot's defaults would add a second
// retry layer under ours: its throttling retries every rate-limited request (returning true from
// onRateLimit and onSecondaryRateLimit) and @octokit/plugin-retry repeats 5xx, including a
// comment creation GitHub may already have made. So here:
// - throttling keeps its scheduling (clustered through Redis with REDIS_URL) but retries nothing:
//   the rate-limited request's error reaches retry.ts, which waits as GitHub asks, or leaves the
//   case for the sweep when GitHub asks for longer than a job may wait;
// - plugin-retry is off: retry.ts retries reads and edits, never a creation that may have happened;
// - every request has a timeout, counted from when it is really sent;
// - GitHub's JSON is parsed by JSON.parse (plainJson says why).
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
  })).plugin(plainJson);
}

/**
 * @octokit/request parses every JSON body with json-with-bigint, which keeps integers beyond 2^53
 * exact at about three times JSON.parse's cost (a sixth of the property test's CPU). GitHub's ids
 * and counts fit a double and the desk reads nothing larger, so a successful body is decoded here:
 * Octokit is asked for it unparsed (its documented `parseSuccessResponseBody`) and it is read as
 * Octokit reads one, by content type, with JSON.parse. Errors keep Octokit's own parsing (they are
 * few). A caller that asks for the stream itself still gets it.
 */
const plainJson: Parameters<typeof ProbotOctokit.plugin>[0] = (octokit) => {
  /** The options this hook set unparsed itself: a retry passes the same object through again. */
  const ours = new WeakSet<object>();
  octokit.hook.wrap("request", async (request, options) => {
    if (options.request?.parseSuccessResponseBody === false && !ours.has(options)) return request(options);
    // Changed in place: every layer of Octokit's hooks is bound to this one options object and
    // ignores what an outer layer passes on.
    options.request = { ...options.request, parseSuccessResponseBody: false };
    ours.add(options);
    const response = await request(options);
    return { ...response, data: await decodeBody(response) };
  });
};

/** A body as @octokit/request decodes one: JSON (its text when it does not parse), text, or bytes. */
async function decodeBody({ headers, data }: { headers: Record<string, unknown>; data: unknown }): Promise<unknown> {
  // No stream (204, 205, HEAD): Octokit's own empty data stands. (Not `instanceof`: the stream
  // comes from Node's own fetch, whose classes a test's sandbox does not share.)
  if (!data || typeof (data as ReadableStream).getReader !== "function") return data;
  const body = new Response(data as ReadableStream);
  const contentType = String(headers["content-type"] ?? "").toLowerCase();
  const type = contentType.split(";")[0]!.trim();
  if (!contentType) return body.text();
  if (type === "application/json" || type === "application/scim+json") {
    const text = await body.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  if (type.startsWith("text/") || (/;\s*charset="?utf-8"?\s*(;|$)/.test(contentType) && type !== "application/octet-stream"))
    return body.text();
  return body.arrayBuffer();
}
