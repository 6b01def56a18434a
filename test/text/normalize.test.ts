import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldChar, normalize, normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.js";

describe("normalize", () => {
  it("folds alef and hamza forms, alef maksura, teh marbuta", () => {
    expect(normalize("أحمد إلى آسيا ٱلله")).toBe("احمد الي اسيا الله");
    expect(normalize("مدرسة مؤتمر رئيس")).toBe("مدرسه موتمر رييس");
  });
  it("drops diacritics, tatweel and invisible controls", () => {
    expect(normalize("الْعَرَبِيَّةُ")).toBe("العربيه");
    expect(normalize("مــــوسكو")).toBe("موسكو");
    expect(normalize("بو\u200Fتين\u200B")).toBe("بوتين");
  });
  it("folds Arabic-Indic and Persian digits", () => {
    expect(normalize("٣١ ديسمبر ٢٠٢٠")).toBe("31 ديسمبر 2020");
    expect(normalize("۱۴۰۲")).toBe("1402");
  });
  it("decomposes presentation forms and the lam-alef ligature", () => {
    expect(normalize("\uFEDF\uFEE8\uFEAA\uFEE5")).toBe(normalize("لندن"));
    expect(normalize("\uFEFB")).toBe("لا");
  });
  it("collapses whitespace and lower-cases Latin", () => {
    expect(normalize("  CGTN \n العربية  ")).toBe("cgtn العربيه");
  });
});

describe("normalizeWithMap", () => {
  it("maps a match in folded text back to the original span", () => {
    const text = "قال وزيرُ الخارجيّة الروسيُّ سيرغي لافروف";
    const n = normalizeWithMap(text);
    const at = n.text.indexOf("لافروف");
    const span = toOriginalSpan(n, at, at + "لافروف".length);
    expect(text.slice(span.start, span.end)).toBe("لافروف");
    const at2 = n.text.indexOf("الروسي");
    const span2 = toOriginalSpan(n, at2, at2 + 6);
    expect(text.slice(span2.start, span2.end)).toBe("الروسيُّ");
  });

  it("property: the folded text equals normalize() and every index maps inside the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const n = normalizeWithMap(s);
        expect(n.text).toBe(normalize(s));
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          expect(n.starts[i]).toBeLessThan(n.ends[i]);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]);
        }
      }),
      { numRuns: 500 },
    );
  });

  /** normalize by its definition: every code point folded, spaces collapsed, none at the ends. */
  const byDefinition = (s: string): string => {
    let out = "";
    for (const ch of s) out += foldChar(ch);
    return out.replace(/ +/g, " ").replace(/^ | $/g, "");
  };

  it("property: long text folds as its characters do, in normalize() and normalizeWithMap()", () => {
    // Longer than normalize's short path; ligatures that fold to many units, lone surrogate halves.
    const unit = fc.constantFrom(..."أحمد قال ى ة ؤ \u064E\u0640\u200F\u00A0\t\uFDFA\uFEFB\uD835\uDC00ABC ".split(""), "😀");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 33, maxLength: 400 }), (s) => {
        expect(normalize(s)).toBe(byDefinition(s));
        expect(normalizeWithMap(s).text).toBe(byDefinition(s));
      }),
      { numRuns: 500 },
    );
    // Past the scratch buffers' first size, grown in the middle of the text.
    const big = "قال ".repeat(10) + "\uFDFA".repeat(3000) + " أ";
    expect(normalize(big)).toBe(byDefinition(big));
    expect(normalizeWithMap(big).text).toBe(byDefinition(big));
  });

  const arabicish = fc.string({
    unit: fc.constantFrom(..."قال لافروف إن روسيا ٱلصين مُستعدّة ـ ٣١ ى ة ؤ ئ \u200F \uFEFB\n".split("")),
    maxLength: 80,
  });

  it("property: a folded substring maps back to original text that folds to the same substring", () => {
    // Cut only between original characters (a ligature folds to two letters that share one origin).
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s);
        if (!n.text.length) return;
        const i = a % n.text.length;
        const j = i + 1 + (b % (n.text.length - i));
        if (i > 0 && n.starts[i] === n.starts[i - 1]) return;
        if (j < n.text.length && n.starts[j] === n.starts[j - 1]) return;
        const span = toOriginalSpan(n, i, j);
        expect(normalize(s.slice(span.start, span.end))).toBe(n.text.slice(i, j).trim());
      }),
      { numRuns: 1000 },
    );
  });
});
