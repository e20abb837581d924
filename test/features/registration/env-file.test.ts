// Registration writes the app's credentials into `.env`: the admin's own lines and comments stay as
// they were, a key already there is replaced in place (a quoted multi-line value whole), and the
// file holding the private key ends readable by its owner only, also when it existed with 0644.
import { describe, expect, it } from "@jest/globals";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { writeEnv } from "../../../src/features/registration/server.js";

const KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAbc=\n-----END RSA PRIVATE KEY-----";
const file = (text?: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "env-file-")), ".env");
  if (text !== undefined) {
    writeFileSync(path, text);
    chmodSync(path, 0o644);
  }
  return path;
};

describe("writing .env", () => {
  it("keeps the admin's lines and comments, replaces a key in place, appends new ones, and ends 0600", () => {
    const path = file(
      [
        "# Our recovery desk",
        "LOG_LEVEL=debug # noisy for now",
        "",
        "# the old app, replaced below",
        `PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----`,
        "old",
        `-----END RSA PRIVATE KEY-----"`,
        "APP_ID=1",
        "",
      ].join("\n"),
    );
    writeEnv(path, { APP_ID: "42", PRIVATE_KEY: KEY, WEBHOOK_SECRET: "s3cret" });
    const text = readFileSync(path, "utf8");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "# Our recovery desk",
      "LOG_LEVEL=debug # noisy for now",
      "",
      "# the old app, replaced below",
    ]);
    expect(text).not.toContain("old\n");
    expect(parseEnv(text)).toEqual({ LOG_LEVEL: "debug", PRIVATE_KEY: KEY, APP_ID: "42", WEBHOOK_SECRET: "s3cret" });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("a new file: the values, 0600", () => {
    const path = file();
    writeEnv(path, { APP_ID: "7", PRIVATE_KEY: KEY });
    expect(parseEnv(readFileSync(path, "utf8"))).toEqual({ APP_ID: "7", PRIVATE_KEY: KEY });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe("HOST, as documented, for the setup page", () => {
  it("loopback by default; every interface with HOST=0.0.0.0, and the address to open is still named", async () => {
    const { startSetupServer } = await import("../../../src/features/registration/server.js");
    const lines: string[] = [];
    const options = { appYml: "name: x\n", envFile: file(), env: {}, port: 0, log: (l: string) => lines.push(l) };
    const local = await startSetupServer(options);
    expect(["127.0.0.1", "::1"]).toContain(local.address);
    await local.close();
    const everywhere = await startSetupServer({ ...options, host: "0.0.0.0" });
    expect(everywhere.address).toBe("0.0.0.0");
    expect(everywhere.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(lines.at(-1)).toContain("it listens on every interface");
    await everywhere.close();
  });
});
