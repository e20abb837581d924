// The registry's answers are attacker-controlled text: each parser keeps only what passes the
// packaging and GitHub naming rules, and tells a page it does not recognise from an empty one.
import { describe, expect, it } from "@jest/globals";
import { HOSTILE_PAGES } from "../helpers/hostile-pages.js";
import { isoDate, projectName, repositoryInUrl, repositoryName } from "../../src/domain/evidence/names.js";
import { readProfilePage } from "../../src/domain/evidence/profile-page.js";
import { readProjectJson } from "../../src/domain/evidence/project-json.js";
import { publisherOf } from "../../src/domain/evidence/provenance.js";
import { publicGoodTrust } from "../../src/features/evidence/trust-root.js";

describe("names from the registry", () => {
  it("keeps GitHub repositories from project URLs, and nothing that only looks like one", () => {
    expect(repositoryInUrl("https://github.com/jbber/tinyfmt")).toBe("jbber/tinyfmt");
    expect(repositoryInUrl("https://github.com/jbber/tinyfmt/tree/main/docs")).toBe("jbber/tinyfmt");
    expect(repositoryInUrl("https://www.github.com/jbber/tinyfmt.git")).toBe("jbber/tinyfmt");
    expect(repositoryInUrl("https://github.com.evil.example/jbber/tinyfmt")).toBeNull();
    expect(repositoryInUrl("https://evil.example/github.com/jbber/tinyfmt")).toBeNull();
    expect(repositoryInUrl("https://user:pw@github.com/jbber/tinyfmt")).toBeNull();
    expect(repositoryInUrl("javascript:alert(1)//github.com/a/b")).toBeNull();
    expect(repositoryInUrl("https://github.com/jbber")).toBeNull();
    expect(repositoryInUrl("https://github.com/-bad-/x")).toBeNull();
    expect(repositoryInUrl("https://github.com/a/..")).toBeNull();
    expect(repositoryInUrl(`https://github.com/a/${"b".repeat(600)}`)).toBeNull();
    expect(repositoryName("a/b`c")).toBeNull();
  });

  it("accepts project names by PEP 508 only", () => {
    expect(projectName("tiny.fmt_2-x")).toBe("tiny.fmt_2-x");
    for (const bad of ["@everyone", "<script>", "a b", "-x", "x-", "", "ﬁle", "a".repeat(101)]) expect(projectName(bad)).toBeNull();
  });

  it("reads registry dates with or without a zone, and drops what does not parse", () => {
    expect(isoDate("2019-05-02T08:00:00")).toBe("2019-05-02T08:00:00.000Z");
    expect(isoDate("2019-05-02T08:00:00.123456Z")).toBe("2019-05-02T08:00:00.123Z");
    expect(isoDate("yesterday")).toBeNull();
  });
});

describe("the profile page", () => {
  it("lists projects from the snippets' links (both layouts the registry has used)", () => {
    const current =
      '<div class="package-list"><a class="package-snippet" href="/project/tinyfmt/"><h3 class="package-snippet__title">tinyfmt</h3></a>' +
      '<a class="package-snippet" href="/project/Big-Tools/"><h3>Big-Tools</h3></a></div>';
    const older =
      '<div class="author-profile"></div><div class="package-list"><div class="package-snippet"><h3 class="package-snippet__title">' +
      '<a href="/project/old-one/">old-one</a></h3></div></div>';
    expect(readProfilePage(current)).toEqual({ kind: "profile", projects: ["tinyfmt", "Big-Tools"] });
    // The published spelling when the title agrees with the link (the JSON API would redirect the other), else the link.
    const spelled = (title: string, href: string) =>
      `<div class="package-list"><a class="package-snippet" href="${href}"><h3 class="package-snippet__title">${title}</h3></a></div>`;
    expect(readProfilePage(spelled("Zope.Interface", "/project/zope-interface/"))).toEqual({
      kind: "profile",
      projects: ["Zope.Interface"],
    });
    expect(readProfilePage(spelled("other-name", "/project/zope-interface/"))).toEqual({ kind: "profile", projects: ["zope-interface"] });
    expect(readProfilePage(older)).toEqual({ kind: "profile", projects: ["old-one"] });
  });

  it("an account without projects is a profile with none; a page that is no profile is unrecognised", () => {
    expect(readProfilePage('<div class="author-profile">x</div><h2>No projects</h2><div class="package-list"></div>')).toEqual({
      kind: "profile",
      projects: [],
    });
    expect(readProfilePage("<html><body>Maintenance ☕ {</body>")).toEqual({ kind: "unrecognised" });
    expect(readProfilePage("")).toEqual({ kind: "unrecognised" });
  });

  it("drops hostile or foreign links and repeats", () => {
    const html =
      '<div class="package-list">' +
      [
        "/project/%3Cscript%3E/",
        "https://evil.example/other/x/",
        "/project/ok/",
        "/project/OK/",
        "/project/@everyone/",
        "/project/%E0%A4%A/",
      ]
        .map((href) => `<a class="package-snippet" href="${href}">x</a>`)
        .join("") +
      "</div>";
    expect(readProfilePage(html)).toEqual({ kind: "profile", projects: ["ok"] });
  });
});

