// The drafters or sponsors of a document signed (وقعت مصر على مسودة الاتفاق التي أعدتها الولايات المتحدة
// والبنك الدولي؛ وقعت الجزائر على مشروع الاتفاقية الذي صاغته فرنسا؛ الاتفاق الذي رعته قطر، التي توسطت فيها
// مصر) are named in a relative clause about the document: they did not sign, and are no parties.
import { isPunct, type DocContext } from "./context.js";
import type { Trigger } from "./triggers.js";

/** الذي، التي، اللذين، اللتين، الذين (folded). */
const RELATIVE = /^(?:الذي|التي|اللذين|اللتين|الذين|اللذان|اللتان)$/u;
/** أعدّ، صاغ، اقترح، طرح، قدّم، رعى، توسط، وضع، أشرف، صمم، بلور (folded, past, with a pronoun): drafting or sponsoring. */
const DRAFTED = /^(?:اعد|صاغ|اقترح|طرح|قدم|رعت|رعا|رعي|توسط|وضع|اشرف|صمم|بلور|تقدم)/u;

/**
 * Ids named only in a drafting clause after the signing `t` (before the next punctuation mark), none
 * named elsewhere in the sentence, and those named only past it (، بينما تحفظت تركيا: another clause);
 * empty when there is no such clause.
 */
export function documentDrafters(ctx: DocContext, t: Trigger): Set<string> {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  const out = new Set<string>();
  let from = -1;
  for (let k = t.tokenEnd; k < s.tokenEnd - 1 && k < t.tokenEnd + 8; k++) {
    if (isPunct(tokens[k])) break;
    if (RELATIVE.test(tokens[k].core) && DRAFTED.test(tokens[k + 1].core)) {
      from = k;
      break;
    }
  }
  if (from < 0) return out;
  let to = from + 2;
  while (to < s.tokenEnd && !isPunct(tokens[to])) to++;
  const before = new Set<string>();
  const after = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const m = ctx.mentionAt[k];
    if (m) (k >= from && k < to ? out : k < from ? before : after).add(m.entity.id);
  }
  for (const id of before) out.delete(id);
  if (out.size) for (const id of after) if (!before.has(id)) out.add(id);
  return out;
}
