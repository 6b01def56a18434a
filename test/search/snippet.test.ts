// Highlights and snippets: spans of the original text, found as the index analyses it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseText, nameTerms } from "../../src/search/analyzer.js";
import { findHighlights, makeSnippet } from "../../src/search/snippet.js";
import { ARTICLES } from "../store/fixtures.js";

/** The obvious (slow) reference: analyse every word, then match terms and phrases. */
function reference(text: string, names: Set<string>, terms: Set<string>, phrases: string[][]) {
  const toks = analyseText(text, names);
  const hit = new Set<number>();
  for (const p of phrases) {
    for (let i = 0; i + p.length <= toks.length; i++) if (p.every((t, k) => toks[i + k].term === t)) for (let k = 0; k < p.length; k++) hit.add(i + k);
  }
  return toks.filter((_, i) => hit.has(i)).map((t) => ({ start: t.start, end: t.end, term: t.term }));
}

describe("highlights", () => {
  it("equal a full analysis of the text, for any words and phrases of it", () => {
    const names = nameTerms(["سيرغي لافروف", "سيرجي لافروف", "فلاديمير بوتين", "موسكو", "روسيا"]);
    fc.assert(
      fc.property(fc.constantFrom(...ARTICLES), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.nat(), (a, at, len, pick) => {
        const toks = analyseText(a.text, names);
        const i = at % toks.length;
        const phrase = toks.slice(i, i + len).map((t) => t.term);
        const single = [toks[pick % toks.length].term];
        const phrases = [phrase, single];
        const terms = new Set(phrases.flat());
        expect(findHighlights(a.text, names, terms, phrases)).toEqual(reference(a.text, names, terms, phrases));
      }),
      { numRuns: 300 },
    );
  });

  it("cover clitics and diacritics as written, and the snippet marks them", () => {
    const text = "قال وَلِلافروفِ مصدرٌ: إن لافروف سيزور موسكو، وأكد لافروف ذلك.";
    const names = nameTerms(["لافروف"]);
    const hs = findHighlights(text, names, new Set(["لافروف"]), [["لافروف"]]);
    expect(hs.map((h) => text.slice(h.start, h.end))).toEqual(["وَلِلافروفِ", "لافروف", "لافروف"]);
    const s = makeSnippet(text, hs, 40);
    expect(s.text.slice(s.highlights[0].start, s.highlights[0].end)).toMatch(/لافروف/);
    expect(s.marked).toContain("[");
  });
});
