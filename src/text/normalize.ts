// Matching normalisation for Arabic, in the spirit of CAMeL Tools' normalise
// functions and Lucene's ArabicNormalizer, plus the folds ../shared/eval uses:
// diacritics, tatweel and invisible controls removed; alef/hamza forms, alef
// maksura, teh marbuta, digits, presentation forms and Persian letters folded;
// Latin lower-cased; whitespace runs collapsed.
//
// The stored text is never changed: `normalizeWithMap` returns the folded text
// together with, for every folded character, the original span it came from,
// so a match found in folded text maps back to exact original offsets.

const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "ک": "ك", "ی": "ي", "ې": "ي", "ۀ": "ه", "ہ": "ه", "ە": "ه", "ٮ": "ب", "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "ك",
};

// Folding is on the hot path of every stage: cache the result per BMP code unit.
const cache: (string | undefined)[] = new Array(0x10000);
// The same for the units that fold to one unit other than a space, as that unit (0: any other
// unit, or not folded yet), so the loops over long text read a number, not a string.
const FOLD_UNIT = new Uint16Array(0x10000);

/** Folds the BMP unit `c` (the string `ch`) and caches the result. */
function cacheFold(c: number, ch: string): string {
  const f = (cache[c] = computeFold(ch));
  if (f.length === 1 && f !== " ") FOLD_UNIT[c] = f.charCodeAt(0);
  return f;
}

/** Folds one code point (as a string) to its matching form; "" drops it. */
export function foldChar(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    let hit = cache[code];
    if (hit === undefined) hit = cacheFold(code, ch);
    return hit;
  }
  return computeFold(ch);
}

function computeFold(ch: string): string {
  if (DROP.test(ch)) return "";
  const c = ch.charCodeAt(0);
  // Arabic-Indic and extended (Persian/Urdu) digits → ASCII.
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  // Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): decompose, then fold each part.
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    const d = ch.normalize("NFKC");
    if (d !== ch) {
      let out = "";
      for (const p of d) out += p === " " ? "" : foldChar(p);
      return out;
    }
  }
  const f = FOLD[ch];
  if (f !== undefined) return f;
  if (/\s/.test(ch)) return " ";
  if (c < 0x80 || (c >= 0xc0 && c < 0x250)) return ch.toLowerCase();
  return ch;
}

/** The fold of the code point at `i` of `s` (a surrogate pair is one code point, as `for…of` reads it). */
function foldAt(s: string, i: number, c: number): string {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return computeFold(s.slice(i, i + 2));
  }
  const hit = cache[c];
  return hit === undefined ? cacheFold(c, s[i]) : hit;
}

/** The folded matching form of a string (no offsets): for keys and lookups. */
export function normalize(s: string): string {
  return s.length > 32 ? normalizeLong(s) : normalizeShort(s);
}

/** normalize for a word or a short phrase: character by character after the unchanged prefix. */
function normalizeShort(s: string): string {
  let i = 0;
  let space = true; // drop leading whitespace
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // As in normalizeLong: a unit that folds to itself, or a space after a non-space.
    if (c === 0x20 ? space : FOLD_UNIT[c] !== c) break;
    space = c === 0x20;
  }
  if (i === s.length) return space && i > 0 ? s.slice(0, -1) : s;
  let out = s.slice(0, i);
  while (i < s.length) {
    const f = foldAt(s, i, s.charCodeAt(i));
    i += isPairAt(s, i) ? 2 : 1;
    if (f === " ") {
      if (!space) out += " ";
      space = true;
    } else if (f) {
      out += f;
      space = false;
    }
  }
  return out.endsWith(" ") ? out.slice(0, -1) : out;
}

// Scratch buffers for normalizeLong and normalizeWithMap, reused across calls (grown when
// needed): the folded code units and their offsets. The result gets one string and one offset buffer of the exact size;
// building the text a character at a time would leave thousands of short-lived pieces per article.
let scratchUnits = new Uint16Array(4096);
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);
/** scratchUnits' bytes, for unitsToString. */
let scratchBytes: Buffer = Buffer.from(scratchUnits.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function growScratch(size: number): void {
  const u = new Uint16Array(size);
  u.set(scratchUnits);
  scratchUnits = u;
  const st = new Int32Array(size);
  st.set(scratchStarts);
  scratchStarts = st;
  const en = new Int32Array(size);
  en.set(scratchEnds);
  scratchEnds = en;
}

/**
 * normalize for longer text: the folded code units go to the scratch buffer and become one
 * string (slices and concatenations made a rope of tens of pieces per line); text that folds to
 * itself is returned as it is.
 */
function normalizeLong(s: string): string {
  // Room for what is left of s, one unit for one: only a fold to several units needs more.
  if (scratchUnits.length < s.length) growScratch(2 * s.length + 16);
  let units = scratchUnits;
  let n = 0;
  let space = true; // drop leading whitespace
  let same = true; // units[0, n) equals s[0, i)
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // A unit that folds to itself (FOLD_UNIT is 0 for surrogates; NUL, read as "itself" before it
    // is ever folded, does fold to itself), or a space after a non-space.
    if (c === 0x20 ? !space : FOLD_UNIT[c] === c) {
      units[n++] = c;
      space = c === 0x20;
      i++;
      continue;
    }
    same = false;
    // A unit that folds to one other unit (alef and hamza forms, teh marbuta, digits, capitals).
    const u = FOLD_UNIT[c];
    if (u !== 0) {
      units[n++] = u;
      space = false;
      i++;
      continue;
    }
    const f = foldAt(s, i, c);
    i += isPairAt(s, i) ? 2 : 1;
    if (f === " ") {
      if (space) continue;
      space = true;
    } else if (f) {
      space = false;
    } else continue;
    if (n + f.length + (s.length - i) > units.length) {
      growScratch(2 * (n + f.length + s.length - i) + 16);
      units = scratchUnits;
    }
    for (let k = 0; k < f.length; k++) units[n++] = f.charCodeAt(k);
  }
  if (n && units[n - 1] === 0x20) {
    n--;
    same = false;
  }
  return same ? s : unitsToString(units, n);
}

