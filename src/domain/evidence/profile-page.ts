// The account's public profile page (`/user/<name>/`) lists its projects. There is no JSON for
// it, so the page is read with a real HTML parser: each project is a `package-snippet` whose link
// goes to `/project/<name>/`. A page that is not recognisably a profile is nonsense, not "no projects".
// The page is what a registry (or whoever answers in its place) returns: hostile text. So it is read
// in one streaming pass (htmlparser2's tokenizer, no tree: no recursion a deep page could overflow,
// no search that a nested page turns quadratic), at most MAX_SNIPPETS snippets, each title bounded.
import { Parser } from "htmlparser2";
import { projectName } from "./names.js";

/** `unfinished`: the case's time ran out while reading (the page is read again by the sweep). */
export type ProfilePage = { kind: "profile"; projects: string[] } | { kind: "unrecognised" } | { kind: "unfinished" };

/** The page is fed to the parser in pieces this large, the time checked between them: work counts, not only waiting. */
const CHUNK = 64 * 1024;

const PROJECT_LINK = /^(?:https?:\/\/[^/]+)?\/project\/([^/?#]+)\/?$/;
/** More snippets than any account has projects; the rest of a page that lists more is not read. */
const MAX_SNIPPETS = 1000;
const MAX_TITLE = 200;
/** A real profile is a few dozen elements deep; reading stops deeper than this (the parser's own work grows with nesting). */
const MAX_DEPTH = 256;
const TOO_DEEP = new Error("the page is nested deeper than a profile is");

interface Snippet {
  depth: number;
  href: string | null;
  title: string;
  /** 0: no title element seen yet; its depth while open; -1 once it closed. */
  titleDepth: number;
}

export function readProfilePage(html: string, outOfTime: () => boolean = () => false): ProfilePage {
  let recognised = false;
  let depth = 0;
  let current: Snippet | null = null;
  let snippets = 0;
  const projects = new Map<string, string>();
  const finish = () => {
    if (current) add(projects, current);
    current = null;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_DEPTH) throw TOO_DEEP;
        const classes = (attributes.class ?? "").split(/\s+/);
        if (classes.includes("package-list") || classes.includes("author-profile")) recognised = true;
        if (classes.includes("package-snippet")) {
          // Snippets are siblings on a real page; a nested one ends the one it is inside.
          finish();
          if (snippets++ < MAX_SNIPPETS)
            current = { depth, href: name === "a" ? (attributes.href ?? null) : null, title: "", titleDepth: 0 };
          return;
        }
        if (!current) return;
        if (current.href === null && name === "a" && attributes.href) current.href = attributes.href;
        if (current.titleDepth === 0 && classes.includes("package-snippet__title")) current.titleDepth = depth;
      },
      ontext(text) {
        if (current && current.titleDepth > 0 && current.title.length < MAX_TITLE)
          current.title += text.slice(0, MAX_TITLE - current.title.length);
      },
      onclosetag() {
        if (current && current.titleDepth === depth) current.titleDepth = -1;
        if (current && current.depth === depth) finish();
        depth--;
      },
    },
    { decodeEntities: true },
  );
  try {
    for (let at = 0; at < html.length; at += CHUNK) {
      if (outOfTime()) return { kind: "unfinished" };
      parser.write(html.slice(at, at + CHUNK));
    }
    parser.end();
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    // What was read before the nesting went too deep still counts; the rest is not a profile's.
  }
  finish();
  return recognised ? { kind: "profile", projects: [...projects.values()] } : { kind: "unrecognised" };
}

function add(projects: Map<string, string>, snippet: Snippet): void {
  const linked = projectName(decodeSegment(PROJECT_LINK.exec(snippet.href ?? "")?.[1]));
  // The title is the name as published (`Django`), the link its normalised form (`django`): the JSON API
  // redirects the latter to the former, so asking by the title saves a request. Either must be a valid name.
  const title = projectName(snippet.title.trim());
  const name = linked && title && normalised(title) === normalised(linked) ? title : linked;
  if (name && !projects.has(name.toLowerCase())) projects.set(name.toLowerCase(), name);
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
