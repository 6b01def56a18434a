// What the patterns need to know about each token: its clitic readings, whether it is
// definite, a stop word, a head of a title or an organisation, and which gazetteer
// match (if any) begins there.
import type { Doc, Token } from "../../types.js";
import type { Lexicon } from "../lexicon.js";
import { bareOf, type Reading } from "../readings.js";
import type { Candidate } from "../types.js";
import { memoSlot, wordFacts, type WordFacts } from "../word-facts.js";

export interface PatternContext {
  doc: Doc;
  lex: Lexicon;
  /** Gazetteer candidate starting at each token (longest), if any. */
  gazAt: (Candidate | undefined)[];
  /** Gazetteer candidate covering each token, if any. */
  gazOver: (Candidate | undefined)[];
  /** What the lexicon says of each token's word form (readings, memoised answers). */
  facts: WordFacts[];
  /** Positions of dual titles (الرئيسان), filled by findRoles' scan. */
  duals: number[];
  /** Whether the article writes the preposition على with ى (titles' aliInName); read when first asked. */
  writesAla?: boolean;
}

export function makeContext(doc: Doc, lex: Lexicon, gazetteer: readonly Candidate[]): PatternContext {
  const gazAt: (Candidate | undefined)[] = new Array(doc.tokens.length);
  const gazOver: (Candidate | undefined)[] = new Array(doc.tokens.length);
  for (const c of gazetteer) {
    const prev = gazAt[c.tokStart];
    if (!prev || c.tokEnd > prev.tokEnd) gazAt[c.tokStart] = c;
    for (let k = c.tokStart; k < c.tokEnd; k++) gazOver[k] ??= c;
  }
  return { doc, lex, gazAt, gazOver, facts: wordFacts(doc, lex), duals: [] };
}

export function readingsAt(ctx: PatternContext, i: number): Reading[] {
  return ctx.facts[i].readings;
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

/** headReading's answers for Arabic words are memoised per word form (the readings depend on the word alone), a slot per word set. */
const headSlots = new WeakMap<ReadonlySet<string>, number>();

// The matchers ask with one set token after token: the last set's slot is kept, not looked up again.
let lastSet: ReadonlySet<string> | null = null;
let lastSlot = -1;

function headSlot(set: ReadonlySet<string>): number {
  if (set === lastSet) return lastSlot;
  let slot = headSlots.get(set);
  if (slot === undefined) headSlots.set(set, (slot = memoSlot()));
  lastSet = set;
  lastSlot = slot;
  return slot;
}

/** The reading whose bare form is in `set`, preferring no proclitics. */
export function headReading(ctx: PatternContext, i: number, set: ReadonlySet<string>): HeadReading | null {
  const t = ctx.doc.tokens[i];
  if (t.kind !== "arabic") return findHead(readingsAt(ctx, i), set);
  const slot = headSlot(set);
  const memo = ctx.facts[i].memo;
  let hit = memo[slot] as HeadReading | null | undefined;
  if (hit === undefined) memo[slot] = hit = findHead(readingsAt(ctx, i), set);
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
