// Property tests (fast-check) over the text layer and the analysers, on any
// Unicode input and on Arabic-heavy input full of marks, controls and
// presentation forms: offsets stay inside the text, every span's text is its
// slice, nothing throws, and the same input always gives the same analysis.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawArticle } from "../../src/types.js";
import { normalize, normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";
import { splitSentences } from "../../src/text/sentences.js";
import { bestReading, cliticReadings } from "../../src/text/clitics.js";
import { buildDoc } from "../../src/text/doc.js";
import { findDates } from "../../src/text/dates.js";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { statementsOf } from "../../src/quotes/statements-of.js";
import { spanProblems } from "./spans.js";

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** Single characters an Arabic news text, or an attack on one, is made of. */
const arabicChar = fc.oneof(
  { weight: 8, arbitrary: range(0x0621, 0x064a) }, // letters
  { weight: 2, arbitrary: range(0x064b, 0x065f) }, // harakat and other marks
  { weight: 1, arbitrary: fc.constantFrom("\u0670", "\u0640", "\u06cc", "\u06a9", "\u067e") }, // dagger alif, tatweel, Persian letters
  { weight: 2, arbitrary: range(0xfb50, 0xfeff) }, // presentation forms A and B
  { weight: 1, arbitrary: range(0x0660, 0x0669) }, // Arabic-Indic digits
  { weight: 2, arbitrary: fc.constantFrom("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff") }, // bidi and zero-width
  { weight: 1, arbitrary: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u0085", "\u2028", "\u2029", "\r", "\t", "\ud800", "\udfff") }, // controls and lone surrogates
  { weight: 6, arbitrary: fc.constantFrom(" ", " ", " ", "\n", ".", "،", "؛", "؟", "!", ":", "«", "»", '"', "(", ")", "-", "/") },
);

// Words of diplomatic reporting, so entity, event and quote rules fire on generated text.
const WORDS = [
  "وزير", "الخارجية", "الرئيس", "رئيس", "الوزراء", "استقبل", "التقى", "أجرى", "اتصالا", "هاتفيا", "مع", "نظيره", "بحث", "الجانبان",
  "العلاقات", "الثنائية", "وقال", "قال", "إن", "أكد", "أن", "مؤكدا", "وقع", "اتفاقية", "مذكرة", "تفاهم", "اتفق", "البلدان", "على",
  "الرياض", "القاهرة", "موسكو", "بكين", "الأمم", "المتحدة", "السعودية", "مصر", "روسيا", "الصين", "قطر", "يوم", "الأحد", "أمس",
  "اليوم", "في", "مايو", "2024", "١٥", "وزارة", "بيان", "زيارة", "رسمية", "قمة", "الملك", "الأمير", "سمو", "فخامة", "السيد",
  // Whole clauses, so attribution and agreement patterns can complete.
  "وقال وزير الخارجية إن", "وأكد الرئيس أن", "وقال: «", "» ", "وقع البلدان اتفاقية", "واتفق الجانبان على", ". ",
  "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف", "أجرى الرئيس فلاديمير بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ",
];
const arabicText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => w + " ") }, { weight: 4, arbitrary: arabicChar }), { maxLength: 160 })
  .map((parts) => parts.join(""));
const binaryText = fc.string({ unit: "binary", maxLength: 300 });
const anyText = fc.oneof(arabicText, binaryText);

const RUNS = { numRuns: 300 };

describe("text layer", () => {
  it("normalizeWithMap maps every folded character to an in-bounds, ordered span of the original", () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, x, y) => {
        const n = normalizeWithMap(s);
        expect(n.text).toBe(normalize(s));
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(i > 0 ? n.starts[i - 1] : 0);
          expect(n.starts[i]).toBeLessThan(n.ends[i]);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
        }
        const a = n.text.length ? x % (n.text.length + 1) : 0;
        const b = a + (n.text.length - a ? y % (n.text.length - a + 1) : 0);
        const o = toOriginalSpan(n, a, b);
        expect(0 <= o.start && o.start <= o.end && o.end <= s.length).toBe(true);
      }),
      RUNS,
    );
  });

  it("tokens and sentences lie inside the text, in order, and tokens are their slices", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.text).toBe(s.slice(t.start, t.end));
          last = t.end;
        }
        last = 0;
        for (const sp of splitSentences(s)) {
          expect(sp.start).toBeGreaterThanOrEqual(last);
          expect(sp.end).toBeGreaterThan(sp.start);
          expect(sp.end).toBeLessThanOrEqual(s.length);
          last = sp.end;
        }
        for (const d of findDates(s)) expect(s.slice(d.start, d.end)).toBe(d.text);
      }),
      RUNS,
    );
  });

  it("clitic readings of any word never throw and give at least one reading", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const w of s.split(/\s+/).filter(Boolean).slice(0, 20)) {
          bestReading(w);
          expect(cliticReadings(w).length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it("a document's tokens point into the article text at their sentence", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const doc = buildDoc(toArticle(raw({ text: s })));
        const text = doc.article.text;
        for (const t of doc.tokens) {
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.coreStart).toBeGreaterThanOrEqual(t.start);
          expect(t.coreStart).toBeLessThanOrEqual(t.end);
          const sen = doc.sentences[t.sentence];
          // Starts inside its sentence (a mark after a full stop can glue the next word across ICU's break).
          expect(sen.start <= t.start && t.start < sen.end, `token ${t.i} in sentence ${t.sentence}`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

function raw(body: { text?: string; html?: string }): RawArticle {
  return { id: "prop", source: "property", rawHash: "0", ...body };
}

describe("analysers", () => {
  it("every mention, event trigger and evidence, quote and agreement span equals its slice of the text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = analyzeArticle(toArticle(raw({ text: s })));
        expect(spanProblems(a)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("the generated texts exercise every analyser (the properties are not vacuous)", () => {
    const seen = { entities: 0, events: 0, statements: 0, agreements: 0 };
    for (const s of fc.sample(arabicText, { numRuns: 500, seed: 1 })) {
      const a = analyzeArticle(toArticle(raw({ text: s })));
      const found = { entities: a.entities, events: a.events, statements: statementsOf(a), agreements: a.agreements };
      for (const k of Object.keys(seen) as (keyof typeof seen)[]) if (found[k].length > 0) seen[k]++;
    }
    for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(0);
  });

  it("never throws on any text or HTML, and the same input gives the same analysis", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (s, asHtml) => {
        const input = asHtml ? raw({ html: `<html><body><p>${s}</p><div>${s}</div></body></html>` }) : raw({ text: s });
        const first = analyzeArticle(toArticle(input));
        const again = analyzeArticle(toArticle(structuredClone(input)));
        expect(again).toEqual(first);
        expect(spanProblems(first)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
