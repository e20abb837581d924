// The per-repository configuration, `.github/recovery-triage.yml`.
// The zod schema is the single source of truth: it validates, supplies defaults, and
// (through `npm run schema`) publishes the JSON Schema editors use to check the file.
import { z } from "zod";
import { WRITTEN_LOGIN } from "../domain/text/github-names.js";
import { PRESET_NAMES, type PresetName } from "./presets.js";
import { labelsSchema, projectSchema } from "./vocabulary.js";

const login = z
  .string()
  .trim()
  .regex(WRITTEN_LOGIN, "must be a GitHub login")
  .transform((s) => s.replace(/^@/, ""));

// Strict objects: the published JSON Schema rejects unknown keys, so an editor flags `reviwers`.
const privacySchema = z
  .strictObject({
    redact_emails: z
      .boolean()
      .default(true)
      .describe(
        "Replace email addresses in a request's text with [email-address-removed], in the same update that sets its labels; the " +
          "card tells the requester, and that GitHub's edit history still holds it. The issue is public, and reviewers write to " +
          "the address on file, never to one posted here.",
      ),
    keep_domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9.-]{1,100}$/, "must be a domain name"),
      )
      .max(20)
      .default(["pypi.org", "python.org"])
      .describe("The registry's own domains: its service addresses (noreply@…) are left in place."),
  })
  .describe("What the desk keeps out of public view.");

const registryUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, "must be an http(s) address")
  .transform((s) => s.replace(/\/+$/, ""));

const registrySchema = z
  .strictObject({
    evidence: z
      .boolean()
      .default(true)
      .describe(
        "Gather public ownership evidence for reviewers: the account's projects, their repositories and the requester's ties to them.",
      ),
    url: registryUrl.default("https://pypi.org").describe("The registry's address (profile pages, JSON API, Integrity API)."),
    test_url: registryUrl.default("https://test.pypi.org").describe("The registry's test instance, for requests about it."),
    max_projects: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(10)
      .describe("Projects examined per account (2 registry requests each); the rest are counted."),
    budget_seconds: z.number().min(1).max(30).default(5).describe("Time allowed for gathering one case's evidence, all requests together."),
    request_timeout_seconds: z.number().min(0.5).max(30).default(2).describe("Time allowed for one request to the registry."),
  })
  .describe("The package registry the desk recovers accounts of, and the public evidence it reads there.");

