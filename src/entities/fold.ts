// Name-folding key for transliterated names, so spelling variants meet: /g/ written
// ج، غ، ق or ك (سيرجي/سيرغي، شانغهاي/شنغهاي), long vowels written or not (شانغهاي/شنغهاي),
// ة/ه, ى/ي, doubled letters. Input is already normalised (text/normalize.ts). Keys are
// for persons' names and guarded uses only: they merge ordinary words too (رأس/روسيا).

const G = new Set(["ج", "غ", "ق", "ك"]);
const VOWEL = new Set(["ا", "و", "ي"]);

const cache = new Map<string, string>();

/** Folding key of one word (normalised form). */
export function wordKey(word: string): string {
  let k = cache.get(word);
  if (k === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(word, (k = computeWordKey(word)));
  }
  return k;
}

function computeWordKey(word: string): string {
  let out = "";
  let prev = "";
  // The article's alif goes as the alif inside a joined name does: عبد العزيز meets عبدالعزيز, عبد الله عبدالله.
  const from = word.length > 3 && word.startsWith("ال") ? 1 : 0;
  for (let i = from; i < word.length; i++) {
    let c = word[i];
    if (c === "ء") continue;
    if (G.has(c)) c = "g";
    else if (c === "ة") c = "ه";
    else if (c === "ى") c = "ي";
    // A long vowel letter inside a word is often left out in transliteration; keep a first one, and a
    // last ي, the relative ending of an Arab family name (الجبوري is not الجبير).
    if (i > 0 && VOWEL.has(c) && !(c === "ي" && i === word.length - 1 && i >= 3)) continue;
    if (c === prev) continue;
    out += c;
    prev = c;
  }
  return out;
}

/** Folding key of a name of one or more words: the word keys joined without spaces, so جين بينغ meets جينبينغ. */
export function nameKey(name: string): string {
  let out = "";
  for (const w of name.split(" ")) if (w) out += wordKey(w);
  return out;
}
