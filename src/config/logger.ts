// Every log line is scrubbed of secrets. Probot logs whole webhook payloads at debug level and
// Octokit logs request bodies, so scrubbing our own log calls is not enough: the loggers the desk
// builds (the server's, the CLI's) pass every line of every child through pino's documented
// `hooks.streamWrite`. A logger built elsewhere (the app loaded by someone else's `probot run`)
// is wrapped at its stream, found through `pino.symbols` (pino's interface for integrations).
import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { scrubLogLine } from "../domain/safety/log-scrub.js";

const scrubbed = new WeakSet<object>();

/** A pino logger whose every line (its children's too) goes through scrubLogLine. */
export function scrubbedLogger(options: LoggerOptions, stream?: DestinationStream): Logger {
  const logger = pino({ ...options, hooks: { ...options.hooks, streamWrite: scrubLogLine } }, stream as DestinationStream);
  scrubbed.add(logger);
  return logger;
}

interface Writable {
  write(chunk: string): unknown;
}

/** Makes a logger the desk did not build scrub its lines too (nothing to do for scrubbedLogger's). */
export function protectLogs(logger: object): void {
  if (scrubbed.has(logger)) return;
  const key = pino.symbols.streamSym;
  // Children find the stream on their root through the prototype chain: wrap it where it is held.
  let owner: object | null = logger;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, key)) owner = Object.getPrototypeOf(owner) as object | null;
  const holder = owner as Record<symbol, Writable> | null;
  const stream = holder?.[key];
  if (!holder || !stream) return;
  holder[key] = new Proxy(stream, {
    get(target, property, receiver) {
      if (property === "write")
        return (chunk: unknown) => target.write(typeof chunk === "string" ? scrubLogLine(chunk) : (chunk as string));
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  scrubbed.add(logger);
  scrubbed.add(holder);
}
