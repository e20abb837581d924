// Does the requester's comment withdraw their request in everyday words? People rarely type
// `/withdraw`; they write "you can close this now", "I got back in, thanks" or "不需要了". Two
// strengths: `certain` — they ask for the request to be closed or say they no longer need it —
// closes it as `/withdraw` would; `unsure` — they say they can sign in again, which may still leave
// something to do — only asks them to confirm. A question, or a negation before the words, is
// neither ("can you close this?", "I still can't get in"). The languages are the corpus's: English,
// Chinese, Spanish, Portuguese, French, German, Russian, Japanese, Korean. Pure and linear: each
// sentence is tried once against each list.

export type Withdrawal = "certain" | "unsure";

/** Longer than this is a story, not a withdrawal (and is left to the reviewer). */
const MAX_CHARS = 600;

const CERTAIN = [
  // English
  /\b(?:please|you (?:can|may)|feel free to|go ahead and)\s+close\s+(?:this|it|the (?:issue|request|ticket)|my (?:issue|request))\b/i,
  /\b(?:this|it|the (?:issue|request))\s+(?:can|may|could)\s+be\s+closed\b/i,
  /\bclos(?:e|ing)\s+(?:this|my)\s+(?:issue|request|ticket)\b/i,
  /\b(?:no longer need|do(?:n'?t| not) need)\s+(?:this|it|help|the request|this request)(?:\s+any\s?more)?\b/i,
  /\b(?:i(?:'d| would) like to|i want to|i)\s+withdraw\s+(?:this|my)\s+request\b/i,
  // Chinese (simplified and traditional)
  /不(?:再)?需要了|已(?:经|經)?不需要|(?:可以|请|請)(?:关闭|關閉)|(?:关闭|關閉)(?:这个|這個|此)?(?:问题|問題|请求|請求|issue)/,
  // Spanish, Portuguese
  /\b(?:pueden?|puedes)\s+cerrar\b|\bya no (?:lo )?necesito\b/i,
  /\b(?:pode[m]?|podem)\s+fechar\b|\bnão preciso mais\b/i,
  // French, German
  /\b(?:vous pouvez|tu peux)\s+fermer\b|\bje n'en ai plus besoin\b/i,
  /\bkann geschlossen werden\b|\b(?:wird )?nicht mehr (?:benötigt|nötig)\b/i,
  // Russian, Japanese, Korean
  /можно закрыть|больше не нужн/i,
  /閉じて(?:ください|下さい|いただいて)|(?:もう)?不要になりました|クローズして/,
  /닫아\s?(?:주세요|주셔도)|더 이상 필요(?:하지 않|없)/,
];

const UNSURE = [
  // English
  /\b(?:i|we)\s+(?:got|am|was|have got)\s+(?:back\s+in(?:to)?|in\s+again)\b/i,
  /\b(?:i|we)\s+(?:was|were|am|have been)?\s*(?:able to|managed to|could)\s+(?:log|sign)\s+(?:back\s+)?in\b/i,
  /\b(?:i|we)\s+(?:have\s+)?(?:regained|recovered|got back)\s+(?:access|my account)\b/i,
  /\b(?:problem|issue)\s+(?:is\s+|has been\s+|was\s+)?(?:now\s+)?(?:solved|resolved|fixed|sorted)\b/i,
  /\bit(?:'s| is)?\s+work(?:s|ing)\s+(?:now|again)\b/i,
  /\b(?:i\s+)?found\s+(?:my\s+)?(?:recovery codes|codes|old phone|phone|device|security key)\b/i,
  // Chinese
  /(?:问题|問題)?已(?:经|經)?解决|(?:问题|問題)?已(?:经|經)?解決|(?:可以|能)(?:登录|登錄|登陆|登陸)了|已(?:经|經)?(?:登录|登錄|找回)/,
  // Spanish, Portuguese, French, German
  /\b(?:ya )?(?:pude|puedo) (?:acceder|entrar|iniciar sesión)\b|\bproblema (?:está )?resuelto\b/i,
  /\b(?:consegui|já consigo) (?:acessar|entrar)\b|\bproblema resolvido\b/i,
  /\bj'ai (?:pu|réussi à) (?:me connecter|accéder)\b|\bproblème résolu\b/i,
  /\b(?:ich )?(?:konnte|kann) mich wieder anmelden\b|\bproblem gelöst\b/i,
  // Russian, Japanese, Korean
  /(?:смог|удалось) (?:войти|зайти)|проблема решена/i,
  /ログインでき(?:まし)?た|解決しました/,
  /로그인(?:이)?\s?(?:됐|되었|할 수 있)|해결(?:됐|되었)/,
];

/** Words just before a match that turn it around ("not", "still can't", "还没", "no pude"). */
const NEGATION =
  /(?:\b(?:not|never|no|still|yet|cannot|can'?t|don'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|no he|pas|nicht|не)\W*$)|(?:没|沒|不|未|还|還|無法|无法)$/i;
/** Anywhere in the comment: the requester is still locked out, whatever else they say. */
const STILL_LOCKED_OUT =
  /\b(?:still|yet)\s+(?:can'?t|cannot|unable|locked|not able)\b|\bcan'?t (?:log|sign|get) (?:in|back)\b|(?:还是|還是|仍然|依然)(?:不能|无法|無法)|仍(?:然)?(?:无法|無法)/i;

export function readWithdrawal(text: string): Withdrawal | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_CHARS || STILL_LOCKED_OUT.test(trimmed)) return null;
  let found: Withdrawal | null = null;
  for (const [sentence] of trimmed.matchAll(/[^.!?\n。！？]+[.!?\n。！？]*/g)) {
    // A question asks ("can you close this?", "is it solved?"); it does not say.
    if (/[?？]/.test(sentence)) continue;
    if (said(sentence, CERTAIN)) return "certain";
    if (said(sentence, UNSURE)) found = "unsure";
  }
  return found;
}

function said(sentence: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(sentence);
    return match !== null && !NEGATION.test(sentence.slice(Math.max(0, match.index - 12), match.index));
  });
}
