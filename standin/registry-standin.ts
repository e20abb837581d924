// A package registry for tests and the demo, answering as PyPI does: the account's profile page
// (HTML, 404 for an unknown name), the JSON API with ownership roles (301 to the canonical name),
// the Integrity API's provenance (404 when a file has none), ETags with 304s. It can also be down,
// slow, rate-limiting or answer nonsense, and serve whatever hostile metadata a test gives it.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SigstoreTrust } from "../src/domain/evidence/attestation.js";
import { ThrowawaySigstore, type AttestationFault } from "./sigstore.js";

export interface RegistryProject {
  /** Roles as the JSON API reports them. */
  roles: { user: string; role: string }[];
  projectUrls?: Record<string, string>;
  /** Oldest first; the last is the latest release. */
  releases: { version: string; uploadedAt: string }[];
  /**
   * The Trusted Publisher of the latest release's files, when it has one (PEP 740). Its attestation
   * is signed for the ids `identify` gives for the repository now, unless the repository that
   * published had others (`repositoryId`, `ownerId`: renamed away, deleted, transferred since);
   * `attested: false` serves the bundle without a certificate; `fault` serves an attestation wrong
   * in one way a verifier must catch (signed with another key, over another file, in no log...).
   */
  publisher?: {
    kind?: string;
    repository: string;
    workflow?: string;
    repositoryId?: number;
    ownerId?: number;
    attested?: boolean;
    fault?: AttestationFault;
  };
  /** Raw JSON to serve instead (hostile or broken metadata). */
  raw?: unknown;
}

export type RegistryMode = "ok" | "down" | "slow" | "rate-limited" | "nonsense";

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

export class RegistryStandIn {
  /** Accounts by name, with the projects their profile lists (in that order). */
  readonly accounts = new Map<string, { username: string; projects: string[] }>();
  readonly projects = new Map<string, RegistryProject & { name: string }>();
  /** Every request received (path and whether it was conditional). */
  readonly requests: { path: string; conditional: boolean }[] = [];
  mode: RegistryMode = "ok";
  /**
   * The ids a repository has on GitHub now (wire it to the GitHub stand-in's `publicIdentity`):
   * the attestations are signed for them. Without it, attestations carry no certificate.
   */
  identify: ((repository: string) => { repositoryId: number; ownerId: number } | null) | null = null;
  /** Issues the attestations' certificates and logs them; the app must trust it (`trust()`). */
  private sigstore: ThrowawaySigstore | null = null;
  private readonly attestations = new Map<string, unknown>();
  /** How long "slow" takes to answer. */
  slowMs = 10_000;
  private server: Server | null = null;
  private base = "";

  addAccount(username: string, projects: string[] = []): void {
    this.accounts.set(username.toLowerCase(), { username, projects });
  }

  addProject(name: string, project: RegistryProject): void {
    this.projects.set(normalize(name), { ...project, name });
  }

  /** The Sigstore trusted root the app must trust to verify this registry's attestations. */
  trust(): SigstoreTrust {
    if (!this.sigstore) throw new Error("start the registry stand-in first");
    return this.sigstore.trust();
  }

  /** The same, as a Sigstore trusted_root.json written to a temporary file (for SIGSTORE_TRUSTED_ROOT). */
  writeTrustedRoot(): string {
    if (!this.sigstore) throw new Error("start the registry stand-in first");
    const path = join(mkdtempSync(join(tmpdir(), "trusted-root-")), "trusted_root.json");
    writeFileSync(path, JSON.stringify(this.sigstore.trustedRoot()));
    return path;
  }

