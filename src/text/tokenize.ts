// Word-level tokenizer with offsets, in the spirit of CAMeL's simple_word_tokenize:
// a token is a run of letters and marks (digits may follow a letter, as in G20),
// a number (decimal separators kept inside: 19.8, ١٩٫٨), or one other character.
import type { Token, TokenKind } from "../types.js";
import { bestReading, pronounSuffix, withoutArticle } from "./clitics.js";
import { normalize } from "./normalize.js";

const TOKEN =
  /[\p{L}\p{M}\u0640\u200C\u200D][\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]*|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*|[^\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

function kindOf(text: string): TokenKind {
  const c = text[0];
  if (/\p{Nd}/u.test(c)) return "number";
  if (ARABIC.test(c)) return /\p{L}/u.test(text) ? "arabic" : "other";
  if (LATIN.test(c)) return "latin";
  if (/\p{L}/u.test(c)) return "other";
  return "punct";
}

/** What a token is, from its surface alone (cached: news text repeats its words). */
interface Analysis {
  /** The surface itself, shared by every token written the same way. */
  text: string;
  kind: TokenKind;
  norm: string;
  pre: string;
  core: string;
  /** UTF-16 length of the written proclitics (coreStart - start). */
  preWritten: number;
  bare: string;
  suf: string;
}

function analyse(surface: string): Analysis {
  const kind = kindOf(surface);
  const norm = normalize(surface);
  let pre = "";
  let core = norm;
  let preWritten = 0;
  if (kind === "arabic") {
    const r = bestReading(norm);
    pre = r.pre;
    core = r.core;
    preWritten = writtenLength(surface, r.preLength);
  }
  return {
    text: surface, kind, norm, pre, core, preWritten,
    bare: kind === "arabic" ? withoutArticle(core) : core,
    suf: kind === "arabic" ? pronounSuffix(core) : "",
  };
}

// The analyses seen so far, in an open-addressing table looked up by the text's own code units:
// a word met before costs no substring and no string hashing. A slot's hash is never 0, so 0
// marks an empty slot and a probe reads only the hashes until one matches. Bounded (a worker
// lives for the whole corpus): starts afresh when full.
const CACHE_LIMIT = 50_000;
const SLOTS = 1 << 17; // a power of two, well above CACHE_LIMIT so probe runs stay short
const MASK = SLOTS - 1;
let cached: (Analysis | undefined)[] = new Array<Analysis | undefined>(SLOTS).fill(undefined);
let hashes = new Int32Array(SLOTS);
let cachedCount = 0;

/** The analysis of text[start, end), from the table when the surface was seen before. */
function analysisOf(text: string, start: number, end: number): Analysis {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  if (h === 0) h = 1;
  let slot = h & MASK;
  for (let x = hashes[slot]; x !== 0; x = hashes[slot]) {
    if (x === h) {
      const a = cached[slot] as Analysis;
      if (sameText(a.text, text, start, end)) return a;
    }
    slot = (slot + 1) & MASK;
  }
  const a = analyse(text.slice(start, end));
  if (cachedCount >= CACHE_LIMIT) {
    cached = new Array<Analysis | undefined>(SLOTS).fill(undefined);
    hashes = new Int32Array(SLOTS);
    cachedCount = 0;
    slot = h & MASK;
  }
  cached[slot] = a;
  hashes[slot] = h;
  cachedCount++;
  return a;
}

function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Tokens of `text` with offsets and clitic features; `sentence` is set to 0 (see doc.ts). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let n = scanSpans(text);
  let spans: ArrayLike<number> = spanScratch;
  if (n < 0) {
    spans = patternSpans(text);
    n = spans.length;
  }
  for (let k = 0; k < n; k += 2) {
    const start = spans[k];
    const end = spans[k + 1];
    const a = analysisOf(text, start, end);
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: a.text,
      norm: a.norm,
      kind: a.kind,
      sentence: 0,
      pre: a.pre,
      core: a.core,
      coreStart: start + a.preWritten,
      bare: a.bare,
      suf: a.suf,
    });
  }
  return tokens;
}

// What each UTF-16 unit is to the TOKEN pattern, filled in as units are first seen (from the
// pattern's own classes, so the scan cannot drift from it): 0 not seen yet, 1 starts and
// continues a word, 2 a digit (starts a number, continues a word or number), 3 skipped
// (whitespace, invisible controls), 4 a token of its own, 5 half of a surrogate pair (set up
// front, so one look-up per unit also tells the scan to leave the text to the pattern).
const WORD = 1;
const NUMBER = 2;
const SKIP = 3;
const SURROGATE = 5;
const UNIT = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);
const WORD_START = /[\p{L}\p{M}\u0640\u200C\u200D]/u;
const DIGIT = /\p{Nd}/u;
const SKIPPED = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

function unitOf(c: number): number {
  let u = UNIT[c];
  if (u === 0) {
    const ch = String.fromCharCode(c);
    // In the pattern's order: a word start wins over skipping (\u200C and \u200D are both).
    u = UNIT[c] = WORD_START.test(ch) ? WORD : DIGIT.test(ch) ? NUMBER : SKIPPED.test(ch) ? SKIP : 4;
  }
  return u;
}

const isNumberSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

/**
 * Token offsets [start, end, start, end, …]: the TOKEN pattern's matches, scanned a unit at a
 * time (matchAll made a match object per token, ~3x the time). Text holding a surrogate (a
 * character outside the BMP, matched as one code point by the pattern) is left to the pattern.
 */
export function tokenSpans(text: string): number[] {
  const n = scanSpans(text);
  if (n < 0) return patternSpans(text);
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(spanScratch[k]);
  return out;
}

/** Offsets scanned by tokenSpans, reused across calls (tokenize reads them in place). */
let spanScratch = new Int32Array(4096);

/** tokenSpans into spanScratch: how many offsets it holds, or -1 for text holding a surrogate. */
function scanSpans(text: string): number {
  const n = text.length;
  if (spanScratch.length < 2 * n) spanScratch = new Int32Array(2 * n + 16);
  const out = spanScratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    const u = unitOf(text.charCodeAt(i));
    if (u === SKIP) {
      i++;
      continue;
    }
    if (u === SURROGATE) return -1;
    const start = i++;
    if (u === WORD) {
      // A word: letters, marks, tatweel, joiners and digits (a surrogate ends it, and the loop above sees it next).
      while (i < n && unitOf(text.charCodeAt(i)) <= NUMBER) i++;
    } else if (u === NUMBER) {
      // A number: digits, and a separator only between digits (19.8, ١٬٢٠٠).
      for (;;) {
        while (i < n && unitOf(text.charCodeAt(i)) === NUMBER) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && unitOf(text.charCodeAt(i + 1)) === NUMBER) i += 2;
        else break;
      }
    }
    out[count++] = start;
    out[count++] = i;
  }
  return count;
}

/** tokenSpans by the pattern itself. */
export function patternSpans(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** UTF-16 length of the written prefix that folds to `folded` characters (marks after a letter belong to it). */
export function writtenLength(surface: string, folded: number): number {
  if (folded === 0) return 0;
  let seen = 0;
  let i = 0;
  for (const ch of surface) {
    if (normalize(ch) !== "") {
      if (seen === folded) return i;
      seen++;
    }
    i += ch.length;
  }
  return i;
}
