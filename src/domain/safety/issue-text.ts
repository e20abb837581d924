// Secrets in the text of an issue itself: its title and its body. Both are public and both can
// be edited by their author, so both are scanned on every load and rewritten with the secrets
// replaced in the same issues.update that sets labels (GitHub keeps the edit history, so what was
// posted is burnt all the same: the author is told).
import { findSecrets, kindsOf, redact, type SecretKind } from "./secrets.js";

export type IssuePart = "title" | "body";

export interface IssueSecrets {
  kinds: SecretKind[];
  /** Where they were found. */
  parts: IssuePart[];
  /** The parts as they should read instead (only those that held secrets). */
  rewrite: Partial<Record<IssuePart, string>>;
}

export function scanIssueText(issue: { title: string; body: string }): IssueSecrets | null {
  const result: IssueSecrets = { kinds: [], parts: [], rewrite: {} };
  for (const part of ["title", "body"] as const) {
    const findings = findSecrets(issue[part]);
    if (findings.length === 0) continue;
    result.parts.push(part);
    result.kinds = [...new Set([...result.kinds, ...kindsOf(findings)])].sort();
    result.rewrite[part] = redact(issue[part], findings);
  }
  return result.parts.length > 0 ? result : null;
}
