// Throwaway RSA keys for the stand-in's world: the app's key in tests and the demo, and the key
// GitHub hands out when an app is registered through the manifest flow.
import { generateKeyPairSync } from "node:crypto";

export function throwawayPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}
