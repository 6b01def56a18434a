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
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const surface = m[0];
    const a = analyse(surface);
    tokens.push({
      i: tokens.length,
      start,
      end: start + surface.length,
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
