// Trigger search: every lexicon phrase found in the folded text, mapped back to
// the article, then overlapping or adjacent triggers in one sentence merged so
// that the most specific type wins (اجتماعا عبر تقنية الفيديو is one video call).
import type { EventType, TextSpan } from "../types.js";
import { originalSpan, sentenceIndexAt, tokenIndexAt, type DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";

export interface Trigger {
  type: EventType;
  span: TextSpan;
  sentence: number;
  /** Token indices covered (first, last exclusive). */
  tokenStart: number;
  tokenEnd: number;
  conf: number;
  priority: number;
}

export function findTriggers(ctx: DocContext): Trigger[] {
  const lex = eventLexicon();
  const { doc } = ctx;
  const folded = ctx.folded.text;
  const found: Trigger[] = [];
  for (const t of lex.triggers) {
    t.re.lastIndex = 0;
    for (const m of folded.matchAll(t.re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (t.unlessAfter && t.unlessAfter.test(folded.slice(b, b + 40))) continue;
      const span = originalSpan(ctx, a, b);
      const sentence = sentenceIndexAt(doc, span.start);
      if (sentence < 0 || sentenceIndexAt(doc, span.end - 1) !== sentence) continue;
      const tokenStart = tokenIndexAt(doc.tokens, span.start);
      let tokenEnd = tokenStart;
      while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd].start < span.end) tokenEnd++;
      found.push({ type: t.type, span, sentence, tokenStart, tokenEnd, conf: t.conf, priority: t.priority });
    }
  }
  return mergeTriggers(found, lex.absorbWindow);
}

/** Keeps, for triggers that overlap or lie within `window` tokens in one sentence, the highest-priority one. */
function mergeTriggers(found: Trigger[], window: number): Trigger[] {
  found.sort((a, b) => a.tokenStart - b.tokenStart || b.priority - a.priority || b.tokenEnd - a.tokenEnd);
  const kept: Trigger[] = [];
  for (const t of found) {
    const near = kept.filter(
      (k) => k.sentence === t.sentence && t.tokenStart <= k.tokenEnd + window && k.tokenStart <= t.tokenEnd + window,
    );
    if (!near.length) {
      kept.push(t);
      continue;
    }
    // Same type nearby: one trigger, widened. Different types: the higher priority absorbs.
    const same = near.find((k) => k.type === t.type);
    if (same) continue;
    const stronger = near.filter((k) => k.priority >= t.priority);
    if (stronger.length) continue;
    for (const k of near) kept.splice(kept.indexOf(k), 1);
    kept.push(t);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
