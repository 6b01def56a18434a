import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize } from "../../src/text/tokenize.js";
import { simpleSegments, splitSentences } from "../../src/text/sentences.js";
import { bestReading, cliticReadings } from "../../src/text/clitics.js";
import { buildDoc } from "../../src/text/doc.js";
import type { Article } from "../../src/types.js";

const article = (text: string): Article => ({
  id: "t", source: "t", rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null,
});

describe("clitics", () => {
  it("strips the conjunction but keeps the article in the core", () => {
    expect(bestReading("وروسيا")).toMatchObject({ pre: "و", core: "روسيا" });
    expect(bestReading("وبالصين")).toMatchObject({ pre: "وب", core: "الصين" });
    expect(bestReading("للصين")).toMatchObject({ pre: "ل", core: "الصين" });
  });
  it("keeps words that only look prefixed", () => {
    expect(bestReading("وزير").core).toBe("وزير");
    expect(bestReading("واشنطن").core).toBe("واشنطن");
    expect(bestReading("لافروف").core).toBe("لافروف");
  });
  it("keeps a listed word with a hamza on its seat whole, folded as the tokenizer folds it (وائل → وايل)", () => {
    for (const w of ["وايل", "وسايل", "وثايق"]) expect(bestReading(w)).toMatchObject({ pre: "", core: w });
    expect(bestReading("ورايل")).toMatchObject({ pre: "و" });
  });
  it("offers every reading for lexicon lookups", () => {
    const cores = cliticReadings("وللافروف").map((r) => r.core);
    expect(cores).toContain("لافروف");
    expect(cliticReadings("ولافروف").map((r) => r.core)).toContain("لافروف");
    expect(cliticReadings("لروسيا").map((r) => r.core)).toContain("روسيا");
  });
});

