// The statistical detector behind detect.ts: eld (Efficient Language Detector), chosen by
// measurement (bench/language.ts; the figures in docs/operators.md). Its n-gram database takes
// a few hundred milliseconds to load, so it is loaded on first use, once per process, not at start.
import type { Detector } from "./detect.js";

let loading: Promise<Detector> | null = null;

export function loadDetector(): Promise<Detector> {
  loading ??= import("eld/medium").then(({ eld }) => (text: string) => {
    const result = eld.detect(text);
    return { language: result.language, scores: result.getScores(), reliable: result.isReliable() };
  });
  return loading;
}
