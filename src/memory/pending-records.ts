// Comments processed with nothing to show for it (a refusal past its cap, a maintainer's words)
// must still join the case's processed record, or a later sweep would run them as lost (with their
// author's roles as of then). Writing the card for each would let anyone make the desk write once
// per comment they post; so, on a server that sweeps itself, such records wait here and go out with
// the case's next card write, or with its next sweep at the latest: a flood costs one write.
// A crash loses what waits (at most one sweep interval's worth): the sweep then runs those comments
// as lost, with their authors' roles as of now. A desk that does not sweep itself writes at once.
import type { Outcome } from "../case/processed.js";

export class PendingRecords {
  private readonly waiting = new Map<string, Map<number, Outcome | null>>();

  /** Comments settled on this case whose record is not on its card yet, with what each did. */
  records(key: string): Outcome[] {
    return [...(this.waiting.get(key) ?? [])].map(([id, outcome]) => outcome ?? { id, did: "read" });
  }

  add(key: string, id: number, outcome: Outcome | null = null): void {
    const records = this.waiting.get(key) ?? new Map<number, Outcome | null>();
    records.set(id, outcome);
    this.waiting.set(key, records);
  }

  /** The card was written with every waiting record: nothing waits any more. */
  clear(key: string): void {
    this.waiting.delete(key);
  }
}