describe("tokenize", () => {
  it("analyses every surface as itself, across the analysis cache filling up and starting afresh", () => {
    // More distinct words than the cache holds (50,000), then words seen before and after the restart.
    const letters = "بتثجحخدذرسشصضطظعغفقكلمنهوي";
    const word = (n: number) => {
      let w = "و";
      for (let k = n; ; k = Math.floor(k / letters.length)) {
        w += letters[k % letters.length];
        if (k < letters.length) break;
      }
      return w;
    };
    const words = Array.from({ length: 60_000 }, (_, n) => word(n));
    const text = [...words, ...words.slice(0, 2000), ...words.slice(59_000)].join(" ");
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(63_000);
    const fresh = new Map(words.slice(0, 50).map((w) => [w, tokenize(w)[0]]));
    const wrong = tokens.filter((t) => {
      const r = bestReading(t.text);
      return t.text !== text.slice(t.start, t.end) || t.norm !== t.text || t.pre !== r.pre || t.core !== r.core || t.coreStart !== t.start + r.preLength;
    });
    expect(wrong).toEqual([]);
    expect(tokens.filter((t) => t.pre === "و").length).toBeGreaterThan(50_000);
    for (const [w, t] of fresh) expect(t).toMatchObject({ text: w, start: 0, end: w.length });
  });

  it("gives offsets whose slices are the tokens, and core offsets after the proclitics", () => {
    const text = "التقى وانغ يي وَلافروف، وبحثا 19.8 بالمئة من «القضايا».";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain("19.8");
    const w = tokens.find((t) => t.text === "وبحثا")!;
    expect(w.pre).toBe("و");
    expect(text.slice(w.coreStart, w.end)).toBe("بحثا");
  });
  it("keeps diacritics after a proclitic out of the core offset", () => {
    const text = "وَروسيا";
    const [t] = tokenize(text);
    expect(t.core).toBe("روسيا");
    expect(text.slice(t.coreStart, t.end)).toBe("روسيا");
  });
  it("property: tokens are ordered, non-overlapping and equal their slices", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.coreStart).toBeGreaterThanOrEqual(t.start);
          expect(t.coreStart).toBeLessThanOrEqual(t.end);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends but not inside numbers", () => {
    const text = "ارتفع النمو إلى 19.8 في المئة. وقال الوزير إن ذلك مهم.";
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(["ارتفع النمو إلى 19.8 في المئة.", "وقال الوزير إن ذلك مهم."]);
  });
  it("does not split after an abbreviation", () => {
    const text = "قال د. محمد العلي إن الاجتماع ناجح. وأضاف أنه مفيد.";
    expect(splitSentences(text)).toHaveLength(2);
  });
  it("does not split inside a quotation that closes in the same paragraph", () => {
    const text = "وقال الوزير: «نحن مستعدون. وسنواصل العمل معا». ثم غادر.";
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans[0]).toBe("وقال الوزير: «نحن مستعدون. وسنواصل العمل معا».");
  });
  it("always splits at a paragraph break", () => {
    const text = "العنوان الأول\nالرياض 3 مارس (واس) - وصل الوزير.";
    expect(splitSentences(text)).toHaveLength(2);
  });
  it("property: the segments of plain prose lines found without ICU are ICU's own", () => {
    const icu = new Intl.Segmenter("ar", { granularity: "sentence" });
    const part = fc.oneof(
      { arbitrary: fc.constantFrom("وقال ", "الوزير ", "إن", "بدوره ", " "), weight: 6 },
      { arbitrary: fc.constantFrom(". ", ".» ", '؟" ', "! ", ".)  ", ".\t", "?' "), weight: 3 },
      { arbitrary: fc.constantFrom(".", "!", "«", "»", "(", "،", "19.8", "G20", "Dr. ", "abc", "... ", "\u064B", "؛", "؟!", "。"), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), fc.boolean(), (words, newline) => {
        const line = words.join("") + (newline ? "\n" : "");
        if (line === "") return;
        const fast: { start: number; end: number }[] = [];
        if (!simpleSegments(line, 0, line.length, fast)) return;
        const expected = [...icu.segment(line)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
        expect(fast).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: joins and trims as the rules over whole sentences say", () => {
    // The rules as first written, each over the whole text of the previous sentence.
    const icu = new Intl.Segmenter("ar", { granularity: "sentence" });
    const abbreviation = /(?:^|[\s(«"])(?:د|م|أ\.د|أ|ص|ج|هـ|ق\.م|ت|ش|ب|Dr|Mr|Mrs|Ms|St|No|U\.S|U\.N)\.\s*$/u;
    const openQuotes = (t: string) => {
      let depth = 0;
      let straight = false;
      for (const ch of t) {
        if (ch === "«" || ch === "“" || ch === "„") depth++;
        else if ((ch === "»" || ch === "”") && depth > 0) depth--;
        else if (ch === '"') straight = !straight;
      }
      return depth + (straight ? 1 : 0);
    };
    const reference = (text: string) => {
      const raw: { start: number; end: number }[] = [];
      for (let from = 0; from < text.length; ) {
        const nl = text.indexOf("\n", from);
        const to = nl < 0 ? text.length : nl + 1;
        for (const seg of icu.segment(text.slice(from, to))) raw.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
        from = to;
      }
      const merged: { start: number; end: number }[] = [];
      for (const s of raw) {
        const prev = merged[merged.length - 1];
        const before = prev ? text.slice(prev.start, prev.end) : "";
        const paraEnd = prev ? text.indexOf("\n", s.start) : -1;
        const join =
          prev !== undefined &&
          !/\n\s*$/.test(before) &&
          (abbreviation.test(before) || (openQuotes(before) > 0 && /[»”"]/.test(text.slice(s.start, paraEnd < 0 ? text.length : paraEnd))));
        if (join) prev.end = s.end;
        else merged.push({ ...s });
      }
      return merged
        .map((s) => {
          let { start, end } = s;
          while (start < end && /\s/.test(text[start])) start++;
          while (end > start && /\s/.test(text[end - 1])) end--;
          return { start, end };
        })
        .filter((s) => s.end > s.start);
    };
    const part = fc.constantFrom(
      "قال ", "الوزير", " ", "  ", "\n", "\u00A0", "\t", "\u2003", ". ", "؟ ", "! ", ".", "د. ", "د.", " د.", "(د. ", "أ.د. ",
      "ق.م. ", "هـ. ", "Dr. ", "Mrs. ", "U.S. ", "xد. ", "«", "»", '"', "“", "”", "„", "محمد. ", "19.8 ",
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("buildDoc", () => {
  it("assigns every token to the sentence that contains it", () => {
    const text = "وصل الوزير إلى موسكو. والتقى نظيره الروسي.";
    const doc = buildDoc(article(text));
    expect(doc.sentences).toHaveLength(2);
    for (const t of doc.tokens) {
      const s = doc.sentences[t.sentence];
      expect(t.start).toBeGreaterThanOrEqual(s.start);
      expect(t.end).toBeLessThanOrEqual(s.end);
    }
  });
});
