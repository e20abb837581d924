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
    const linked = projectName(decodeSegment(PROJECT_LINK.exec(href)?.[1]));
    // The title is the name as published (`Django`), the link its normalised form (`django`): the JSON API
    // redirects the latter to the former, so asking by the title saves a request. Either must be a valid name.
    const title = projectName(snippet.querySelector(".package-snippet__title")?.text.trim());
    const name = linked && title && normalised(title) === normalised(linked) ? title : linked;
    if (name && !projects.some((p) => p.toLowerCase() === name.toLowerCase())) projects.push(name);
  }
  return { kind: "profile", projects };
}

const normalised = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

function decodeSegment(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
