// `npm run bench -- language`: the language the desk reads in a request, measured on the corpus's
// real reasons (test/fixtures/corpus; `lang` marks the ones not in English). For each candidate
// detector, through the same pipeline (the requester's own words, scripts first, the thresholds in
// src/language/detect.ts): how many non-English reasons are read right, and how many English ones
// are read as another language. Then the intake of every corpus request (parse, validate, read the
// language, decide, render the card) timed with and without reading the language.
import { readFileSync } from "node:fs";
import { francAll } from "franc";
import * as tinyld from "tinyld";
import { decide } from "../src/domain/case/decide.js";
import { renderCard } from "../src/domain/case/card.js";
import { builtInForm } from "../src/domain/intake/form.js";
import { parseRequest } from "../src/domain/intake/parse.js";
import { validateRequest } from "../src/domain/intake/validate.js";
import { readLanguage, type Detector } from "../src/language/detect.js";
import { loadDetector } from "../src/language/detector.js";
import { input, issue } from "../test/helpers/cases.js";

const DIR = "test/fixtures/corpus/";
interface Entry {
  file: string;
  lang?: string;
}
const corpus = (JSON.parse(readFileSync(`${DIR}corpus.json`, "utf8")) as Entry[]).map((e) => ({
  ...e,
  body: readFileSync(`${DIR}${e.file}`, "utf8"),
}));
const reasons = corpus.map((e) => ({ lang: e.lang ?? "en", reason: parseRequest(e.body, builtInForm).reason ?? "" }));

const ISO3: Record<string, string> = { cmn: "zh", spa: "es", por: "pt", rus: "ru", jpn: "ja", kor: "ko", fra: "fr", deu: "de", eng: "en" };

async function eldDetector(size: string): Promise<Detector> {
  const { eld } = (await import(`eld/${size}`)) as typeof import("eld/small");
  return (text) => {
    const r = eld.detect(text);
    return { language: r.language, scores: r.getScores(), reliable: r.isReliable() };
  };
}
const tinyDetector: Detector = (text) => {
  const all = tinyld.detectAll(text);
  return { language: all[0]?.lang ?? "", scores: Object.fromEntries(all.map((a) => [a.lang, a.accuracy])), reliable: all.length > 0 };
};
const francDetector: Detector = (text) => {
  const all = francAll(text, { minLength: 3 }).slice(0, 5);
  const code = (c: string) => ISO3[c] ?? c;
  return { language: code(all[0]![0]), scores: Object.fromEntries(all.map(([c, s]) => [code(c), s])), reliable: all[0]![0] !== "und" };
};

function measure(detect: Detector) {
  const foreign = reasons.filter((r) => r.lang !== "en");
  const english = reasons.filter((r) => r.lang === "en");
  const start = performance.now();
  const right = foreign.filter((r) => {
    const reading = readLanguage([r.reason], detect);
    return reading.confident && reading.language === r.lang;
  }).length;
  const wrong = english.filter((r) => {
    const reading = readLanguage([r.reason], detect);
    return reading.confident && reading.language !== "en";
  });
  const ms = (performance.now() - start) / reasons.length;
  return {
    nonEnglishRight: `${right}/${foreign.length}`,
    accuracy: Number((right / foreign.length).toFixed(3)),
    englishReadAsOther: `${wrong.length}/${english.length}`,
    falsePositiveShare: Number((wrong.length / english.length).toFixed(4)),
    msPerReason: Number(ms.toFixed(3)),
  };
}

async function timedLoad(load: () => Promise<Detector>) {
  const start = performance.now();
  const detector = await load();
  return { detector, loadMs: Math.round(performance.now() - start) };
}

/** Intake of the given corpus requests as the runner does it, once; ms per request. */
function intakeOnce(requests: typeof corpus, detect: Detector | null): number {
  const start = performance.now();
  for (const entry of requests) {
    const parsed = parseRequest(entry.body, builtInForm);
    const language = detect ? readLanguage([parsed.reason ?? ""], detect) : undefined;
    const decision = decide(
      input({ kind: "opened" }, { issue: issue({ body: entry.body }), validation: validateRequest(parsed, "pypi"), language }),
    );
    if (decision.state) renderCard(decision.state, { config: input({ kind: "opened" }).config, form: builtInForm });
  }
  return (performance.now() - start) / requests.length;
}

/**
 * Intake without and with reading the language, interleaved run by run (so a busy machine slows
 * both alike), `runs` each; the medians, ms per request, and the change.
 */
function intakeMs(requests: typeof corpus, detect: Detector, runs = 101) {
  const without: number[] = [];
  const withLanguage: number[] = [];
  for (let run = 0; run < runs; run++) {
    without.push(intakeOnce(requests, null));
    withLanguage.push(intakeOnce(requests, detect));
  }
  const median = (xs: number[]) => Number(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(3));
  const [a, b] = [median(without), median(withLanguage)];
  return { without: a, withLanguage: b, change: `${(((b - a) / a) * 100).toFixed(1)} %` };
}

export async function languageCosts(): Promise<Record<string, unknown>> {
  const detectors: Record<string, unknown> = {};
  for (const size of ["extrasmall", "small", "medium", "large"]) {
    const { detector, loadMs } = await timedLoad(() => eldDetector(size));
    detectors[`eld ${size}`] = { ...measure(detector), loadMs };
  }
  detectors["tinyld 1.3"] = measure(tinyDetector);
  detectors["franc 6"] = measure(francDetector);
  const { detector } = await timedLoad(loadDetector);
  intakeMs(corpus, detector, 5); // warm up
  return {
    reasons: reasons.length,
    nonEnglish: reasons.filter((r) => r.lang !== "en").length,
    detectors,
    // An English request's card is what it was; a request in another language gets two cards (its
    // language above the English), so its intake is measured apart.
    intakeMsPerRequest: {
      all: intakeMs(corpus, detector),
      english: intakeMs(
        corpus.filter((e) => !e.lang),
        detector,
      ),
      otherLanguages: intakeMs(
        corpus.filter((e) => e.lang),
        detector,
      ),
    },
  };
}

if (process.argv[1]?.endsWith("language.ts")) console.log(JSON.stringify(await languageCosts(), null, 2));
