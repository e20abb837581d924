// Named starting points for `.github/recovery-triage.yml`: `preset: pypi` speaks the registry's
// support repository's own vocabulary (its labels and its board's columns). A preset only supplies
// values the file does not write; every key stays overridable, and the result is validated like
// any other file.

/** The vocabulary of pypi/support in 2026 (labels on its issues, statuses of its project board). */
const PYPI = {
  labels: {
    request: "account-recovery",
    // Waiting on the requester: an answer (needs-info) or the proof that the address on file is theirs (verifying).
    needs_info: "awaiting response",
    verifying: "unverified email",
    testpypi: "test pypi issue",
    security: "security issue",
  },
  /** Merged under `project.options` when the file configures a board; the board has no column for the queue or a hold. */
  projectOptions: {
    "needs-info": "Awaiting Response",
    verifying: "Verification in Process",
    verified: "Pending admin action",
    resolved: "Complete",
    denied: "Complete",
    duplicate: "Complete",
    withdrawn: "Complete",
    stale: "Complete",
    closed: "Complete",
  },
} as const;

export const PRESETS = { pypi: PYPI } as const;
export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The file as written, with the named preset's values under it. Anything that is not a valid
 * preset is returned untouched: the schema then reports `preset` like any other broken key.
 */
export function withPreset(raw: unknown): unknown {
  if (!isMapping(raw) || typeof raw.preset !== "string" || !(PRESET_NAMES as string[]).includes(raw.preset)) return raw;
  const preset = PRESETS[raw.preset as PresetName];
  const out: Mapping = { ...raw };
  out.labels = isMapping(raw.labels) || raw.labels === undefined ? { ...preset.labels, ...(raw.labels ?? {}) } : raw.labels;
  // A board is the repository's own (owner, number): the preset names only its columns.
  if (isMapping(raw.project)) {
    const options = raw.project.options;
    out.project = {
      ...raw.project,
      options: isMapping(options) || options === undefined ? { ...preset.projectOptions, ...(options ?? {}) } : options,
    };
  }
  return out;
}
