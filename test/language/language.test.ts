// The language a case is written in: read from the requester's own words with confidence, stable
// under short comments, and shown as the requester's language above the unchanged English card.
import { describe, expect, it } from "@jest/globals";
import { plainlyEnglish, readLanguage, readLanguageLoading } from "../../src/language/detect.js";
import { loadDetector } from "../../src/language/detector.js";
import { requesterWords } from "../../src/language/words.js";
import { withCaseLanguage } from "../../src/domain/case/language.js";
import { renderCard } from "../../src/domain/case/card.js";
import { renderNotices } from "../../src/domain/case/notices/reply-text.js";
import { EMPTY_HISTORY } from "../../src/domain/case/notices/replies.js";
import { builtInForm } from "../../src/domain/intake/form.js";
import { parseRequest } from "../../src/domain/intake/parse.js";
import { config, NOW, state } from "../helpers/cases.js";
import { fixture } from "../helpers/fixtures.js";

const detect = await loadDetector();
const corpus = JSON.parse(fixture("corpus/corpus.json")) as { file: string; lang?: string }[];
const reason = (file: string) => parseRequest(fixture(`corpus/${file}`), builtInForm).reason ?? "";

describe("reading the requester's language", () => {
  it("reads every non-English reason of the corpus in its language", () => {
    const read = corpus.filter((e) => e.lang).map((e) => [e.file, readLanguage([reason(e.file)], detect)] as const);
    expect(read.filter(([, r]) => !r.confident).map(([f]) => f)).toEqual([]);
    for (const [file, r] of read) expect([file, r.language]).toEqual([file, corpus.find((e) => e.file === file)!.lang]);
  });

  it("reads no English reason of the corpus as another language", () => {
    const wrong = corpus.filter((e) => !e.lang).filter((e) => readLanguage([reason(e.file)], detect).language !== "en");
    expect(wrong.map((e) => e.file)).toEqual([]);
  });

  it("takes plainly English words as English without the detector, never another language's", () => {
    const words = corpus.map((e) => ({ ...e, words: requesterWords(reason(e.file)) }));
    const taken = words.filter((e) => plainlyEnglish(e.words));
    // Every one is English, and the detector says so too: the shortcut changes no reading.
    expect(taken.filter((e) => e.lang || detect(e.words).language !== "en").map((e) => e.file)).toEqual([]);
    // Three in four English reasons take it (what keeps an English intake's cost as it was).
    expect(taken.length).toBeGreaterThanOrEqual(Math.round(0.75 * words.filter((e) => !e.lang && e.words.length >= 24).length));
    let asked = 0;
    const counting = (text: string) => (asked++, detect(text));
    expect(readLanguage(["I lost my phone and the recovery codes with it, please help me get back into my account"], counting)).toEqual({
      language: "en",
      confident: true,
    });
    expect(asked).toBe(0);
    // A Spanish text quoting a little English, and English words run through accented ones, are the detector's to read.
    expect(plainlyEnglish("Perdí mi teléfono and the codes")).toBe(false);
    expect(plainlyEnglish("Hola, perdi el telefono y no tengo los codigos de recuperacion, the account is my")).toBe(false);
    expect(plainlyEnglish("I lost it to the phone")).toBe(true);
  });

  it("loads the detector only for words it must settle, and reads the same as with it loaded", async () => {
    let loads = 0;
    const load = () => (loads++, Promise.resolve(detect));
    const decidedWithout = [
      "I lost my phone and the recovery codes with it, please help me get back into my account",
      "휴대폰을 잃어버려서 계정에 접근할 수 없습니다",
      "我的手机丢了，无法登录账户",
      "Я потерял всё", // too few Cyrillic letters to trust
      "Я втратив телефон і не можу увійти в обліковий запис", // Ukrainian letters
      "gracias",
    ];
    for (const text of decidedWithout) expect(await readLanguageLoading([text], load)).toEqual(readLanguage([text], detect));
    expect(loads).toBe(0);
    const needsIt = [
      "Perdí mi teléfono y no tengo los códigos de recuperación de mi cuenta",
      "Я потерял телефон и не могу войти в свой аккаунт",
    ];
    expect(await Promise.all(needsIt.map((text) => readLanguageLoading([text], load)))).toEqual([
      { language: "es", confident: true },
      { language: "ru", confident: true },
    ]);
    expect(loads).toBe(2);
  });

  it("leaves out the form's words, quotes, code, commands, links and addresses", () => {
    const text =
      "Lost 2FA authentication app or security token\n> Hola amigos\n```\nhola\n```\n/code 12345678\nSee `código` https://x.es a@b.es ok";
    expect(requesterWords(text)).toBe("See ok");
  });

  it("stops at an email client's reply header, in the requester's client's language", () => {
    // Requesters answer notices by email; the header above the quote is their client's words, not theirs.
    const headers = [
      "On Sat, Apr 26, 2025 at 2:50 AM desk <notifications@github.com> wrote:",
      "2025년 4월 26일 (토) 오전 2:50, desk ***@***.***>님이 작성:",
      "------------------&nbsp;原始邮件&nbsp;------------------",
      '发件人: "pypi/support" ***@***.***&gt;;',
      "在 2025年4月26日 02:50，desk 写道：",
      "2025年4月26日(土) 2:50 desk <notifications@github.com>:",
      "Am Sa., 26. Apr. 2025 um 02:50 Uhr schrieb desk <notifications@github.com>:",
      "Le sam. 26 avr. 2025 à 02:50, desk <notifications@github.com> a écrit :",
      "El sáb, 26 abr 2025 a las 2:50, desk (<notifications@github.com>) escribió:",
      "Em sáb., 26 de abr. de 2025 às 02:50, desk <notifications@github.com> escreveu:",
      "сб, 26 апр. 2025 г. в 02:50, desk <notifications@github.com>:",
      "26.04.2025 02:50, desk пишет:",
    ];
    const quoted = "Hi, I have initiated an account recovery process and an email is being sent";
    for (const header of headers) {
      expect([header, requesterWords(`Thank you, I will do that.\n\n${header}\n\n${quoted}\n> quoted`)]).toEqual([
        header,
        "Thank you, I will do that.",
      ]);
    }
    expect(readLanguage([`Thank you, I will do that and reply soon.\n\n${headers[1]}\n\n> quoted`], detect).language).toBe("en");
    // A line that only mentions a language's words for "from" or "wrote" is still the requester's.
    expect(requesterWords("Von meinem Telefon aus geht es nicht mehr")).toBe("Von meinem Telefon aus geht es nicht mehr");
    expect(requesterWords("He wrote: nothing")).toBe("He wrote: nothing");
  });

  it("reads short or mixed text as unsure, and an unsure reading never switches a case", () => {
    expect(readLanguage(["gracias"], detect)).toEqual({ language: "en", confident: false });
    expect(readLanguage(["ok 谢谢"], detect).confident).toBe(false);
    const spanish = state({ language: { code: "es", by: "detected" } });
    expect(withCaseLanguage(spanish, readLanguage(["thanks!"], detect))).toBe(spanish);
    expect(withCaseLanguage(spanish, { language: "en", confident: true }).language).toBeUndefined();
    const chosen = state({ language: { code: "en", by: "requester" } });
    expect(withCaseLanguage(chosen, { language: "es", confident: true })).toBe(chosen);
  });
});

