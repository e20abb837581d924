// The processed record: a watermark plus runs of settled ids above it. No flood pushes a processed
// comment out, and no flood pushes an owed one past the watermark.
import { describe, expect, it } from "@jest/globals";
import { isProcessed, markProcessed, NOTHING_PROCESSED, unprocessed, type ThreadComment } from "../../src/domain/case/processed.js";

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

  it("behind one comment that never arrives, a flood of 500 is one run, and the stuck one stays owed", () => {
    const thread = work(...Array.from({ length: 501 }, (_, i) => i + 1));
    let record = NOTHING_PROCESSED;
    for (let id = 2; id <= 501; id++) record = markProcessed(record, id, thread);
    expect(record).toEqual({ through: 0, also: [[2, 501]] });
    for (let id = 2; id <= 501; id++) expect(isProcessed(record, id)).toBe(true);
    // Owed, never passed over: the sweep (or the next comment's door) still runs it.
    expect(unprocessed(record, thread).map((c) => c.id)).toEqual([1]);
    expect(markProcessed(record, 1, thread)).toEqual({ through: 501, also: [] });
  });

  it("grows with what is owed, not with the flood: each owed comment is one gap between runs", () => {
    // Owed: 10, 20, 30; everything else (1,000 comments) settled in a shuffled order.
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1);
    const thread = work(...ids);
    let record = NOTHING_PROCESSED;
    const order = ids.filter((id) => id % 10 !== 0 || id > 30).sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    for (const id of order) record = markProcessed(record, id, thread);
    expect(record).toEqual({
      through: 9,
      also: [
        [11, 19],
        [21, 29],
        [31, 1000],
      ],
    });
    expect(unprocessed(record, thread).map((c) => c.id)).toEqual([10, 20, 30]);
  });

  it("conversation between two runs joins them; a run is read from older cards' single ids", () => {
    const thread = [...work(1, 2), ...talk(3), ...work(4)];
    expect(markProcessed(markProcessed(NOTHING_PROCESSED, 2, thread), 4, thread)).toEqual({ through: 0, also: [[2, 4]] });
    expect(isProcessed({ through: 0, also: [2, 4] }, 4)).toBe(true);
  });

  it("lists what waits, oldest first", () => {
    const record = markProcessed(NOTHING_PROCESSED, 3, work(3, 1, 2));
    expect(unprocessed(record, work(3, 1, 2)).map((c) => c.id)).toEqual([1, 2]);
  });
});
