// Clitic readings of a word for entity lookups: text/clitics.ts gives the candidates
// (وروسيا → روسيا، للصين → الصين); one more is added for words that begin with ل
// after the preposition ل, where both the alef and the article's lam drop
// (للجنة = ل + اللجنة).
import { cliticReadings } from "../text/clitics.js";

export interface Reading {
  /** Proclitics, folded. */
  pre: string;
  /** Folded characters the proclitics take at the front of the written word. */
  preLength: number;
  /** The word without proclitics, article restored where it was elided. */
  core: string;
  /** How much of the core's article is not written: 0, 1 (ا of لل+صين) or 2 (ال of لل+جنة). */
  restored: 0 | 1 | 2;
  /** The core without the article. */
  bare?: string;
}

/**
 * Folded particles no preposition attaches to (أو، ثم): كاو، بثم are no ب/ك/ل + a particle but a word
 * of their own, often a foreign name's (كاو كيم هورن).
 */
const NO_PREPOSITION = new Set(["او", "ثم"]);

const cache = new Map<string, Reading[]>();

export function readingsOf(norm: string): Reading[] {
  const hit = cache.get(norm);
  if (hit) return hit;
  const out: Reading[] = [];
  for (const r of cliticReadings(norm)) {
    if (/[بكل]$/.test(r.pre) && NO_PREPOSITION.has(r.core)) continue;
    const written = norm.slice(r.preLength);
    const restored = r.core === written ? 0 : 1;
    out.push({ pre: r.pre, preLength: r.preLength, core: r.core, restored });
    if (restored === 1 && r.pre.endsWith("ل") && written.startsWith("ل") && written.length >= 3) {
      out.push({ pre: r.pre, preLength: r.preLength, core: "ال" + written, restored: 2 });
    }
  }
  for (const r of out) r.bare = bareOf(r.core);
  if (cache.size > 50_000) cache.clear();
  cache.set(norm, out);
  return out;
}

/** The core without the article. */
export function bareOf(core: string): string {
  return core.startsWith("ال") && core.length > 3 ? core.slice(2) : core;
}

const perDoc = new WeakMap<object, Reading[][]>();
// The matchers ask for one token's readings at a time, thousands of times per document: the
// document asked last is answered without the WeakMap lookup.
let lastDoc: object | null = null;
let lastReadings: Reading[][] = [];

/** Records a document's token readings found elsewhere (word-facts.ts), unless already known. */
export function rememberTokenReadings(doc: object, readings: Reading[][]): void {
  if (perDoc.has(doc)) return;
  perDoc.set(doc, readings);
  lastDoc = doc;
  lastReadings = readings;
}

/** Readings of every token of a document, computed once (the matchers all need them). */
export function tokenReadings(doc: { tokens: ReadonlyArray<{ kind: string; norm: string }> }): Reading[][] {
  if (doc === lastDoc) return lastReadings;
  let r = perDoc.get(doc);
  if (!r) {
    r = doc.tokens.map((t) => (t.kind === "arabic" ? readingsOf(t.norm) : [{ pre: "", preLength: 0, core: t.norm, restored: 0 as const }]));
    perDoc.set(doc, r);
  }
  lastDoc = doc;
  lastReadings = r;
  return r;
}
