// findDates tries its patterns only where a scan says a match may start: it must find exactly
// what the patterns find run over the whole text, on random mixes of the pieces dates are made of.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/bench/prng.js";
import { findDates, findDatesByPattern, mayHoldDate } from "../../src/text/dates.js";

// Month names and spellings, pieces of them glued to other letters, days, ordinals, years,
// connectives, suffixes, separators, spaces, and characters outside the BMP.
const PIECES = [
  "مارس", "ماي", "مايو", "آب", "اب", "أيار", "إبريل", "كانون", "الثاني", "الأول", "تشرين", "ذو", "ذي", "القعدة", "الحجة",
  "ربيع", "جمادى", "الآخرة", "رجب", "رمضان", "شعبان", "يناير", "ديسمبر", "يونيه", "جويلية", "سبتمبر",
  "ال", "الـ", "غرة", "غره", "غر", "المبارك", "الحرام", "و", "ف", "ب", "ل", "الخامس", "الحادي", "والعشرين", "عشر", "من", "شهر", "عام", "العام", "سنة", "هـ", "ه", "م",
  "5", "12", "31", "2024", "1445", "٣", "١٤٤٥", "۲۰۲۰", "0", "2020/12/31", "31-12-2020", "3.5.2021",
  " ", " ", " ", "  ", "\n", "\t", "/", "-", ".", ":", "،", ",", "(", ")", "«", "»", "؟", "ـ", "\u064E", "\u0670", "\u00A0", "x", "漢", "ڤ", "\u{1D400}",
];

describe("findDates scans", () => {
  it("find what the patterns find on random text", () => {
    const rng = new Rng(20261121); // seeded: a failure can be replayed
    for (let n = 0; n < 20000; n++) {
      const len = rng.int(1, 10);
      let s = "";
      for (let k = 0; k < len; k++) s += rng.pick(PIECES);
      const expected = findDatesByPattern(s);
      expect(findDates(s), JSON.stringify(s)).toEqual(expected);
      if (expected.length > 0) expect(mayHoldDate(s), JSON.stringify(s)).toBe(true);
    }
  });

  it("find what the patterns find on news text", () => {
    const text =
      "بيروت، 7 كانون الثاني/يناير 2021م (وكالات) - في الحادي والعشرين من أيلول 2019 والأسبوع الأول من مارس، " +
      "صدر في 04-06-2021 و2023:09:20.09:51 ثم 3 رجب 1445هـ الموافق 15 يناير 2024م؛ الانتخابات في آب.";
    expect(findDates(text)).toEqual(findDatesByPattern(text));
    expect(findDates(text).length).toBeGreaterThan(4);
  });
});
