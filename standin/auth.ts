// Authentication as GitHub does it, for the stand-in: the app's own endpoints need a JWT signed
// with the app's private key (RS256, `iss` = the app id, not expired, issued at most a minute in
// the future); everything else needs an installation token the stand-in issued, not expired, or a
// person's token (a reviewer's GITHUB_TOKEN), or no token at all for reading a public repository
// (GitHub answers those at 60 an hour). Anything else is 401, with GitHub's messages.
import { createPublicKey, createVerify, randomBytes, type KeyObject } from "node:crypto";

export type AuthResult = { ok: true } | { ok: false; status: 401; message: string };

/** Endpoints that take the app's JWT rather than an installation token. */
function needsAppJwt(method: string, path: string): boolean {
  return (
    (method === "GET" && (path === "/app" || path === "/app/installations" || /^\/repos\/[^/]+\/[^/]+\/installation$/.test(path))) ||
    (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path))
  );
}

export class StandInAuth {
  private readonly publicKey: KeyObject;
  /** Installation tokens issued, with their installation and expiry (ms). */
  private readonly tokens = new Map<string, { installation: number; expiresAt: number }>();
  /** People's tokens (as `gh auth token` or a personal access token gives them): token → login. */
  private readonly people = new Map<string, string>();

  constructor(
    privateKeyPem: string,
    private readonly appId: number,
    private readonly tokenLifetimeMs: number,
  ) {
    this.publicKey = createPublicKey(privateKeyPem);
  }

  issueToken(installation: number): { token: string; expiresAt: Date } {
    const token = `ghs_${randomBytes(18).toString("base64url")}`;
    const expiresAt = Date.now() + this.tokenLifetimeMs;
    this.tokens.set(token, { installation, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** A person's token: it reads what that person may read, as them. */
  issueUserToken(login: string): string {
    const token = `ghp_${randomBytes(18).toString("base64url")}`;
    this.people.set(token, login);
    return token;
  }

  /** Whose token this is (null: an installation's, or none). */
  personOf(authorization: string | undefined): string | null {
    const match = /^(?:token|bearer) (\S+)$/i.exec(authorization ?? "");
    return match ? (this.people.get(match[1]!) ?? null) : null;
  }

  check(method: string, path: string, authorization: string | undefined, publicRead = false): AuthResult {
    if (needsAppJwt(method, path)) return this.checkJwt(authorization);
    if (this.personOf(authorization)) return method === "GET" ? { ok: true } : { ok: false, status: 401, message: "Bad credentials" };
    if (!authorization && publicRead && method === "GET") return { ok: true };
    const match = /^(?:token|bearer) (\S+)$/i.exec(authorization ?? "");
    const token = match ? this.tokens.get(match[1]!) : undefined;
    if (!token || token.expiresAt <= Date.now()) return { ok: false, status: 401, message: "Bad credentials" };
    return { ok: true };
  }

  private checkJwt(authorization: string | undefined): AuthResult {
    const match = /^bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/i.exec(authorization ?? "");
    if (!match) return { ok: false, status: 401, message: "A JSON web token could not be decoded" };
    const [, header, payload, signature] = match as unknown as [string, string, string, string];
    const verifier = createVerify("RSA-SHA256").update(`${header}.${payload}`);
    if (!verifier.verify(this.publicKey, Buffer.from(signature, "base64url")))
      return { ok: false, status: 401, message: "A JSON web token could not be decoded" };
    let claims: { iss?: unknown; exp?: unknown; iat?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as typeof claims;
    } catch {
      return { ok: false, status: 401, message: "A JSON web token could not be decoded" };
    }
    const now = Math.floor(Date.now() / 1000);
    if (String(claims.iss) !== String(this.appId)) return { ok: false, status: 401, message: "'Issuer' claim ('iss') must be an Integer" };
    if (typeof claims.exp !== "number" || claims.exp <= now) {
      return {
        ok: false,
        status: 401,
        message: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
      };
    }
    if (typeof claims.iat !== "number" || claims.iat > now + 60)
      return {
        ok: false,
        status: 401,
        message: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
      };
    return { ok: true };
  }
}
