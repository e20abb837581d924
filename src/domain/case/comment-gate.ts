// Which comments are worth work, and what must be known about their author first. Most comments
// on a busy desk are conversation: they cost nothing. Reading a comment is free; asking GitHub
// whether its author is a maintainer costs a request, so it is asked only when the answer matters.
import { sameLogin } from "../text/login.js";
import type { Roles } from "./model.js";
import { audiencesOf, readCommands } from "./commands/index.js";
import type { CommandScan } from "../command-text/parse.js";
import { findSecrets, mayHoldCode } from "../safety/secrets.js";
import { asksOnlyForNews } from "../command-text/news-ask.js";

export interface CommentReading {
  scan: CommandScan;
  /** Holds a secret (guarded unless a maintainer wrote it). */
  secrets: boolean;
  /** Holds digits that may be the case's one-time code (guarded for everyone). */
  code: boolean;
  /** Only asks for news, whoever wrote it (hidden and answered on a request in the queue: domain/case/comment.ts). */
  news: boolean;
  /** Worth any work at all. */
  matters: boolean;
  /** The maintainer check changes what happens (commands, hints, a secret). */
  needsMaintainerCheck: boolean;
  /**
   * A door gives it work whoever wrote it (commands, a secret, a code, the requester's words), so
   * the case's processed record must hold it before the watermark passes it.
   */
  needsWork: boolean;
}

/** Bots never run commands and never get replies (answering one is how bot loops start); the app is one. */
export function isBotLogin(login: string, botLogin: string): boolean {
  return sameLogin(login, botLogin) || login.endsWith("[bot]");
}

/**
 * A new comment: plain comments matter only from the requester (they answer questions and keep the
 * case alive), or when they only ask for news (anyone's "+1" is hidden on a request in the queue).
 */
export function readNewComment(text: string, requester: boolean): CommentReading {
  const scan = readCommands(text);
  const secrets = findSecrets(text).length > 0;
  const code = mayHoldCode(text);
  const news = scan.commands.length === 0 && asksOnlyForNews(text);
  const matters = requester || secrets || code || news || scan.commands.length > 0 || scan.nearMisses.length > 0;
  // Maintainers' comments are not scanned for secrets, so a secret needs the check as well; a maintainer's "+1" is left alone.
  const needsMaintainerCheck =
    secrets || (news && !requester) || scan.nearMisses.length > 0 || scan.commands.some((c) => audiencesOf(c.name).includes("maintainer"));
  // A passer-by's "+1" needs work only where it is hidden (a request in the queue): the thread says
  // so (domain/case/lost-comments.ts threadOf), since that depends on the case, not on the comment.
  const needsWork = requester || secrets || code || scan.commands.length > 0;
  return { scan, secrets, code, news, matters, needsMaintainerCheck, needsWork };
}

/** An edited comment never runs commands; it matters only when it may now expose a secret or a code. */
export function readEditedComment(text: string): CommentReading {
  const secrets = findSecrets(text).length > 0;
  const code = mayHoldCode(text);
  const matters = secrets || code;
  return { scan: readCommands(""), secrets, code, news: false, matters, needsMaintainerCheck: secrets, needsWork: matters };
}

/**
 * What the case machine is shown once roles are known, or null when the comment turned out to
 * matter to nobody. Hints for typos are for the people who can run commands, not for every passer-by.
 */
export function visibleScan(reading: CommentReading, roles: Roles): CommandScan | null {
  const scan = roles.maintainer || roles.requester ? reading.scan : { ...reading.scan, nearMisses: [] };
  const anyone = reading.secrets || reading.code || reading.news || scan.commands.length > 0;
  if (!roles.requester && !roles.maintainer && !anyone) return null;
  return scan;
}
