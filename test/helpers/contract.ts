// GitHub's published contract, to hold the stand-in to: every request sent to it must match an
// operation of @octokit/openapi (method, path, query names, body schema), every response it gives
// must be documented and match that operation's schema, and every webhook payload it sends must
// match @octokit/openapi-webhooks. Validation is ajv's (JSON Schema), not ours.
//
// Reading both descriptions (18 MB) and compiling a validator (20–230 ms each) cost every test file
// that holds exchanges to the contract seconds. So what they yield is kept in
// node_modules/.cache/recovery-triage-contract: the index of operations and each validator as ajv's
// standalone code, named by a fingerprint of the packages' versions and of this file. A file only
// reads the descriptions when it needs a validator nobody compiled yet.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import type { RecordedRequest } from "../../standin/github-standin.js";

// Both packages are CommonJS; loaded as such so their default exports need no interop guessing.
interface AjvLike {
  addSchema(schema: object, key: string): unknown;
  compile(schema: object): ValidateFunction;
}
const require = createRequire(import.meta.url);
const Ajv = (require("ajv") as { default: new (options: object) => AjvLike }).default;
const addFormats = (require("ajv-formats") as { default: (ajv: AjvLike) => void }).default;
const standaloneCode = (require("ajv/dist/standalone") as { default: (ajv: AjvLike, fn: ValidateFunction) => string }).default;

const REST = "node_modules/@octokit/openapi/generated/api.github.com.json";
const HOOKS = "node_modules/@octokit/openapi-webhooks/generated/api.github.com.json";
const CACHE = "node_modules/.cache/recovery-triage-contract";
/** What the cached index and validators were made from: the descriptions, ajv, and how this file reads them. */
const FINGERPRINT = createHash("sha256")
  .update(["@octokit/openapi", "@octokit/openapi-webhooks", "ajv", "ajv-formats"].map((p) => `${p}@${versionOf(p)}`).join(" "))
  .update(readFileSync(new URL(import.meta.url)))
  .digest("hex")
  .slice(0, 16);

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")) as { version: string }).version;
}

/** Written whole or not at all: workers running side by side may write the same entry. */
function writeCached(name: string, text: string): void {
  mkdirSync(CACHE, { recursive: true });
  const temporary = join(CACHE, `${name}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, join(CACHE, name));
}

function readCached(name: string): string | null {
  try {
    return readFileSync(join(CACHE, name), "utf8");
  } catch {
    return null;
  }
}

type Schema = Record<string, unknown>;
/** An operation of the REST description, as the checks read it. */
interface Operation {
  method: string;
  template: string;
  query: string[];
  /** Whether it takes a JSON body. */
  jsonBody: boolean;
  /** Its documented statuses, and whether each answers with JSON. */
  responses: Record<string, { json: boolean }>;
  pointer: string;
}

/** OpenAPI 3.0's `nullable: true` is not JSON Schema: rewrite it as a type that admits null. */
function mapNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(mapNullable);
  if (!node || typeof node !== "object") return;
  const schema = node as Schema;
  for (const value of Object.values(schema)) mapNullable(value);
  if (schema.nullable === true) {
    delete schema.nullable;
    if (typeof schema.type === "string") schema.type = [schema.type, "null"];
    else if (Array.isArray(schema.type)) schema.type = [...(schema.type as string[]), "null"];
    else {
      const copy = { ...schema };
      for (const k of Object.keys(schema)) delete schema[k];
      schema.anyOf = [copy, { type: "null" }];
    }
    // An enum must also admit null.
    if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
  }
}

/**
 * Where the published description contradicts itself, the operation's response is checked against
 * the component it should have referenced instead; each such place is named here, with why.
 */
const DESCRIPTION_ERRATA: Record<string, { schema: Schema; why: string }> = {
  "GET /app/installations 200": {
    schema: { type: "array", items: { $ref: "#/components/schemas/installation" } },
    why: "the inlined schema types `account` as allOf[simple-user, enterprise] (both at once); the `installation` component says anyOf",
  },
};

const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const unescape = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** The node at a JSON pointer (`/components/schemas/x`) of a document. */
function lookup(document: Schema, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((o, k) => (o as Schema | undefined)?.[unescape(k)], document);
}

/** The distinct local `$ref`s (`#/components/…`) anywhere in a schema. */
function refsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/")) found.add(v);
      else refsIn(v, found);
    }
  return found;
}

