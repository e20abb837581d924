// Jest's global setup: the tests start real parts (a redis-server, Debian's Chromium, openssl for a
// throwaway certificate). When one is missing, say so in one line and stop, instead of failing
// every test that needs it with a stack trace.
import { execFileSync } from "node:child_process";
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
  const missing = TOOLS.filter(([, present]) => !present());
  if (missing.length === 0) return;
  const install = missing.map(([, , how]) => how).join(" && ");
  process.stderr.write(
    `\nThe tests need ${missing.map(([name]) => name).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not installed: ${install} (as root; .ci/run does this).\n`,
  );
  process.exit(1);
}
