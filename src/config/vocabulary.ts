// The words the desk writes on GitHub: its labels and its project board's columns. Renamed to fit
// a repository (or taken from a preset, presets.ts); the case's statuses stay the desk's own.
import { z } from "zod";
import { WRITTEN_LOGIN } from "../domain/text/github-names.js";

const labelName = z.string().trim().min(1).max(50);

const optionName = z.string().trim().min(1).max(100);
/** The board's option for each case status (matched without regard to case). */
const projectOptionsSchema = z
  .strictObject({
    triage: optionName.default("Triage"),
    "needs-info": optionName.default("Needs info"),
    verifying: optionName.default("Verifying"),
    verified: optionName.default("Verified"),
    "on-hold": optionName.default("On hold"),
    resolved: optionName.default("Resolved"),
    denied: optionName.default("Denied"),
    duplicate: optionName.default("Duplicate"),
    withdrawn: optionName.default("Withdrawn"),
    stale: optionName.default("Stale"),
    closed: optionName.default("Closed"),
  })
  .describe("The status field's option for each case status. A status without its option on the board is left as it is.");

export const projectSchema = z
  .strictObject({
    owner: z
      .string()
      .trim()
      .regex(WRITTEN_LOGIN, "must be an organisation's login")
      .transform((s) => s.replace(/^@/, "")),
    number: z.number().int().min(1).describe("The project's number (in its address: /orgs/<owner>/projects/<number>)."),
    status_field: z.string().trim().min(1).max(100).default("Status").describe("The project's single-select field that holds the status."),
    options: projectOptionsSchema.default(projectOptionsSchema.parse({})),
  })
  .describe(
    "A GitHub Project (v2) of an organisation kept in sync both ways: every case is an item whose status follows the case, and a " +
      "maintainer moving an item makes the case follow (or the move is reverted with a note saying why).",
  );

export const labelsSchema = z
  .strictObject({
    request: labelName.default("account-recovery").describe("Marks an issue as an account-recovery request (the form applies it)."),
    triage: labelName.default("recovery: triage").describe("A valid request waiting for its reviewer."),
    needs_info: labelName.default("recovery: needs-info").describe("The request has problems the requester must fix by editing the issue."),
    duplicate: labelName.default("recovery: duplicate").describe("A second request by the same person for the same account; closed."),
    conflict: labelName
      .default("recovery: conflict")
      .describe("Two different people claim the same account: a takeover signal for a human."),
    withdrawn: labelName.default("recovery: withdrawn").describe("The requester closed their own request."),
    verifying: labelName.default("recovery: verifying").describe("Verification started; waiting for the requester to prove ownership."),
    verified: labelName.default("recovery: verified").describe("Every required factor is confirmed; waiting for the reviewer's decision."),
    on_hold: labelName.default("recovery: on-hold").describe("Paused by a maintainer; timers stop."),
    resolved: labelName.default("recovery: resolved").describe("Approved and closed."),
    denied: labelName.default("recovery: denied").describe("Denied and closed."),
    stale: labelName.default("recovery: stale").describe("Closed because the requester did not answer."),
    security: labelName.default("security").describe("A secret was posted on the issue and removed: someone must check it was revoked."),
    testpypi: labelName.default("recovery: testpypi").describe("The request is about the test instance of the registry."),
    no_projects: labelName
      .default("recovery: no-projects")
      .describe("The account exists and owns no projects: the registry resets such accounts without a repository challenge."),
    strong_evidence: labelName
      .default("recovery: strong-evidence")
      .describe(
        "The requester owns, or publicly belongs to the organisation owning, the Trusted Publisher repository of a project the account " +
          "owns. Evidence never verifies by itself: the reviewer decides.",
      ),
  })
  .describe("Names of the labels the app manages. Rename them to fit your repository; the app only ever adds or removes these.");
