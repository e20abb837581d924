// `recovery-triage reviewer-key <login>`: an admin mints a reviewer's own code key from the desk's secret
// (revoked by raising its version in the config).
import type { Values } from "../arguments.js";
import { recoverySecret } from "../../config/environment.js";
import { verifierFor } from "../../domain/verification/codes.js";

export async function reviewerKey(values: Values, positionals: string[]): Promise<number> {
  const verifier = verifierFor(recoverySecret());
  if (!verifier) throw new Error("RECOVERY_SECRET is not set (run this where the server's secret is, as an admin)");
  const login = positionals[0]!;
  const version = Number(values["key-version"] ?? 1);
  process.stdout.write(
    [
      `Code key for ${login} (version ${version}). Hand it to them privately; it mints codes only they can use:`,
      "",
      `  REVIEWER_KEY=${verifier.reviewerKey(login, version)}`,
      "",
      `To revoke it, set in .github/recovery-triage.yml:  verification: { reviewer_keys: { ${login}: ${version + 1} } }`,
      `and give them the key of version ${version + 1} (recovery-triage reviewer-key ${login} --key-version ${version + 1}).`,
      "",
    ].join("\n"),
  );
  return 0;
}
