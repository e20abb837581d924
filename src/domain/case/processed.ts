// Which comments of a case's thread the desk has settled (applied, refused or answered with
// silence), kept on the card so that no door can run a comment twice and no flood can make the
// desk forget one. A watermark (every comment at or below it is settled or needed no work) plus
// the runs of settled ids above it. A run covers every comment of the thread between its ends, so
// a flood of any size settled behind one comment still owed is one run: what is recorded grows
// with the comments still owed (the gaps between runs), never with the flood, and no comment that
// is owed is ever passed over. GitHub's comment ids only grow, so the watermark moves forward over
// a thread read in id order.
import { z } from "zod";

const id = z.number().int().positive();
/** One settled comment, or a run of them `[first, last]` (every comment of the thread between them). */
const settled = z.union([id, z.tuple([id, id]).refine(([a, b]) => a <= b, "a run ends after it starts")]);

/** The outcomes kept, newest last: what is recorded about refusals is bounded; what is owed never is. */
export const RECENT_KEPT = 20;

/** What a settled comment did: its commands applied, refused (`why`: the notice that said so), or only read. */
export const outcomeSchema = z.object({
  id,
  did: z.enum(["applied", "refused", "read"]),
  why: z.string().max(40).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const processedSchema = z.object({
  through: z.number().int().min(0),
  also: z.array(settled),
  /** The latest settled comments and what each did, for reviewers and for the spine's tests. */
  recent: z.array(outcomeSchema).max(RECENT_KEPT).optional(),
});
export type Processed = z.infer<typeof processedSchema>;
type Run = [number, number];

export const NOTHING_PROCESSED: Processed = { through: 0, also: [] };

/** A comment of the thread as the record needs it: its id, and whether a door would give it work. */
export interface ThreadComment {
  id: number;
  needsWork: boolean;
}

const runOf = (entry: number | Run): Run => (typeof entry === "number" ? [entry, entry] : entry);

export function isProcessed(record: Processed, id: number): boolean {
  return id <= record.through || record.also.some((entry) => id >= runOf(entry)[0] && id <= runOf(entry)[1]);
}

/**
 * Records `id` and moves the watermark over every comment of the thread that is settled or needs no
 * work; what is settled above the watermark is kept as runs, two runs joining when no comment owed
 * lies between them.
 */
export function markProcessed(
  record: Processed,
  id: number,
  thread: readonly ThreadComment[],
  /** Comments the app's own replies answered: settled too (the reply is their record). */
  answered: readonly number[] = [],
  outcome: Omit<Outcome, "id"> | null = null,
): Processed {
  if (isProcessed(record, id)) return record;
  const recent = outcome ? [...(record.recent ?? []), { id, ...outcome }].slice(-RECENT_KEPT) : (record.recent ?? []);
  const ordered = [...thread].sort((a, b) => a.id - b.id);
  const owed = (c: ThreadComment) => c.needsWork && !answered.includes(c.id) && !isProcessed(record, c.id) && c.id !== id;
  let through = record.through;
  for (const c of ordered) {
    if (c.id <= through) continue;
    if (owed(c)) break;
    through = c.id;
  }
  const runs = [...record.also.map(runOf), [id, id] as Run, ...answered.map((a): Run => [a, a])]
    .filter(([, last]) => last > through)
    .map(([first, last]): Run => [Math.max(first, through + 1), last])
    .sort((a, b) => a[0] - b[0]);
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    // Two runs join when every comment of the thread between them is settled or needs no work.
    if (last && (run[0] <= last[1] + 1 || !ordered.some((c) => c.id > last[1] && c.id < run[0] && owed(c)))) {
      last[1] = Math.max(last[1], run[1]);
    } else joined.push([...run]);
  }
  const also = joined.map(([a, b]): number | Run => (a === b ? a : [a, b]));
  return recent.length > 0 ? { through, also, recent } : { through, also };
}

/** The comments a door would have given work that the record does not hold yet, oldest first. */
export function unprocessed<C extends ThreadComment>(record: Processed, thread: readonly C[]): C[] {
  return thread.filter((c) => c.needsWork && !isProcessed(record, c.id)).sort((a, b) => a.id - b.id);
}
