// What the matchers ask the lexicon about a word, answered once per distinct word form and
// lexicon: a document then costs one Map lookup per token here instead of a dozen string-keyed
// lookups across the matchers (trie, person keys and prefixes, short names, misspelling anchors).
import type { Doc, Token } from "../types.js";
import { wordKey } from "./fold.js";
import type { Lexicon, PersonVariant, TrieNode } from "./lexicon.js";
import { readingsOf, rememberTokenReadings, type Reading } from "./readings.js";
import type { GazEntry } from "./types.js";

/** The lexicon's answers for one clitic reading of a word. */
export interface ReadingFacts {
  /** Trie node of the phrases whose first word is the core (lex.trie.next), if any. */
  phrase: TrieNode | undefined;
  /** Folding key of the core (fold.ts); its node among the person keys (lex.personKeys, -1: no key starts so); the variant it is alone. */
  key: string;
  personNode: number;
  person: PersonVariant | undefined;
  /** Variants of two or more words whose first word is the core. */
  byFirst: PersonVariant[] | undefined;
  /** Gazetteer entries with the core as a short name. */
  shortNames: GazEntry[] | undefined;
}

export interface WordFacts {
  /** The token's clitic readings (readings.ts) and, in the same order, what the lexicon says of each. */
  readings: Reading[];
  perReading: ReadingFacts[];
  /** Folding key of the word as written (its norm). */
  key: string;
  /** Variants of two or more words whose last word is written as this word. */
  byLast: PersonVariant[] | undefined;
  /** A common word or a stop word (as written or its core), or a single letter: the tagger has nothing to add there. */
  ordinary: boolean;
  /**
   * Whether any reading could begin a match (the matchers skip the word otherwise): a phrase, a
   * person key, a short name of one entry (not with a restored article), a misspelling repair's
   * anchor (byLast or a reading's byFirst).
   */
  startsPhrase: boolean;
  startsPerson: boolean;
  shortName: boolean;
  anchorsRepair: boolean;
  /** Answers other modules memoise per word form, by slot (memoSlot); undefined until asked. */
  memo: unknown[];
}

let slots = 0;

/** A slot in every WordFacts' memo, for one question asked of word forms (e.g. a title head). */
export function memoSlot(): number {
  return slots++;
}

function readingFacts(lex: Lexicon, r: Reading): ReadingFacts {
  const key = wordKey(r.core);
  return {
    phrase: lex.trie.next.get(r.core),
    key,
    personNode: key === "" ? -1 : lex.personKeys.walk(0, key),
    person: lex.personByKey.get(key),
    byFirst: lex.personByFirst.get(r.core),
    shortNames: lex.shortNames.get(r.core),
  };
}

/** A token's facts; they depend on its norm alone (and whether it is Arabic: the tokenizer's core and the readings do). */
function factsOf(lex: Lexicon, t: Token): WordFacts {
  const norm = t.norm;
  const readings = t.kind === "arabic" ? readingsOf(norm) : [{ pre: "", preLength: 0, core: norm, restored: 0 as const }];
  const perReading = readings.map((r) => readingFacts(lex, r));
  const byLast = lex.personByLast.get(norm);
  return {
    readings,
    perReading,
    key: wordKey(norm),
    byLast,
    ordinary: lex.common.has(norm) || lex.stopwords.has(norm) || lex.common.has(t.core) || lex.stopwords.has(t.core) || norm.length < 2,
    startsPhrase: perReading.some((f) => f.phrase !== undefined) || lex.quotedFirst.has(norm),
    startsPerson: perReading.some((f) => f.personNode >= 0),
    shortName: readings.some((r, k) => !r.restored && perReading[k].shortNames?.length === 1),
    anchorsRepair: byLast !== undefined || perReading.some((f) => f.byFirst !== undefined),
    memo: [],
  };
}

/** Per lexicon, by norm: Arabic words (clitic readings) apart from other tokens (one reading, the norm). Bounded. */
interface FactCache {
  arabic: Map<string, WordFacts>;
  other: Map<string, WordFacts>;
}
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<Lexicon, FactCache>();
const perDoc = new WeakMap<Doc, { lex: Lexicon; facts: WordFacts[] }>();
// The matchers ask for the same document's facts in turn: the last one is answered without a lookup.
let last: { doc: Doc; lex: Lexicon; facts: WordFacts[] } | null = null;

/** The facts of every token of a document (computed once per document and lexicon). */
export function wordFacts(doc: Doc, lex: Lexicon): WordFacts[] {
  if (last && last.doc === doc && last.lex === lex) return last.facts;
  let hit = perDoc.get(doc);
  if (!hit || hit.lex !== lex) {
    let cache = caches.get(lex);
    if (!cache) caches.set(lex, (cache = { arabic: new Map(), other: new Map() }));
    const facts: WordFacts[] = new Array(doc.tokens.length);
    const readings: Reading[][] = new Array(doc.tokens.length);
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      const map = t.kind === "arabic" ? cache.arabic : cache.other;
      let f = map.get(t.norm);
      if (!f) {
        if (map.size >= CACHE_LIMIT) map.clear();
        map.set(t.norm, (f = factsOf(lex, t)));
      }
      facts[i] = f;
      readings[i] = f.readings;
    }
    hit = { lex, facts };
    perDoc.set(doc, hit);
    // The readings came with the facts: tokenReadings(doc) need not look every token up again.
    rememberTokenReadings(doc, readings);
  }
  last = { doc, lex, facts: hit.facts };
  return hit.facts;
}
