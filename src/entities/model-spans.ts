// Statistical evidence: spans from the trained tagger (src/entities/tagger), as candidates.
// When the model file is missing the stage still runs on gazetteers and patterns alone.
import type { Doc } from "../types.js";
import { labelRuns, loadTagger, runSpan, tagDoc, type Tagger, type TaggedSpan } from "./tagger/index.js";
import { DocHistory } from "./tagger/history.js";
import type { ResolvedWord } from "./tagger/features.js";
import type { Candidate } from "./types.js";
import { makeCandidate } from "./candidate.js";
import { getLexicon } from "./lexicon.js";
import { OPEN_QUOTE } from "./match-gazetteer.js";
import { memoSlot, wordFacts } from "./word-facts.js";
import { headBefore } from "./places.js";
import { bareOf } from "./readings.js";
import { imperfectVerb, inflectedOrdinary, REPORTING } from "./ordinary.js";
import { mentionStart } from "./span.js";

/** Each word form's entry in the tagger's word cache, kept with its facts: the tagger then skips its own lookup. */
const TAGGER_WORD = memoSlot();
/** Per-sentence scratch (tagging is synchronous). */
const resolved: Array<ResolvedWord | undefined> = [];

let tagger: Tagger | null | undefined;

function getTagger(): Tagger | null {
  if (tagger !== undefined) return tagger;
  try {
    tagger = loadTagger();
  } catch (err) {
    process.emitWarning(`rasd: entity tagger unavailable, using gazetteers and patterns only (${(err as Error).message})`);
    tagger = null;
  }
  return tagger;
}

/**
 * Tagger spans, over the sentences in `only` when given. By default the labels are decoded without per-token confidences (the
 * forward-backward pass costs about a third of the tagger's time, and the combination step
 * ranks model spans below gazetteers and patterns anyway); `minConfidence` turns it on.
 */
export function modelCandidates(doc: Doc, only?: ReadonlySet<number>, minConfidence = 0): Candidate[] {
  const t = getTagger();
  if (!t) return [];
  const out: Candidate[] = [];
  const spans = joinSurnamesBehindWaw(doc, minConfidence > 0 ? tagDoc(doc, t).filter((s) => s.confidence >= minConfidence) : fastSpans(doc, t, only));
  for (const s of spans) {
    if (afterPlatform(doc, s) || afterAmount(doc, s)) continue;
    const given = s.type === "PER" ? givenNameBehindWaw(doc, s) : -1;
    if (given >= 0) {
      const g = doc.tokens[given];
      const start = mentionStart(g, { pre: g.pre, preLength: g.pre.length, core: g.core, restored: 0 });
      const text = doc.article.text.slice(start, s.end);
      out.push(makeCandidate({ type: "PER", tokStart: given, tokEnd: s.tokenEnd, start, end: s.end, name: text.replace(/\s+/g, " ").trim(), source: "model", confidence: Math.min(0.9, s.confidence * 0.9) }));
      continue;
    }
    const start = wholeNameStart(doc, s);
    const text = doc.article.text.slice(start, s.end);
    out.push(makeCandidate({
      type: s.type === "LOC" ? "LOC" : s.type,
      tokStart: s.tokenStart,
      tokEnd: s.tokenEnd,
      start,
      end: s.end,
      name: text.replace(/\s+/g, " ").trim(),
      source: "model",
      confidence: Math.min(0.9, s.confidence * 0.9),
    }));
  }
  return out;
}

/**
 * A person's span the tagger began after a first letter و it read as the conjunction (ستيفاني | يليامز،
 * جون | يلسون), right after a given name: the tagger's own one-word person, or a first name of the
 * lexicon's people. Between a given name and the surname no conjunction stands, so the two are one
 * name, from the given name to the surname's end. Not where the rest after و is a word or a name of
 * its own (محمد وعلي، أحمد وزوجته), nor after a word the lexicon knows as a surname alone (ماكرون وميركل).
 */
