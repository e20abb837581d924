// What GitHub last answered for a read, with its ETag: the read is asked again with
// `If-None-Match`, and a `304 Not Modified` (which GitHub does not count against the rate limit)
// is answered from here. Shared by every event and the sweep of a process; bounded.

const ENTRIES = 20_000;

export class ConditionalCache {
  private readonly entries = new Map<string, { etag: string; data: unknown }>();

  get(key: string): { etag: string; data: unknown } | undefined {
    return this.entries.get(key);
  }

  /** What it holds, for the desk's memory between runs (actions/memory.ts); oldest first. */
  dump(): [string, { etag: string; data: unknown }][] {
    return [...this.entries];
  }

  load(entries: [string, { etag: string; data: unknown }][]): void {
    for (const [key, entry] of entries.slice(-ENTRIES)) this.entries.set(key, entry);
  }

  /** A write changed what the answer says: it is not kept (nor saved for the next run) as if it still held. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Every kept answer that lists this comment (a thread): the comment was edited, hidden or deleted. */
  forgetComment(commentId: number): void {
    for (const [key, entry] of this.entries) {
      if (Array.isArray(entry.data) && entry.data.some((c) => (c as { id?: unknown })?.id === commentId)) this.entries.delete(key);
    }
  }

  set(key: string, etag: string | undefined, data: unknown): void {
    this.entries.delete(key);
    if (!etag) return;
    this.entries.set(key, { etag, data });
    if (this.entries.size > ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
