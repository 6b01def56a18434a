// A signing by officials of both states left unnamed: the verb's subject (وقع وزراء البلدين 24 مذكرة تفاهم)
// or a signing verb pointing back to the document (شهد الاجتماع التوقيع على 13 اتفاقية، وقعها الوزراء
// المختصون في البلدين؛ وقعها مسؤولو الجانبين). No person signed by name: the states are its parties, even
// beside the leaders' own signing or their witnessing of it (the eighth round's "no person named → the states").
import type { Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";
import { isStateName } from "./participants.js";
import type { Trigger } from "./triggers.js";

/** How many words after the trigger a signing verb pointing back may stand. */
const VERB_REACH = 20;
/** How many words may stand between the officials and البلدين (الوزراء المختصون في البلدين). */
const BOTH_REACH = 3;

/**
 * Whether the signing whose trigger starts at `start` (its words up to `end`) was signed by unnamed
 * officials of both sides: right after its own verb, or after a signing verb later in the sentence that
 * points back to the document (وقعها).
 */
export function signedByUnnamedOfBoth(tokens: Token[], start: number, end: number): boolean {
  const { signingVerb, signingVerbBack } = eventLexicon().participants;
  const sentence = tokens[start].sentence;
  if (signingVerb.test(tokens[start].norm) && officialsOfBoth(tokens, start + 1)) return true;
  for (let k = end; k < Math.min(tokens.length, end + VERB_REACH) && tokens[k].sentence === sentence; k++) {
    // (وقعها، وقعهما: the document told before; a bare وقع opens a signing of its own)
    if (signingVerbBack.test(tokens[k].norm) && officialsOfBoth(tokens, k + 1)) return true;
  }
  return false;
}

/** Unnamed officials at `k` of both sides named within BOTH_REACH words, no punctuation between. */
function officialsOfBoth(tokens: Token[], k: number): boolean {
  const { unnamedSigners, bothStates } = eventLexicon().participants;
  if (!tokens[k] || !unnamedSigners.test(tokens[k].norm)) return false;
  for (let j = k + 1; j <= k + BOTH_REACH && j < tokens.length && tokens[j].sentence === tokens[k].sentence && !isPunct(tokens[j]); j++) {
    if (bothStates.test(tokens[j].norm)) return true;
  }
  return false;
}

/** How many words after a witnessed signing's noun its بين may stand (توقيع مذكرة تفاهم رباعية بين). */
const BETWEEN_REACH = 6;

/**
 * The states a witnessed signing is between (شهد الزعيمان توقيع مذكرة تفاهم رباعية بين تركيا والعراق وقطر
 * والإمارات): those named after its بين, joined by و, before any punctuation; [] when fewer than two.
 * The witnesses are not its parties, and no person signed by name.
 */
export function statesSigningBetween(ctx: DocContext, t: Trigger): string[] {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[t.tokenStart].sentence;
  let k = t.tokenEnd;
  for (; k < Math.min(tokens.length, t.tokenEnd + BETWEEN_REACH) && tokens[k].sentence === sentence && !isPunct(tokens[k]); k++) {
    if (tokens[k].norm === "بين") break;
  }
  if (tokens[k]?.norm !== "بين") return [];
  const states: string[] = [];
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === sentence && !isPunct(tokens[j]); j++) {
    const m = ctx.mentionAt[j];
    if (!m) continue;
    // (a person or body among them: not a signing of states alone)
    if (m.entity.type !== "GPE" || !isStateName(m.entity)) return [];
    if (!states.includes(m.entity.id)) states.push(m.entity.id);
    j = m.tokenEnd - 1;
    // the list goes on only through و (بين تركيا والعراق وقطر، للتعاون في …)
    if (!tokens[m.tokenEnd]?.pre.startsWith("و")) break;
  }
  return states.length >= 2 ? states : [];
}
