// The tagger's own Arabic word analysis. It is deliberately self-contained
// (not text/normalize.ts): the model's features were trained on exactly these
// folds, so changing them means retraining, and `npm run train:ner` must stay
// reproducible whatever other stages do to their normalisers.

/** Per-code-unit fold table: -1 drop, 0 keep, otherwise the replacement code unit. */
const FOLD = new Int32Array(0x10000);
(() => {
  const drop = (a: number, b: number) => {
    for (let c = a; c <= b; c++) FOLD[c] = -1;
  };
  drop(0x064b, 0x065f); // harakat, shadda, sukun, …
  drop(0x0670, 0x0670); // superscript alef
  drop(0x0640, 0x0640); // tatweel
  drop(0x06d6, 0x06ed); // Quranic marks
  drop(0x200b, 0x200f); // zero-width and direction marks (ANERcorp carries U+200F, FANE U+200E)
  drop(0x202a, 0x202e);
  drop(0xfeff, 0xfeff);
  const map: Record<string, string> = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ڤ": "ف", "·": ".", "•": ".",
  };
  for (const [k, v] of Object.entries(map)) FOLD[k.charCodeAt(0)] = v.charCodeAt(0);
  for (let d = 0; d < 10; d++) {
    FOLD[0x0660 + d] = 48 + d;
    FOLD[0x06f0 + d] = 48 + d;
  }
  for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
})();

/** Folds a word: diacritics and marks dropped, alef/ya/ta-marbuta/hamza seats folded, digits ASCII, Latin lower. */
export function foldWord(word: string): string {
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    if (FOLD[word.charCodeAt(i)] !== 0) {
      changed = true;
      break;
    }
  }
  if (!changed) return word;
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = FOLD[c];
    if (f === 0) out += word[i];
    else if (f > 0) out += String.fromCharCode(f);
  }
  return out;
}

/** A light clitic segmentation of a folded word; ambiguity is left to the model, which sees both word and base. */
export interface Segmentation {
  /** Proclitics, e.g. "و", "وب", "ل" ("لل" counts as ل + article). */
  pre: string;
  /** Word without proclitics and without the article. */
  base: string;
  /** Whether the article ال (or the ل of لل) was present. */
  article: boolean;
  /** `base` without an attached pronoun suffix. */
  stem: string;
}

const PRONOUNS = ["هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"];

export function segment(w: string): Segmentation {
  let pre = "";
  let rest = w;
  const c0 = rest.charCodeAt(0);
  if ((c0 === 0x0648 || c0 === 0x0641) && rest.length >= 4) {
    // و / ف
    pre = rest[0];
    rest = rest.slice(1);
  }
  let article = false;
  if (rest.length >= 5 && (rest.startsWith("بال") || rest.startsWith("كال") || rest.startsWith("فال"))) {
    pre += rest[0];
    rest = rest.slice(3);
    article = true;
  } else if (rest.length >= 4 && rest.startsWith("لل")) {
    pre += "ل";
    rest = rest.slice(2);
    article = true;
  } else if (rest.length >= 4 && rest.startsWith("ال")) {
    rest = rest.slice(2);
    article = true;
  } else if (rest.length >= 4 && (rest[0] === "ب" || rest[0] === "ل" || rest[0] === "ك") && pre !== "") {
    // و+ب…, و+ل…: a preposition after a conjunction is far more often a clitic than a root letter.
    pre += rest[0];
    rest = rest.slice(1);
  }
  let stem = rest;
  if (!article) {
    for (const p of PRONOUNS) {
      if (stem.length >= p.length + 3 && stem.endsWith(p)) {
        stem = stem.slice(0, -p.length);
        break;
      }
    }
  }
  return { pre, base: rest, article, stem };
}

export const SHAPES = ["ar", "latin", "digit", "mixed", "punct", "other"] as const;
export type Shape = (typeof SHAPES)[number];

export function shapeOf(w: string): Shape {
  let ar = 0;
  let lat = 0;
  let dig = 0;
  let pun = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) lat++;
    else if (c >= 48 && c <= 57) dig++;
    else pun++;
  }
  const n = w.length;
  if (n === 0) return "other";
  if (ar === n) return "ar";
  if (lat === n) return "latin";
  if (dig === n) return "digit";
  if (pun === n) return "punct";
  if (ar + lat + dig > 0) return "mixed";
  return "other";
}
