import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import YAML from "yaml";
import { buildManifest, createAppUrl, setupPage } from "../../../src/features/registration/manifest.js";

const APP_YML = readFileSync("app.yml", "utf8");

/** What a browser would post: the decoded value of the form's `manifest` field. */
function postedManifest(html: string): unknown {
  const input = parse(html).querySelector('form input[name="manifest"]');
  return JSON.parse(input!.getAttribute("value")!);
}

describe("the manifest", () => {
  it("carries app.yml's name, description, events and permissions, and the webhook URL rule", () => {
    const manifest = buildManifest(APP_YML, "https://desk.example.org/");
    const file = YAML.parse(APP_YML) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: "recovery-triage",
      description: file.description,
      default_events: ["issues", "issue_comment", "push", "projects_v2_item", "repository"],
      default_permissions: file.default_permissions,
      public: false,
      url: "https://desk.example.org",
      hook_attributes: { url: "https://desk.example.org/api/github/webhooks" },
      redirect_url: "https://desk.example.org/probot/setup",
    });
    expect(buildManifest(APP_YML, "http://localhost:3000", { WEBHOOK_PROXY_URL: "https://smee.io/abc" }).hook_attributes.url).toBe(
      "https://smee.io/abc",
    );
    expect(buildManifest(APP_YML, "http://localhost:3000", { WEBHOOK_PATH: "/hooks" }).hook_attributes.url).toBe(
      "http://localhost:3000/hooks",
    );
    expect(buildManifest(`${APP_YML}\nhook_attributes:\n  url: https://fixed.example/h\n`, "http://x").hook_attributes.url).toBe(
      "https://fixed.example/h",
    );
  });

  it("is posted to GitHub, GitHub Enterprise, or an organisation", () => {
    expect(createAppUrl()).toBe("https://github.com/settings/apps/new");
    expect(createAppUrl({ GHE_HOST: "ghe.example", GH_ORG: "pypi" })).toBe("https://ghe.example/organizations/pypi/settings/apps/new");
  });

  it("survives any description text, exactly, through the page's HTML", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (description) => {
        const yml = YAML.stringify({ ...(YAML.parse(APP_YML) as object), description });
        const manifest = buildManifest(yml, "http://localhost:3000");
        expect(postedManifest(setupPage(manifest, createAppUrl()))).toEqual(manifest);
      }),
      { numRuns: 500 },
    );
    for (const description of [`it's "quoted" & <b>bold</b> '><script>`, "\u2028\u0000😀"]) {
      const manifest = buildManifest(YAML.stringify({ name: "x", description }), "http://localhost:3000");
      expect((postedManifest(setupPage(manifest, createAppUrl())) as { description: string }).description).toBe(description);
    }
  });
});
