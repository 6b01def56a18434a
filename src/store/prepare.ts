// What the store derives from one analysis before writing it: the content hash,
// the stored JSON, the indexed terms of the article and of its statements, the
// name terms kept unstemmed and the MinHash signature. Pure and independent of
// the database, so it can run where the analysis was made (an analysis worker)
// and travel with it to the writing thread (attachPrepared), which then only
// writes rows.
import { createHash } from "node:crypto";
import type { Analysis, Token } from "../types.js";
import { statementsOf } from "../quotes/statements-of.js";
import { analyseText, analyseToken, entityNameTerms, type SearchToken } from "../search/analyzer.js";
import { nameKey } from "../search/compile.js";
import { signature } from "./minhash.js";

/** Title and body are indexed as one term sequence, parted by this term (no query produces it). */
export const TITLE_BREAK = "_";
const NAME_TYPES = new Set(["PER", "GPE", "LOC"]);

/** The analysis as stored: without its text, which the row keeps once in `text`. */
export function packAnalysis(a: Analysis): string {
  const { text: _text, ...rest } = a;
  return JSON.stringify(rest);
}

/** The stored analysis with its text put back, fields in the original order (text last). */
export function unpackAnalysis(json: string, text: string): Analysis {
  return { ...(JSON.parse(json) as Omit<Analysis, "text">), text };
}

export function contentHash(a: Analysis): string {
  return createHash("sha256").update(JSON.stringify(a)).digest("hex");
}

/** Name terms an article's analysis protects from stemming (its PER/GPE/LOC names and mentions). */
export function articleNames(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const e of a.entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    for (const t of entityNameTerms(e.name, e.mentions.map((m) => m.text))) out.add(t);
  }
  return out;
}

/** Terms indexed for an article: title, a break, then the body. */
export function articleTerms(a: Pick<Analysis, "title" | "text">, names: ReadonlySet<string>): string[] {
  return analysed(a, names).terms;
}

/**
 * The article's indexed terms, and its body's search tokens (with offsets, for the statements in it).
 * `bodyTokens`, the text layer's tokens of a.text where the caller has them, spare tokenising it again.
 */
function analysed(a: Pick<Analysis, "title" | "text">, names: ReadonlySet<string>, bodyTokens?: readonly Token[]): { terms: string[]; body: SearchToken[] } {
  const body = bodyTokens ? searchTokens(bodyTokens, names) : analyseText(a.text, names);
  const terms = body.map((t) => t.term);
  if (!a.title) return { terms, body };
  return { terms: [...analyseText(a.title, names).map((t) => t.term), TITLE_BREAK, ...terms], body };
}

/** What analyseText gives for a text, from that text's tokens. */
function searchTokens(tokens: readonly Token[], names: ReadonlySet<string>): SearchToken[] {
  const out: SearchToken[] = [];
  for (const t of tokens) {
    const a = analyseToken(t, names);
    if (a) out.push({ term: a.term, start: t.start, end: t.end, name: a.name });
  }
  return out;
}

// Characters the tokenizer never joins to a neighbour: whitespace and one-character tokens
// (not letters, marks, digits, tatweel, joiners, number separators or surrogate halves).
const ALWAYS_APART = /[^\p{L}\p{M}\p{Nd}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF.,\u066B\u066C\uD800-\uDFFF]/u;

const NUMBER_SEPARATOR = /[.,\u066B\u066C]/;
const DIGIT = /\p{Nd}/u;

/** True when no token of `text` can run across offset `at`. */
function tokenBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text[at - 1];
  const after = text[at];
  if (ALWAYS_APART.test(before) || ALWAYS_APART.test(after)) return true;
  // A number separator is inside a token only between two digits (19.8); a sentence's full stop is not.
  return (NUMBER_SEPARATOR.test(after) && !DIGIT.test(before)) || (NUMBER_SEPARATOR.test(before) && !DIGIT.test(after));
}

/**
 * Terms of a span of the article (a statement): the body's own tokens inside it when the span
 * starts and ends between tokens (the text analysed alone would give the same tokens), else the
 * span's text analysed on its own.
 */
