// Turns a parsed query into term expressions over analysed tokens, and those
// into FTS5 MATCH text and PostgreSQL tsquery text. Both are built only from
// analysed terms (letters, digits, "_"), each quoted, so the output is always
// well-formed whatever the user typed.
import type { QueryNode } from "./query.js";
import { analyseToken, nameReading, nameReadings } from "./analyzer.js";
import { lightStem } from "./stem.js";
import { tokenize } from "../text/tokenize.js";
import { normalize } from "../text/normalize.js";

/** A sequence of positions (a phrase; one position for a word), each with alternative terms. */
export interface SeqExpr { kind: "seq"; positions: string[][] }
export interface AnyExpr { kind: "any"; items: TermExpr[] }
export interface AllExpr { kind: "all"; items: TermExpr[]; not: TermExpr[] }
export type TermExpr = SeqExpr | AnyExpr | AllExpr;

/** What the store knows about names, looked up before compiling (see nameCandidates). */
export interface Lexicon {
  /** Folded name words known to the corpus (indexed unstemmed). */
  nameTerms: ReadonlySet<string>;
  /** Folded full name → every spelling of the entities it names. */
  variants: ReadonlyMap<string, string[]>;
}

export const EMPTY_LEXICON: Lexicon = { nameTerms: new Set(), variants: new Map() };

export class QueryError extends Error {}

const MAX_NGRAM = 4;
const MAX_PHRASES = 64;

/** Words of a node's text, folded, as the text layer tokenises them. */
function words(text: string): string[] {
  return tokenize(text).filter((t) => t.kind !== "punct").map((t) => t.norm);
}

/** Strings to look up in the store before compiling: clitic readings of every word, and word n-grams. */
export function nameCandidates(node: QueryNode): { terms: string[]; names: string[] } {
  const terms = new Set<string>();
  const names = new Set<string>();
  const visitRun = (ws: string[]) => {
    for (const w of ws) for (const r of nameReadings(w)) terms.add(r.core);
    for (let i = 0; i < ws.length; i++) {
      for (let n = 1; n <= MAX_NGRAM && i + n <= ws.length; n++) {
        const rest = ws.slice(i + 1, i + n).join(" ");
        for (const r of nameReadings(ws[i])) names.add(rest ? `${r.core} ${rest}` : r.core);
      }
    }
  };
  const walk = (n: QueryNode) => {
    if (n.kind === "word" || n.kind === "phrase") visitRun(words(n.text));
    else if (n.kind === "not") walk(n.item);
    else {
      n.items.forEach(walk);
      if (n.kind === "and") visitRun(n.items.flatMap((i) => (i.kind === "word" ? words(i.text) : [])));
    }
  };
  walk(node);
  return { terms: [...terms], names: [...names] };
}

/** Compiles a parsed query; throws QueryError when nothing positive remains to search for. */
export function compileQuery(node: QueryNode, lex: Lexicon = EMPTY_LEXICON): TermExpr {
  const e = compileNode(node, lex);
  if (!e || !hasPositive(e)) throw new QueryError("the query has no searchable word (only stop words, punctuation or NOT)");
  return e;
}

function compileNode(n: QueryNode, lex: Lexicon): TermExpr | null {
  switch (n.kind) {
    case "word":
      return compileRun(words(n.text), lex, false);
    case "phrase":
      return compileRun(words(n.text), lex, true);
    case "not": {
      const inner = compileNode(n.item, lex);
      return inner ? { kind: "all", items: [], not: [inner] } : null;
    }
    case "or": {
      const items = n.items.map((i) => compileNode(i, lex)).filter((x): x is TermExpr => x !== null);
      if (items.some((i) => !hasPositive(i))) throw new QueryError("NOT inside OR has nothing to subtract from");
      return items.length === 0 ? null : items.length === 1 ? items[0] : { kind: "any", items };
    }
    case "and": {
      const items: TermExpr[] = [];
      const not: TermExpr[] = [];
      let run: string[] = [];
      const flush = () => {
        const e = run.length ? compileRun(run, lex, false) : null;
        if (e) items.push(e);
        run = [];
      };
      for (const i of n.items) {
        if (i.kind === "word") { run.push(...words(i.text)); continue; }
        flush();
        const e = compileNode(i, lex);
        if (!e) continue;
        if (e.kind === "all" && e.items.length === 0) not.push(...e.not);
        else items.push(e);
      }
      flush();
      return flatten({ kind: "all", items, not });
    }
  }
}

