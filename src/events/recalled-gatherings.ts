// A gathering named by its place and recalled by a relative clause that says who sponsored or took part
// (استعرضا نتائج اجتماع كينشاسا الذي عقد برعاية X وشارك فيه الوزيران؛ مخرجات مؤتمر برلين الذي استضافته
// ألمانيا بمشاركة X وY؛ لقاء باريس الذي ترأسه X): a multilateral of the sponsor and those taking part, not
// main, not a meeting of the two who recall it.
import { isPunct, type DocContext } from "./context.js";
import type { Trigger } from "./triggers.js";

/** اجتماع، لقاء، مؤتمر، قمة, one word (folded core, the article optional). */
const GATHERING = /^(?:ال)?(?:اجتماع|لقاء|مؤتمر|قمه|اجتماعات)$/u;
/** الذي، التي (folded core). */
const RELATIVE = /^(?:الذي|التي)$/u;
/** برعاية، تحت رعاية، برئاسة، بمشاركة، شارك فيه، حضره، ترأسه، استضافه (folded core or norm). */
const TAKING_PART = /^(?:[وف]?(?:برعايه|رعايه|برئاسه|بمشاركه|شارك|شاركت|شاركوا|شاركا|حضره|حضرها|تراسه|تراسها|استضافه|استضافته|استضافها|استضافتها|رعاه|رعته))$/u;

export interface RecalledGathering {
  /** The relative clause after the place (exclusive end: the sentence's end or the next full stop). */
  from: number;
  end: number;
}

/** The relative clause of a gathering `t` named by its place and recalled with a sponsor or those taking part, or null. */
export function recalledGathering(ctx: DocContext, t: Trigger): RecalledGathering | null {
  const tokens = ctx.doc.tokens;
  if (t.tokenEnd - t.tokenStart !== 1 || !GATHERING.test(tokens[t.tokenStart].core)) return null;
  const place = ctx.mentionAt[t.tokenEnd];
  if (!place || place.entity.type !== "GPE" || tokens[t.tokenEnd].pre) return null;
  const s = ctx.doc.sentences[t.sentence];
  const rel = place.tokenEnd;
  if (rel >= s.tokenEnd || !RELATIVE.test(tokens[rel].core)) return null;
  let end = rel + 1;
  let taking = false;
  for (; end < s.tokenEnd; end++) {
    if (tokens[end].text === "." || tokens[end].text === "؛") break;
    if (TAKING_PART.test(tokens[end].norm)) taking = true;
  }
  return taking ? { from: rel, end } : null;
}

/** The persons named in the recalled gathering's clauses (the sponsor, those who took part). */
export function personsOfRecalled(ctx: DocContext, g: RecalledGathering): string[] {
  const out: string[] = [];
  for (let k = g.from; k < g.end; k++) {
    const m = ctx.mentionAt[k];
    if (m && m.entity.type === "PER" && !out.includes(m.entity.id) && !isPunct(ctx.doc.tokens[k])) out.push(m.entity.id);
  }
  return out;
}
