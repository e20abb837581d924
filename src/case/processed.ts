// Which comments of a case's thread the desk has processed, kept on the card so that no door can
// run a comment twice and no flood can make the desk forget one. A watermark (every comment at or
// below it is processed or needed no work) plus the ids processed above it: a comment counts as
// processed whether its commands were applied, refused or answered with silence. GitHub's comment
// ids only grow, so the watermark moves forward over a thread read in id order.
import { z } from "zod";

/** Processed ids kept above the watermark (comments processed while an older one still waits). */
const ABOVE_KEPT = 50;

export const processedSchema = z.object({
  through: z.number().int().min(0),
  also: z.array(z.number().int().positive()).max(ABOVE_KEPT),
});
export type Processed = z.infer<typeof processedSchema>;

export const NOTHING_PROCESSED: Processed = { through: 0, also: [] };

/** A comment of the thread as the record needs it: its id, and whether a door would give it work. */
export interface ThreadComment {
  id: number;
  needsWork: boolean;
}

export function isProcessed(record: Processed, id: number): boolean {
  return id <= record.through || record.also.includes(id);
}

/**
 * Records `id` and moves the watermark over every comment of the thread that is processed or needs
 * no work. If more ids wait above the watermark than are kept, the watermark passes the oldest
 * comment still waiting: it is then never run (failing closed), never forgotten and run twice.
 */
export function markProcessed(
  record: Processed,
  id: number,
  thread: readonly ThreadComment[],
  /** Comments the app's own replies answered: processed too (the reply is their record). */
  answered: readonly number[] = [],
): Processed {
  if (isProcessed(record, id)) return record;
  const done = new Set([...record.also, id, ...answered]);
  let through = record.through;
  for (const c of [...thread].sort((a, b) => a.id - b.id)) {
    if (c.id <= through) continue;
    if (c.needsWork && !done.has(c.id)) break;
    through = c.id;
  }
  const above = [...record.also, id].filter((n) => n > through).sort((a, b) => a - b);
  if (above.length > ABOVE_KEPT) through = Math.max(through, above[above.length - ABOVE_KEPT - 1]!);
  return { through, also: above.filter((n) => n > through && !answered.includes(n)) };
}

/** The comments a door would have given work that the record does not hold yet, oldest first. */
export function unprocessed<C extends ThreadComment>(record: Processed, thread: readonly C[]): C[] {
  return thread.filter((c) => c.needsWork && !isProcessed(record, c.id)).sort((a, b) => a.id - b.id);
}
