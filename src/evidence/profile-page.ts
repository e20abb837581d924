// The account's public profile page (`/user/<name>/`) lists its projects. There is no JSON for
// it, so the page is read with a real HTML parser: each project is a `package-snippet` whose link
// goes to `/project/<name>/`. A page that is not recognisably a profile is nonsense, not "no projects".
import { parse } from "node-html-parser";
import { projectName } from "./names.js";

export type ProfilePage = { kind: "profile"; projects: string[] } | { kind: "unrecognised" };

const PROJECT_LINK = /^(?:https?:\/\/[^/]+)?\/project\/([^/?#]+)\/?$/;

export function readProfilePage(html: string): ProfilePage {
  const root = parse(html);
  // Both layouts the registry has used: a list of snippets, and the profile box beside it.
  if (!root.querySelector(".package-list") && !root.querySelector(".author-profile")) return { kind: "unrecognised" };
  const projects: string[] = [];
  for (const snippet of root.querySelectorAll(".package-snippet")) {
    const link = snippet.tagName === "A" ? snippet : snippet.querySelector("a[href]");
    const href = link?.getAttribute("href") ?? "";
    const name = projectName(decodeSegment(PROJECT_LINK.exec(href)?.[1]));
    if (name && !projects.some((p) => p.toLowerCase() === name.toLowerCase())) projects.push(name);
  }
  return { kind: "profile", projects };
}

function decodeSegment(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
