// Light stemming for search, after Larkey, Ballesteros & Connell's light10 (the
// algorithm Lucene's ArabicStemmer implements): proclitics and the article are
// removed by the text layer's conservative clitic reading (which keeps words
// such as وزير whole, where light10 and Snowball both strip the و), then the
// light10 suffixes are removed in order, each at most once, while two letters
// remain. Names never reach this function (see analyzer.ts).
import { bestReading, withoutArticle } from "../text/clitics.js";

// light10's suffixes in its order, in folded form (ة→ه, so ية and ة merge into يه and ه).
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/** The search stem of a folded Arabic word (clitics, article and light10 suffixes removed). */
export function lightStem(folded: string): string {
  return stripSuffixes(withoutArticle(bestReading(folded).core));
}

/** light10's suffix step on a word without proclitics or article. */
export function stripSuffixes(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.length >= s.length + 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}
