// Email addresses in a request's public text. Requesters often write theirs in the reason or the
// username field; in a public issue anyone can read it — including people who send fake "recovery"
// emails. The desk never needs it there (reviewers write to the address on file), so it is removed.
// One linear pass: each character is looked at a bounded number of times, whatever the input.

/** What a removed address reads as. One token, so the parsers still see that an address was given. */
export const EMAIL_REMOVED = "[email-address-removed]";

export interface AddressFinding {
  start: number;
  end: number;
  domain: string;
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

export function findEmailAddresses(text: string): AddressFinding[] {
  const found: AddressFinding[] = [];
  let floor = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", Math.max(at + 1, floor))) {
    let start = at;
    while (start > floor && LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = text.slice(at + 1, end).toLowerCase();
    floor = end;
    const labels = domain.split(".");
    if (start === at || labels.length < 2 || labels.some((l) => !l) || !/^[a-z]{2,}$/.test(labels.at(-1)!)) continue;
    found.push({ start, end, domain });
  }
  return found;
}

/** The text with every address replaced, except those at `keepDomains` (and their subdomains); null when nothing changes. */
export function withoutEmailAddresses(text: string, keepDomains: readonly string[]): string | null {
  const kept = keepDomains.map((d) => d.toLowerCase());
  const removed = findEmailAddresses(text).filter((f) => !kept.some((d) => f.domain === d || f.domain.endsWith(`.${d}`)));
  if (removed.length === 0) return null;
  let out = "";
  let at = 0;
  for (const f of removed) {
    out += text.slice(at, f.start) + EMAIL_REMOVED;
    at = f.end;
  }
  return out + text.slice(at);
}
