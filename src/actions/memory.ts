// The desk's memory between workflow runs. Each run of the Actions entry point starts cold; what
// the server keeps in its process — GitHub's answers with their ETags, GitHub's public answers for
// evidence, the registry's answers, when evidence was last gathered, the page's records — is
// written to one file at the end of a run and read at the start of the next (the workflow keeps
// the file with actions/cache). It is an optimisation only: a missing, old or unreadable file
// costs requests, never correctness (every ETag is still checked by GitHub; nothing in it decides).
// The open-request index is left out on purpose: runs for different issues go side by side and
// the last to save would win, so an index restored from one could lack a request another filed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Desk } from "../desk/service.js";

const VERSION = 1;
/** Beyond this the memory is not worth the cache's time (a desk of thousands of cases stays well under). */
const MAX_BYTES = 200 * 1024 * 1024;

type Dumped<T extends { dump(): unknown }> = ReturnType<T["dump"]>;

interface Snapshot {
  version: number;
  savedAt: string;
  conditional: Dumped<Desk["conditional"]>;
  publicAnswers: Dumped<Desk["publicAnswers"]>;
  registry: Dumped<NonNullable<Desk["registry"]>>;
  records: Dumped<Desk["records"]>;
  evidenceChecked: [string, number][];
}

/** Reads the memory into the desk; false (and nothing loaded) when there is none or it cannot be read. */
export function restoreMemory(desk: Desk, path: string): boolean {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, "utf8")) as Snapshot;
  } catch {
    return false;
  }
  if (snapshot?.version !== VERSION) return false;
  try {
    desk.conditional.load(snapshot.conditional ?? []);
    desk.publicAnswers.load(snapshot.publicAnswers ?? []);
    desk.registry?.load(snapshot.registry ?? []);
    desk.records.load(snapshot.records ?? []);
    for (const [key, at] of snapshot.evidenceChecked ?? []) desk.evidenceChecked.set(key, at);
    return true;
  } catch {
    return false;
  }
}

/** Writes the desk's memory (atomically: a run killed mid-write leaves the previous file). Returns its size. */
export function saveMemory(desk: Desk, path: string, now: Date): number {
  const snapshot: Snapshot = {
    version: VERSION,
    savedAt: now.toISOString(),
    conditional: desk.conditional.dump(),
    publicAnswers: desk.publicAnswers.dump(),
    registry: desk.registry?.dump() ?? [],
    records: desk.records.dump(),
    evidenceChecked: [...desk.evidenceChecked],
  };
  const text = JSON.stringify(snapshot);
  if (text.length > MAX_BYTES) return 0;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return text.length;
}
