// Secrets never reach a log line: what a serialised line must lose before it is written (the
// loggers that apply it are built in config/logger.ts).
import { findSecrets, redact } from "./secrets.js";

/** Redacts secrets from a serialised log line (JSON strings carry newlines as `\n`). */
export function scrubLogLine(line: string): string {
  if (line.length > 1_000_000) return line.slice(0, 200) + '…"}\n';
  return line
    .split("\\n")
    .map((segment) => redact(segment, findSecrets(segment, { aggressive: true })))
    .join("\\n");
}
