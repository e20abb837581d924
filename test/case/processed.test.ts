// The processed record: a watermark plus the ids above it. No flood pushes a processed comment out,
// a comment still waiting holds the watermark back, and an overflow fails closed.
import { describe, expect, it } from "@jest/globals";
import { isProcessed, markProcessed, NOTHING_PROCESSED, unprocessed, type ThreadComment } from "../../src/case/processed.js";

const work = (...ids: number[]): ThreadComment[] => ids.map((id) => ({ id, needsWork: true }));
const talk = (...ids: number[]): ThreadComment[] => ids.map((id) => ({ id, needsWork: false }));

describe("marking a comment processed", () => {
  const cases: [string, ThreadComment[], number[], { through: number; also: number[] }][] = [
    ["the only comment: the watermark reaches it", work(5), [5], { through: 5, also: [] }],
    ["conversation before it is passed over", [...talk(2, 3), ...work(5)], [5], { through: 5, also: [] }],
    ["an older comment still waiting holds the watermark", work(4, 5), [5], { through: 0, also: [5] }],
    ["once the waiting one is processed, the watermark jumps over both", work(4, 5), [5, 4], { through: 5, also: [] }],
    ["out of order, with conversation between", [...work(4), ...talk(6), ...work(7, 9)], [7, 9, 4], { through: 9, also: [] }],
    ["a comment not in the thread (read before it was listed) is kept above", work(4), [8], { through: 0, also: [8] }],
  ];
  it.each(cases)("%s", (_what, thread, marks, expected) => {
    const record = marks.reduce((r, id) => markProcessed(r, id, thread), NOTHING_PROCESSED);
    expect(record).toEqual(expected);
    for (const id of marks) expect(isProcessed(record, id)).toBe(true);
  });

  it("a reply that answered a comment counts as its record", () => {
    const record = markProcessed(NOTHING_PROCESSED, 6, work(4, 6), [4]);
    expect(record).toEqual({ through: 6, also: [] });
  });

  it("marking twice changes nothing", () => {
    const once = markProcessed(NOTHING_PROCESSED, 5, work(4, 5));
    expect(markProcessed(once, 5, work(4, 5))).toBe(once);
  });
});

describe("a flood", () => {
  it("cannot push a processed comment out: 500 comments later, the first is still processed", () => {
    const thread = work(...Array.from({ length: 501 }, (_, i) => i + 1));
    let record = NOTHING_PROCESSED;
    for (let id = 1; id <= 501; id++) record = markProcessed(record, id, thread);
    expect(record).toEqual({ through: 501, also: [] });
    expect(unprocessed(record, thread)).toEqual([]);
  });

  it("behind one comment that never arrives, keeps 50 above it, then fails closed: the stuck one is passed, never run", () => {
    const thread = work(...Array.from({ length: 80 }, (_, i) => i + 1));
    let record = NOTHING_PROCESSED;
    for (let id = 2; id <= 80; id++) record = markProcessed(record, id, thread);
    expect(record.also.length).toBeLessThanOrEqual(50);
    // Every processed comment is still processed; the stuck #1 is given up (not run later by a sweep).
    for (let id = 2; id <= 80; id++) expect(isProcessed(record, id)).toBe(true);
    expect(unprocessed(record, thread)).toEqual([]);
  });

  it("lists what waits, oldest first", () => {
    const record = markProcessed(NOTHING_PROCESSED, 3, work(3, 1, 2));
    expect(unprocessed(record, work(3, 1, 2)).map((c) => c.id)).toEqual([1, 2]);
  });
});