export interface Violation {
  what: string;
  detail: string;
}

export class GitHubContract {
  private readonly ajv: AjvLike = new Ajv({ strict: false, allErrors: false, validateFormats: true, code: { source: true } });
  private readonly operations: (Operation & { pattern: RegExp })[];
  private readonly compiled = new Map<string, ValidateFunction>();
  private compiledHere = 0;
  /** The descriptions as published, read when a validator is first compiled; each takes a copy of only what it needs. */
  private documentsRead: Record<"rest" | "hooks", Schema> | null = null;

  constructor() {
    addFormats(this.ajv);
    const cached = readCached(`${FINGERPRINT}-operations.json`);
    const operations = cached ? (JSON.parse(cached) as Operation[]) : this.indexOperations();
    if (!cached) writeCached(`${FINGERPRINT}-operations.json`, JSON.stringify(operations));
    this.operations = operations.map((o) => ({ ...o, pattern: new RegExp(`^${o.template.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));
  }

  /** Whether this instance had to read the descriptions (nothing it needed was cached). */
  get readDescriptions(): boolean {
    return this.documentsRead !== null;
  }

  private get documents(): Record<"rest" | "hooks", Schema> {
    return (this.documentsRead ??= {
      rest: JSON.parse(readFileSync(REST, "utf8")) as Schema,
      hooks: JSON.parse(readFileSync(HOOKS, "utf8")) as Schema,
    });
  }

  private indexOperations(): Operation[] {
    const json = (node: unknown) => Boolean(((node as Schema | undefined)?.content as Schema | undefined)?.["application/json"]);
    const { rest } = this.documents;
    const operations: Operation[] = [];
    for (const [template, methods] of Object.entries(rest.paths as Record<string, Record<string, Schema>>)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!["get", "post", "patch", "put", "delete"].includes(method)) continue;
        const params = [...((methods.parameters as Schema[] | undefined) ?? []), ...((op.parameters as Schema[] | undefined) ?? [])].map(
          (p) => this.deref(rest, p),
        );
        operations.push({
          method: method.toUpperCase(),
          template,
          query: params.filter((p) => p.in === "query").map((p) => String(p.name)),
          jsonBody: json(op.requestBody),
          responses: Object.fromEntries(Object.entries(op.responses as Schema).map(([code, r]) => [code, { json: json(r) }])),
          pointer: `rest#/paths/${escape(template)}/${method}`,
        });
      }
    }
    return operations;
  }

  private deref(root: Schema, node: Schema): Schema {
    const ref = node.$ref as string | undefined;
    return ref ? (lookup(root, ref.slice(1)) as Schema) : node;
  }

  /**
   * The validator of the schema at `pointer` (`rest#/paths/…` or `hooks#/webhooks/…`), or of `schema`
   * (an erratum, whose `$ref`s point into the REST description). Ajv is given a copy of only what it
   * reaches: that schema and every component its `$ref`s lead to, at their places in the document, with
   * `nullable` rewritten. Adding both whole descriptions (18 MB) cost each test file about a second.
   */
  private validator(pointer: string, schema?: Schema): ValidateFunction {
    let fn = this.compiled.get(pointer);
    if (fn) return fn;
    // Standalone code is a CommonJS module: loaded through Node's own require, once per worker.
    const name = `${FINGERPRINT}-${createHash("sha256")
      .update(pointer)
      .update(JSON.stringify(schema ?? null))
      .digest("hex")
      .slice(0, 24)}.cjs`;
    if (!existsSync(join(CACHE, name))) writeCached(name, standaloneCode(this.ajv, this.compile(pointer, schema)));
    fn = require(join(process.cwd(), CACHE, name)) as ValidateFunction;
    this.compiled.set(pointer, fn);
    return fn;
  }