/**
 * A run of words: as a phrase (adjacent positions) or as ANDed words. Spans of
 * words that spell a known entity name become "any of its spellings".
 */
function compileRun(ws: string[], lex: Lexicon, phrase: boolean): TermExpr | null {
  if (ws.length === 0) return null;
  if (phrase) {
    const v = variantsOf(ws, lex);
    if (v) return v;
    const positions = ws.map((w) => termAlternatives(w, lex, ws.length === 1)).filter((p): p is string[] => p !== null);
    return positions.length ? { kind: "seq", positions } : null;
  }
  const items: TermExpr[] = [];
  for (let i = 0; i < ws.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_NGRAM, ws.length - i); n >= 1 && !taken; n--) {
      const v = variantsOf(ws.slice(i, i + n), lex);
      if (v) { items.push(v); taken = n; }
    }
    if (!taken) {
      const alts = termAlternatives(ws[i], lex, true);
      if (alts) items.push({ kind: "seq", positions: [alts] });
      taken = 1;
    }
    i += taken;
  }
  return flatten({ kind: "all", items, not: [] });
}

/** Every spelling of the entity a word span names, as alternative phrases; null when it names none. */
function variantsOf(ws: string[], lex: Lexicon): TermExpr | null {
  if (lex.variants.size === 0) return null;
  const rest = ws.slice(1).join(" ");
  for (const r of nameReadings(ws[0])) {
    const spellings = lex.variants.get(rest ? `${r.core} ${rest}` : r.core);
    if (!spellings) continue;
    const seen = new Set<string>();
    const items: TermExpr[] = [];
    for (const s of spellings) {
      const sw = words(s);
      const positions = sw.map((w) => termAlternatives(w, lex, sw.length === 1)).filter((p): p is string[] => p !== null);
      const k = JSON.stringify(positions);
      if (positions.length && !seen.has(k)) { seen.add(k); items.push({ kind: "seq", positions }); }
    }
    if (items.length) return items.length === 1 ? items[0] : { kind: "any", items };
  }
  return null;
}

/**
 * The terms one query word may be indexed as: its stem, or for a known name
 * the name itself and, when `withStem`, its stem (articles where the entity
 * stage did not recognise it stemmed it). Null for a stop word.
 */
function termAlternatives(folded: string, lex: Lexicon, withStem: boolean): string[] | null {
  const tok = tokenize(folded)[0];
  if (!tok) return null;
  const name = nameReading(tok.norm, lex.nameTerms);
  if (name) {
    const stem = lightStem(name);
    return withStem && stem !== name ? [name, stem] : [name];
  }
  const a = analyseToken(tok);
  return a ? [a.term] : null;
}

function flatten(e: AllExpr): TermExpr | null {
  if (e.items.length === 0 && e.not.length === 0) return null;
  if (e.items.length === 1 && e.not.length === 0) return e.items[0];
  return e;
}

function hasPositive(e: TermExpr): boolean {
  if (e.kind === "seq") return true;
  if (e.kind === "any") return e.items.every(hasPositive);
  return e.items.length > 0 && e.items.every(hasPositive);
}

// ------------------------------------------------------------------ output

/** Every term a match can contain (NOT branches excluded): for ranking and highlighting. */
export function positiveTerms(e: TermExpr): string[] {
  const out = new Set<string>();
  const walk = (x: TermExpr) => {
    if (x.kind === "seq") x.positions.forEach((p) => p.forEach((t) => out.add(t)));
    else x.items.forEach(walk);
  };
  walk(e);
  return [...out];
}

/** Phrases (term sequences, alternatives expanded) a match can contain: for highlighting. */
export function positivePhrases(e: TermExpr): string[][] {
  const out: string[][] = [];
  const walk = (x: TermExpr) => {
    if (x.kind === "seq") out.push(...expand(x.positions));
    else x.items.forEach(walk);
  };
  walk(e);
  return out;
}

