// The Arabic search analyser, used for the index and for queries alike:
// text layer tokens (offsets into the original text, folded forms, clitic
// readings) → stop words dropped → names kept whole, other words light-stemmed.
//
// Names are never stemmed: a token whose word, or the word behind one of its
// proclitics (و، ف، ب، ك، ل، لل), is a known name term yields that name term
// (ولافروف، للافروف → لافروف). Known name terms are the tokens of the article's
// own PER/GPE/LOC mentions at index time, and the store's name terms at query
// time (a query name also matches its stem, for articles where the entity
// stage missed it, see compile.ts).
import type { Token } from "../types.js";
import { tokenize } from "../text/tokenize.js";
import { cliticReadings, type CliticReading } from "../text/clitics.js";
import { loadJson } from "../data-files.js";
import { lightStem } from "./stem.js";
import { isStopword } from "./stopwords.js";

// Words the text layer keeps whole (وزير، ولي، فيصل…): never read as a proclitic plus a name.
const KEEP_WHOLE = new Set<string>(loadJson<{ words: string[] }>("data/lexicon/clitic-exceptions.json").words);
// The shortest word left after a proclitic that may be read as a name: ولي is not و + لي (Li).
const MIN_NAME_BEHIND_CLITIC = 3;

export interface SearchToken {
  /** The indexed term: letters and digits only (separators in numbers become "_"). */
  term: string;
  /** Offsets of the whole written token in the original text. */
  start: number;
  end: number;
  /** True when the term is a name kept unstemmed. */
  name: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();
const MAX_TERM = 64;

/** Analyses a text into search tokens, in order. */
export function analyseText(text: string, names: ReadonlySet<string> = EMPTY): SearchToken[] {
  const out: SearchToken[] = [];
  for (const t of tokenize(text)) {
    const a = analyseToken(t, names);
    if (a) out.push({ term: a.term, start: t.start, end: t.end, name: a.name });
  }
  return out;
}

/** What analyseToken decides for an Arabic word whatever the article's names: its name readings and its term otherwise. */
interface WordAnalysis {
  readings: string[];
  plain: { term: string; name: boolean } | null;
}

// News vocabulary repeats: the name-independent part of a word's analysis is kept per (folded form, core),
// bounded like the text layer's caches (cleared when full). Only the names test runs per article.
// Keyed by the folded word, then its core (almost always one per word): the tokenizer shares these strings,
// so a lookup hashes nothing new (a joined key string was built and hashed per token).
const WORDS = new Map<string, { core: string; w: WordAnalysis; more?: Map<string, WordAnalysis> }>();
const MAX_WORDS = 100_000;

function wordAnalysis(norm: string, core: string): WordAnalysis {
  const e = WORDS.get(norm);
  if (e && e.core === core) return e.w;
  const cached = e?.more?.get(core);
  if (cached) return cached;
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  const stop = norm.length < 2 || isStopword(norm, core); // a detached و or letter abbreviation
  const w: WordAnalysis = { readings: nameReadings(norm).map((r) => r.core), plain: stop ? null : wrap(lightStem(norm), false) };
  const at = WORDS.get(norm);
  if (!at) WORDS.set(norm, { core, w });
  else (at.more ??= new Map()).set(core, w);
  return w;
}

/** The search term of one text-layer token, or null for punctuation and stop words. */
export function analyseToken(t: Token, names: ReadonlySet<string> = EMPTY): { term: string; name: boolean } | null {
  if (t.kind === "punct" || t.kind === "space") return null;
  if (t.kind === "number") return wrap(t.norm.replace(/[.,٫٬]/g, "_"), false);
  if (t.kind !== "arabic") return wrap(t.norm, false);
  const w = wordAnalysis(t.norm, t.core);
  if (names.size) for (const r of w.readings) if (names.has(r)) return wrap(r, true);
  return w.plain ? { ...w.plain } : null;
}

/** The reading of a folded word that is a known name term, or null. */
export function nameReading(folded: string, names: ReadonlySet<string>): string | null {
  if (names.size === 0) return null;
  for (const r of nameReadings(folded)) if (names.has(r.core)) return r.core;
  return null;
}

/**
 * The readings of a folded word under which it may be a name, the whole word
 * first: the text layer's clitic readings, less those it would not make (a
 * word kept whole, such as ولي or وزير) and those that leave a residue too
 * short to be told from a common word. Index and query both read names
 * through this, so a word is analysed the same way on both sides.
 */
export function nameReadings(folded: string): CliticReading[] {
  const all = cliticReadings(folded);
  if (KEEP_WHOLE.has(folded)) return all.slice(0, 1);
  return all.filter((r, i) => i === 0 || r.core.length >= MIN_NAME_BEHIND_CLITIC);
}

/**
 * Name terms of one entity: the folded words of its canonical name, and of its
 * mentions as written, where a written word that carries a proclitic
 * (للصين، ولافروف) counts as the canonical word behind it.
 */
export function entityNameTerms(canonical: string, written: Iterable<string>): Set<string> {
  const own = nameTerms([canonical]);
  const out = new Set(own);
  for (const w of written) {
    for (const t of nameTerms([w])) {
      const behind = nameReadings(t).find((r) => own.has(r.core));
      if (behind) out.add(behind.core);
      // A mention read as proclitic + name where the text layer keeps the word
      // whole (ولي for لي) is a misreading, not a spelling of the name.
      else if (!cliticReadings(t).some((r) => own.has(r.core))) out.add(t);
    }
  }
  return out;
}

/** Name terms of names as written (entity names, mention texts): their folded Arabic words. */
export function nameTerms(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    for (const t of tokenize(n)) {
      if (t.kind === "arabic" && t.norm.length >= 2 && !isStopword(t.norm, t.norm)) out.add(t.norm);
    }
  }
  return out;
}

function wrap(raw: string, name: boolean): { term: string; name: boolean } | null {
  const term = raw.replace(/[^\p{L}\p{N}_]/gu, "").slice(0, MAX_TERM);
  return term ? { term, name } : null;
}
