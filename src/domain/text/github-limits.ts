// GitHub's limits on what people can write, counted the way GitHub counts them.
// Issue and comment bodies hold at most 65,536 characters. GitHub counts characters (code
// points), not UTF-16 units: a body of 40,000 emoji is 80,000 units long and still allowed, so
// anything that stops at 65,536 units leaves the end of such a body unread.

export const GITHUB_TEXT_LIMIT = 65_536;

/** The first `max` characters (code points) of `text`, in one pass; the whole text when shorter. */
export function clipChars(text: string, max = GITHUB_TEXT_LIMIT): string {
  if (text.length <= max) return text; // fewer units than the limit: fewer characters too
  let units = 0;
  for (let chars = 0; chars < max && units < text.length; chars++) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, units);
}
