// The configuration reference in docs/admins.md, made from the schema (schema.ts): every key's
// meaning is its `.describe()`, its default what parsing an empty file gives, its range the
// schema's bounds. Keys are grouped as admins read them; a key in no group fails the test, so
// the reference can neither drift from the schema nor leave a key out (`npm run schema` writes it).
import { configJsonSchema, defaultConfig } from "./schema.js";

interface Section {
  title: string;
  lead: string;
  /** Top-level keys, or dotted prefixes of keys, in the order the section lists them. */
  keys: readonly string[];
}

/** The groups, by what an admin is deciding when they read them. */
export const CONFIG_SECTIONS: readonly Section[] = [
  {
    title: "Where the settings come from",
    lead: "Inheriting another repository's file, and a registry's vocabulary to start from.",
    keys: ["_extends", "preset"],
  },
  {
    title: "Who reviews",
    lead: "Who gets a request, and who may run the maintainers' commands.",
    keys: ["reviewers", "assignment", "unavailable", "maintainer_teams"],
  },
  {
    title: "Reading requests",
    lead: "The form, the username rules, the registry's name, what is kept out of public view, and how a backlog is taken in.",
    keys: ["form_path", "username_rules", "registry_name", "privacy", "adoption"],
  },
  {
    title: "Verification (security keys, read strictly)",
    lead: "Every key here can weaken verification: a wrong value keeps the safe default (above).",
    keys: ["verification"],
  },
  {
    title: "Timers",
    lead: "How long the desk waits on a requester, and how far back it applies commands whose webhooks were lost.",
    keys: ["stale", "lost_commands"],
  },
  {
    title: "Ownership evidence",
    lead: "What the desk reads from the registry for reviewers ([evidence](reviewers.md#ownership-evidence)); never a verification.",
    keys: ["registry"],
  },
  {
    title: "Keeping threads readable",
    lead: "News asks answered in one place, decided threads locked.",
    keys: ["noise"],
  },
  {
    title: "Labels",
    lead: "The labels the desk sets, by what they mean.",
    keys: ["labels"],
  },
  {
    title: "The project board",
    lead: "The organisation's Project (v2), kept in step both ways ([The desk at a glance](reviewers.md#the-desk-at-a-glance)).",
    keys: ["project"],
  },
];

interface JsonNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonNode[];
}

/** Objects whose keys are listed one by one (`project` is one value: its parts only mean something together). */
const LISTED_OBJECTS = new Set(["labels", "verification", "stale", "privacy", "registry", "lost_commands", "adoption", "noise"]);

/** Every key as the reference lists it: a dotted path and its schema node, in the schema's order. */
export function referenceKeys(): { path: string; node: JsonNode }[] {
  const root = configJsonSchema() as JsonNode;
  return Object.entries(root.properties ?? {}).flatMap(([key, node]) =>
    LISTED_OBJECTS.has(key)
      ? Object.entries(node.properties ?? {}).map(([sub, leaf]) => ({ path: `${key}.${sub}`, node: leaf }))
      : [{ path: key, node }],
  );
}

function defaultOf(path: string): string {
  const value = path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], defaultConfig);
  if (value === undefined || value === null) return "none";
  if (Array.isArray(value)) return `\`[${value.join(", ")}]\``;
  if (value !== null && typeof value === "object") return Object.keys(value).length === 0 ? "`{}`" : "see below";
  return `\`${String(value)}\``;
}

/** A nullable key's schema is a choice of its value or null: the description is on the value. */
function descriptionOf(node: JsonNode): string {
  return node.description ?? node.anyOf?.find((n) => n.description)?.description ?? "";
}

function rangeOf(node: JsonNode): string {
  const numeric = node.anyOf?.find((n) => n.minimum !== undefined || n.maximum !== undefined) ?? node;
  if (numeric.minimum === undefined || numeric.maximum === undefined) return "";
  return ` From ${numeric.minimum} to ${numeric.maximum}.`;
}

/** The markdown reference: a heading, a sentence and a table per section. */
export function configReference(): string {
  const keys = referenceKeys();
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return CONFIG_SECTIONS.map((section) => {
    const place = (path: string) => section.keys.findIndex((k) => path === k || path.startsWith(`${k}.`));
    const rows = keys
      .filter(({ path }) => place(path) >= 0)
      .sort((a, b) => place(a.path) - place(b.path))
      .map(({ path, node }) => `| \`${path}\` | ${defaultOf(path)} | ${cell(descriptionOf(node))}${rangeOf(node)} |`);
    return [`#### ${section.title}`, "", section.lead, "", "| Key | Default | Meaning |", "|---|---|---|", ...rows].join("\n");
  }).join("\n\n");
}