describe("a case in Spanish", () => {
  const ctx = { config: config(), form: builtInForm };

  it("shows the card in Spanish first, then the English card unchanged", () => {
    const english = renderCard(state(), ctx);
    const card = renderCard(state({ language: { code: "es", by: "detected" } }), ctx);
    const [top, rest] = card.split("\n\n---\n\n");
    expect(top).toContain("**Estado: en la cola, esperando a un revisor**");
    expect(top).toContain("| Cola | 3 solicitudes presentadas antes que la suya están esperando a un revisor |");
    expect(top).toContain("comente `/english` aquí");
    // The English part is the English card, but for its hidden state block (which records the language).
    expect(`### Account recovery request\n\n${rest!.replace(/<!--[^]*$/, "")}`).toBe(english.replace(/<!--[^]*$/, ""));
  });

  it("writes a notice to the requester in Spanish, then in English", () => {
    const people = { author: "jbber", reviewer: "bob", language: { code: "es" as const, by: "detected" as const } };
    const reply = { key: "k1", re: null, history: EMPTY_HISTORY, now: NOW };
    const body = renderNotices([{ kind: "email-sent" }], people, config(), "alice", reply)!;
    const english = renderNotices([{ kind: "email-sent" }], { author: "jbber", reviewer: "bob" }, config(), "alice", reply)!;
    expect(body).toMatch(/^@jbber — un revisor ha enviado un correo con un código de un solo uso/);
    expect(body.endsWith(`\n\n---\n\n${english}`)).toBe(true);
  });

  it("answers a maintainer in English only", () => {
    const people = { author: "jbber", reviewer: "bob", language: { code: "es" as const, by: "detected" as const } };
    const reply = { key: "k1", re: null, history: EMPTY_HISTORY, now: NOW };
    const body = renderNotices([{ kind: "too-many-commands", dropped: 2 }], people, config(), "alice", reply)!;
    expect(body).toBe(
      renderNotices([{ kind: "too-many-commands", dropped: 2 }], { author: "jbber", reviewer: "bob" }, config(), "alice", reply),
    );
  });
});
