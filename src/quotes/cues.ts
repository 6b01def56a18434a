// Finds the reporting expressions of one sentence, in text order: reporting
// verbs and participles with their complement (cue-verbs.ts), prefatory
// verbal nouns and nouns of saying (cue-nouns.ts), a source named before the
// statement (cue-sources.ts), and trailing attribution (cue-trailing.ts). Each becomes a Draft (draft.ts).
import type { Sentence, Token } from "../types.js";
import { saidNoun, verbalNoun } from "./cue-nouns.js";
import { documentSays, isCameIn } from "./cue-documents.js";
import { trailing } from "./cue-trailing.js";
import { isSourceHead, leadingSource } from "./cue-sources.js";
import { reportingVerb } from "./cue-verbs.js";
import type { Draft, ScanContext } from "./draft.js";
import { insideQuotation } from "./quotation-marks.js";
import { CLOSING_MARKS, headedParticiple, isComma, saidNounForms, verbReading } from "./words.js";

export type { Draft, ScanContext } from "./draft.js";

export function scanSentence(ctx: ScanContext, s: Sentence, openDraft: () => Draft | null): Draft[] {
  const out: Draft[] = [];
  const tokens = ctx.doc.tokens;
  let t = s.tokenStart;
  while (t < s.tokenEnd) {
    // The cheaper test first: most tokens start no cue.
    if (!mayStartCue(tokens, s, t) || insideQuotation(ctx.quotations, tokens[t].start)) {
      t++;
      continue;
    }
    const open = out[out.length - 1] ?? openDraft();
    const d = verbalNoun(ctx, s, t) ?? saidNoun(ctx, s, t) ?? documentSays(ctx, s, t) ?? leadingSource(ctx, s, t) ?? trailing(ctx, s, t, open) ?? reportingVerb(ctx, s, t, open);
    if (d) {
      // A document or medium as subject (وذكر البيان أن …): not a statement, but the clause
      // it reports may hold one (… أن الرئيس أكد أن …), so scanning goes on inside it.
      if (d.subject.kind !== "drop") out.push(d);
      else ctx.onDropped?.();
      t = Math.max(d.next, t + 1);
    } else t++;
  }
  return out;
}


/**
 * Whether any of the cue finders can start at token `t`: their own entry tests, asked once
 * per token, since most tokens start none and the four calls cost more than the answer.
 * Elsewhere each finder returns null without changing anything.
 */
function mayStartCue(tokens: Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t];
  const prev = tokens[t - 1];
  // trailing: after a comma or a closing quotation mark.
  if (t > s.tokenStart && (isComma(prev) || CLOSING_MARKS.has(prev.text))) return true;
  // verbalNoun: في, or في after و/ف.
  const n = tok.norm;
  if (n === "في" || n === "وفي" || n === "ففي") return true;
  // reportingVerb: a reporting verb; saidNoun: a noun of saying, bare or after ب; documentSays: جاء، ورد.
  // leadingSource: بحسب، وفقا لـ at a clause's head.
  // (headedParticiple: مجددا دعوته …, a participle only before its object.)
  return verbReading(tok) !== null || headedParticiple(tokens, t) !== null || (tok.kind === "arabic" && (saidNounForms(tok) !== 0 || isCameIn(tok) || isSourceHead(tok)));
}
