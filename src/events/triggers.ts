// Trigger search: every lexicon phrase found in the folded text, mapped back to
// the article, then overlapping or adjacent triggers in one sentence merged so
// that the most specific type wins (اجتماعا عبر تقنية الفيديو is one video call).
import type { Doc, EventType, TextSpan, Token } from "../types.js";
import { lowerBound, originalSpan, type DocContext, isPunct } from "./context.js";
import { eventLexicon, type CompiledTrigger } from "./lexicon.js";
import { tokenFacts } from "./word-facts.js";
import { genericBefore } from "./word-classes.js";
import { signedByUnnamedOfBoth } from "./unnamed-signers.js";

export interface Trigger {
  type: EventType;
  span: TextSpan;
  sentence: number;
  /** Token indices covered (first, last exclusive). */
  tokenStart: number;
  tokenEnd: number;
  conf: number;
  priority: number;
  absorbs: boolean;
  bilateralIfTwo: boolean;
}

export function findTriggers(ctx: DocContext): Trigger[] {
  const lex = eventLexicon();
  const { doc } = ctx;
  const folded = ctx.folded.text;
  const found: Trigger[] = [];
  // Each trigger is tried only at tokens its first word accepts (a per-process vocabulary
  // cache makes that a map lookup), as a sticky match; a match may not leave its sentence.
  let lastFramed: { type: EventType; end: number } | null = null;
  for (const tok of doc.tokens) {
    if (tok.kind !== "arabic") continue;
    const candidates = startsAt(tok, lex.triggers);
    if (!candidates.length) continue;
    const sent = doc.sentences[tok.sentence];
    const fa = lowerBound(ctx.folded.starts, tok.start);
    let rest: string | null = null; // the folded sentence from this token on, cut when a needle asks
    for (const i of candidates) {
      const t = lex.triggers[i];
      if (t.needle) {
        // A match kept lies inside the sentence and holds the needle: without one there, the
        // (slow, backtracking) phrase regex can only fail or run past the sentence.
        rest ??= folded.slice(fa, lowerBound(ctx.folded.starts, sent.end));
        t.needle.lastIndex = 0;
        if (!t.needle.test(rest)) continue;
      }
      // test, not exec: a sticky match leaves its end in lastIndex, with no match array or copy of the words made.
      t.re.lastIndex = fa;
      if (!t.re.test(folded)) continue;
      const b = t.re.lastIndex;
      if (t.unlessAfter && t.unlessAfter.test(folded.slice(b, b + 40))) continue;
      // (الاجتماع الذي شهد التوقيع على …، وقعها الوزراء المختصون في البلدين: the relative clause names who signed)
      if (t.unlessBefore && precededBy(doc.tokens, tok.i, sent.tokenStart, t.unlessBefore) && !(t.type === "signing" && signedByUnnamedOfBoth(doc.tokens, tok.i, tok.i + 1))) continue;
      if (t.onlyAfter && !precededBy(doc.tokens, tok.i, sent.tokenStart, t.onlyAfter, ONLY_AFTER_WINDOW)) continue;
      const span = originalSpan(ctx, fa, b);
      if (span.end > sent.end) continue;
      if (t.onePhrase && PHRASE_BREAK.test(span.text)) continue;
      // على هامش القمة، لآلية الاجتماع: a frame or a mechanism, which must not absorb the event it frames.
      // A visit is the frame itself (في إطار زيارة رسمية، على هامش زيارته): what happens in it happens during it.
      if (t.type !== "visit" && framed(doc.tokens, tok.i)) {
        lastFramed = { type: t.type, end: tok.i };
        continue;
      }
      // في إطار منتدى التعاون الصيني-الإفريقي ومنتدى التعاون الصيني-العربي: a noun joined by و to a framed
      // one of its type is framed with it.
      if (lastFramed && lastFramed.type === t.type && coordinatedWith(doc, lastFramed.end, tok)) continue;
      const tokenStart = tok.i;
      let tokenEnd = tokenStart;
      while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd].start < span.end) tokenEnd++;
      found.push({ type: t.type, span, sentence: sent.i, tokenStart, tokenEnd, conf: t.conf, priority: t.priority, absorbs: t.absorbs, bilateralIfTwo: t.bilateralIfTwo });
    }
  }
  return visitNounAfterVerb(mergeTriggers(found, lex.absorbWindow, doc.tokens, lex.absorbable), doc.tokens);
}

/** How many words after a visit verb's phrase (وصل X إلى طهران) its visit noun (في أول زيارة) may stand. */
const VISIT_NOUN_GAP = 8;

/**
 * وصل X إلى طهران في أول زيارة …، زار X القاهرة في زيارة رسمية: the visit noun framed by في / ب right
 * after a visit verb names the visit the verb reports, not a second one.
 */
function visitNounAfterVerb(kept: Trigger[], tokens: Token[]): Trigger[] {
  const framedNoun = (t: Trigger) => {
    const first = tokens[t.tokenStart];
    if (!VISIT_NOUN.test(first.core)) return false;
    if (first.pre.endsWith("ب")) return true;
    let k = t.tokenStart - 1;
    if (tokens[k] && FIRST.test(tokens[k].norm)) k--;
    return tokens[k]?.norm === "في";
  };
  return kept.filter(
    (t) =>
      t.type !== "visit" ||
      !framedNoun(t) ||
      !kept.some((v) => v !== t && v.type === "visit" && v.sentence === t.sentence && v.tokenEnd <= t.tokenStart && t.tokenStart - v.tokenEnd <= VISIT_NOUN_GAP && !VISIT_NOUN.test(tokens[v.tokenStart].core)),
  );
}

