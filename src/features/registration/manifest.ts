// Registering the GitHub App from `app.yml` (GitHub's manifest flow). Pure: builds the manifest and
// the page that posts it. Probot's own setup page puts the manifest, unescaped, into a single-quoted
// HTML attribute, so an apostrophe anywhere in app.yml cut the JSON short; here every character
// of the manifest is entity-escaped, and the browser posts back exactly the JSON that was built.
import YAML from "yaml";
import { environment, webBaseUrl } from "../../config/environment.js";

/** Where Probot receives webhooks unless WEBHOOK_PATH says otherwise. */
const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

export interface RegistrationEnv {
  WEBHOOK_PROXY_URL?: string;
  WEBHOOK_PATH?: string;
  GHE_HOST?: string;
  GHE_PROTOCOL?: string;
  /** Register the app under an organisation rather than the signed-in user. */
  GH_ORG?: string;
}

export type Manifest = Record<string, unknown> & {
  name: string;
  url: string;
  hook_attributes: { url: string; active?: boolean };
  redirect_url: string;
};

/**
 * The manifest GitHub receives: app.yml as written, plus what only the running server knows.
 * The webhook URL rule: app.yml's `hook_attributes.url` if it sets one; else WEBHOOK_PROXY_URL
 * (a smee.io channel in development); else the address the setup page was opened at, followed by
 * the webhook path (`/api/github/webhooks`, or WEBHOOK_PATH).
 */
export function buildManifest(appYml: string, baseUrl: string, given: RegistrationEnv = {}): Manifest {
  const env: RegistrationEnv = environment(given as NodeJS.ProcessEnv);
  const parsed = YAML.parse(appYml) as Record<string, unknown> | null;
  const fromFile = parsed && typeof parsed === "object" ? parsed : {};
  const hooks = (fromFile.hook_attributes ?? {}) as { url?: unknown; active?: boolean };
  const origin = baseUrl.replace(/\/+$/, "");
  const hookUrl =
    typeof hooks.url === "string" && hooks.url
      ? hooks.url
      : (env.WEBHOOK_PROXY_URL ?? `${origin}${env.WEBHOOK_PATH ?? DEFAULT_WEBHOOK_PATH}`);
  return {
    public: false,
    ...fromFile,
    name: typeof fromFile.name === "string" ? fromFile.name : "recovery-triage",
    url: typeof fromFile.url === "string" && fromFile.url ? fromFile.url : origin,
    hook_attributes: { ...hooks, url: hookUrl },
    redirect_url: `${origin}/probot/setup`,
  };
}

/** GitHub's page that creates an app from a posted manifest (GitHub Enterprise and organisations too). */
export function createAppUrl(given: RegistrationEnv = {}): string {
  const env: RegistrationEnv = environment(given as NodeJS.ProcessEnv);
  return `${webBaseUrl(env)}${env.GH_ORG ? `/organizations/${encodeURIComponent(env.GH_ORG)}` : ""}/settings/apps/new`;
}

/** Text for an HTML attribute value or element: nothing in it can end the attribute or start markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The setup page: one button that posts the manifest to GitHub. No script, no external resource. */
export function setupPage(manifest: Manifest, action: string): string {
  const name = escapeHtml(manifest.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${escapeHtml(new URL(action).origin)}">
<title>Register ${name}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}
button{font:inherit;padding:.5rem 1rem}
code{word-break:break-all}
</style>
</head>
<body>
<h1>Register ${name} on GitHub</h1>
<p>This creates a GitHub App with the settings from <code>app.yml</code>. GitHub then sends you back here, and the app's
ID, private key and webhook secret are written to <code>.env</code>. Restart the server afterwards.</p>
<p>Webhooks will be delivered to <code>${escapeHtml(manifest.hook_attributes.url)}</code>.</p>
<form action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit" id="register">Register GitHub App</button>
</form>
</body>
</html>
`;
}
