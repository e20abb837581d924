// Validate a configuration key by key: a broken key falls back to its default and is
// reported, the rest of the file still applies. A broken config must never stop the desk.
import { z } from "zod";
import { closestKey, describeIssue } from "./problems.js";
import { withPreset } from "./presets.js";
import { configSchema, defaultConfig, type Config } from "./schema.js";

export interface ConfigResult {
  config: Config;
  /** Every problem, one plain sentence each, naming its key: for the log, the check run and `check-config`. */
  warnings: string[];
}

export function parseConfig(raw: unknown): ConfigResult {
  const warnings: string[] = [];
  const value = parseObject(configSchema, withPreset(raw), defaultConfig, "", warnings) as Config;
  return { config: value, warnings };
}

/** A config that could not be read at all (invalid YAML, API error). */
export function unreadableConfig(reason: string): ConfigResult {
  return { config: defaultConfig, warnings: [reason] };
}

function parseObject(
  schema: z.ZodObject,
  raw: unknown,
  defaults: Record<string, unknown>,
  prefix: string,
  warnings: string[],
): Record<string, unknown> {
  if (raw === null || raw === undefined) return defaults;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    warnings.push(
      `${prefix ? `\`${prefix}\`` : "The file"} must be a mapping of keys (indented \`key: value\` lines); the defaults are used`,
    );
    return defaults;
  }
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = unwrapDefault(field);
    if (inner instanceof z.ZodObject) {
      out[key] = parseObject(inner, input[key], defaults[key] as Record<string, unknown>, path, warnings);
      continue;
    }
    const result = field.safeParse(input[key]);
    if (result.success) {
      out[key] = result.data;
    } else {
      const issue = result.error.issues[0];
      warnings.push(`${issue ? describeIssue(path, issue, input[key]) : `\`${path}\` is not valid`}; the default is used`);
      out[key] = defaults[key];
    }
  }
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(input)) {
    // `_extends` is consumed by Probot's config loader before we see the file.
    if (known.includes(key) || key === "_extends") continue;
    const meant = closestKey(key, known);
    const name = `\`${prefix ? `${prefix}.` : ""}${key}\``;
    warnings.push(`${name} is not a known key${meant ? ` — did you mean \`${meant}\`?` : ""}; it is ignored`);
  }
  return out;
}

function unwrapDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
}