export function joinSurnamesBehindWaw(doc: Doc, spans: TaggedSpan[]): TaggedSpan[] {
  const lex = getLexicon();
  const byEnd = new Map<number, TaggedSpan>();
  for (const s of spans) if (s.type === "PER") byEnd.set(s.tokenEnd, s);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const t = doc.tokens[s.tokenStart];
    const g = doc.tokens[s.tokenStart - 1];
    if (s.type !== "PER" || !g || t.pre !== "و" || s.start === t.start || g.sentence !== t.sentence || g.kind !== "arabic" || g.pre || g.core.startsWith("ال")) {
      out.push(s);
      continue;
    }
    const rest = t.core;
    const restWord = rest.length < 3 || lex.common.has(rest) || lex.stopwords.has(rest) || lex.nameWords.has(rest) || lex.fNames.has(rest) || lex.shortNames.has(rest) || lex.trie.next.has(rest) || lex.titleHeads.has(bareOf(rest)) || lex.orgHeads.has(bareOf(rest)) || inflectedOrdinary(lex, rest);
    const before = byEnd.get(s.tokenStart);
    const knownFirst = lex.personByFirst.has(g.norm) && !lex.shortNames.has(g.norm);
    const taggedFirst = !!before && before.tokenEnd - before.tokenStart === 1 && !lex.shortNames.has(g.norm) && !lex.personByLast.has(g.norm);
    if (restWord || !(knownFirst || taggedFirst)) {
      out.push(s);
      continue;
    }
    if (before) drop.add(before);
    out.push({ ...s, tokenStart: g.i, start: g.start });
  }
  return out.filter((s) => !drop.has(s));
}

/** Folded prepositions that take a noun, never و or ف + a noun, right after them. */
const PREPOSITION = /^(في|الي|من|عن|علي|نحو|حتي|مع|لدي|عند|عبر|داخل|قرب)$/;

/**
 * The start of a span whose first word the tokenizer read as ف or و + a rest (فؤاد = ف + ؤاد، فراس =
 * ف + راس): the whole word where it is a known name word and the rest is none, or where the word
 * before leaves no room for a conjunction: a preposition or a place head (إلى ورقلة، في فكيك،
 * مدينة ورزازات are not و + رقلة).
 */
function wholeNameStart(doc: Doc, s: TaggedSpan): number {
  const t = doc.tokens[s.tokenStart];
  if (t.pre.length !== 1 || s.start === t.start) return s.start;
  const lex = getLexicon();
  const whole = lex.fNames.has(t.norm) || lex.nameWords.has(t.norm);
  if (whole && !lex.nameWords.has(t.core) && !lex.fNames.has(t.core)) return t.start;
  const prev = doc.tokens[s.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence || prev.kind !== "arabic") return s.start;
  return (!prev.pre && PREPOSITION.test(prev.norm)) || headBefore(doc, s.tokenStart) || titleBeforeWaw(doc, s.tokenStart) ? t.start : s.start;
}

/**
 * A word read as و + an unknown rest right after a title or a reporting verb (الدكتور ورقنه، وأضاف
 * ورقنه): no conjunction stands between a title and its holder's name, nor between a verb and its
 * subject, so the و is the name's first letter. Not where the rest is a word of its own (الرئيس
 * وزوجته، الوزير والوفد).
 */
function titleBeforeWaw(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (t.pre !== "و") return false;
  const lex = getLexicon();
  const title = !/^[وف]/.test(prev.pre) && (lex.titleHeads.has(bareOf(prev.core)) || lex.titleHeads.has(prev.core));
  if (!title && !REPORTING.test(prev.norm)) return false;
  const rest = t.core;
  return !rest.startsWith("ال") && !lex.common.has(rest) && !lex.stopwords.has(rest) && !lex.nameWords.has(rest) && !lex.titleHeads.has(rest) && !lex.orgHeads.has(rest);
}

/**
 * The token of a given name behind و right before a one-word person span followed by a title
 * (وجميل عزام وزير المالية، وكمال حسن سفير …): the tagger, taking و + a word that is also common for
 * a conjunction and a noun, kept only the family name; the name in apposition to the title is both
 * words. -1 when not so.
 */
