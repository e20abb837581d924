// Registering the app as an admin does it, in a real browser: open the setup page `npm start`
// serves, click the button, let "GitHub" (the stand-in, which plays github.com's manifest flow)
// create the app and send the browser back, and check what was posted and what landed in `.env`.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import type { Browser } from "puppeteer-core";
import YAML from "yaml";
import { startSetupServer, type SetupServer } from "../../src/features/registration/server.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { launchBrowser } from "../helpers/browser.js";

const APP_YML = readFileSync("app.yml", "utf8");
let browser: Browser;
let github: GitHubStandIn;
let setup: SetupServer;
let dir: string;

beforeAll(async () => {
  github = new GitHubStandIn({ webhookSecret: "x" });
  await github.start();
  dir = mkdtempSync(join(tmpdir(), "setup-"));
  setup = await startSetupServer({
    appYml: APP_YML,
    envFile: join(dir, ".env"),
    env: { GHE_HOST: github.host, GHE_PROTOCOL: "http" },
    host: "127.0.0.1",
    port: 0,
    log: () => undefined,
  });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await setup?.close();
  await github?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("registering the app from the setup page", () => {
  it("posts app.yml's manifest as valid JSON, and the credentials GitHub returns land in .env", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    const posted: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.hostname !== "127.0.0.1") external.push(r.url());
      if (r.method() === "POST" && url.pathname.endsWith("/settings/apps/new")) posted.push(r.postData() ?? "");
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));

    await page.goto(`${setup.url}/`);
    expect(page.url()).toBe(`${setup.url}/probot`);
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Register recovery-triage on GitHub");
    await Promise.all([page.waitForNavigation(), page.click("#register")]);
    await page.waitForFunction(() => location.pathname.endsWith("/installations/new"));

    // What the browser posted is exactly the manifest, as valid JSON, apostrophe and all.
    expect(posted).toHaveLength(1);
    const manifest = JSON.parse(new URLSearchParams(posted[0]).get("manifest")!) as Record<string, unknown>;
    const file = YAML.parse(APP_YML) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: file.name,
      description: file.description,
      default_events: file.default_events,
      default_permissions: file.default_permissions,
      // The documented rule: no WEBHOOK_PROXY_URL, so the page's own address + /api/github/webhooks.
      hook_attributes: { url: `${setup.url}/api/github/webhooks` },
      redirect_url: `${setup.url}/probot/setup`,
      url: setup.url,
    });
    expect(String(file.description)).toContain("'");

    // GitHub sent the admin back with a code; the server converted it and wrote .env.
    const env = parseEnv(readFileSync(join(dir, ".env"), "utf8")) as Record<string, string>;
    const app = github.registration.created[0]!;
    expect(env).toMatchObject({ APP_ID: String(app.id), WEBHOOK_SECRET: app.webhookSecret });
    expect(env.PRIVATE_KEY).toBe(app.pem);
    expect(page.url()).toBe(`http://${github.host}/apps/recovery-triage/installations/new`);
    expect(github.registration.pending.size).toBe(0); // the code was used once
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it("refuses a callback without a valid code", async () => {
    const res = await fetch(`${setup.url}/probot/setup?code=%3Cscript%3E`);
    expect(res.status).toBe(400);
  });
});