describe("the JSON API", () => {
  const json = {
    info: {
      name: "tinyfmt",
      version: "1.0",
      project_urls: {
        Source: "https://github.com/jbber/tinyfmt",
        Docs: "https://github.com/jbber/tinyfmt/wiki",
        Evil: "https://x.example",
      },
      home_page: "https://github.com/jbber/other",
    },
    releases: { "0.1": [{ upload_time_iso_8601: "2019-05-02T08:00:00Z" }], "1.0": [{ upload_time: "2024-03-01T10:00:00" }] },
    urls: [{ filename: "tinyfmt-1.0.tar.gz", upload_time_iso_8601: "2024-03-01T10:00:00Z", digests: { sha256: "AB".repeat(32) } }],
    ownership: {
      roles: [
        { role: "Maintainer", user: "Someone" },
        { role: "Owner", user: "JBBER" },
      ],
      organization: null,
    },
  };

  it("counts the other people with a role on the project once each (a shared project), never the account itself", () => {
    const roles = [
      { user: "JBBER", role: "Owner" },
      { user: "jbber", role: "Maintainer" },
      { user: "ann", role: "Owner" },
      { user: "Ann", role: "Maintainer" },
      { user: "bo", role: "Maintainer" },
      { user: "cy", role: "Reader" },
      { user: 42, role: "Owner" },
    ];
    expect(readProjectJson({ ...json, ownership: { roles } }, "tinyfmt", "jbber")!.sharedWith).toBe(2);
    expect(readProjectJson({ ...json, ownership: { roles: [{ user: "jbber", role: "Owner" }] } }, "tinyfmt", "jbber")!.sharedWith).toBe(0);
  });

  it("reads the account's role (names compared as the registry compares them), the repositories, the releases and the latest file", () => {
    expect(readProjectJson(json, "tinyfmt", "jbber")).toEqual({
      name: "tinyfmt",
      role: "Owner",
      sharedWith: 1,
      firstRelease: "2019-05-02T08:00:00.000Z",
      latestRelease: "2024-03-01T10:00:00.000Z",
      urlRepositories: ["jbber/tinyfmt", "jbber/other"],
      latestFile: { version: "1.0", filename: "tinyfmt-1.0.tar.gz", sha256: "ab".repeat(32) },
    });
    expect(readProjectJson(json, "tinyfmt", "someone")?.role).toBe("Maintainer");
    expect(readProjectJson(json, "tinyfmt", "stranger")?.role).toBeNull();
    expect(readProjectJson({ ...json, ownership: undefined }, "tinyfmt", "jbber")?.role).toBeNull();
  });

  it("nonsense is no project; hostile fields are dropped, not repaired", () => {
    expect(readProjectJson(null, "x", "u")).toBeNull();
    expect(readProjectJson("<html>", "x", "u")).toBeNull();
    expect(readProjectJson({ info: [] }, "x", "u")).toBeNull();
    const hostile = readProjectJson(
      {
        info: { name: "@everyone <!--", version: "1.0/../../x", project_urls: ["https://github.com/a/b"] },
        urls: [{ filename: "../../etc/passwd", upload_time_iso_8601: "soon" }],
        ownership: { roles: "Owner" },
      },
      "safe-name",
      "u",
    );
    expect(hostile).toEqual({
      name: "safe-name",
      role: null,
      sharedWith: 0,
      firstRelease: null,
      latestRelease: null,
      urlRepositories: [],
      latestFile: null,
    });
  });

  it("a file's digest is read only when it is a sha256; otherwise nothing can be verified against it", () => {
    const withDigest = (digests: unknown) =>
      readProjectJson({ info: { name: "tinyfmt", version: "1.0" }, urls: [{ filename: "tinyfmt-1.0.tar.gz", digests }] }, "tinyfmt", "u")
        ?.latestFile;
    expect(withDigest({ sha256: "CD".repeat(32) })).toEqual({ version: "1.0", filename: "tinyfmt-1.0.tar.gz", sha256: "cd".repeat(32) });
    for (const hostile of [undefined, "ab".repeat(32), { sha256: "ab".repeat(31) }, { sha256: "zz".repeat(32) }, { md5: "ab".repeat(16) }])
      expect(withDigest(hostile)).toEqual({ version: "1.0", filename: "tinyfmt-1.0.tar.gz", sha256: null });
  });
});

