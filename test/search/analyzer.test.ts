// The Arabic search analyser: names kept whole under clitics, light10 stemming
// with the text layer's exclusions, stop words, offsets into the original text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseText, entityNameTerms, nameTerms } from "../../src/search/analyzer.js";
import { lightStem } from "../../src/search/stem.js";

const terms = (text: string, names?: Set<string>) => analyseText(text, names).map((t) => t.term);

describe("search analyser", () => {
  it("keeps a known name whole behind every proclitic", () => {
    const names = nameTerms(["سيرغي لافروف"]);
    expect(terms("لافروف ولافروف للافروف بلافروف فلافروف", names)).toEqual(Array(5).fill("لافروف"));
  });

  it("never stems names, where light10 and Snowball would", () => {
    const names = nameTerms(["موسكو", "فلاديمير بوتين", "واشنطن"]);
    expect(terms("موسكو بوتين وواشنطن", names)).toEqual(["موسكو", "بوتين", "واشنطن"]);
    // Without the name list, light10's suffix rule cuts بوتين.
    expect(terms("بوتين")).toEqual(["بوت"]);
  });

  it("does not take the و of وزير and وزارة for a conjunction", () => {
    expect(terms("وزير ووزير الوزير")).toEqual(["وزير", "وزير", "وزير"]);
    expect(terms("وزارة")[0].startsWith("وزار")).toBe(true);
  });

  it("light-stems articles, conjunctions and light10 suffixes", () => {
    expect(terms("الخارجية والخارجية بالخارجية للخارجية")).toEqual(["خارج", "خارج", "خارج", "خارج"]);
    expect(lightStem("والدبلوماسيين")).toBe("دبلوماس");
    expect(lightStem("المفاوضات")).toBe("مفاوض");
  });

  it("drops stop words and punctuation, folds diacritics, keeps numbers whole", () => {
    expect(terms("في الْعَرَبِيَّةِ، وفي ١٩٫٨ و G20!")).toEqual(["عرب", "19_8", "g20"]);
  });

  it("gives offsets of the written token, clitics and diacritics included", () => {
    const text = "قال وَلافروف: نعم";
    const [, t] = analyseText(text, nameTerms(["لافروف"]));
    expect(text.slice(t.start, t.end)).toBe("وَلافروف");
    expect(t).toMatchObject({ term: "لافروف", name: true });
  });

  it("emits only letters, digits and _ (so no term can carry index syntax)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى \"'*^():-_.,0123456789٠١٢NEARandORxy\u064B\u0640") }), (s) => {
        for (const t of analyseText(s)) expect(t.term).toMatch(/^[\p{L}\p{N}_]+$/u);
      }),
    );
  });
});

describe("entity name terms", () => {
  it("take a written form with a proclitic as the canonical word behind it", () => {
    expect([...entityNameTerms("الصين", ["الصين", "للصين", "والصين"])]).toEqual(["الصين"]);
    expect([...entityNameTerms("وانغ يي", ["وانغ يي", "وانغ"])].sort()).toEqual(["وانغ", "يي"]);
  });
});