// What each code unit folds to, for scans that need no folded text: 1 nothing (dropped), 2 a
// space, 3 anything else (a surrogate pair and a lone half both fold to themselves); 0 not known yet.
const FOLDS_TO = new Uint8Array(0x10000).fill(3, 0xd800, 0xe000);

/**
 * The number of words (runs between spaces) of normalize(s), without building it; counting stops
 * past `limit` (limit + 1 is returned then).
 */
export function foldedWordCount(s: string, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = FOLDS_TO[c];
    if (k === 0) {
      const f = foldChar(String.fromCharCode(c));
      k = FOLDS_TO[c] = f === "" ? 1 : f === " " ? 2 : 3;
    }
    if (k === 2) inWord = false;
    else if (k === 3 && !inWord) {
      if (words === limit) return limit + 1;
      inWord = true;
      words++;
    }
  }
  return words;
}

/** True when a surrogate pair starts at `i`. */
function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each index of `text`, the start offset in the original of the character it came from. */
  starts: Int32Array;
  /** For each index of `text`, the end offset (exclusive) in the original. */
  ends: Int32Array;
}

/**
 * The string of code units scratchUnits[0, n), lone surrogates kept as they are: decoded as
 * UTF-16LE by Buffer in one native call (fromCharCode.apply copied every unit through an
 * arguments list). The units are in the machine's byte order: a big-endian one takes the slow way.
 */
function unitsToString(units: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) {
    if (scratchBytes.buffer !== units.buffer) scratchBytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
    return scratchBytes.toString("utf16le", 0, 2 * n);
  }
  let out = "";
  for (let from = 0; from < n; from += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(from, Math.min(n, from + 8192)) as unknown as number[]);
  }
  return out;
}

/** Folds `s` and keeps, for every folded character, the original span it came from. */
export function normalizeWithMap(s: string): NormalizedText {
  // Room for what is left of s, one unit for one: only a fold to several units needs more.
  if (scratchStarts.length < s.length) growScratch(2 * s.length + 16);
  let units = scratchUnits;
  let starts = scratchStarts;
  let ends = scratchEnds;
  let n = 0;
  let space = true;
  let i = 0;
  while (i < s.length) {
    const start = i;
    const c = s.charCodeAt(i);
    // Most characters fold to one unit that is not a space (FOLD_UNIT is 0 for surrogates).
    const u = FOLD_UNIT[c];
    if (u !== 0) {
      units[n] = u;
      starts[n] = i;
      ends[n] = ++i;
      n++;
      space = false;
      continue;
    }
    const f = foldAt(s, i, c);
    i += isPairAt(s, i) ? 2 : 1;
    if (f === " ") {
      if (space) continue;
      space = true;
    } else if (!f) {
      // A dropped mark still belongs to the letter before it.
      if (n) ends[n - 1] = i;
      continue;
    } else {
      space = false;
    }
    if (n + f.length + (s.length - i) > starts.length) {
      growScratch(2 * (n + f.length + s.length - i) + 16);
      units = scratchUnits;
      starts = scratchStarts;
      ends = scratchEnds;
    }
    // One entry per UTF-16 unit, so indices agree with JavaScript string offsets.
    for (let k = 0; k < f.length; k++) {
      units[n] = f.charCodeAt(k);
      starts[n] = start;
      ends[n] = i;
      n++;
    }
  }
  if (n && units[n - 1] === 0x20) n--;
  // One buffer for both maps.
  const both = new Int32Array(2 * n);
  both.set(starts.subarray(0, n));
  both.set(ends.subarray(0, n), n);
  return { text: unitsToString(units, n), starts: both.subarray(0, n), ends: both.subarray(n, 2 * n) };
}

/** Maps a span of folded text [a, b) back to the original string's offsets. */
export function toOriginalSpan(n: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const at = a < n.starts.length ? n.starts[a] : n.ends.length ? n.ends[n.ends.length - 1] : 0;
    return { start: at, end: at };
  }
  return { start: n.starts[a], end: n.ends[b - 1] };
}
