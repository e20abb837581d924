// GitHub's side of the manifest flow, for the stand-in: the web page that takes a posted manifest
// (it "creates" the app and sends the browser back to the manifest's redirect_url with a one-time
// code, as github.com does after the admin confirms), and the API that converts that code into the
// app's credentials, once.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RegisteredApp {
  manifest: Record<string, unknown>;
  id: number;
  slug: string;
  pem: string;
  webhookSecret: string;
}

export class ManifestFlow {
  /** Apps created through the flow, by their one-time code until it is converted. */
  readonly pending = new Map<string, RegisteredApp>();
  readonly created: RegisteredApp[] = [];

  constructor(private readonly privateKey: () => string) {}

  /** Handles the two routes of the flow; false for any other request. */
  handle(req: IncomingMessage, path: string, raw: string, origin: string, res: ServerResponse): boolean {
    if (req.method === "POST" && /^(\/organizations\/[^/]+)?\/settings\/apps\/new$/.test(path)) {
      const manifest = JSON.parse(new URLSearchParams(raw).get("manifest") ?? "null") as Record<string, unknown> | null;
      if (!manifest || typeof manifest.redirect_url !== "string" || typeof manifest.name !== "string") {
        res.writeHead(422, { "content-type": "text/plain" }).end("Invalid GitHub App configuration");
        return true;
      }
      const code = randomUUID().replace(/-/g, "");
      const app: RegisteredApp = {
        manifest,
        id: 1000 + this.created.length,
        slug: manifest.name,
        pem: this.privateKey(),
        webhookSecret: randomBytes(20).toString("hex"),
      };
      this.created.push(app);
      this.pending.set(code, app);
      res.writeHead(302, { location: `${manifest.redirect_url}?code=${code}` }).end();
      return true;
    }
    const conversion = /^\/app-manifests\/([^/]+)\/conversions$/.exec(path);
    if (req.method === "POST" && conversion) {
      const app = this.pending.get(conversion[1]!);
      if (!app) return json(res, 404, { message: "Not Found" });
      this.pending.delete(conversion[1]!);
      return json(res, 201, {
        id: app.id,
        slug: app.slug,
        name: app.slug,
        node_id: `A_${app.id}`,
        owner: { login: "registry", id: 1, type: "Organization" },
        html_url: `${origin}/apps/${app.slug}`,
        client_id: `Iv1.${app.id}`,
        client_secret: randomBytes(20).toString("hex"),
        webhook_secret: app.webhookSecret,
        pem: app.pem,
        permissions: app.manifest.default_permissions ?? {},
        events: app.manifest.default_events ?? [],
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      });
    }
    if (req.method === "GET" && path === "/favicon.ico") {
      res.writeHead(204).end();
      return true;
    }
    if (req.method === "GET" && /^\/apps\/[^/]+\/installations\/new$/.test(path)) {
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end("<!doctype html><title>Install</title><h1>Install the app</h1>");
      return true;
    }
    return false;
  }
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  return true;
}