  private compile(pointer: string, schema?: Schema): ValidateFunction {
    const [name, path] = pointer.split("#") as ["rest" | "hooks", string];
    const document = this.documents[name];
    const part: Schema = {};
    const copied = new Set<string>();
    const copy = (at: string, node: unknown) => {
      if (copied.has(at)) return;
      copied.add(at);
      const keys = at.split("/").slice(1).map(unescape);
      const parent = keys.slice(0, -1).reduce<Schema>((o, k) => (o[k] ??= {}) as Schema, part);
      const clone = structuredClone(node);
      mapNullable(clone);
      parent[keys.at(-1)!] = clone;
      for (const ref of refsIn(node)) copy(ref.slice(1), lookup(document, ref.slice(1)));
    };
    copy(path, schema ?? lookup(document, path));
    const key = `${name}-${this.compiledHere++}`;
    this.ajv.addSchema(part, key);
    return this.ajv.compile({ $ref: `${key}#${path}` });
  }

  private errors(fn: ValidateFunction): string {
    return (fn.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.instancePath || "/"} ${e.message ?? ""}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`)
      .join("; ");
  }

  /** The operation a request is for, or null. Literal segments win over parameters. */
  operation(method: string, path: string): Operation | null {
    const candidates = this.operations.filter((o) => o.method === method && o.pattern.test(path));
    candidates.sort((a, b) => a.template.split("{").length - b.template.split("{").length);
    return candidates[0] ?? null;
  }

  /** Checks one exchange with the REST API (path without /api/v3, query included). */
  checkExchange(exchange: RecordedRequest): Violation[] {
    const url = new URL(exchange.path, "http://x");
    const where = `${exchange.method} ${url.pathname}`;
    const op = this.operation(exchange.method, url.pathname);
    if (!op) return [{ what: where, detail: "no such operation in GitHub's REST description" }];
    const out: Violation[] = [];
    for (const name of url.searchParams.keys())
      if (!op.query.includes(name)) out.push({ what: where, detail: `query parameter "${name}" is not one of ${op.template}'s` });
    if (op.jsonBody && exchange.body !== undefined) {
      const fn = this.validator(`${op.pointer}/requestBody/content/application~1json/schema`);
      if (!fn(exchange.body)) out.push({ what: `${where} request body`, detail: this.errors(fn) });
    }
    if (exchange.status !== undefined) {
      const { responses } = op;
      const code = String(exchange.status);
      // GitHub documents conditional requests for the whole REST API, not per operation ("Use
      // conditional requests if appropriate": any GET answered with an ETag may get a bodiless 304).
      const conditional = code === "304" && exchange.method === "GET" && (exchange.response === undefined || exchange.response === "");
      if (!responses[code] && !responses.default && !conditional)
        out.push({ what: `${where} → ${code}`, detail: `status ${code} is not documented for ${op.template}` });
      const json = (exchange.contentType ?? "application/json").includes("json");
      if (responses[code]?.json && json && exchange.response !== undefined && exchange.response !== "") {
        const erratum = DESCRIPTION_ERRATA[`${exchange.method} ${op.template} ${code}`];
        const fn = erratum
          ? this.validator(`rest#/x-errata/${escape(`${exchange.method} ${op.template} ${code}`)}`, erratum.schema)
          : this.validator(`${op.pointer}/responses/${code}/content/application~1json/schema`);
        if (!fn(exchange.response)) out.push({ what: `${where} → ${code} response`, detail: this.errors(fn) });
      }
    }
    return out;
  }

  /** Checks one webhook delivery (`issues` + action `opened` → `issues-opened`). */
  checkWebhook(name: string, payload: { action?: string }): Violation[] {
    const key = `${name.replace(/_/g, "-")}${payload.action ? `-${payload.action}` : ""}`;
    const fn = this.validator(`hooks#/webhooks/${escape(key)}/post/requestBody/content/application~1json/schema`);
    return fn(payload) ? [] : [{ what: `webhook ${key}`, detail: this.errors(fn) }];
  }
}
