// An issue body → the request's typed fields. Tolerant of everything real bodies contain
// (the registry's support threads since 2020): forms and the 2020 markdown template, edited headings, CRLF, `[X]`,
// `_No response_`, reordered or extra sections. Linear in the body's length.
import { CHECKBOX_ROLES, isCheckboxRole, type CheckboxRole, type FormSpec, type Role } from "./form.js";
import {
  FenceTracker,
  NO_RESPONSE,
  normaliseLabel,
  normaliseNewlines,
  parseCheckbox,
  parseHeading,
  stripHtmlComments,
} from "./markdown.js";
import { extractUsernames, type UsernameField } from "./username.js";
import { saysSolved } from "./solved.js";

export interface ParsedRequest {
  /** The body has the form's sections (a username heading and at least one other field's heading). */
  hasFormSections: boolean;
  /** Null when there is no username section at all. */
  username: UsernameField | null;
  reason: string | null;
  boxes: Record<CheckboxRole, boolean>;
  /**
   * The boxes the body's form had (a section for the box, or a checkbox line recognised as it).
   * The form changed over the years: bodies from 2020-21 have no boxes, and those before 2024 no
   * recovery-codes box. A box the form of its time did not have cannot have been ticked.
   */
  boxesInForm: CheckboxRole[];
  /** About the registry's test instance ("Test PyPI Username", a test.pypi.org profile). */
  testInstance: boolean;
  /** The requester wrote that the problem is solved (domain/intake/solved.ts). */
  saysSolved: boolean;
  /** The form's sections found, by role (username, reason, the boxes): what recognises the recovery form. */
  roles: Role[];
  /** Headings at the form's level that are none of its fields (another form's sections). */
  foreignHeadings: number;
}

interface Section {
  role: Role | null;
  lines: string[];
}

/** Headings deeper than this are the requester's own formatting, not the form's. */
const MAX_SECTION_LEVEL = 3;

export function parseRequest(body: string | null | undefined, form: FormSpec): ParsedRequest {
  const text = normaliseNewlines(body ?? "");
  const { sections, testHeading, foreignHeadings } = splitSections(text, form);

  // A field's heading typed again (the requester wrote the next question's heading into a box) opens
  // an empty section: the one with an answer is the field's.
  const byRole = new Map<Role, Section>();
  for (const s of sections) {
    const known = byRole.get(s.role!);
    if (s.role && (!known || (isBlank(known) && !isBlank(s)))) byRole.set(s.role, s);
  }

  const usernameSection = byRole.get("username");
  const username = usernameSection ? usernameOf(usernameSection, form) : null;
  const reason = readReason(byRole.get("reason"), sections);
  const { boxes, inForm: boxesInForm } = readBoxes(sections, form);
  const otherRoles = [...byRole.keys()].filter((r) => r !== "username").length;
  // The 2020 template's reason is a `Reason:` line, not a section: it is the reason field all the same.
  const roles = reason !== null && !byRole.has("reason") ? [...byRole.keys(), "reason" as const] : [...byRole.keys()];

  return {
    hasFormSections: Boolean(usernameSection) && otherRoles > 0,
    roles,
    foreignHeadings,
    username,
    reason,
    boxes,
    boxesInForm,
    testInstance: testHeading || Boolean(username?.testInstance),
    saysSolved: saysSolved(
      sections
        .filter((s) => s.role === "reason" || s.role === null)
        .flatMap((s) => s.lines)
        .join("\n"),
    ),
  };
}

function isBlank(section: Section): boolean {
  return section.lines.every((line) => line.trim() === "");
}

