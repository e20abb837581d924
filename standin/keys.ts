// Throwaway RSA keys for the stand-in's world: the app's key in tests and the demo, and the key
// GitHub hands out when an app is registered through the manifest flow.
import { generateKeyPairSync } from "node:crypto";

export function throwawayPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}

let shared: string | null = null;

/**
 * The app's key for every stand-in of this process that is not given one: generating an RSA key
 * costs a tenth of a second or more, and a test file starts dozens of stand-ins. Jest's global setup
 * (test/check-tools.mjs) makes one for the whole run and hands it to every worker as STANDIN_APP_KEY,
 * since each test file loads this module afresh. A test that needs a key the stand-in does not know
 * (a JWT from another app) asks throwawayPrivateKey() for a fresh one.
 */
export function sharedAppKey(): string {
  return (shared ??= process.env.STANDIN_APP_KEY || throwawayPrivateKey());
}
