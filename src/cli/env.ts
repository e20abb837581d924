// The command line uses the server's own environment (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
// GHE_HOST, GHE_PROTOCOL, RECOVERY_SECRET), so it acts as the same app the server runs as.
import { readFileSync } from "node:fs";
import { Probot } from "probot";

export function probotFromEnv(env: NodeJS.ProcessEnv = process.env): Probot {
  const appId = Number(env.APP_ID);
  if (!appId) throw new Error("APP_ID is not set (use the server's environment)");
  const key = env.PRIVATE_KEY ?? (env.PRIVATE_KEY_PATH ? readFileSync(env.PRIVATE_KEY_PATH, "utf8") : undefined);
  if (!key) throw new Error("PRIVATE_KEY or PRIVATE_KEY_PATH is not set");
  const privateKey = key.includes("-----BEGIN") ? key.replace(/\\n/g, "\n") : Buffer.from(key, "base64").toString("utf8");
  const baseUrl = env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3` : undefined;
  return new Probot({ appId, privateKey, ...(baseUrl ? { baseUrl } : {}), logLevel: (env.LOG_LEVEL as "warn" | undefined) ?? "warn" });
}