/** The username field's names; a field holding only another field's label (typed in the wrong box) gives none. */
function usernameOf(section: Section, form: FormSpec) {
  const text = section.lines.join("\n").trim();
  const labels = new Set(Object.values(form.headings).map(normaliseLabel));
  if (text && labels.has(normaliseLabel(text.replace(/^#+\s*/, ""))))
    return { names: [], email: false, testInstance: false, unknown: true };
  return extractUsernames(text);
}

function splitSections(text: string, form: FormSpec): { sections: Section[]; testHeading: boolean; foreignHeadings: number } {
  const formHeadings = new Map<string, Role>();
  for (const [role, label] of Object.entries(form.headings) as [Role, string][]) formHeadings.set(normaliseLabel(label), role);

  const sections: Section[] = [{ role: null, lines: [] }];
  const fences = new FenceTracker();
  let sectionLevel: number | null = null;
  let testHeading = false;
  const unmatched: number[] = [];
  for (const line of text.split("\n")) {
    const heading = fences.inFence(line) ? null : parseHeading(line);
    if (heading && heading.level <= MAX_SECTION_LEVEL) {
      const match = headingRole(heading.text, formHeadings);
      // Only the form's own labels start sections: a heading the requester typed ("### Lost 2FA and
      // my phone" under the reason) is text of the section it is in.
      if (match) {
        if (match?.role === "username" && match.test) testHeading = true;
        if (match && sectionLevel === null) sectionLevel = heading.level;
        sections.push({ role: match.role, lines: [] });
        continue;
      }
      unmatched.push(heading.level);
    }
    sections[sections.length - 1]!.lines.push(line);
  }
  // Another form's sections stand at the level of this form's own headings.
  const foreignHeadings = sectionLevel === null ? 0 : unmatched.filter((level) => level === sectionLevel).length;
  return { sections, testHeading, foreignHeadings };
}

/** Headings of the registry's earlier templates that are labels without a field of their own (2020: "## Account recovery"). */
const TEMPLATE_HEADINGS = new Set(["account recovery"]);

function headingRole(text: string, formHeadings: Map<string, Role>): { role: Role | null; test: boolean } | null {
  const norm = normaliseLabel(text);
  const words = norm.split(" ");
  const test = words.includes("test") || words.includes("testpypi");
  const exact = formHeadings.get(norm);
  if (exact) return { role: exact, test };
  if (TEMPLATE_HEADINGS.has(norm)) return { role: null, test };
  // Hand-edited headings ("Test PyPI Username", "Username:") and the 2020 template: labels are short,
  // so a longer heading that happens to contain a label's words ("Lost my recovery codes and my phone") is text.
  if (words.length > 4) return null;
  if (norm.includes("username") || norm.includes("user name")) return { role: "username", test };
  if (norm.startsWith("reason")) return { role: "reason", test };
  if (norm.includes("recovery code")) return { role: "recoveryCodes", test };
  if (norm.includes("code of conduct")) return { role: "codeOfConduct", test };
  if (norm.startsWith("acknowledg")) return { role: "acknowledgement", test };
  return null;
}

function readReason(section: Section | undefined, all: Section[]): string | null {
  if (section) return cleanText(section.lines.join("\n"));
  // The 2020 template had no reason heading, only a `Reason:` line in free text.
  for (const s of all) {
    if (s.role && s.role !== "reason") continue;
    const index = s.lines.findIndex((l) => l.trimStart().toLowerCase().startsWith("reason:"));
    if (index < 0) continue;
    const rest = s.lines.slice(index);
    const boxes = rest.findIndex((l) => parseCheckbox(l) !== null);
    return cleanText((boxes < 0 ? rest : rest.slice(0, boxes)).join("\n"));
  }
  return null;
}

function cleanText(raw: string): string | null {
  let text = stripHtmlComments(raw).trim();
  if (text.toLowerCase().startsWith("reason:")) text = text.slice("reason:".length).trim();
  if (!text || text.toLowerCase() === NO_RESPONSE) return null;
  return text;
}

function readBoxes(sections: Section[], form: FormSpec): { boxes: Record<CheckboxRole, boolean>; inForm: CheckboxRole[] } {
  const boxes: Record<CheckboxRole, boolean> = { recoveryCodes: false, codeOfConduct: false, acknowledgement: false };
  const inForm = new Set<CheckboxRole>();
  const optionRoles = new Map<string, CheckboxRole>();
  for (const role of CHECKBOX_ROLES) optionRoles.set(normaliseLabel(form.options[role]), role);

  for (const section of sections) {
    if (section.role && !isCheckboxRole(section.role)) continue;
    const own = section.role && isCheckboxRole(section.role) ? section.role : null;
    if (own) inForm.add(own);
    for (const line of section.lines) {
      const box = parseCheckbox(line);
      if (!box) {
        // Early issue forms (2021) rendered a ticked box as its bare option text under its heading.
        if (own && line.trim() && optionRole(line, optionRoles) === own) boxes[own] = true;
        continue;
      }
      const role = own ?? optionRole(box.text, optionRoles);
      if (!role) continue;
      inForm.add(role);
      if (box.checked) boxes[role] = true;
    }
  }
  return { boxes, inForm: CHECKBOX_ROLES.filter((r) => inForm.has(r)) };
}

/** A box outside its section (older templates): recognise it by its text. */
function optionRole(text: string, optionRoles: Map<string, CheckboxRole>): CheckboxRole | null {
  const norm = normaliseLabel(text);
  const exact = optionRoles.get(norm);
  if (exact) return exact;
  if (norm.includes("recovery code")) return "recoveryCodes";
  if (norm.includes("code of conduct")) return "codeOfConduct";
  if (norm.includes("understand") && norm.includes("time")) return "acknowledgement";
  return null;
}