  async start(): Promise<string> {
    this.sigstore ??= await ThrowawaySigstore.create();
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get url(): string {
    return this.base;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURI((req.url ?? "/").split("?")[0]!);
    this.requests.push({ path, conditional: Boolean(req.headers["if-none-match"]) });
    if (this.mode === "down") return void req.socket.destroy();
    if (this.mode === "slow") await new Promise((r) => setTimeout(r, this.slowMs));
    if (this.mode === "rate-limited") return void res.writeHead(429, { "retry-after": "60" }).end("Too Many Requests");
    if (this.mode === "nonsense")
      return void res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Maintenance ☕ {</body>");
    const seg = path.split("/").filter(Boolean);
    if (seg[0] === "user" && seg.length === 2) return this.profile(req, res, seg[1]!);
    if (seg[0] === "pypi" && seg[2] === "json" && seg.length === 3) return this.project(req, res, seg[1]!);
    if (seg[0] === "integrity" && seg[4] === "provenance" && seg.length === 5) return this.provenance(req, res, seg[1]!, seg[2]!, seg[3]!);
    res.writeHead(404).end("Not Found");
  }

  private profile(req: IncomingMessage, res: ServerResponse, name: string): void {
    const account = this.accounts.get(name.toLowerCase());
    if (!account) return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>404 Not Found</h1>");
    if (account.username !== name) return void res.writeHead(301, { location: `/user/${account.username}/` }).end();
    const snippets = account.projects.map(
      (p) =>
        `<a class="package-snippet" href="/project/${encodeURIComponent(normalize(p))}/">` +
        `<h3 class="package-snippet__title">${escapeHtml(p)}</h3></a>`,
    );
    const heading = account.projects.length === 0 ? "No projects" : `${account.projects.length} projects`;
    const html =
      `<!DOCTYPE html><html><body><div class="author-profile"><p>${escapeHtml(account.username)}</p></div>` +
      `<div class="left-layout__main"><h2>${heading}</h2><div class="package-list">${snippets.join("")}</div></div></body></html>`;
    this.send(req, res, "text/html; charset=utf-8", html);
  }

  private project(req: IncomingMessage, res: ServerResponse, name: string): void {
    const project = this.projects.get(normalize(name));
    if (!project) return void res.writeHead(404, { "content-type": "application/json" }).end('{"message": "Not Found"}');
    if (project.name !== name) return void res.writeHead(301, { location: `/pypi/${project.name}/json` }).end();
    this.send(req, res, "application/json", JSON.stringify(project.raw ?? projectJson(project)));
  }

  private async provenance(req: IncomingMessage, res: ServerResponse, name: string, version: string, filename: string): Promise<void> {
    const project = this.projects.get(normalize(name));
    const latest = project?.releases.at(-1);
    if (!project?.publisher || latest?.version !== version || filename !== fileOf(project.name, version)) {
      return void res.writeHead(404, { "content-type": "application/json" }).end('{"message": "No provenance available"}');
    }
    const { kind = "GitHub", repository, workflow = "release.yml" } = project.publisher;
    const body = {
      version: 1,
      attestation_bundles: [
        { publisher: { kind, repository, workflow, environment: null }, attestations: [await this.attestation(project)] },
      ],
    };
    this.send(req, res, "application/vnd.pypi.integrity.v1+json", JSON.stringify(body));
  }

  /** PEP 740's attestation object: the signing certificate, the log entry, the signed statement about the file. */
  private async attestation(project: RegistryProject & { name: string }): Promise<unknown> {
    const publisher = project.publisher!;
    const now = this.identify?.(publisher.repository) ?? null;
    const repositoryId = publisher.repositoryId ?? now?.repositoryId;
    const ownerId = publisher.ownerId ?? now?.ownerId;
    if (publisher.attested === false || !this.sigstore || repositoryId === undefined || ownerId === undefined) return {};
    const { version, uploadedAt } = project.releases.at(-1)!;
    const at = new Date(uploadedAt);
    const filename = fileOf(project.name, version);
    // One attestation per release and identity, as a real upload has: the same bytes every time it is asked for.
    const key = `${publisher.repository}|${repositoryId}|${ownerId}|${filename}|${at.toISOString()}|${publisher.fault ?? ""}`;
    let attestation = this.attestations.get(key);
    if (!attestation) {
      const claims = { repository: publisher.repository, repositoryId, ownerId, workflow: publisher.workflow ?? "release.yml", at };
      attestation = await this.sigstore.attestation(claims, { filename, sha256: digestOf(filename) }, publisher.fault);
      this.attestations.set(key, attestation);
    }
    return attestation;
  }

  private send(req: IncomingMessage, res: ServerResponse, type: string, body: string): void {
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": type, etag }).end(body);
  }
}

const fileOf = (name: string, version: string) => `${normalize(name).replace(/-/g, "_")}-${version}.tar.gz`;
/** The stand-in's files have no bytes; each one's sha256 is that of its name, as stable as a real file's. */
const digestOf = (filename: string) => createHash("sha256").update(filename).digest("hex");

function projectJson(project: RegistryProject & { name: string }) {
  const file = (version: string, at: string) => ({
    filename: fileOf(project.name, version),
    packagetype: "sdist",
    digests: { sha256: digestOf(fileOf(project.name, version)) },
    upload_time: at.replace(/\.\d+Z$|Z$/, ""),
    upload_time_iso_8601: at,
    yanked: false,
  });
  const latest = project.releases.at(-1);
  return {
    info: {
      name: project.name,
      version: latest?.version ?? null,
      project_urls: project.projectUrls ?? null,
      home_page: null,
    },
    releases: Object.fromEntries(project.releases.map((r) => [r.version, [file(r.version, r.uploadedAt)]])),
    urls: latest ? [file(latest.version, latest.uploadedAt)] : [],
    ownership: { roles: project.roles, organization: null },
    vulnerabilities: [],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
