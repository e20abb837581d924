// Jest's global setup: the tests start real parts (a redis-server, Debian's Chromium, openssl for a
// throwaway certificate). When one is missing, say so in one line and stop, instead of failing
// every test that needs it with a stack trace. It also makes the stand-ins' throwaway app key once
// for the whole run (STANDIN_APP_KEY, read by standin/keys.ts): the workers start after this and
// inherit it, where each test file would otherwise generate its own RSA key.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";

const TOOLS = [
  ["redis-server", () => has("redis-server"), "apt-get install -y redis-server"],
  ["chromium", () => existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"), "apt-get install -y chromium"],
  ["openssl", () => has("openssl"), "apt-get install -y openssl"],
];

function has(command) {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export default function checkTools() {
  // The key standin/keys.ts throwawayPrivateKey() would make (this setup is plain JavaScript: it cannot import it).
  process.env.STANDIN_APP_KEY ||= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs1", format: "pem" })
    .toString();
  const missing = TOOLS.filter(([, present]) => !present());
  if (missing.length === 0) return;
  const install = missing.map(([, , how]) => how).join(" && ");
  process.stderr.write(
    `\nThe tests need ${missing.map(([name]) => name).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not installed: ${install} (as root; .ci/run does this).\n`,
  );
  process.exit(1);
}
