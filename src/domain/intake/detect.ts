// Which issues are account-recovery requests. Any other issue gets no writes at all. An issue with
// the request label (the form applies it) is one. Without it, only the recovery form's own set of
// fields makes one: its username and its reason, and no section of another form (another form may
// share a "PyPI Username" field and a "Code of Conduct" box, never both of those and nothing else).
import type { ParsedRequest } from "./parse.js";

export function isRecoveryRequest(labels: string[], requestLabel: string, parsed: ParsedRequest): boolean {
  const wanted = requestLabel.toLowerCase();
  if (labels.some((l) => l.toLowerCase() === wanted)) return true;
  return parsed.roles.includes("username") && parsed.roles.includes("reason") && parsed.foreignHeadings === 0;
}
