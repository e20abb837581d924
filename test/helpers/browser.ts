// A real browser for tests: Debian's Chromium driven by puppeteer-core (never the full `puppeteer`
// package, which downloads a browser). `.ci/run` installs chromium when it is missing.
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // DevTools over a pipe, not a WebSocket port: nothing else on the machine can reach the browser.
    pipe: true,
    // As root, and with no network beyond loopback: no sandbox, no background connections.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
