// The setup server `npm start` runs while the app has no identity yet (no APP_ID): it serves the
// registration page, and when GitHub sends the admin back with a one-time code it converts the
// code into the app's credentials and writes them to `.env`, where the server (`npm start`) and the CLI read
// them. GitHub's conversion endpoint needs no authentication, so a plain REST client does it.
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Octokit } from "@octokit/rest";
import { apiBaseUrl } from "../../config/environment.js";
import { buildManifest, createAppUrl, setupPage, type RegistrationEnv } from "./manifest.js";

export interface SetupOptions {
  appYml: string;
  /** Where the credentials go (`.env` in the working directory). */
  envFile: string;
  env: RegistrationEnv;
  host?: string;
  port?: number;
  log?: (line: string) => void;
}

export interface SetupServer {
  url: string;
  /** The interface it listens on: loopback by default, every one with HOST=0.0.0.0. */
  address: string;
  close(): Promise<void>;
}

export async function startSetupServer(options: SetupOptions): Promise<SetupServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const server: Server = createServer((req, res) => {
    void handle(req, res, options, log).catch((error: unknown) => {
      log(`setup failed: ${(error as Error).message}`);
      if (!res.headersSent)
        res
          .writeHead(502, { "content-type": "text/plain; charset=utf-8" })
          .end("GitHub did not accept the registration; see the server's log.");
    });
  });
  // Loopback unless HOST says otherwise: whoever reaches this page first registers the app into .env.
  const host = options.host ?? "localhost";
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, host, resolve));
  const { port, address } = server.address() as AddressInfo;
  const everywhere = host === "0.0.0.0" || host === "::";
  const url = `http://${everywhere ? "localhost" : host}:${port}`;
  const where = everywhere ? " (or this machine's address: it listens on every interface, HOST)" : "";
  log(`recovery-triage is not registered yet: open ${url}/probot${where} to register it on GitHub.`);
  return { url, address, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: SetupOptions, log: (line: string) => void): Promise<void> {
  const url = new URL(req.url ?? "/", "http://setup");
  if (req.method !== "GET") return void res.writeHead(405).end();
  if (url.pathname === "/") return void res.writeHead(302, { location: "/probot" }).end();
  if (url.pathname === "/favicon.ico") return void res.writeHead(204).end();
  if (url.pathname === "/probot") {
    // The address the admin opened is the one GitHub must send webhooks and the admin back to.
    const baseUrl = `${(req.headers["x-forwarded-proto"] as string | undefined) ?? "http"}://${req.headers["x-forwarded-host"] ?? req.headers.host}`;
    const manifest = buildManifest(options.appYml, baseUrl, options.env);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(setupPage(manifest, createAppUrl(options.env)));
    return;
  }
  if (url.pathname === "/probot/setup") {
    const code = url.searchParams.get("code");
    if (!code || !/^[\w-]{1,100}$/.test(code))
      return void res.writeHead(400, { "content-type": "text/plain" }).end("code missing or invalid");
    const octokit = new Octokit({ baseUrl: apiBaseUrl(options.env) });
    const { data } = await octokit.rest.apps.createFromManifest({ code });
    writeEnv(options.envFile, {
      APP_ID: String(data.id),
      PRIVATE_KEY: data.pem,
      WEBHOOK_SECRET: data.webhook_secret ?? "",
      GITHUB_CLIENT_ID: data.client_id,
      GITHUB_CLIENT_SECRET: data.client_secret,
    });
    log(
      `registered ${data.slug ?? data.name} (app id ${data.id}); credentials written to ${options.envFile}. Restart the server (npm ` +
        `start).`,
    );
    res.writeHead(302, { location: `${data.html_url}/installations/new` }).end();
    return;
  }
  res.writeHead(404).end();
}

/**
 * Merges values into a dotenv file, keeping the admin's lines and comments as they are: a key
 * already there has its line (or its quoted multi-line value) replaced in place, a new key is
 * appended. The file holds a private key, so it is left readable by its owner only (0600), also when
 * it existed before with wider permissions.
 */
export function writeEnv(path: string, values: Record<string, string>): void {
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const pending = new Map(Object.entries(values));
  const out: string[] = [];
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(lines[i]!)?.[1];
    // A quoted value may run over several lines: the entry ends at its closing quote.
    let end = i;
    const value = key ? lines[i]!.slice(lines[i]!.indexOf("=") + 1).trimStart() : "";
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : null;
    if (quote && !closes(value.slice(1), quote)) while (end + 1 < lines.length && !closes(lines[++end]!, quote));
    if (key && pending.has(key)) {
      out.push(envLine(key, pending.get(key)!));
      pending.delete(key);
    } else out.push(...lines.slice(i, end + 1));
    i = end;
  }
  for (const [key, value] of pending) out.push(envLine(key, value));
  writeFileSync(path, `${out.join("\n")}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function closes(rest: string, quote: string): boolean {
  return new RegExp(`(^|[^\\\\])${quote}\\s*(#.*)?$`).test(rest);
}

/** One `KEY=value` line (multi-line values quoted, as Node's parseEnv reads them). */
function envLine(key: string, value: string): string {
  return `${key}=${/[\n"'#\s]/.test(value) ? `"${value.replace(/\n/g, "\\n")}"` : value}`;
}
