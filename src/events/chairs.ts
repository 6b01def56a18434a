// A round of talks between two states or their ministries is held by the persons who head each side:
// "عقدت اليوم جولة المشاورات السياسية الثانية بين وزارة الخارجية القطرية ووزارة الخارجية الباكستانية.
// ترأس الجانب القطري X …، فيما ترأست الجانب الباكستاني Y". A consultation whose sentence names no
// person takes as participants the persons named right after a verb of heading a side or a delegation
// (ترأس الجانب …، ترأس وفد بلاده، يرأس الوفد …) in its sentence or the next two.
import type { DocContext } from "./context.js";
import { personsIn, type FocusState } from "./participants.js";
import type { Trigger } from "./triggers.js";

const SENTENCES_AFTER = 2;

/** ترأس، ترأست، يترأس، رأس، ترأسها (folded, و/ف allowed): heading a side. */
const HEAD_VERB = /^[وف]?(?:ترا?س|تراست|يترا?س|تترا?س|را?س|راست|يرا?س|ترو?س)(?:ه|ها)?$/u;
/** الجانب، وفد، الوفد (folded, with its clitics): the side or delegation headed. */
const SIDE = /^(?:ال)?(?:جانب|وفد)$/u;
/** How many words the side's description may take before its head is named (الجانب القطري، وفد بلاده). */
const SIDE_WORDS = 4;

/** The heads of the two sides of a round of talks, or [] when fewer than two are named. */
export function sideHeads(ctx: DocContext, t: Trigger, focus: FocusState): string[] {
  const tokens = ctx.doc.tokens;
  const found: string[] = [];
  const last = Math.min(ctx.doc.sentences.length - 1, t.sentence + SENTENCES_AFTER);
  for (let si = t.sentence; si <= last && found.length < 2; si++) {
    const s = ctx.doc.sentences[si];
    for (let k = si === t.sentence ? t.tokenEnd : s.tokenStart; k < s.tokenEnd; k++) {
      if (!HEAD_VERB.test(tokens[k].norm) || !SIDE.test(tokens[k + 1]?.core ?? "")) continue;
      // The person named after the side's description, up to the next comma-clause (، فيما ترأست …).
      let end = k + 2;
      while (end < s.tokenEnd && tokens[end].text !== "،" && tokens[end].text !== ",") end++;
      const head = personsIn(ctx, k + 2, Math.min(end, k + 2 + SIDE_WORDS + 8), focus)[0];
      if (head && !found.includes(head)) found.push(head);
    }
  }
  return found.length >= 2 ? found.slice(0, 2) : [];
}
