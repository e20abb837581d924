// What a failure means, in one line that says what to do. GitHub's refusals (a wrong or expired
// credential, a missing permission, SSO, a suspended installation, no access, a rate limit) and a
// network that does not reach GitHub are named as such; anything else is its own message. Stack
// traces are for `--debug`.

interface Failure {
  status?: number;
  message?: string;
  code?: string;
  cause?: unknown;
  request?: { url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed|socket hang up/i;

export function explain(error: unknown): string {
  const e = (error ?? {}) as Failure;
  const headers = e.response?.headers ?? {};
  const path = pathOf(e.request?.url);
  const message = (e.message ?? String(error)).split("\n")[0]!;
  switch (e.status) {
    case 401:
      return (
        "GitHub refused the credentials (401): the token, or the app's APP_ID and private key, are wrong or expired. " +
        "Check GITHUB_TOKEN (or `gh auth status`), or APP_ID and PRIVATE_KEY in .env"
      );
    case 403:
    case 429:
      if (headers["x-github-sso"])
        return "GitHub asks for single sign-on (403): authorize this token for the organisation (Settings → Tokens → Configure SSO)";
      if (/suspended/i.test(message))
        return "The app's installation is suspended (403): an owner can unsuspend it in the account's GitHub App settings";
      if (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message)) {
        const reset = Number(headers["x-ratelimit-reset"]);
        const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : "";
        return `GitHub's rate limit was reached${when}: wait, then run the command again`;
      }
      return (
        `GitHub refused this (403 ${message}${path ? ` on ${path}` : ""}): the token or the app lacks a permission it ` +
        "needs; see docs/admins.md for the permissions"
      );
    case 404:
      return (
        `GitHub answered 404${path ? ` for ${path}` : ""}: it does not exist, or these credentials cannot see it ` +
        "(is the app installed on that repository? is the name right?)"
      );
  }
  if (NETWORK.test(`${message} ${e.code ?? ""} ${String((e.cause as Failure | undefined)?.code ?? "")}`))
    return `Could not reach GitHub (${message}): check the network, and GHE_HOST / GHE_PROTOCOL for GitHub Enterprise Server`;
  return message;
}

/** The API path of a request, without the host (it may carry a GitHub Enterprise address, never a secret). */
function pathOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname.replace(/^\/api\/v3/, "");
  } catch {
    return null;
  }
}