/** Every phrase spelled by a sequence of alternatives. */
export function expand(positions: string[][]): string[][] {
  let acc: string[][] = [[]];
  for (const alts of positions) {
    acc = acc.flatMap((a) => alts.map((t) => [...a, t]));
    if (acc.length > MAX_PHRASES) throw new QueryError("the query expands to too many phrase spellings; quote fewer names together");
  }
  return acc;
}

/**
 * The phrases FTS5's bm25() sums over, in its order: every phrase of the MATCH
 * text (alternatives expanded, duplicates kept), NOT branches left out (their
 * term frequency in a matching row is 0, so they add nothing).
 */
export function rankingPhrases(e: TermExpr): string[][] {
  switch (e.kind) {
    case "seq":
      return expand(e.positions);
    case "any":
      return e.items.flatMap(rankingPhrases);
    case "all":
      return e.items.flatMap(rankingPhrases);
  }
}

/**
 * rankingPhrases, each with the groups that must match a row for FTS5 to count the phrase's occurrences
 * there: every AND (with its NOTs) above it other than the whole query. Under OR, a group that fails at a
 * row has moved past it, and so have its phrases: `(a b) OR c` counts no `a` in a row without `b`.
 */
export function gatedRankingPhrases(e: TermExpr): { phrase: string[]; gates: TermExpr[] }[] {
  const walk = (x: TermExpr, gates: TermExpr[], root: boolean): { phrase: string[]; gates: TermExpr[] }[] => {
    if (x.kind === "seq") return expand(x.positions).map((phrase) => ({ phrase, gates }));
    if (x.kind === "any") return x.items.flatMap((i) => walk(i, gates, false));
    const inner = root ? gates : [...gates, x];
    return x.items.flatMap((i) => walk(i, inner, false));
  };
  return walk(e, [], true);
}

/** FTS5 MATCH text: every term is a quoted string, so no FTS5 operator can come from the user. */
export function toFts5(e: TermExpr): string {
  switch (e.kind) {
    case "seq": {
      const phrases = expand(e.positions).map((p) => `"${p.join(" ")}"`);
      return phrases.length === 1 ? phrases[0] : `(${phrases.join(" OR ")})`;
    }
    case "any":
      return `(${e.items.map(toFts5).join(" OR ")})`;
    case "all": {
      let s = e.items.length === 1 ? toFts5(e.items[0]) : `(${e.items.map(toFts5).join(" AND ")})`;
      for (const n of e.not) s = `(${s} NOT ${toFts5(n)})`;
      return s;
    }
  }
}

/** PostgreSQL tsquery text over the same terms (lexemes quoted; <-> for adjacency, as FTS5 phrases). */
export function toTsquery(e: TermExpr): string {
  switch (e.kind) {
    case "seq":
      return `(${e.positions.map((alts) => (alts.length === 1 ? lexeme(alts[0]) : `(${alts.map(lexeme).join(" | ")})`)).join(" <-> ")})`;
    case "any":
      return `(${e.items.map(toTsquery).join(" | ")})`;
    case "all":
      return `(${[...e.items.map(toTsquery), ...e.not.map((n) => `!${toTsquery(n)}`)].join(" & ")})`;
  }
}

function lexeme(t: string): string {
  return `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** Human-readable form of a compiled query, for --json output and debugging. */
export function describe(e: TermExpr): string {
  switch (e.kind) {
    case "seq": {
      const p = e.positions.map((a) => (a.length === 1 ? a[0] : `{${a.join("|")}}`));
      return p.length === 1 ? p[0] : `"${p.join(" ")}"`;
    }
    case "any":
      return `(${e.items.map(describe).join(" OR ")})`;
    case "all":
      return [e.items.map(describe).join(" AND "), ...e.not.map((n) => `NOT ${describe(n)}`)].filter(Boolean).join(" ");
  }
}

/** Folded form of a name as the store keys entity spellings. */
export function nameKey(name: string): string {
  return words(name).join(" ") || normalize(name);
}