const team = z
  .string()
  .trim()
  .regex(/^@?[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$|^[A-Za-z0-9._-]+$/, "must be `org/team-slug` or a team slug of the repository's owner")
  .transform((s) => s.replace(/^@/, ""));

export const verificationSchema = z
  .strictObject({
    require: z
      .array(z.enum(["email", "repo"]))
      .min(1)
      .default(["email"])
      .describe(
        "Factors that must all be confirmed before a case is verified: `email` (a one-time code sent to the address on file) and/or " +
          "`repo` (a branch pushed to one of the account's repositories).",
      ),
    code_expiry_hours: z.number().int().min(1).max(72).default(24).describe("How long an email code stays valid."),
    max_code_failures: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe("Wrong codes before the email factor locks and the reviewer is called."),
    challenge_expiry_days: z.number().int().min(1).max(60).default(14).describe("How long a repository challenge stays open."),
    reviewer_keys: z
      .record(z.string().regex(/^[A-Za-z0-9-]{1,39}$/, "must be a GitHub login"), z.number().int().min(1).max(999_999))
      .default({})
      .describe(
        "The version of each reviewer's code key (`recovery-triage reviewer-key <login>`; 1 when not listed). Raising a " +
          "reviewer's number revokes their key at once: codes it minted stop working and the case asks for a new `/verify email`.",
      ),
    master_codes: z
      .boolean()
      .default(false)
      .describe(
        "Whether codes minted with RECOVERY_SECRET itself are accepted for any case, whoever started its verification. Off: " +
          "only a code of the key of the reviewer who started `/verify email` counts (`recovery-triage code` with the " +
          "server's secret mints with that reviewer's key). A security setting: written wrongly (`no`, `\"false\"`), it stays off.",
      ),
  })
  .describe("How ownership of the account is verified.");

export const staleSchema = z
  .strictObject({
    remind_after_days: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(14)
      .describe("Days without requester activity, while the case waits on them, before one reminder."),
    close_after_days: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(7)
      .describe("Further days after the reminder before the case closes as stale."),
    reopen_within_days: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(90)
      .describe(
        "Days after the desk closed a request (stale, or withdrawn) during which the requester's reply or /reopen opens it again " +
          "(GitHub lets them reopen only issues they closed themselves).",
      ),
  })
  .describe("Timers for cases waiting on the requester (needs-info, verifying). On-hold pauses them.");

/** The longest wait before a decided case is locked: the sweep reads the requests closed in the last 90 days. */
export const LOCK_AFTER_DAYS_MAX = 60;

const noiseSchema = z
  .strictObject({
    answer_updates: z
      .boolean()
      .default(true)
      .describe(
        'A comment that only asks for news ("any update?", "+1", "same problem") on a request waiting in the queue is ' +
          "hidden as outdated and answered with the queue position and expected wait (at most once a week per request), so it " +
          "notifies nobody twice. Anything that says more is left alone.",
      ),
    lock_after_days: z
      .number()
      .int()
      .min(0)
      .max(LOCK_AFTER_DAYS_MAX)
      .nullable()
      .default(30)
      .describe(
        "Days after a resolved, denied, duplicate, withdrawn or stale request closed before the sweep locks its thread (0: at " +
          "once; null: never). A withdrawn or stale one is not locked while its requester can still bring it back. A maintainer's " +
          "/reopen unlocks first.",
      ),
  })
  .describe("Keeping threads readable for reviewers.");

export const configSchema = z
  .strictObject({
    _extends: z
      .string()
      .optional()
      .describe("Inherit settings from another repository's file (`owner/repo` or `repo`, Probot's config loader); keys here override it."),
    preset: z
      .enum(PRESET_NAMES as [PresetName, ...PresetName[]])
      .nullable()
      .default(null)
      .describe(
        "A named vocabulary to start from: `pypi` uses the labels and board columns of PyPI's support repository " +
          "(docs/admins.md lists them). Keys written in this file still override it.",
      ),
    reviewers: z
      .array(login)
      .max(100)
      .default([])
      .describe(
        "GitHub logins of the people who review requests. A valid request is assigned to one of them (never the requester " +
          "their own); with none, requests are labelled but not assigned.",
      ),
    assignment: z
      .enum(["round-robin", "least-loaded"])
      .default("round-robin")
      .describe(
        "round-robin: take turns by issue number (stable under bursts and redeliveries). least-loaded: the reviewer with the " +
          "fewest open requests, ties in round-robin order.",
      ),
    unavailable: z
      .array(login)
      .max(100)
      .default([])
      .describe("Reviewers who get no new requests for now (holidays). Their current cases stay with them."),
    maintainer_teams: z
      .array(team)
      .max(20)
      .default([])
      .describe(
        "Teams (`org/team-slug`, or a slug of the repository's owner) whose active members may run maintainer commands, besides " +
          "people with write, maintain or admin access to the repository.",
      ),
    labels: labelsSchema.default(labelsSchema.parse({})),
    verification: verificationSchema.default(verificationSchema.parse({})),
    stale: staleSchema.default(staleSchema.parse({})),
    privacy: privacySchema.default(privacySchema.parse({})),
    registry: registrySchema.default(registrySchema.parse({})),
    project: projectSchema.nullable().default(null),
    lost_commands: z
      .strictObject({
        replay_within_hours: z
          .number()
          .int()
          .min(0)
          .max(168)
          .default(48)
          .describe(
            "A command whose webhook GitHub never delivered is applied by the sweep if it is at most this old (its author's roles " +
              "checked as of then).",
          ),
        ask_within_days: z
          .number()
          .int()
          .min(0)
          .max(30)
          .default(7)
          .describe("An older one (up to this many days) gets one reply asking its author to repeat it; beyond that it is left alone."),
      })
      .default({ replay_within_hours: 48, ask_within_days: 7 })
      .describe("Commands whose webhook was lost: GitHub does not redeliver on its own, so the sweep finds them."),
    adoption: z
      .strictObject({
        quiet_older_than_days: z
          .number()
          .int()
          .min(0)
          .max(3650)
          .nullable()
          .default(7)
          .describe(
            "A request the desk first reads when it is older than this (a backlog, when the desk is installed) is taken in without " +
              "mentioning anyone; its first real change mentions people as usual. null: always mention.",
          ),
      })
      .default({ quiet_older_than_days: 7 })
      .describe("Taking in a repository's existing open requests: oldest first, in their filed order, quietly."),
    noise: noiseSchema.default(noiseSchema.parse({})),
    registry_name: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .default("PyPI")
      .describe("The registry's name as requesters know it; used in the app's messages."),
    username_rules: z
      .enum(["pypi", "github", "lenient"])
      .default("pypi")
      .describe(
        "How usernames are checked. pypi: letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 50 " +
          "characters. github: GitHub's login rules. lenient: any single word of at most 100 characters without '@'.",
      ),
    form_path: z
      .string()
      .trim()
      .regex(/^[\w./-]{1,200}$/, "must be a path in the repository")
      .refine((p) => !p.split("/").includes(".."), "must stay inside the repository")
      .default(".github/ISSUE_TEMPLATE/account-recovery.yml")
      .describe(
        "Where the repository's issue form lives. Its field labels become the headings the parser looks for; without it the built-in " +
          "form is used.",
      ),
  })
  .describe("recovery-triage configuration (.github/recovery-triage.yml)");

export type Config = z.infer<typeof configSchema>;

export const defaultConfig: Config = configSchema.parse({});

/** The JSON Schema published for editors (`recovery-triage.schema.json`). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: "input" }) as Record<string, unknown>;
}
