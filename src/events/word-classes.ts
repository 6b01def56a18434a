// The event stage's whole-token tests (the token regexes of events.json's "context"), answered
// once per folded word as the bits of one number kept in the shared word table: the rules ask
// them of every token around every trigger, a regex test each, and the answer depends on the word alone.
import { eventLexicon } from "./lexicon.js";
import type { Token } from "../types.js";
import { tokenFacts } from "./word-facts.js";

export const ATTENDANCE = 1 << 0;
export const REPORTING_VERB = 1 << 1;
export const PAIR_REF = 1 << 2;
export const PAIR_HEAD = 1 << 3;
export const COUNTERPART = 1 << 4;
export const HONORIFIC = 1 << 5;
export const SPOKESPERSON = 1 << 6;
export const PERSON_TITLE = 1 << 7;
export const INITIATOR_FROM = 1 << 8;
export const INITIATOR_SUBJECT = 1 << 9;
export const INITIATOR_RELATIVE = 1 << 10;
/** Any of irrealis_before's patterns. */
export const IRREALIS_BEFORE = 1 << 11;
/** Any of irrealis_after's patterns. */
export const IRREALIS_AFTER = 1 << 12;
export const FUTURE_PREFIX = 1 << 13;
export const GENERIC_BEFORE = 1 << 14;
export const SUBJUNCTIVE = 1 << 15;
export const PLAN_BEFORE = 1 << 16;
export const INVITATION = 1 << 17;
export const INVITATION_GOAL = 1 << 18;
export const PLUPERFECT = 1 << 19;
/**
 * A token that may hold the end of a past marker: the last word of one, or a token with letters and
 * other characters (a run of its letters could be one). The markers' words are letters only, so a
 * match in the tokens' words joined by spaces ends with a whole token of the first kind or inside one of the second.
 */
export const PAST_MARKER_END = 1 << 20;
/** خلاله، خلالها، أثناءه: during the event just named. */
export const DURING = 1 << 21;
/** المسؤول، الدبلوماسي، الضيف، الموفد (with a nationality after: a person named before). */
export const DESCRIPTOR = 1 << 22;
/** البلدان، الدولتان: the two states as a subject. */
export const STATE_PAIR = 1 << 23;
/** شارك، بالمشاركة، مشاركته: taking part (in a gathering named around it; "taking_part"). */
export const TAKING_PART = 1 << 24;
/** ، كما، ، مؤكدا، ، وذلك: a word that opens a new clause after a comma ("clause_openers"). */
export const CLAUSE_OPENER = 1 << 25;

/** The bits of the tests a token's folded word passes. */
export function wordClasses(t: Token): number {
  const facts = tokenFacts(t);
  let c = facts.eventClasses;
  if (c === undefined) facts.eventClasses = c = classesOf(t.norm);
  return c;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OTHER = /[^\p{L}\p{N}]/u;

/** The bits for a folded word, computed once per word form (apart from wordClasses: its closures over the word would cost every call an allocation). */
function classesOf(norm: string): number {
  const lex = eventLexicon();
  const tests: [number, boolean][] = [
    [ATTENDANCE, lex.attendance.test(norm)],
    [REPORTING_VERB, lex.reportingVerb.test(norm)],
    [PAIR_REF, lex.pairRef.test(norm)],
    [PAIR_HEAD, lex.pairHead.test(norm)],
    [COUNTERPART, lex.counterpart.test(norm)],
    [HONORIFIC, lex.honorific.test(norm)],
    [SPOKESPERSON, lex.spokesperson.test(norm)],
    [PERSON_TITLE, lex.personTitle.test(norm)],
    [INITIATOR_FROM, lex.initiatorFrom.test(norm)],
    [INITIATOR_SUBJECT, lex.initiatorSubject.test(norm)],
    [INITIATOR_RELATIVE, lex.initiatorRelative.test(norm)],
    [IRREALIS_BEFORE, lex.irrealisBefore.res.some((re) => re.test(norm))],
    [IRREALIS_AFTER, lex.irrealisAfter.res.some((re) => re.test(norm))],
    [FUTURE_PREFIX, lex.futurePrefix.test(norm)],
    [GENERIC_BEFORE, lex.genericBefore.test(norm)],
    [SUBJUNCTIVE, lex.subjunctive.test(norm)],
    [PLAN_BEFORE, lex.planBefore.test(norm)],
    [INVITATION, lex.invitation.test(norm)],
    [INVITATION_GOAL, lex.invitationGoal.test(norm)],
    [PLUPERFECT, lex.pluperfect.test(norm)],
    [PAST_MARKER_END, lex.pastMarkerEnd.test(norm) || (LETTER_OR_DIGIT.test(norm) && OTHER.test(norm))],
    [DURING, lex.during.test(norm)],
    [CLAUSE_OPENER, lex.clauseOpener.test(norm)],
    [DESCRIPTOR, /^[وف]?(?:المسؤول|الدبلوماسي|الضيف|الزائر|السياسي|الموفد|المبعوث)$/u.test(norm)],
    [STATE_PAIR, /^[وف]?(?:البلدان|الدولتان)$/u.test(norm)],
    [TAKING_PART, lex.takingPart.test(norm)],
  ];
  let c = 0;
  for (const [bit, yes] of tests) if (yes) c |= bit;
  return c;
}

/** Whether a token's folded word passes the test of `bit`. */
export const wordIs = (t: Token, bit: number): boolean => (wordClasses(t) & bit) !== 0;

/** إليه (to him) folds like آلية (a mechanism): the written ه, not ة, tells the preposition. */
const TO_HIM = /^[وف]?اليه$/u;

/**
 * A frame, mechanism or topic word before a trigger noun (على هامش، آلية، بشأن); not إليه, which
 * folds to the same letters (نقل إليه رسالة من …، وجه إليه دعوة).
 */
export function genericBefore(t: Token): boolean {
  return wordIs(t, GENERIC_BEFORE) && !(TO_HIM.test(t.norm) && /\u0647[\u064B-\u0652]*$/u.test(t.text));
}

/** Whether a token of tokens[from, to) passes the test of `bit`. */
export function anyWordIs(tokens: readonly Token[], from: number, to: number, bit: number): boolean {
  for (let k = from; k < to; k++) if (wordClasses(tokens[k]) & bit) return true;
  return false;
}
