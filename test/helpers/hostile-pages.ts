// Profile pages a hostile registry (or whoever answers in its place) could serve: about 1 MB each,
// of the shapes that make HTML readers slow or crash. Shared by the parsing test and the benchmark.
const LIST = (inner: string) => `<div class="package-list">${inner}</div>`;
const SNIPPET = (i: number) => `<a class="package-snippet" href="/project/p${i}/"><h3 class="package-snippet__title">p${i}</h3></a>`;
const repeat = (unit: string, bytes = 1_000_000) => unit.repeat(Math.ceil(bytes / unit.length));

export const HOSTILE_PAGES: Record<string, string> = {
  "nested snippets": LIST(`${repeat('<a class="package-snippet" href="/project/p/"><h3 class="package-snippet__title">x', 500_000)}`),
  "nested divs, never closed": LIST(repeat("<div>")),
  "flat snippets": LIST(Array.from({ length: 9000 }, (_, i) => SNIPPET(i)).join("")),
  "one title of 1 MB": LIST(
    `<a class="package-snippet" href="/project/p/"><h3 class="package-snippet__title">${"x".repeat(1_000_000)}</h3></a>`,
  ),
  "attributes by the thousand": LIST(`<a class="package-snippet" ${repeat('data-x="1" ')}href="/project/p/">p</a>`),
  "unclosed comments and tags": LIST(repeat("<!-- <a class='package-snippet' href='/project/p/'>")),
  "the same project 9000 times": LIST(repeat(SNIPPET(1))),
};
