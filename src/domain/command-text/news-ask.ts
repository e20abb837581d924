// Is this comment only asking for news? "any update?", "+1", "same problem", "请问有进展吗" — on
// a request waiting in the queue each one notifies every subscriber and says nothing the card does
// not already say. The classifier is deliberately narrow: a comment is noise only when *everything*
// in it is a greeting, a courtesy or a request for news. Anything beyond the pattern — a link, a
// code span or block, a quote, a number, an issue reference, a sentence we do not know — is new
// information, or may be, and the comment is left alone. Pure; the languages are those of the
// registry's real threads (English and Chinese, simplified and traditional).

import { findEmailAddresses } from "../safety/emails.js";
import { findSecrets } from "../safety/secrets.js";

/** Longer than this is never "only asking": real ones are a line. */
const MAX_LENGTH = 200;

/** Marks of new information: code, a quote, a link, an address, an image, a reference, HTML, a mention, a repository. */
const NEW_INFORMATION = [
  /`|~~~/,
  /^\s*>/m,
  /https?:|www\.|\]\(|<[a-z!/]/i,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /(^|\s)#\d/,
  /(^|\s)\//,
  // A mention (`@other-account`, `@owner/repo`) or a repository reference (`owner/repo`) answers
  // someone or points somewhere: information, never a ping to hide.
  /@[\w-]/,
  /\b[\w-]+\/[\w.-]+/,
];

/** Words that ask for news (or add a "+1"). At least one must be there. */
const ASKS = [
  // English, lower-cased, apostrophes dropped, punctuation turned into spaces.
  "(is there |are there )?(any|some) (updates?|news|progress|movement|status( update)?|eta|feedback|response|reply|word)" +
    "( (on|about|regarding|for) (this|it|my (request|case|account|issue)|this (request|issue|case)))?( here| so far)?( yet| now)?",
  "(any|an) updates?( yet)?",
  "(whats|what is) the (status|progress|eta)( (of|on) (this|it|my (request|case)|this request))?( now)?",
  "(status|progress) update",
  "(just )?(checking in|following up|follow up|bump(ing)?|ping(ing)?|up)( again| on this| here)?",
  "(i |we )?(just )?(wanted|want|would like) to (follow up|check in|check on this|ask for an update)( on this| again)?",
  "(i am |im |we are )?still waiting( (for|on) (a|an|any)? ?(response|reply|update|news|answer))?( on this| here)?",
  "(i |we )?(still )?(have not|havent|did not|didnt|do not|dont) (received|receive|get|got|heard|hear)( back)?" +
    "( (any|anything|an?))?( (updates?|response|reply|news|answer))?( yet)?( from you)?",
  "no (updates?|news|response|reply|progress)( yet)?",
  "(i have |ive |i had |we have )?(the )?same (problem|issue|thing|here|situation)( here| too| as well)?",
  "me too|same|plus one",
  "(anyone|anybody) (here|there)?",
  // Chinese, simplified and traditional ("how is it going" before "any progress", which it starts like).
  "(请问|請問)?(现在|現在)?(进度|進度|进展|進展)(如何|怎么样|怎麼樣|怎样|怎樣)(了)?",
  "(请问|請問)?(现在|現在)?(有没有|有沒有|有)?(任何)?(更新|进展|進展|进度|進度|消息|回复|回覆|回应|回應|结果|結果)(了)?(吗|嗎|呢)?",
  "(什么|什麼)(时候|時候)(能|可以)?(处理|處理|解决|解決|恢复|恢復)?(好)?",
  "(顶|頂|催)(一下)?",
  "(还|還|仍然|一直)在等(待)?(回复|回覆|处理|處理)?",
  "同问|同問",
  "(我)?也(是|一样|一樣)(的)?(问题|問題|情况|情況)?",
  "(我)?(也)?(遇到)?(了)?(同样|同樣|一样|一樣|相同)的(问题|問題|情况|情況)",
  "有人(吗|嗎|在吗|在嗎)",
];

/** Words that carry nothing: greetings, courtesy, whom it is addressed to. */
const COURTESY = [
  "(hi|hello|hey|dear|good (morning|afternoon|evening))( (team|all|everyone|there|again|folks|support|admins?|maintainers?|pypi( team)?))?",
  "please|pls|plz|kindly|sorry to bother( you)?|sorry for the (ping|bump|noise)|sorry",
  "(many )?thanks( a lot| in advance| so much)?|thank you( (so|very) much| in advance| for your (help|time|work))?" +
    "|thx|ty|cheers|regards|best( regards)?",
  "(any help|your help)( would be| is)?( (greatly|much|really))?( appreciated)?" +
    "|(i |we )?(really |truly )?appreciate (it|your (help|time|work))",
  "(please )?help( me)?( please)?|maybe|again|here|now|yet|this|request|guys|sir|madam|team|support",
  "(你好|您好|大家好|管理员|管理員|老师|老師|麻烦|麻煩|请|請|谢谢|謝謝|感谢|感謝|多谢|多謝|辛苦了|一下|了|呢|吗|嗎|啊|呀|哈)",
];

const LATIN = /[a-z]/;

/** One expression per list: each alternative stands alone (a Latin one only between non-letters), longest first. */
function phrases(sources: string[]): RegExp {
  const bounded = sources.map((s) => (LATIN.test(s.replace(/\\./g, "")) ? `(?<![a-z])(?:${s})(?![a-z])` : `(?:${s})`));
  return new RegExp(bounded.join("|"), "gu");
}
const ASK = phrases(ASKS);
const CLEAR = phrases(COURTESY);

/** Punctuation, symbols and emoji (👍 is a "+1": it is turned into one first). */
const NOISE_MARKS = /[\p{P}\p{S}\p{Emoji_Presentation}\uFE0F\u200D]/gu;

export function asksOnlyForNews(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return false;
  if (NEW_INFORMATION.some((mark) => mark.test(trimmed))) return false;
  // An address however written is removed (rewritten or deleted), never hidden: hiding keeps it readable.
  if (findEmailAddresses(trimmed).length > 0 || findSecrets(trimmed).length > 0) return false;
  let words = trimmed.normalize("NFKC").toLowerCase().replace(/👍|➕/gu, " +1 ").replace(/['’]/g, "").replace(/\+ ?1/g, " plus one ");
  // A number other than a "+1" is a date, an amount, an id: new information.
  if (/\d/.test(words)) return false;
  words = words.replace(NOISE_MARKS, " ");
  let asked = false;
  words = words.replace(ASK, () => {
    asked = true;
    return " ";
  });
  words = words.replace(CLEAR, " ");
  return asked && words.trim() === "";
}