describe("the Integrity API's provenance", () => {
  const FILE = { filename: "tinyfmt-1.0.tar.gz", sha256: "ab".repeat(32) };
  const bundle = (publisher: unknown) => ({ version: 1, attestation_bundles: [{ publisher, attestations: [] }] });

  it("names the GitHub repository and workflow of a Trusted Publisher", async () => {
    expect(
      publisherOf(
        bundle({ kind: "GitHub", repository: "jbber/tinyfmt", workflow: "release.yml", environment: "pypi" }),
        FILE,
        await publicGoodTrust(),
      ),
    ).toEqual({
      repo: "jbber/tinyfmt",
      workflow: "release.yml",
      identity: null,
    });
  });

  it("ignores other publishers and anything malformed", async () => {
    expect(publisherOf(bundle({ kind: "GitLab", repository: "group/project" }), FILE, await publicGoodTrust())).toBeNull();
    expect(publisherOf(bundle({ kind: "GitHub", repository: "not a repo" }), FILE, await publicGoodTrust())).toBeNull();
    expect(publisherOf(bundle({ kind: "GitHub", repository: "a/b", workflow: "<img src=x>" }), FILE, await publicGoodTrust())).toEqual({
      repo: "a/b",
      workflow: null,
      identity: null,
    });
    expect(publisherOf({ attestation_bundles: "x" }, FILE, await publicGoodTrust())).toBeNull();
    expect(publisherOf(null, FILE, await publicGoodTrust())).toBeNull();
  });
});

describe("a hostile profile page", () => {
  it.each(Object.entries(HOSTILE_PAGES))("%s: read in one pass, without a crash, its snippets bounded", (_shape, html) => {
    const page = readProfilePage(html);
    expect(page.kind).toBe("profile");
    if (page.kind === "profile") expect(page.projects.length).toBeLessThanOrEqual(1000);
  });

  it("nested snippets: the first is read, the nesting is not followed (a real page is shallow)", () => {
    const page = readProfilePage(HOSTILE_PAGES["nested snippets"]!);
    expect(page).toEqual({ kind: "profile", projects: ["p"] });
  });

  it("reading checks the case's time between pieces of the page: when it runs out, the page is unfinished, not empty", () => {
    for (const html of Object.values(HOSTILE_PAGES)) expect(readProfilePage(html, () => true)).toEqual({ kind: "unfinished" });
    const flat = HOSTILE_PAGES["flat snippets"]!;
    let checks = 0;
    expect(readProfilePage(flat, () => ++checks > 3)).toEqual({ kind: "unfinished" });
    checks = 0;
    expect(readProfilePage(flat, () => (checks++, false)).kind).toBe("profile");
    // Checked once per 64 KB piece.
    expect(checks).toBe(Math.ceil(flat.length / 65536));
  });

  it("the same project many times is one project", () => {
    expect(readProfilePage(HOSTILE_PAGES["the same project 9000 times"]!)).toEqual({ kind: "profile", projects: ["p1"] });
  });
});
