// Which issues are account-recovery requests. Any other issue gets no writes at all.
import type { ParsedRequest } from "./parse.js";

export function isRecoveryRequest(labels: string[], requestLabel: string, parsed: ParsedRequest): boolean {
  const wanted = requestLabel.toLowerCase();
  return labels.some((l) => l.toLowerCase() === wanted) || parsed.hasFormSections;
}
