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

/** Where a key stands in the file (its line), when the file's text is at hand (the check run, `check-config`). */
export type LineOf = (path: string) => number | null;

/**
 * Keys that can weaken verification. A wrong value never falls back to something weaker: the
 * safe default is used (master codes off), a reviewer key whose entry is wrong is revoked, and
 * factors written wrongly require every factor.
 */
export const SECURITY_KEYS = [
  "verification.require",
  "verification.code_expiry_hours",
  "verification.max_code_failures",
  "verification.challenge_expiry_days",
  "verification.reviewer_keys",
  "verification.master_codes",
  "maintainer_teams",
] as const;

/**
 * The factors a case must confirm: a value that cannot be read (a misspelt factor, a list written as
 * text, an empty list) never lowers them to the default's — every factor is required until it is fixed.
 */
const REQUIRED_FACTORS = "verification.require";
const EVERY_FACTOR = "every factor is required until it is fixed (a security setting)";
const everyFactor = (list: z.ZodType) => ((list as z.ZodArray<z.ZodEnum>).element as z.ZodEnum).options;

/** A reviewer key entry that cannot be read is revoked (no code of any version verifies), never reset to version 1. */
export const REVOKED_KEY_VERSION = 999_999;

export function parseConfig(raw: unknown, lineOf: LineOf = () => null): ConfigResult {
  const warnings: string[] = [];
  const value = parseObject(configSchema, withPreset(raw), defaultConfig, "", { warnings, lineOf }) as Config;
  return { config: value, warnings };
}

interface Sink {
  warnings: string[];
  lineOf: LineOf;
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
  sink: Sink,
): Record<string, unknown> {
  const warnings = sink.warnings;
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
      out[key] = parseObject(inner, input[key], defaults[key] as Record<string, unknown>, path, sink);
      continue;
    }
    const result = field.safeParse(input[key]);
    if (result.success) {
      out[key] = result.data;
      continue;
    }
    const at = (p: string) => (sink.lineOf(p) ? ` (line ${sink.lineOf(p)})` : "");
    // One bad entry of a list or a map invalidates that entry only; the others still apply.
    const entries = byEntry(inner, input[key], path, defaults[key], sink, at);
    if (entries !== undefined) {
      out[key] = entries;
      continue;
    }
    const issue = result.error.issues[0];
    if (path === REQUIRED_FACTORS) {
      out[key] = everyFactor(inner);
      warnings.push(`${issue ? describeIssue(path, issue, input[key]) : `\`${path}\` is not valid`}${at(path)}; ${EVERY_FACTOR}`);
      continue;
    }
    const used = (SECURITY_KEYS as readonly string[]).includes(path)
      ? `; the safe default \`${JSON.stringify(defaults[key])}\` is used (a security setting)`
      : "; the default is used";
    warnings.push(`${issue ? describeIssue(path, issue, input[key]) : `\`${path}\` is not valid`}${at(path)}${used}`);
    out[key] = defaults[key];
  }
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(input)) {
    // `_extends` is consumed by Probot's config loader before we see the file.
    if (known.includes(key) || key === "_extends") continue;
    const meant = closestKey(key, known);
    const where = prefix ? `${prefix}.${key}` : key;
    const line = sink.lineOf(where);
    warnings.push(
      `\`${where}\` is not a known key${meant ? ` — did you mean \`${meant}\`?` : ""}${line ? ` (line ${line})` : ""}; it is ignored`,
    );
  }
  return out;
}

function unwrapDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
}

/**
 * A list or a map given with some bad entries: the good ones, each bad one reported with its line.
 * A reviewer key whose entry is bad is revoked (verification.reviewer_keys): a revocation written
 * wrongly must never give a revoked key back. Undefined when the value is not such a list or map.
 */
function byEntry(schema: z.ZodType, raw: unknown, path: string, fallback: unknown, sink: Sink, at: (path: string) => string): unknown {
  if (schema instanceof z.ZodArray && Array.isArray(raw)) {
    const element = schema.element as z.ZodType;
    const read = raw.map((item) => element.safeParse(item));
    // Every entry is fine: what is wrong is the list as a whole (too long), reported by the caller.
    if (read.every((one) => one.success)) return undefined;
    // A factor written wrongly may be one the admin meant to require: every factor is, until it is fixed.
    const ignored = path === REQUIRED_FACTORS ? EVERY_FACTOR : "that entry is ignored";
    read.forEach((one, i) => {
      if (!one.success)
        sink.warnings.push(`${describeIssue(`${path}[${i}]`, one.error.issues[0]!, raw[i])}${at(`${path}.${i}`)}; ${ignored}`);
    });
    if (path === REQUIRED_FACTORS) return everyFactor(schema);
    const whole = schema.safeParse(read.filter((one) => one.success).map((one) => one.data));
    return whole.success ? whole.data : fallback;
  }
  if (schema instanceof z.ZodRecord && raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const keyType = schema.keyType as z.ZodType;
    const valueType = schema.valueType as z.ZodType;
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
      const where = `${path}.${name}`;
      if (!keyType.safeParse(name).success) {
        sink.warnings.push(`\`${where}\`: \`${clipName(name)}\` is not a GitHub login${at(where)}; that entry is ignored`);
        continue;
      }
      const one = valueType.safeParse(value);
      if (one.success) kept[name] = one.data;
      else if (path === "verification.reviewer_keys") {
        kept[name] = REVOKED_KEY_VERSION;
        sink.warnings.push(
          `${describeIssue(where, one.error.issues[0]!, value)}${at(where)}; ${name}'s key is treated as revoked until it is fixed`,
        );
      } else sink.warnings.push(`${describeIssue(where, one.error.issues[0]!, value)}${at(where)}; that entry is ignored`);
    }
    return kept;
  }
  return undefined;
}

function clipName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
