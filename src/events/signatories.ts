// States sign, persons sign for them: "وقعت دولة قطر والجمهورية العربية السورية مذكرة
// تفاهم … وقعها عن الجانب القطري X، فيما وقعها عن الجانب السوري Y". A signing whose
// sentence names no person takes as participants the persons named after a signing verb
// that points back to it — with an object pronoun (وقعها)، the document again (ووقع
// المذكرة) or for whom (عن الجانب …، نيابة عن …، كل من …) — in its sentence or the next two.
import type { DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";
import { personsIn, type FocusState } from "./participants.js";
import type { Trigger } from "./triggers.js";

const SENTENCES_AFTER = 2;

/** The signatories of a signing made by states, or [] when fewer than two are named. */
export function signatories(ctx: DocContext, t: Trigger, focus: FocusState): string[] {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const found: string[] = [];
  const last = Math.min(ctx.doc.sentences.length - 1, t.sentence + SENTENCES_AFTER);
  for (let si = t.sentence; si <= last; si++) {
    const s = ctx.doc.sentences[si];
    const verbs: number[] = [];
    for (let k = si === t.sentence ? t.tokenEnd : s.tokenStart; k < s.tokenEnd; k++) {
      if (lex.signatoryVerb.test(tokens[k].norm)) verbs.push(k);
    }
    verbs.forEach((v, i) => {
      const end = verbs[i + 1] ?? s.tokenEnd;
      if (!pointsBack(ctx, v, end)) return;
      for (const id of personsIn(ctx, v + 1, end, focus)) if (!found.includes(id)) found.push(id);
    });
    // The signatories found, the next sentence's وقعها is about another document (مذكرتي تفاهم؛ الأولى وقعها …).
    if (found.length >= 2) break;
  }
  return found.length >= 2 ? found : [];
}

/** How far past توقيع its signers may be named before على and the document: two names with their titles. */
const AGENT_REACH = 16;

/**
 * The persons a signing's indefinite verbal noun is in construct with, up to the على of the document
 * (شهد X وY توقيع A وB على مذكرة تفاهم): those who signed before the witnesses; [] when fewer than two
 * are named there.
 */
export function masdarSigners(ctx: DocContext, t: Trigger, focus: FocusState): string[] {
  const tokens = ctx.doc.tokens;
  // (التوقيع على is no construct: its signers are not after it)
  if (!/^[وفب]?توقيع$/u.test(tokens[t.tokenStart].norm)) return [];
  const s = ctx.doc.sentences[t.sentence];
  const stop = Math.min(s.tokenEnd, t.tokenStart + AGENT_REACH);
  for (let k = t.tokenStart + 1; k < stop; k++) {
    if (tokens[k].norm !== "علي") continue;
    const found = personsIn(ctx, t.tokenStart + 1, k, focus);
    return found.length >= 2 ? found : [];
  }
  return [];
}

/** وقعها، ووقع المذكرة، وقع عن الجانب …: the verb at `v` is about a document already named. */
function pointsBack(ctx: DocContext, v: number, end: number): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  if (/(?:ه|ها|هما)$/u.test(tokens[v].norm)) return true;
  if (v + 1 < end && lex.signedDocumentBack.test(tokens[v + 1].norm)) return true;
  for (let k = v + 1; k < Math.min(end, v + 6); k++) if (lex.signatoryMarker.test(tokens[k].norm)) return true;
  return false;
}