export function spanTerms(text: string, body: readonly SearchToken[], span: { start: number; end: number; text: string }, names: ReadonlySet<string>): string[] {
  if (span.start < 0 || span.end > text.length || text.slice(span.start, span.end) !== span.text || !tokenBoundary(text, span.start) || !tokenBoundary(text, span.end)) {
    return analyseText(span.text, names).map((t) => t.term);
  }
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < body.length && body[i].end <= span.end; i++) out.push(body[i].term);
  return out;
}

/** The stored analysis (without text) and the content hash, sha256 of the whole analysis's JSON. */
function serialise(a: Analysis): { packed: string; hash: string } {
  const keys = Object.keys(a);
  if (keys.length < 2 || keys[keys.length - 1] !== "text") {
    const packed = packAnalysis(a);
    return { packed, hash: createHash("sha256").update(JSON.stringify(a)).digest("hex") };
  }
  // With text the last field (as analyses are built), the packed JSON is the whole JSON cut before
  // `,"text":` (no JSON string holds a comma before an unescaped quote, so the last one is the key's):
  // one serialisation instead of copying the analysis without its text and serialising both.
  const full = JSON.stringify(a);
  return { packed: full.slice(0, full.lastIndexOf(',"text":')) + "}", hash: createHash("sha256").update(full).digest("hex") };
}

/** Everything the writer derives from an analysis (see the header). */
export interface Prepared {
  /** sha256 of the analysis JSON (contentHash). */
  hash: string;
  /** The analysis JSON without its text (packAnalysis). */
  packed: string;
  /** Name terms kept unstemmed (articleNames). */
  names: string[];
  /** The indexed terms, space-separated (terms hold no spaces), and their number. */
  termsText: string;
  nTerms: number;
  /** Each statement's terms (quotes, then joint statements), space-separated. */
  statementTerms: string[];
  /** MinHash signature of the terms (title break left out). */
  sig: Uint32Array;
  /** Per entity: the distinct name keys (nameKey) of its name, mention texts and English name, first seen first. */
  entityNameKeys: string[][];
}

/**
 * `bodyTokens`: the text layer's tokens of a.text (tokenize(a.text), as buildDoc made them where the
 * analysis was made), to spare tokenising the text a second time; the result is the same without them.
 */
export function prepareAnalysis(a: Analysis, bodyTokens?: readonly Token[]): Prepared {
  const { packed, hash } = serialise(a);
  const names = articleNames(a);
  // Only strings and the signature outlive this function: a batch keeps no token objects.
  const { terms, body } = analysed(a, names, bodyTokens);
  const statementTerms = statementsOf(a).map((q) => spanTerms(a.text, body, q, names).join(" "));
  const sig = signature(terms.filter((t) => t !== TITLE_BREAK));
  const entityNameKeys = a.entities.map((e) => entityKeys(e.name, e.mentions, e.name_en));
  return { hash, packed, names: [...names], termsText: terms.join(" "), nTerms: terms.length, statementTerms, sig, entityNameKeys };
}

// Entity names repeat across articles: their keys are kept, bounded like the text layer's caches (cleared when full).
const NAME_KEYS = new Map<string, string>();
const MAX_NAME_KEYS = 50_000;

function cachedNameKey(name: string): string {
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    if (NAME_KEYS.size >= MAX_NAME_KEYS) NAME_KEYS.clear();
    NAME_KEYS.set(name, (k = nameKey(name)));
  }
  return k;
}

/** The distinct non-empty name keys of an entity's names, in the order of name, mentions, English name. */
function entityKeys(name: string, mentions: readonly { text: string }[], nameEn: string | null | undefined): string[] {
  const keys = new Set<string>();
  const add = (n: string) => {
    const k = cachedNameKey(n);
    if (k) keys.add(k);
  };
  add(name);
  for (const m of mentions) add(m.text);
  if (nameEn) add(nameEn);
  return [...keys];
}

const attached = new WeakMap<Analysis, Prepared>();

/**
 * Hands the writer what was prepared for this analysis elsewhere (prepareAnalysis of an
 * identical analysis, e.g. in the worker that made it); the analysis must not change afterwards.
 */
export function attachPrepared(a: Analysis, p: Prepared): Analysis {
  attached.set(a, p);
  return a;
}

/** What was attached to this analysis (once), else prepared now. */
export function preparedFor(a: Analysis): Prepared {
  const p = attached.get(a);
  if (!p) return prepareAnalysis(a);
  attached.delete(a);
  return p;
}
