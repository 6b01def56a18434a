// What the patterns need to know about each token: its clitic readings, whether it is
// definite, a stop word, a head of a title or an organisation, and which gazetteer
// match (if any) begins there.
import type { Doc, Token } from "../../types.js";
import type { Lexicon } from "../lexicon.js";
import { bareOf, tokenReadings, type Reading } from "../readings.js";
import type { Candidate } from "../types.js";

export interface PatternContext {
  doc: Doc;
  lex: Lexicon;
  /** Gazetteer candidate starting at each token (longest), if any. */
  gazAt: (Candidate | undefined)[];
  /** Gazetteer candidate covering each token, if any. */
  gazOver: (Candidate | undefined)[];
}

export function makeContext(doc: Doc, lex: Lexicon, gazetteer: readonly Candidate[]): PatternContext {
  const gazAt: (Candidate | undefined)[] = new Array(doc.tokens.length);
  const gazOver: (Candidate | undefined)[] = new Array(doc.tokens.length);
  for (const c of gazetteer) {
    const prev = gazAt[c.tokStart];
    if (!prev || c.tokEnd > prev.tokEnd) gazAt[c.tokStart] = c;
    for (let k = c.tokStart; k < c.tokEnd; k++) gazOver[k] ??= c;
  }
  return { doc, lex, gazAt, gazOver };
}

export function readingsAt(ctx: PatternContext, i: number): Reading[] {
  return tokenReadings(ctx.doc)[i];
}

export function isArabicWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "arabic";
}

/** True for a conjunction-led word (و/ف + word) that is not a lexicalised word. */
export function hasConjunction(t: Token): boolean {
  return t.pre.startsWith("و") || t.pre.startsWith("ف");
}

export interface HeadReading {
  r: Reading;
  bare: string;
  definite: boolean;
}

/** headReading's answers for Arabic words, by word set and folded word (the readings depend on the word alone). */
const headCache = new WeakMap<ReadonlySet<string>, Map<string, HeadReading | null>>();

/** The reading whose bare form is in `set`, preferring no proclitics. */
export function headReading(ctx: PatternContext, i: number, set: ReadonlySet<string>): HeadReading | null {
  const t = ctx.doc.tokens[i];
  if (t.kind !== "arabic") return findHead(readingsAt(ctx, i), set);
  let memo = headCache.get(set);
  if (!memo) headCache.set(set, (memo = new Map()));
  let hit = memo.get(t.norm);
  if (hit === undefined) {
    hit = findHead(readingsAt(ctx, i), set);
    if (memo.size >= 50_000) memo.clear();
    memo.set(t.norm, hit);
  }
  return hit;
}

function findHead(readings: Reading[], set: ReadonlySet<string>): HeadReading | null {
  for (const r of readings) {
    const bare = r.bare ?? bareOf(r.core);
    if (set.has(bare)) return { r, bare, definite: r.core.startsWith("ال") && bare !== r.core };
    if (set.has(r.core)) return { r, bare: r.core, definite: false };
  }
  return null;
}

export function isStop(ctx: PatternContext, t: Token): boolean {
  return ctx.lex.stopwords.has(t.norm) || ctx.lex.stopwords.has(t.core);
}

/** Definite word (ال…), possibly after a preposition (للتعاون، بالأمم). */
export function isDefinite(t: Token): boolean {
  return t.core.startsWith("ال") && t.core.length > 3;
}

export function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && /^[-‐‑–—ـ]$/.test(t.text);
}
