import { describe, expect, it } from "@jest/globals";
import { runDemo } from "../../standin/demo.js";

describe("npm run demo", () => {
  it("replays the seed request to resolved and a fixed invalid one, printing what people see", async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));
    const out = lines.join("\n");
    expect(out).toContain("▶ jbber files the seed request\n  the app made 2 write requests");
    expect(out).toContain("▶ sam-k edits the request to fix both problems\n  the app made 2 write requests");
    expect(out).toContain("▶ sam-k saves the same text again (nothing relevant changed)\n  the app made 0 write requests");
    expect(out).toContain("@sam-k, we can't start on your request yet:");
    expect(out).toMatch(
      /#1 Account recovery request {3}\[closed: completed\]\nlabels: account-recovery, recovery: strong-evidence, recovery: resolved {4}assignees: bob/,
    );
    expect(out).toContain("▶ bob comments /verify email\n  the app made 3 write requests");
    expect(out).toMatch(
      /▶ jbber comments \/code \d{8} \(the app deletes that comment once it is used\)\n {2}the app made 4 write requests/,
    );
    expect(out).toContain("`/approve` can only be run by the desk's maintainers, so nothing was changed.");
    expect(out).toContain("@jbber — your recovery request was approved (2FA reset, password reset email sent).");
    expect(out).toMatch(
      /#2 Account recovery request {3}\[open\]\nlabels: account-recovery, recovery: triage, recovery: no-projects {4}assignees: alice/,
    );
    // The seed case shows the reviewer its evidence, from the demo's local registry.
    expect(out).toContain("| `tinyfmt` | Owner | `jbber/tinyfmt` | Trusted Publisher ✓ `release.yml` | ✓ owns it | 2019-05-02 |");
    expect(out).toContain("**Suggested challenge:** `/verify repo jbber/tinyfmt`");
    expect(out).not.toContain("recovery-triage:state"); // hidden from people, as on GitHub
  }, 30_000);
});

describe("npm run demo -- --serve", () => {
  it("keeps the desk running and prints the reviewers' page, which a browser opens; stops when asked", async () => {
    const { launchBrowser } = await import("../helpers/browser.js");
    const lines: string[] = [];
    const stop = new AbortController();
    let address: string | null = null;
    const served = runDemo(
      (line) => {
        lines.push(line);
        address ??= /The reviewers' page: (http:\/\/\S+)/.exec(line)?.[1] ?? null;
      },
      { serve: true, signal: stop.signal },
    );
    const deadline = Date.now() + 30_000;
    while (!address && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/recovery-triage\/registry\/support\/$/);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(address!);
      expect(await page.$eval("h1", (h) => h.textContent)).toBe("Recovery desk: registry/support");
      expect(await page.$eval("main", (m) => m.textContent)).toContain("#2 Account recovery request");
    } finally {
      await browser.close();
    }
    stop.abort();
    await served;
  }, 60_000);
});
