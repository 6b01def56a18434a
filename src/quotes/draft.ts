// The unit the cue finders produce (a Draft: cue, content start, subject
// reading) and the clause-position helpers they share.
import type { Doc, Sentence, Token } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import { cliticReadings } from "../text/clitics.js";
import { lexicon, type Gender, type Number } from "./lexicon.js";
import type { MentionIndex } from "./mentions.js";
import type { Quotation } from "./quotation-marks.js";
import type { Subject } from "./subject.js";
import { isColon, isComma, isLead, isWord, matchesAt, opensWhereas, verbOfWord, verbReading } from "./words.js";
import { tokenFacts } from "../events/word-facts.js";

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
  /** The verb's gender (قالت / قال), which an unwritten subject must agree with; absent when the cue does not tell. */
  gender: Gender;
  /** The statement is the noun phrase after the cue (أعرب عن …، دعا إلى …), not a clause. */
  nounPhrase: boolean;
  /** The clause opens with من جانبه / بدوره: the turn passes to the other party. */
  fromSide: boolean;
  /** Token index to continue scanning from. */
  next: number;
  /** Reported inside another statement (… أن الرئيس أكد أن …): it does not end the outer one. */
  nested?: boolean;
  /** A trailing source phrase inside the statement (…، وفقا لما ذكرته الوزارة): the statement ends there. */
  cut?: number;
}

/**
 * A cue that is no reporting verb's own clause (a document's words, a verbal noun, a trailing
 * source): its statement is a clause, not a noun phrase, and it takes no turn from the other party;
 * one speaker of unknown gender unless stated.
 */
export function plainDraft(d: Omit<Draft, "number" | "gender" | "nounPhrase" | "fromSide"> & Partial<Pick<Draft, "number" | "gender">>): Draft {
  return { number: "single", gender: null, ...d, nounPhrase: false, fromSide: false };
}

export interface ScanContext {
  doc: Doc;
  quotations: Quotation[];
  index: MentionIndex;
  lastSpeaker: () => string | null;
  /** The latest statement resolved to one named speaker (a joint one after it passed over). */
  lastNamed?: () => Draft | null;
  /** Told when a clause reports a document or medium (not kept): what follows without a subject is its too. */
  onDropped?: () => void;
}

/** Index of the token before `t` once lead words (وقد، كما، ثم، في حين) are skipped, or -1 at the sentence start. */
export function before(tokens: Token[], s: Sentence, t: number): number {
  let p = t - 1;
  while (p >= s.tokenStart && (isLead(tokens[p]) || opensWhereas(tokens, p))) p--;
  return p >= s.tokenStart ? p : -1;
}

/** لكن with or without و and a subject pronoun (لكنه أوضح أن …): opens a new clause of the same speaker. */
const BUT = new Set(["لكن", "لكنه", "لكنها", "لكنهم", "لكنهما", "ولكن", "ولكنه", "ولكنها", "ولكنهم", "لكننا", "ولكننا"]);

/** The cue starts a clause: sentence start, after a comma, parenthesis or colon, لكنه, or with a conjunction. */
export function clauseInitial(tokens: Token[], s: Sentence, t: number, conj: boolean): boolean {
  const p = before(tokens, s, t);
  if (p < 0 || conj || p < t - 1) return true;
  const prev = tokens[p];
  return isComma(prev) || prev.text === ")" || isColon(prev) || prev.text === "-" || prev.text === "–" || BUT.has(prev.norm);
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
    if (matchesAt(tokens, phrase, k)) return true;
  }
  return false;
}

/** Words before a clause's verb that are not its subject (وقد، كما، ثم). */
const OPENING_LEADS = new Set(["قد", "وقد", "كما", "ثم"]);
/** An opening adverbial runs at most this many words before its comma. */
const MAX_ADVERBIAL = 10;

/**
 * Token index of the word a sentence's first clause opens with, once punctuation, lead words
 * (وقد، كما), a turn-taking phrase (من جانبه، بدوره) and an opening adverbial set off by a
 * comma are passed: a phrase that opens with a preposition and holds no reporting verb
 * (وفي ختام المباحثات، وعلى هامش القمة، وفي وقت لاحق من اليوم، وعقب اللقاء،). Wire copy
 * puts the time or occasion first, so the clause's verb and subject come after it.
 */
export function clauseOpening(tokens: Token[], s: Sentence): number {
  const lex = lexicon();
  const k = pastLeads(tokens, s, s.tokenStart);
  for (const phrase of lex.fromSide) if (matchesAt(tokens, phrase, k)) return pastLeads(tokens, s, k + phrase.length);
  if (k < s.tokenEnd && isWord(tokens[k], lex.breakers)) {
    for (let j = k + 1; j < s.tokenEnd && j - k <= MAX_ADVERBIAL; j++) {
      const t = tokens[j];
      if (isComma(t)) return pastLeads(tokens, s, j + 1);
      if (t.kind === "punct" || verbReading(t) !== null) break;
    }
  }
  return k;
}

/** The first token from `k` that is no punctuation, comma or lead word. */
function pastLeads(tokens: Token[], s: Sentence, k: number): number {
  while (k < s.tokenEnd && (tokens[k].kind === "punct" || isComma(tokens[k]) || OPENING_LEADS.has(tokens[k].norm))) k++;
  return k;
}

/** The sentence opens with من جانبه / بدوره. */
export function opensFromSide(tokens: Token[], s: Sentence): boolean {
  for (const phrase of lexicon().fromSide) if (matchesAt(tokens, phrase, s.tokenStart)) return true;
  return false;
}

/** Offset where the written cue word begins once a conjunction و/ف is taken off. */
export function cueStartOf(t: Token): number {
  if (t.kind !== "arabic") return t.start; // no reading of it is a verb
  const facts = tokenFacts(t);
  const pre = (facts.cueConjunction ??= conjunctionBeforeVerb(t.norm));
  return pre >= 0 ? t.start + writtenLength(t.text, pre) : t.start;
}

/** The folded length of the و/ف of the first clitic reading whose rest is a reporting verb, or -1 (per word form). */
function conjunctionBeforeVerb(norm: string): number {
  for (const r of cliticReadings(norm)) if ((r.pre === "و" || r.pre === "ف") && verbOfWord(r.core)) return r.preLength;
  return -1;
}

