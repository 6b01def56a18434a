// dateExpressions looks for relative expressions (اليوم، مساء أمس الأول، يوم الجمعة الماضي)
// starting near each day word instead of running the pattern along the whole sentence: the
// matches must be those of the pattern run over the whole text, in random folded text built
// from the pattern's own pieces, the words around them and white space of several kinds.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/bench/prng.js";
import { relativeMatches, relativeMatchesByPattern } from "../../src/events/relative-dates.js";
import { normalize } from "../../src/text/normalize.js";

const PIECES = [
  "اليوم", "امس", "أمس", "البارحة", "غدا", "الليلة الماضية", "يوم أمس", "قبل يومين", "قبل ثلاثة أيام",
  "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
  "يوم", "صباح", "مساء", "ظهر", "ليلة", "فجر", "عصر", "الأول", "الماضي", "الماضية", "المنصرم", "الفائت",
  "و", "ف", "(", ")", "[", "]", "،", ".", "الخامس", "العاصمة", "ومساء", "واليوم", "فالخميس", "صلاة", "الرئيس", "2024", "قال",
];
const SPACES = [" ", " ", " ", "  ", "\n", "\u00a0", "\t", "", "\u2009"];

function randomText(rng: Rng): string {
  let s = "";
  const n = rng.int(1, 14);
  for (let i = 0; i < n; i++) s += rng.pick(PIECES) + rng.pick(SPACES);
  return rng.chance(0.5) ? normalize(s) : s;
}

const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], JSON.stringify(m.groups)]);

describe("relativeMatches", () => {
  it("finds what the pattern finds over the whole text", () => {
    const rng = new Rng(17);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(rng);
      const want = shape(relativeMatchesByPattern(text));
      expect(shape(relativeMatches(text)), text).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(10_000);
  });
});
