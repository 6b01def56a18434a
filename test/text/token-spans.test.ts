// tokenSpans scans what the TOKEN pattern matches a unit at a time: it must give exactly the
// pattern's matches, on random mixes of the characters where the two could part.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/bench/prng.js";
import { patternSpans, tokenSpans } from "../../src/text/tokenize.js";

// Letters (Arabic, Latin, CJK), marks, tatweel, joiners, digits of three scripts, number separators,
// spaces and invisible controls, punctuation, and characters outside the BMP (a pair, and lone halves).
const ALPHABET = [
  "ب", "ا", "ل", "a", "Z", "漢", "\u064E", "\u0651", "\u0640", "\u200C", "\u200D", "\u200B", "\u200F", "\u202B", "\u2067", "\uFEFF",
  "0", "7", "١", "٩", "۴", ".", ",", "\u066B", "\u066C", " ", "\t", "\n", "\u00A0", "\u3000", "،", "«", "»", "-", "(", "!", "؟",
  "\u{1D400}", "\uD835", "\uDC00", "😀",
];

describe("tokenSpans", () => {
  it("equals the pattern's matches on random text", () => {
    const rng = new Rng(20261121); // seeded: a failure can be replayed
    for (let n = 0; n < 20000; n++) {
      const len = rng.int(1, 12);
      let s = "";
      // Most strings without the characters outside the BMP, so the scan itself is what gets tested.
      const letters = n % 4 === 0 ? ALPHABET.length : ALPHABET.length - 4;
      for (let k = 0; k < len; k++) s += ALPHABET[rng.int(0, letters - 1)];
      expect(tokenSpans(s), JSON.stringify(s)).toEqual(patternSpans(s));
    }
  });

  it("equals the pattern's matches on news text", () => {
    const text = "قال وزير الخارجية‌ إن النمو بلغ 19.8٪ و١٬٢٠٠ موظف، وG20 اجتمعت في 2023/09/20.. ـــ «نعم»!";
    expect(tokenSpans(text)).toEqual(patternSpans(text));
  });
});
