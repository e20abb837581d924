// Secrets never reach a log line. Probot logs whole webhook payloads at debug level and Octokit
// logs request bodies, so scrubbing our own log calls is not enough: this wraps the stream of the
// root pino logger, through which every line of every (child) logger is written.
import { findSecrets, redact } from "./secrets.js";

/** Redacts secrets from a serialised log line (JSON strings carry newlines as `\n`). */
export function scrubLogLine(line: string): string {
  if (line.length > 1_000_000) return line.slice(0, 200) + '…"}\n';
  return line
    .split("\\n")
    .map((segment) => redact(segment, findSecrets(segment, { aggressive: true })))
    .join("\\n");
}

const SCRUBBED = Symbol("recovery-triage.scrubbed");

interface Writable {
  write(chunk: string): unknown;
}

/** Makes every line the logger (and its children) writes pass through `scrubLogLine`. */
export function protectLogs(logger: object): void {
  const streamSym = findSymbol(logger, "pino.stream");
  if (!streamSym) return;
  const owner = ownerOf(logger, streamSym);
  const stream = (owner as Record<symbol, Writable & { [SCRUBBED]?: boolean }>)[streamSym];
  if (!stream || stream[SCRUBBED]) return;
  const wrapped = new Proxy(stream, {
    get(target, key, receiver) {
      if (key === SCRUBBED) return true;
      if (key === "write") return (chunk: string) => target.write(typeof chunk === "string" ? scrubLogLine(chunk) : chunk);
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  (owner as Record<symbol, unknown>)[streamSym] = wrapped;
}

function findSymbol(object: object, description: string): symbol | undefined {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    const found = Object.getOwnPropertySymbols(o).find((s) => s.description === description);
    if (found) return found;
  }
  return undefined;
}

function ownerOf(object: object, key: symbol): object {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null)
    if (Object.prototype.hasOwnProperty.call(o, key)) return o;
  return object;
}
