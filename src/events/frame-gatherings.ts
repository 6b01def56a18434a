// A gathering named only as the frame of an encounter: «التقى X Y على هامش قمة مجموعة العشرين».
// Blind annotators make the gathering an event of its own, with the persons of the encounter as
// its delegates (three set writers of the eighth round and all three probe annotators of the
// ninth; two of those three marked it not main). Where the article reports a gathering itself,
// that event is the frame and nothing is added.
import type { Event, Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";

/** هامش (folded core), as in على هامش. */
const MARGIN = "هامش";

/** The gathering framing the first encounter that one frames, as a multilateral event not main, or null. */
export function frameGathering(ctx: DocContext, events: Event[]): Event | null {
  if (events.some((e) => e.type === "multilateral" || e.type === "consultation")) return null;
  const tokens = ctx.doc.tokens;
  const lex = eventLexicon();
  for (const e of events) {
    if (e.type !== "meeting" || e.participants.length < 2) continue;
    const s = ctx.doc.sentences.find((x) => x.start <= e.trigger.start && e.trigger.start < x.end);
    if (!s) continue;
    for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
      if (tokens[k].core !== MARGIN) continue;
      const noun = gatheringAfter(tokens, k, s.tokenEnd);
      if (noun < 0 || !namedHere(ctx, noun, s.tokenEnd)) continue;
      const t = tokens[noun];
      return {
        ...e,
        id: "",
        type: "multilateral",
        participants: [...e.participants],
        initiator: null,
        main: false,
        plover: { ...lex.plover.multilateral },
        trigger: { start: t.start, end: t.end, text: t.text },
        confidence: Math.round(e.confidence * 80) / 100,
      };
    }
  }
  return null;
}

/** Words after a gathering noun that point back to one told of, or date it: المنتدى اليوم، القمة نفسها، الاجتماع الأخير. */
const POINTING_BACK = /^(?:اليوم|امس|غدا|نفسه|نفسها|ذاته|ذاتها|الاخير|الاخيره|الماضي|الماضيه|الحالي|الحاليه|المذكور|المذكوره)$/u;

/**
 * The gathering is named where it frames (قمة مجموعة العشرين، القمة العربية، أعمال الدورة الـ78
 * للجمعية العامة), not pointed back to (وعلى هامش الاجتماع، التقى …: one the article told of before).
 */
function namedHere(ctx: DocContext, noun: number, end: number): boolean {
  const next = ctx.doc.tokens[noun + 1];
  if (!next || noun + 1 >= end || isPunct(next) || POINTING_BACK.test(next.norm)) return false;
  return !!ctx.mentionAt[next.i] || next.core.startsWith("ال") || next.norm.startsWith("لل") || /\p{N}/u.test(next.text);
}

/** The gathering noun after هامش at k (a stage word may stand between: هامش أعمال القمة), or -1. */
function gatheringAfter(tokens: Token[], k: number, end: number): number {
  const { frameGathering: noun, gatheringStage } = eventLexicon();
  let n = k + 1;
  if (n < end && gatheringStage.test(tokens[n].norm) && n + 1 < end && noun.test(tokens[n + 1].core)) n++;
  return n < end && noun.test(tokens[n].core) ? n : -1;
}
