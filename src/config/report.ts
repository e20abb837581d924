// The verdict on a repository's desk settings: `.github/recovery-triage.yml` and the issue form
// it points to. Pure, so the check run on a push and `recovery-triage check-config` say the same.
import YAML from "yaml";
import { formFromYaml } from "../domain/intake/form.js";
import { parseConfig, type LineOf } from "./lenient.js";
import { defaultConfig } from "./schema.js";

export interface ConfigFiles {
  /** The config file's text, or null when the repository has none. */
  config: string | null;
  /** The issue form's text at the configured path, or null when there is none. */
  form: string | null;
}

export interface ConfigReport {
  /** Problems that make the desk fall back to defaults: the check fails. */
  problems: string[];
  /** Things worth knowing that are not wrong. */
  notes: string[];
  /** The form path the config names (read it next). */
  formPath: string;
}

export const CONFIG_PATH = ".github/recovery-triage.yml";

/** Reads the config's text for the form path first: the form is judged where the config says it is. */
export function formPathOf(configText: string | null): string {
  return parseConfigText(configText).config.form_path;
}

export function configReport(files: ConfigFiles): ConfigReport {
  const parsed = parseConfigText(files.config);
  const { config } = parsed;
  const problems = [...parsed.warnings];
  const notes: string[] = [];
  if (files.config === null) notes.push(`There is no \`${CONFIG_PATH}\`: the defaults are used.`);
  if (config.reviewers.length === 0) notes.push("`reviewers` lists nobody: valid requests are not assigned to anyone.");
  if (files.form === null) {
    notes.push(`There is no issue form at \`${config.form_path}\`: requests are read with the built-in form's headings.`);
  } else if (!formFromYaml(files.form)) {
    problems.push(
      `\`${config.form_path}\` is not an issue form the desk can read (it needs a \`body:\` list with an \`input\` field for the ` +
        `username); the built-in form's headings are used`,
    );
  }
  return { problems, notes, formPath: config.form_path };
}

function parseConfigText(text: string | null) {
  if (text === null) return { config: defaultConfig, warnings: [] as string[] };
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  let raw: unknown;
  try {
    if (doc.errors.length > 0) throw doc.errors[0];
    raw = doc.toJS({ maxAliasCount: 10 }) as unknown;
  } catch (error) {
    const line = /at line (\d+)/.exec((error as Error).message)?.[1];
    return {
      config: defaultConfig,
      warnings: [`The file is not valid YAML${line ? ` (line ${line})` : ""}; the defaults are used for every key`],
    };
  }
  // Each problem names its key's line, so the check run points at it.
  const lineOf: LineOf = (path) => {
    const node = doc.getIn(path.split("."), true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : null;
  };
  return parseConfig(raw, lineOf);
}

/** The report as the check run's output (markdown) and its one-line title. */
export function reportMarkdown(report: ConfigReport): { title: string; summary: string } {
  const title =
    report.problems.length === 0
      ? "The desk's settings are valid"
      : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} in the desk's settings`;
  const lines: string[] = [];
  if (report.problems.length > 0)
    lines.push(
      "**Problems** (the desk uses the defaults for these until they are fixed):",
      "",
      ...report.problems.map((p) => `- ${p}`),
      "",
    );
  if (report.notes.length > 0) lines.push("**Notes:**", "", ...report.notes.map((n) => `- ${n}`), "");
  lines.push(
    "Check locally with `npx recovery-triage check-config`; the JSON Schema in `recovery-triage.schema.json` lets editors check the " +
      "file as you type.",
  );
  return { title, summary: lines.join("\n") };
}
