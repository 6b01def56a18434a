// Per-word answers of the event, agreement and statement stages, kept in one table. Each of
// these stages asks about every token of an article; a lookup in a large table of its own costs
// each stage a cache miss or two, while the entry of one shared table is still in the cache when
// the next stage asks about the same word. Every answer depends on the folded word alone.
import type { VerbForm } from "../quotes/lexicon.js";
import type { Token } from "../types.js";

export class WordFacts {
  /** Indices of the event triggers whose first word accepts this word (events/triggers.ts). */
  triggers: number[] | undefined = undefined;
  /** Index of the first agreement cue that accepts it, -1 for none (events/agreements.ts). */
  cue: number | undefined = undefined;
  /** Its reporting-verb reading, null for none (quotes/words.ts). */
  verb: VerbForm | null | undefined = undefined;
  /** Which of the event stage's token tests it passes, one bit each (events/word-classes.ts). */
  eventClasses: number | undefined = undefined;
  /** The word without its leading و/ف (quotes/words.ts plain), kept so that each test does not cut a copy. */
  plain: string | undefined = undefined;
  /** Length of the و/ف written before the reporting verb it holds, -1 for none (quotes/draft.ts cueStartOf). */
  cueConjunction: number | undefined = undefined;
  /** The office head its bare form names, null for none (events/titles.ts; asked of Arabic tokens only, whose bare form follows from the folded word). */
  officeHead: string | null | undefined = undefined;
  /** Bit 1: its form without و/ف is a noun of saying; bit 2: that form less its first letter is (quotes/words.ts saidNounForms). */
  saidNoun: number | undefined = undefined;
}

/** Bounded: a worker lives for a whole corpus; starts afresh when full. */
let table = new Map<string, WordFacts>();

/** The facts known about a folded word (an empty record the first time it is seen). */
export function factsOf(norm: string): WordFacts {
  let f = table.get(norm);
  if (f === undefined) {
    if (table.size >= 200_000) table = new Map();
    table.set(norm, (f = new WordFacts()));
  }
  return f;
}

// The article being analysed: its tokens' records, looked up once each. The stages ask several
// questions of every token (a trigger, a cue, a verb reading, the context classes); a hash lookup
// in the large table for each costs more than the questions' answers, an index into this array less.
let articleTokens: readonly Token[] | null = null;
let articleFacts: WordFacts[] = [];

/**
 * Makes `tokens` the article whose tokens' records tokenFacts remembers: each stage calls it on
 * entry, so the event, statement and agreement stages of one article share one lookup per token.
 */
export function useArticle(tokens: readonly Token[]): void {
  if (articleTokens === tokens) return;
  articleTokens = tokens;
  articleFacts = new Array<WordFacts>(tokens.length);
  for (let i = 0; i < tokens.length; i++) articleFacts[i] = factsOf(tokens[i].norm);
}

/** The facts of a token's folded word: from the article's array when it is the current article's token. */
export function tokenFacts(t: Token): WordFacts {
  return articleTokens !== null && articleTokens[t.i] === t ? articleFacts[t.i] : factsOf(t.norm);
}