export function givenNameBehindWaw(doc: Doc, s: TaggedSpan): number {
  if (s.tokenEnd - s.tokenStart !== 1 || s.tokenStart === 0) return -1;
  const i = s.tokenStart - 1;
  const t = doc.tokens[i];
  const next = doc.tokens[s.tokenEnd];
  if (t.kind !== "arabic" || t.pre !== "و" || t.sentence !== doc.tokens[s.tokenStart].sentence || t.core.startsWith("ال")) return -1;
  if (!next || next.kind !== "arabic" || next.sentence !== t.sentence || next.pre) return -1;
  const lex = getLexicon();
  if (t.core.length < 3 || lex.stopwords.has(t.core) || lex.titleHeads.has(t.core) || lex.orgHeads.has(t.core) || REPORTING.test(t.norm)) return -1;
  // A known name word, or an unknown word that is no common word nor verb, inside a sentence (a
  // sentence's first word behind و is its verb as often: وأضاف، واستقبل).
  const prev = doc.tokens[i - 1];
  const inside = !!prev && prev.sentence === t.sentence && (prev.kind === "arabic" || /^[،,]$/.test(prev.text));
  if (!lex.nameWords.has(t.core) && !(inside && !lex.common.has(t.core) && !lex.common.has(t.norm) && !imperfectVerb(t.core))) return -1;
  return lex.titleHeads.has(bareOf(next.core)) || lex.titleHeads.has(next.core) ? i : -1;
}

/** Folded words of a large amount (مليار، ملايين، ألف …). */
const AMOUNT = /^(مليار|مليارات|مليون|ملايين|الف|الاف|تريليون|تريليونات)$/;

/**
 * A one-word span right after an amount (26 مليار يوان، 300 مليون روبية، 5 آلاف دولار): the amount's
 * currency or unit, never a person.
 */
export function afterAmount(doc: Doc, s: TaggedSpan): boolean {
  if (s.type !== "PER" || s.tokenEnd - s.tokenStart !== 1 || s.tokenStart === 0) return false;
  const t = doc.tokens[s.tokenStart];
  const prev = doc.tokens[s.tokenStart - 1];
  if (t.pre || prev.sentence !== t.sentence) return false;
  // A number that is a year (في 2019 X) leaves the name after it.
  return (prev.kind === "number" && !/^(1[89]|20)[0-9]{2}$/.test(prev.text)) || (prev.kind === "arabic" && !prev.pre && AMOUNT.test(prev.norm));
}

/** Prepositions between an account and its platform (حسابه على إكس، عبر منصة …). */
const ON = /^(علي|عبر|في)$/;

/**
 * A one-word name right after a platform noun (lexicon platformNouns: كتب على منصة إكس), or after
 * على/عبر/في after one (في حسابه على تويتر), names a medium, not an actor.
 */
function afterPlatform(doc: Doc, s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart !== 1 || s.tokenStart === 0) return false;
  const nouns = getLexicon().platformNouns;
  const sentence = doc.tokens[s.tokenStart].sentence;
  let k = s.tokenStart - 1;
  if (k > 0 && doc.tokens[k].kind === "punct" && OPEN_QUOTE.has(doc.tokens[k].text)) k--; // منصة «إكس»
  const prev = doc.tokens[k];
  if (prev.sentence !== sentence) return false;
  if (nouns.has(prev.core) || nouns.has(prev.norm)) return true;
  const before = doc.tokens[k - 1];
  return ON.test(prev.norm) && !!before && before.sentence === sentence && (nouns.has(before.core) || nouns.has(before.norm));
}

/** The tagger's spans from its best label sequence alone (as tagDoc, without confidences). */
function fastSpans(doc: Doc, tagger: Tagger, only?: ReadonlySet<number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  // One history per document: the tagger was trained with how a word was tagged earlier in the same article.
  const history = new DocHistory();
  const facts = wordFacts(doc, getLexicon());
  for (const sent of doc.sentences) {
    if (only && !only.has(sent.i)) continue;
    const from = sent.tokenStart;
    const n = sent.tokenEnd - from;
    if (n <= 0) continue;
    const words = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      words[k] = doc.tokens[from + k].text;
      resolved[k] = facts[from + k].memo[TAGGER_WORD] as ResolvedWord | undefined;
    }
    const { labels } = tagger.tagIndices(words, false, history, resolved);
    for (let k = 0; k < n; k++) facts[from + k].memo[TAGGER_WORD] = resolved[k];
    for (const { i, j, type } of labelRuns(labels, n)) out.push(runSpan(doc.tokens, from + i, from + j, type, 0.8));
  }
  return out;
}
