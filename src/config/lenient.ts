// Validate a configuration key by key: a broken key falls back to its default and is
// reported, the rest of the file still applies. A broken config must never stop the desk.
import { z } from "zod";
import { configSchema, defaultConfig, type Config } from "./schema.js";

export interface ConfigResult {
  config: Config;
  /** One short line per problem, for the log and for the maintainers' line on the card. */
  warnings: string[];
}

const MAX_WARNINGS = 5;

export function parseConfig(raw: unknown): ConfigResult {
  const warnings: string[] = [];
  const value = parseObject(configSchema, raw, defaultConfig, "", warnings) as Config;
  return { config: value, warnings: warnings.slice(0, MAX_WARNINGS) };
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
    warnings.push(`${prefix || "the file"} must be a mapping of keys; defaults are used`);
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
      warnings.push(`${path}: ${result.error.issues[0]?.message ?? "invalid"}; the default is used`);
      out[key] = defaults[key];
    }
  }
  for (const key of Object.keys(input)) {
    // `_extends` is consumed by Probot's config loader before we see the file.
    if (!(key in schema.shape) && key !== "_extends") warnings.push(`${prefix ? `${prefix}.` : ""}${key} is not a known key; it is ignored`);
  }
  return out;
}

function unwrapDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
}
