// A request whose text says the problem went away ("I found my password, problem solved"): no
// longer a valid open request. Only plain ways of saying so count, in the corpus's languages, and
// a negation just before ("not solved", "still isn't fixed") is not one: an anxious requester
// wrongly told their request looks solved is worse than a solved request waiting in the queue.
// Linear: each sentence is tried against each pattern once.
const SOLVED = [
  /\b(?:problem|issue)\s+(?:is\s+|has been\s+|was\s+|got\s+)?(?:now\s+)?(?:solved|resolved|fixed|sorted)\b/i,
  /\b(?:no longer need (?:this|it|help)|don'?t need (?:this|it) any ?more|please close (?:this|it)|(?:this|it) can be closed)\b/i,
  /(?:问题)?已(?:经)?解决|解決しました|解決済み|(?:problème|probleme)\s+(?:est\s+)?résolu|problema\s+(?:está\s+)?resuelto|problem\s+gelöst/i,
];
const NEGATION = /\b(?:not|never|no|still|yet|isn'?t|wasn'?t|hasn'?t|cannot|can'?t)\W*$/i;
const MAX_CHARS = 20_000;

/** Whether the text says the problem is solved (and does not deny it right before). */
export function saysSolved(text: string): boolean {
  for (const [sentence] of text.slice(0, MAX_CHARS).matchAll(/[^.!?\n。！？]+[.!?\n。！？]*/g)) {
    // A question ("Is this issue resolved?") asks; it does not say.
    if (/[?？]/.test(sentence)) continue;
    for (const pattern of SOLVED) {
      const match = pattern.exec(sentence);
      if (match && !NEGATION.test(sentence.slice(Math.max(0, match.index - 12), match.index))) return true;
    }
  }
  return false;
}
