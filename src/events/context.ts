// What the event and agreement stages read about one document, computed once:
// the folded text with its offset map, and entity mentions indexed by token.
import { getLexicon } from "../entities/lexicon.js";
import { normalize, normalizeWithMap, toOriginalSpan, type NormalizedText } from "../text/normalize.js";
import type { Doc, Entity, Span, TextSpan, Token } from "../types.js";
import { ArticleMemo } from "./article-memo.js";
import { countryOfAdjective } from "./countries.js";
import { eventLexicon } from "./lexicon.js";
import { useArticle } from "./word-facts.js";

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** First and last (exclusive) token covered. */
  tokenStart: number;
  tokenEnd: number;
}

export interface DocContext {
  doc: Doc;
  text: string;
  folded: NormalizedText;
  entities: Entity[];
  byId: Map<string, Entity>;
  /** All mentions of all entities, in text order. */
  mentions: MentionRef[];
  /** For each token, the mention covering it (if any). */
  mentionAt: (MentionRef | undefined)[];
}

const cache = new ArticleMemo<Doc, { entities: Entity[]; ctx: DocContext }>();

export function docContext(doc: Doc, entities: Entity[]): DocContext {
  useArticle(doc.tokens);
  const hit = cache.get(doc);
  if (hit && hit.entities === entities) return hit.ctx;
  const text = doc.article.text;
  // Mentions sorted first, so that their tokens are found in one walk over the tokens
  // (tokenIndexAt's answer, the first token ending after the start) rather than a search each.
  const placed: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) placed.push({ start: m.start, end: m.end, entity: e, tokenStart: 0, tokenEnd: 0 });
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens = doc.tokens;
  const mentions: MentionRef[] = [];
  let tokenStart = 0;
  for (const m of placed) {
    while (tokenStart < tokens.length && tokens[tokenStart].end <= m.start) tokenStart++;
    let tokenEnd = tokenStart;
    while (tokenEnd < tokens.length && tokens[tokenEnd].start < m.end) tokenEnd++;
    if (tokenEnd > tokenStart && !bodyOfTitle(tokens, tokenStart, m, text)) {
      m.tokenStart = tokenStart;
      m.tokenEnd = tokenEnd;
      mentions.push(m);
    }
  }
  const mentionAt: (MentionRef | undefined)[] = new Array(doc.tokens.length);
  for (const m of mentions) {
    for (let t = m.tokenStart; t < m.tokenEnd; t++) if (!mentionAt[t]) mentionAt[t] = m;
  }
  const ctx: DocContext = {
    doc,
    text,
    folded: normalizeWithMap(text),
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    mentions,
    mentionAt,
  };
  cache.set(doc, { entities, ctx });
  return ctx;
}

/**
 * A state's body named inside a title (رئيس [مجلس الوزراء]، وكيل [وزارة الخارجية]): an organisation for the
 * entity stage, but for events the words of the title, which names its holder (وكان رئيس مجلس الوزراء قد التقى).
 */
function bodyOfTitle(tokens: Token[], start: number, m: MentionRef, text: string): boolean {
  const prev = tokens[start - 1];
  if (m.entity.type !== "ORG" || !prev || prev.kind !== "arabic" || prev.sentence !== tokens[start].sentence) return false;
  const heads = eventLexicon().officeTitles.headOfWord;
  // (وكيلة: a head the tokenizer read with a conjunction)
  return (heads.has(prev.bare) || heads.has(prev.norm)) && isStateBody(normalize(text.slice(m.start, m.end)));
}

/** A state body's name, or one with its nationality after it (وكيلة [وزارة الخارجية الباكستانية]: the title states the country). */
function isStateBody(name: string): boolean {
  const bodies = getLexicon().stateBodies;
  if (bodies.has(name)) return true;
  const cut = name.lastIndexOf(" ");
  return cut > 0 && bodies.has(name.slice(0, cut)) && countryOfAdjective(name.slice(cut + 1)) !== null;
}

/** Index of the first token whose end is after `offset` (the token containing it, or the next one). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing `offset`, or -1 when it falls between sentences. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A span of folded text mapped back to the article, with its text. */
export function originalSpan(ctx: DocContext, a: number, b: number): TextSpan {
  const s = toOriginalSpan(ctx.folded, a, b);
  return { start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) };
}

export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** First index of a sorted array whose value is >= `value`. */
export function lowerBound(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Punctuation, Arabic marks included (، ؛ ؟ are not "punct" tokens in the text layer's kinds). */
export function isPunct(t: Token): boolean {
  return /^\p{P}+$/u.test(t.text);
}
