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
  kind: TokenKind;
  norm: string;
  pre: string;
  core: string;
  /** UTF-16 length of the written proclitics (coreStart - start). */
  preWritten: number;
  bare: string;
  suf: string;
}

/** Bounded (a worker lives for the whole corpus); starts afresh when full. */
const CACHE_LIMIT = 50_000;
let cache = new Map<string, Analysis>();

function analyse(surface: string): Analysis {
  let a = cache.get(surface);
  if (a) return a;
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
  a = {
    kind, norm, pre, core, preWritten,
    bare: kind === "arabic" ? withoutArticle(core) : core,
    suf: kind === "arabic" ? pronounSuffix(core) : "",
  };
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(surface, a);
  return a;
}

/** Tokens of `text` with offsets and clitic features; `sentence` is set to 0 (see doc.ts). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const spans = tokenSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    const end = spans[k + 1];
    const surface = text.slice(start, end);
    const a = analyse(surface);
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: surface,
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
// (whitespace, invisible controls), 4 a token of its own.
const UNIT = new Uint8Array(0x10000);
const WORD_START = /[\p{L}\p{M}\u0640\u200C\u200D]/u;
const DIGIT = /\p{Nd}/u;
const SKIPPED = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

function unitOf(c: number): number {
  let u = UNIT[c];
  if (u === 0) {
    const ch = String.fromCharCode(c);
    // In the pattern's order: a word start wins over skipping (\u200C and \u200D are both).
    u = UNIT[c] = WORD_START.test(ch) ? 1 : DIGIT.test(ch) ? 2 : SKIPPED.test(ch) ? 3 : 4;
  }
  return u;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const isNumberSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

/**
 * Token offsets [start, end, start, end, …]: the TOKEN pattern's matches, scanned a unit at a
 * time (matchAll made a match object per token, ~3x the time). Text holding a surrogate (a
 * character outside the BMP, matched as one code point by the pattern) is left to the pattern.
 */
export function tokenSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return patternSpans(text);
    const u = unitOf(c);
    if (u === 3) {
      i++;
      continue;
    }
    const start = i++;
    if (u === 1) {
      // A word: letters, marks, tatweel, joiners and digits.
      while (i < n && !isSurrogate(text.charCodeAt(i)) && unitOf(text.charCodeAt(i)) <= 2) i++;
    } else if (u === 2) {
      // A number: digits, and a separator only between digits (19.8, ١٬٢٠٠).
      for (;;) {
        while (i < n && !isSurrogate(text.charCodeAt(i)) && unitOf(text.charCodeAt(i)) === 2) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && !isSurrogate(text.charCodeAt(i + 1)) && unitOf(text.charCodeAt(i + 1)) === 2) i += 2;
        else break;
      }
    }
    out.push(start, i);
  }
  return out;
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
