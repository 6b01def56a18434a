// Statement terms are taken from the article's own tokens when the statement's span
// starts and ends between tokens; for every span of these texts that must give exactly
// what analysing the span's text alone gives.
import { describe, expect, it } from "vitest";
import { analyseText } from "../../src/search/analyzer.js";
import { spanTerms } from "../../src/store/write.js";

const TEXTS = [
  // Written for this test: a full stop after a word, a decimal number, a number with a comma,
  // Arabic-Indic digits with their separators, a name with a clitic, marks and tatweel, Latin with digits, quotes.
  "وقال لافروف «إن النمو بلغ 19.8 في المئة، و1,200 موظف.» ثم أضاف:ولموسكو دور.",
  "أكدت الوزارة أن الإنفاق ارتفع إلى ١٩٫٨ مليار، وأن مجموعة G20 اجتمعت.\n\nوقالـــت مصادر إنَّ القمة ناجحة!",
];

describe("spanTerms", () => {
  for (const text of TEXTS) {
    it(`equals the span analysed alone, for every span (${text.slice(0, 12)}…)`, () => {
      const names = new Set(["لافروف", "موسكو"]);
      const body = analyseText(text, names);
      let fast = 0;
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const span = { start, end, text: text.slice(start, end) };
          const alone = analyseText(span.text, names).map((t) => t.term);
          expect(spanTerms(text, body, span, names), JSON.stringify(span.text)).toEqual(alone);
          // Count spans the shortcut could take (both ends between tokens), so the test is not vacuous.
          if (body.some((t) => t.start === start) && body.some((t) => t.end === end)) fast++;
        }
      }
      expect(fast).toBeGreaterThan(50);
    });
  }
});