/** زيارة، الزيارة، زيارته (a token's core): the visit noun, not a verb (زار، وصل). */
const VISIT_NOUN = /^(?:ال)?زيار/u;
/** أول، أولى (folded) between في and the visit noun (في أول زيارة). */
const FIRST = /^(?:ال)?(?:اول|اولي)$/u;

/** Punctuation that ends a noun phrase (a comma, colon, quote or bracket). */
const PHRASE_BREAK = /[،,:؛;«»"“”()]/u;

/** One of the two tokens before `i` in its sentence is a generic_before word (the test memoised per word form). */
function framed(tokens: Token[], i: number): boolean {
  return genericAt(tokens, i - 1, tokens[i].sentence) || genericAt(tokens, i - 2, tokens[i].sentence);
}

function genericAt(tokens: Token[], k: number, sentence: number): boolean {
  const b = tokens[k];
  return b !== undefined && b.sentence === sentence && genericBefore(b);
}

/** How many words a noun joined by و may stand after the framed trigger it is coordinated with. */
const COORDINATED_GAP = 8;

/** `tok` opens with و, in the sentence of token `k`, at most COORDINATED_GAP words after it, no punctuation between. */
function coordinatedWith(doc: Doc, k: number, tok: Token): boolean {
  if (!tok.pre.startsWith("و") || tok.i - k > COORDINATED_GAP || doc.tokens[k].sentence !== tok.sentence) return false;
  return !PHRASE_BREAK.test(doc.article.text.slice(doc.tokens[k].end, tok.start));
}

/** How far before a trigger (in words) the word its only_after asks for may stand. */
const ONLY_AFTER_WINDOW = 12;

function precededBy(tokens: Token[], i: number, sentenceStart: number, re: RegExp, window = 3): boolean {
  for (let k = Math.max(sentenceStart, i - window); k < i; k++) if (re.test(tokens[k].norm)) return true;
  return false;
}

/** Indices of the triggers whose first word accepts this token's folded word (memoised per word). */
function startsAt(tok: Token, triggers: CompiledTrigger[]): number[] {
  const facts = tokenFacts(tok);
  let hit = facts.triggers;
  if (!hit) {
    const norm = tok.norm;
    // A leading و / ف the tokenizer keeps (data/lexicon/clitic-exceptions.json: فيصل، وصل، فريق) is the
    // word's own letter, so a trigger may not read it as the conjunction (ف + يصل). tok.pre is the
    // tokenizer's bestReading of the folded word, so the answer still depends on `norm` alone.
    const ownLetter = (norm[0] === "و" || norm[0] === "ف") && !tok.pre.startsWith(norm[0]);
    hit = [];
    for (let i = 0; i < triggers.length; i++) {
      if (triggers[i].first.test(norm) && (!ownLetter || triggers[i].firstWhole.test(norm))) hit.push(i);
    }
    facts.triggers = hit;
  }
  return hit;
}

/** Keeps, for triggers that overlap or lie within `window` tokens in one sentence, the highest-priority one. */
function mergeTriggers(found: Trigger[], window: number, tokens: Token[], absorbable: Set<EventType>): Trigger[] {
  const { besideGathering } = eventLexicon();
  found.sort((a, b) => a.tokenStart - b.tokenStart || b.priority - a.priority || b.tokenEnd - a.tokenEnd);
  const kept: Trigger[] = [];
  for (const t of found) {
    // Same type: one trigger when they overlap. Different types: the more specific absorbs the other nearby.
    const near = kept.filter((k) => {
      if (k.sentence !== t.sentence) return false;
      if (t.tokenStart < k.tokenEnd && k.tokenStart < t.tokenEnd) return true;
      if (k.type === t.type || !(t.tokenStart < k.tokenEnd + window && k.tokenStart < t.tokenEnd + window)) return false;
      const [high, low] = k.priority > t.priority ? [k, t] : [t, k];
      if (!high.absorbs || !absorbable.has(low.type)) return false;
      // Nearby but not overlapping: one phrase only when no punctuation separates them, nor a word
      // that sets one beside the other (استقبل X قبيل انعقاد القمة: a meeting before the summit).
      const [from, to] = k.tokenEnd <= t.tokenStart ? [k.tokenEnd, t.tokenStart] : [t.tokenEnd, k.tokenStart];
      return !tokens.slice(from, to).some((w) => isPunct(w) || besideGathering.test(w.norm));
    });
    if (!near.length) {
      kept.push(t);
      continue;
    }
    // Same type nearby: one trigger, widened. Different types: the higher priority absorbs.
    const same = near.find((k) => k.type === t.type);
    if (same) {
      // One trigger for overlapping matches of a type: the more certain one (اتصالا هاتفيا over تلقى … اتصالا).
      if (t.conf > same.conf && t.tokenStart < same.tokenEnd && same.tokenStart < t.tokenEnd) kept.splice(kept.indexOf(same), 1, t);
      continue;
    }
    const stronger = near.filter((k) => k.priority >= t.priority);
    if (stronger.length) continue;
    for (const k of near) kept.splice(kept.indexOf(k), 1);
    kept.push(t);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
