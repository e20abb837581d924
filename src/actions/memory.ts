// The desk's memory between workflow runs. Each run of the Actions entry point starts cold; what
// the server keeps in its process — GitHub's answers with their ETags, GitHub's public answers for
// evidence, the registry's answers, when evidence was last gathered, the page's records — is
// written to one file at the end of a run and read at the start of the next (the workflow keeps
// the file with actions/cache). It is a cache only, never a source of truth: anyone who can run a
// workflow in the repository can plant a cache entry, so the file is authenticated with a key
// derived from the app's private key (a file that does not verify is discarded whole, and no key,
// no memory); an entry dated in the future is invalid; and nothing the desk would redact (a secret,
// an address) or has deleted is written to it. A missing or discarded file costs requests, never
// correctness. The open-request index is left out on purpose: runs for different issues go side
// by side and the last to save would win, so an index restored from one could lack a request.
import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Desk } from "../spine/service.js";
import { findSecrets } from "../domain/safety/secrets.js";
import { findEmailAddresses } from "../domain/safety/emails.js";

/** 3: the features keep their own part (spine/features.ts FeatureMemory); an older file is discarded. */
const VERSION = 3;
/** A clock between the run that saved and the run that reads may be this far ahead. */
const SKEW_MS = 5 * 60_000;
/** Beyond this the memory is not worth the cache's time (a desk of thousands of cases stays well under). */
const MAX_BYTES = 200 * 1024 * 1024;

type Dumped<T extends { dump(): unknown }> = ReturnType<T["dump"]>;

/** What is written: the content as a string, and its MAC under the memory key. */
interface Sealed {
  version: number;
  mac: string;
  content: string;
}

interface Snapshot {
  savedAt: string;
  conditional: Dumped<Desk["conditional"]>;
  records: Dumped<Desk["records"]>;
  /** Each feature's own memory (the evidence's registry and public answers, when each case was gathered). */
  evidence?: unknown;
}

/** The key that authenticates the memory: derived from the app's private key, never the key itself. */
export function memoryKey(privateKey: string): Buffer {
  return createHmac("sha256", privateKey).update("recovery-triage: the desk's memory between runs, v2").digest();
}

function macOf(key: Buffer, content: string): Buffer {
  return createHmac("sha256", key).update(content).digest();
}

/**
 * Reads the memory into the desk; false (and nothing loaded) when there is none, it cannot be read,
 * it does not verify under `key` (planted or from another app), or it was saved in the future.
 */
export function restoreMemory(desk: Desk, path: string, key: Buffer | null, now: Date): boolean {
  if (!key) return false;
  let sealed: Sealed;
  let snapshot: Snapshot;
  try {
    sealed = JSON.parse(readFileSync(path, "utf8")) as Sealed;
    if (sealed?.version !== VERSION || typeof sealed.content !== "string" || typeof sealed.mac !== "string") return false;
    const mac = Buffer.from(sealed.mac, "base64");
    const expected = macOf(key, sealed.content);
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return false;
    snapshot = JSON.parse(sealed.content) as Snapshot;
  } catch {
    return false;
  }
  if (!(Date.parse(snapshot.savedAt) <= now.getTime() + SKEW_MS)) return false;
  try {
    desk.conditional.load(snapshot.conditional ?? []);
    desk.records.load(snapshot.records ?? []);
    desk.features.evidence?.load(snapshot.evidence, new Date(now.getTime() + SKEW_MS));
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the desk's memory (atomically: a run killed mid-write leaves the previous file). Returns its
 * size; 0 when nothing was written (no key to seal it with, or too large).
 */
export function saveMemory(desk: Desk, path: string, now: Date, key: Buffer | null): number {
  if (!key) return 0;
  const snapshot: Snapshot = {
    savedAt: now.toISOString(),
    conditional: desk.conditional.dump().filter(([, entry]) => !holdsWhatIsRedacted(entry.data)),
    records: desk.records.dump(),
    evidence: desk.features.evidence?.dump(),
  };
  const content = JSON.stringify(snapshot);
  if (content.length > MAX_BYTES) return 0;
  const sealed: Sealed = { version: VERSION, mac: macOf(key, content).toString("base64"), content };
  const text = JSON.stringify(sealed);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
  return text.length;
}

/** Any text in a kept answer that the desk would remove from GitHub (a secret, an address): not written to disk. */
function holdsWhatIsRedacted(data: unknown): boolean {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(data);
  return texts.some((text) => text.length > 5 && (findSecrets(text).length > 0 || findEmailAddresses(text).length > 0));
}
