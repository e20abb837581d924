// Typos of command names: `/aprove` earns a hint instead of silence.

/** The real command one edit away from `word` (a typo), if exactly one is. */
export function nearMiss(word: string, known: ReadonlySet<string>): string | null {
  if (word.length < 3 || known.has(word)) return null;
  const close = [...known].filter((name) => withinOneEdit(word, name));
  return close.length === 1 ? close[0]! : null;
}
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
