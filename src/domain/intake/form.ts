// What the request form asks, as far as the parser cares: the heading (label) of each field.
// GitHub renders an issue form as `### <label>` sections, so the labels are the headings to look for.
import YAML from "yaml";

export type Role = "username" | "reason" | "recoveryCodes" | "codeOfConduct" | "acknowledgement";
export const CHECKBOX_ROLES = ["recoveryCodes", "codeOfConduct", "acknowledgement"] as const;
export type CheckboxRole = (typeof CHECKBOX_ROLES)[number];

export interface FormSpec {
  /** The heading of each field as the form renders it. */
  headings: Record<Role, string>;
  /** The text of the one option each checkbox field has (used when a box stands outside its section). */
  options: Record<CheckboxRole, string>;
}

/** The project's own form (`.github/ISSUE_TEMPLATE/account-recovery.yml`), used when a repository has none. */
export const builtInForm: FormSpec = {
  headings: {
    username: "PyPI Username",
    reason: "Reason for request",
    recoveryCodes: "Recovery Codes",
    codeOfConduct: "Code of Conduct",
    acknowledgement: "Acknowledgement",
  },
  options: {
    recoveryCodes: "I never generated or have lost access to the recovery codes for my account",
    codeOfConduct: "I agree to follow the PSF Code of Conduct",
    acknowledgement: "I understand that it may take a significant amount of time to process my account recovery request.",
  },
};

/** Field ids our form uses; other forms have none (the registry's does not), so types and order decide. */
const ROLE_BY_ID: Record<string, Role> = {
  username: "username",
  reason: "reason",
  "recovery-codes": "recoveryCodes",
  "code-of-conduct": "codeOfConduct",
  acknowledgement: "acknowledgement",
};

interface FormField {
  type?: unknown;
  id?: unknown;
  attributes?: { label?: unknown; options?: unknown };
}

/**
 * Reads an issue-form YAML into a FormSpec. Fields are matched by id when they have one, otherwise
 * by type and order (first input = username, first textarea = reason, checkboxes in order).
 * Anything missing keeps the built-in value, so a partial or odd form still parses requests.
 */
export function formFromYaml(text: string): FormSpec | null {
  let doc: unknown;
  try {
    doc = YAML.parse(text, { maxAliasCount: 10 });
  } catch {
    return null;
  }
  const body = (doc as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return null;

  const headings = { ...builtInForm.headings };
  const options = { ...builtInForm.options };
  const seen = new Set<Role>();
  const checkboxQueue = [...CHECKBOX_ROLES];
  for (const field of body as FormField[]) {
    const label = field?.attributes?.label;
    if (typeof label !== "string" || !label.trim()) continue;
    let role: Role | undefined = typeof field.id === "string" ? ROLE_BY_ID[field.id] : undefined;
    if (!role && field.type === "input" && !seen.has("username")) role = "username";
    if (!role && field.type === "textarea" && !seen.has("reason")) role = "reason";
    if (!role && field.type === "checkboxes") role = checkboxQueue.find((r) => !seen.has(r));
    if (!role || seen.has(role)) continue;
    seen.add(role);
    headings[role] = label.trim();
    const first = Array.isArray(field.attributes?.options) ? (field.attributes.options[0] as { label?: unknown }) : undefined;
    if (isCheckboxRole(role) && typeof first?.label === "string") options[role] = first.label.trim();
  }
  return seen.has("username") ? { headings, options } : null;
}

export function isCheckboxRole(role: Role): role is CheckboxRole {
  return (CHECKBOX_ROLES as readonly string[]).includes(role);
}
