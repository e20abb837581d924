import { describe, expect, it } from "@jest/globals";
import { caseStateSchema, decodeState, encodeState, hasStateMarker } from "../../src/domain/case/state.js";
import { STATE_PARTS } from "../../src/domain/case/state-parts.js";
import { state } from "../helpers/cases.js";

describe("the hidden state block", () => {
  it("round-trips", () => {
    const s = state();
    expect(decodeState(`visible text\n\n${encodeState(s)}`)).toEqual(s);
  });

  it("cannot be closed or forged by a username", () => {
    const s = state({ username: "x --> <!-- recovery-triage:state v1 {} --> &" });
    const block = encodeState(s);
    expect(block.indexOf("-->")).toBe(block.length - 3);
    expect(block.match(/<!--/g)).toHaveLength(1);
    expect(decodeState(block)?.username).toBe(s.username);
  });

  it.each([
    ["no block", "hello"],
    ["broken JSON", "<!-- recovery-triage:state v1 {not json} -->"],
    ["wrong version", `<!-- recovery-triage:state v1 ${JSON.stringify({ ...state(), v: 2 })} -->`],
    ["wrong shape", `<!-- recovery-triage:state v1 ${JSON.stringify({ v: 1, status: "approved" })} -->`],
    ["unterminated", `<!-- recovery-triage:state v1 ${JSON.stringify(state())}`],
  ])("ignores %s", (_name, body) => {
    expect(decodeState(body)).toBeNull();
  });

  it("recognises the marker", () => {
    expect(hasStateMarker(encodeState(state()))).toBe(true);
    expect(hasStateMarker("<!-- other -->")).toBe(false);
    expect(hasStateMarker(null)).toBe(false);
  });
});

describe("cards written before the processed record", () => {
  it("start the record at the newest comment they handled, so none of those runs again", () => {
    const card = encodeState(state()).replace(/"processed":\{[^}]*\}/, '"handled":[12,40,33]');
    expect(card).toContain('"handled":[12,40,33]');
    expect(decodeState(card)!.processed).toEqual({ through: 40, also: [] });
  });
});

describe("bounded lists degrade instead of overflowing", () => {
  it("a case with more conflicts and timeline entries than it keeps still encodes", () => {
    const big = state({
      conflictsWith: Array.from({ length: 45 }, (_, i) => 100 - i),
      timeline: Array.from({ length: 70 }, (_, i) => ({
        at: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T00:00:00.000Z`,
        by: "x",
        status: "triage" as const,
      })),
    });
    const decoded = decodeState(encodeState(big))!;
    expect(decoded.conflictsWith).toEqual(Array.from({ length: 20 }, (_, i) => 56 + i));
    expect(decoded.conflictsMore).toBe(25);
    expect(decoded.timeline).toEqual(big.timeline.slice(-20));
  });
});

describe("the state's parts (domain/case/state-parts.ts)", () => {
  const keys = Object.keys(caseStateSchema.shape);

  it("every key of the state belongs to exactly one part, and every part's key is the state's", () => {
    const listed = Object.values(STATE_PARTS).flat() as string[];
    expect([...listed].sort()).toEqual([...keys].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(STATE_PARTS.timers).toContain("lockedAt");
    expect(STATE_PARTS.verification).toContain("factors");
  });

  it("grouping changes no card: the schema keeps the order it had, which is the order of the card's bytes", () => {
    // Reordering (or regrouping) the schema would change every card's block and cost a write per open case.
    expect(keys).toEqual([
      ...["v", "status", "author", "username", "testInstance", "problems", "reviewer", "queueAhead", "duplicateOf"],
      ...["conflictsWith", "conflictsMore", "usernameChange", "closedBy", "timeline", "infoRequest", "resumeStatus"],
      ...["binding", "factors", "attestation", "decision", "holdReason", "waitingSince", "requesterEditAt", "remindedAt"],
      ...["accountReset", "generation", "skippedReviewers", "security", "waitWeeks", "emailsRemoved", "evidence", "quiet"],
      ...["lockedAt", "lockRefused", "processed", "outbox", "language"],
    ]);
    const block = JSON.parse(encodeState(state()).replace(/^<!-- recovery-triage:state v1 | -->$/g, "")) as object;
    expect(Object.keys(block)).toEqual(keys.filter((k) => k !== "language"));
  });
});
