// The unit the cue finders produce (a Draft: cue, content start, subject
// reading) and the clause-position helpers they share.
import type { Doc, Sentence, Token } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import { cliticReadings } from "../text/clitics.js";
import { lexicon, type Number } from "./lexicon.js";
import type { MentionIndex } from "./mentions.js";
import type { Quotation } from "./quotation-marks.js";
import type { Subject } from "./subject.js";
import { isColon, isComma, isLead, plain, verbReading } from "./words.js";

export type DraftKind = "verb" | "participle" | "vnoun" | "trailing";

export interface Draft {
  kind: DraftKind;
  cueStart: number;
  cueEnd: number;
  /** Where a statement opened earlier in the same sentence must end: the comma before this cue, or the cue. */
  boundary: number;
  start: number;
  /** Fixed for direct quotations and trailing attribution; otherwise set from the sentence later. */
  end: number | null;
  direct: boolean;
  sentence: number;
  subject: Subject;
  number: Number;
  /** The clause opens with من جانبه / بدوره: the turn passes to the other party. */
  fromSide: boolean;
  /** Token index to continue scanning from. */
  next: number;
  /** Reported inside another statement (… أن الرئيس أكد أن …): it does not end the outer one. */
  nested?: boolean;
  /** A trailing source phrase inside the statement (…، وفقا لما ذكرته الوزارة): the statement ends there. */
  cut?: number;
}

export interface ScanContext {
  doc: Doc;
  quotations: Quotation[];
  index: MentionIndex;
  lastSpeaker: () => string | null;
  /** Told when a clause reports a document or medium (not kept): what follows without a subject is its too. */
  onDropped?: () => void;
}

/** Index of the token before `t` once lead words (وقد، كما، ثم) are skipped, or -1 at the sentence start. */
export function before(tokens: Token[], s: Sentence, t: number): number {
  let p = t - 1;
  while (p >= s.tokenStart && isLead(tokens[p])) p--;
  return p >= s.tokenStart ? p : -1;
}

/** The cue starts a clause: sentence start, after a comma, parenthesis or colon, or with a conjunction. */
export function clauseInitial(tokens: Token[], s: Sentence, t: number, conj: boolean): boolean {
  const p = before(tokens, s, t);
  if (p < 0 || conj || p < t - 1) return true;
  const prev = tokens[p];
  return isComma(prev) || prev.text === ")" || isColon(prev) || prev.text === "-" || prev.text === "–";
}

export function boundaryOf(tokens: Token[], s: Sentence, t: number): number {
  const p = before(tokens, s, t);
  return p >= 0 && isComma(tokens[p]) ? tokens[p].start : tokens[t].start;
}

/** من جانبه، / ومن جهته، / بدوره، right before the cue (commas and lead words between). */
export function fromSide(tokens: Token[], s: Sentence, t: number): boolean {
  let p = before(tokens, s, t);
  while (p >= s.tokenStart && isComma(tokens[p])) p--;
  for (const phrase of lexicon().fromSide) {
    const k = p - phrase.length + 1;
    if (k < s.tokenStart) continue;
    if (phrase.every((w, n) => plain(tokens[k + n]) === w || tokens[k + n].norm === w)) return true;
  }
  return false;
}

/** The sentence opens with من جانبه / بدوره. */
export function opensFromSide(tokens: Token[], s: Sentence): boolean {
  return lexicon().fromSide.some((phrase) => phrase.every((w, n) => tokens[s.tokenStart + n] && (plain(tokens[s.tokenStart + n]) === w || tokens[s.tokenStart + n].norm === w)));
}

/** Offset where the written cue word begins once a conjunction و/ف is taken off. */
export function cueStartOf(t: Token): number {
  for (const r of cliticReadings(t.norm)) {
    if ((r.pre === "و" || r.pre === "ف") && verbReading({ ...t, norm: r.core })) return t.start + writtenLength(t.text, r.preLength);
  }
  return t.start;
}

