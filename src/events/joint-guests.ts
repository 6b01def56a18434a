// Guests received together and spoken with jointly (the tenth round's settled convention): استقبل X مبعوث A
// Y ومبعوث B Z، وبحث معهما …؛ التقى X كلا من A وB وبحث معهم؛ يلتقي مبعوثي A وB (the headline over the lead).
// One meeting of all of them, even of different states or bodies; without such a cue a host's guests
// listed apart (كلا من) stay one meeting per pair.
import type { DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";

/** How many words of the next sentence may carry the cue (…. وبحث معهما …). */
const NEXT_REACH = 8;
/** How many words after the trigger a dual noun naming the guests may stand (… مساء اليوم بالقصر مبعوثي …). */
const NOUN_REACH = 10;

/** Whether the encounter whose trigger spans `triggerStart`..`triggerEnd` is with its guests jointly. */
export function guestsJointly(ctx: DocContext, triggerStart: number, triggerEnd: number): boolean {
  const { jointCue, jointGuests } = eventLexicon().participants;
  const tokens = ctx.doc.tokens;
  const sentence = tokens[triggerStart].sentence;
  const s = ctx.doc.sentences[sentence];
  for (let k = triggerEnd; k < s.tokenEnd; k++) {
    if (jointCue.test(tokens[k].norm)) return true;
    if (k < triggerEnd + NOUN_REACH && jointGuests.test(tokens[k].norm)) return true;
  }
  const next = ctx.doc.sentences[sentence + 1];
  if (next) {
    for (let k = next.tokenStart; k < Math.min(next.tokenEnd, next.tokenStart + NEXT_REACH); k++) if (jointCue.test(tokens[k].norm)) return true;
  }
  return headlineJoint(ctx, sentence);
}

/**
 * The headline names the guests by one dual noun (يلتقي مبعوثي A وB) and `sentence` is the lead, the first
 * sentence after it: the lead's encounter is the headline's.
 */
function headlineJoint(ctx: DocContext, sentence: number): boolean {
  const title = ctx.doc.article.title?.trim();
  if (!title) return false;
  const sentences = ctx.doc.sentences;
  const h = sentences.slice(0, 3).findIndex((x) => ctx.text.slice(x.start, x.end).trim() === title);
  if (h < 0 || sentence !== h + 1) return false;
  const { jointGuests, jointHeadlineVerb } = eventLexicon().participants;
  const tokens = ctx.doc.tokens;
  const head = sentences[h];
  for (let k = head.tokenStart + 1; k < head.tokenEnd; k++) {
    if (jointGuests.test(tokens[k].norm) && jointHeadlineVerb.test(tokens[k - 1].norm)) return true;
  }
  return false;
}
