// Where the reported content of a reporting verb begins: after a complementizer
// (قال إن، أكد أن، بأن), a preposition and complementizer (أشار إلى أن), a
// preposition alone for the verbs that take a noun phrase (أعرب عن، دعا إلى،
// حث على، حذر من), a colon, or an opening quotation mark. What lies between
// the cue and that point is the subject zone (the speaker, titles, adverbs).
import type { Token } from "../types.js";
import { lexicon, type VerbForm } from "./lexicon.js";
import { honorificPronoun, isColon, isComma, isStatementHead, isWord, matchesAt, OPENING_MARKS, plain, saidNounForms, verbReading } from "./words.js";
import { quotationAt, type Quotation } from "./quotation-marks.js";

export type FrameHit = "that" | "prep_that" | "prep_np" | "colon" | "quote";

export interface Complement {
  frame: FrameHit;
  /** Token index where the subject zone ends (the complementizer, preposition, colon or mark). */
  zoneEnd: number;
  /** Offset where the reported content begins. */
  start: number;
  /** The quotation the content opens with, when it is a direct quotation. */
  quotation: Quotation | null;
}

/** Words the subject zone may not run past before a noun-phrase preposition (a new clause). */
const MAX_ZONE = 35;
// A written subject with its title and an adverbial runs long (شدد الرئيس الفرنسي X في مؤتمر صحفي مشترك مع المستشار الألماني Y على …).
const MAX_PREP_ZONE = 16;
const STRICT_ZONE = 4;

/**
 * A parenthetical at comma `j` opening with a preposition (، في تدوينة …،) and closed by a comma right
 * before a complementizer or the verb's own preposition `prep` (وأعرب X، في اتصال مع Y، عن …):
 * that comma's index, else -1.
 */
export function parentheticalBeforeComplementizer(tokens: Token[], j: number, end: number, prep: string | null): number {
  const lex = lexicon();
  // (Or a source: وقال X، بحسب ما نقل الموقع الرسمي، إن …; the source's own verb is passed too.)
  const source = sourcingPhrase(tokens, j + 1);
  if (!isWord(tokens[j + 1], lex.breakers) && source === 0) return -1;
  for (let c = j + 2; c < end && c - j <= 14; c++) {
    if (startsClause(tokens[c], tokens[c - 1]) && !(source > 0 && c === j + 1 + source)) return -1;
    if (!isComma(tokens[c])) continue;
    const next = tokens[c + 1];
    if (next === undefined || next.norm.startsWith("و")) return -1;
    return isWord(next, lex.complementizers) || (prep !== null && next.kind === "arabic" && next.norm === prep) ? c : -1;
  }
  return -1;
}

/** The number of words of a source phrase at token k (بحسب ما، وفقا لما، حسبما: the trailing cues but كما), or 0. */
function sourcingPhrase(tokens: Token[], k: number): number {
  for (const phrase of lexicon().trailing) if (phrase.length && phrase[0] !== "كما" && matchesAt(tokens, phrase, k)) return phrase.length;
  return 0;
}

/** Finds the complement of the reporting verb `vf` whose cue ends before token `from`, within [from, limit). */
export function findComplement(
  tokens: Token[],
  from: number,
  limit: number,
  vf: VerbForm,
  quotations: Quotation[],
  strictForm: boolean,
  isMention: (t: Token) => boolean = () => false,
): Complement | null {
  const lex = lexicon();
  const end = Math.min(limit, from + MAX_ZONE);
  const maxZone = strictForm ? STRICT_ZONE : MAX_ZONE;
  // Words of a parenthetical passed whole: they do not count toward the preposition's reach.
  let skipped = 0;
  // (A parenthetical passed whole does not count toward a strict form's reach either: كما عبر X، في البرقية ذاتها، عن …)
  for (let j = from; j < end && j - from - skipped <= maxZone; j++) {
    const t = tokens[j];
    if (j > from && startsClause(t, tokens[j - 1]) && !inRelativeClause(tokens, j)) return null; // another reporting verb: its own statement
    // وأكد سمو الأمير، في تدوينة على حسابه الرسمي، أن …؛ وأعرب X، في اتصال هاتفي مع Y، عن …: a parenthetical
    // set off by commas before the complementizer or the verb's preposition is passed whole, so a preposition
    // inside it is not the cue's.
    if (isComma(t) && (vf.frames.has("that") || vf.prep !== null)) {
      const close = parentheticalBeforeComplementizer(tokens, j, end, vf.prep);
      if (close > j) {
        skipped += close - j;
        j = close;
        continue;
      }
    }
    const after = tokens[j + 1];
    if (isWord(t, lex.complementizers) && isWord(tokens[j - 1], lex.conjunctionHeads)) return null; // كما أن، بعد أن: a new clause
    if (isWord(t, lex.complementizers) && !t.norm.startsWith("و") && (vf.frames.has("that") || vf.frames.has("np"))) {
      if (strictForm && j > from) return null; // بين أن only: the preposition بين is far more common
      const q = quotationOpenedAt(tokens, quotations, j + 1);
      return { frame: "that", zoneEnd: j, start: q ? q.open + 1 : startAfter(tokens, j, t), quotation: q };
    }
    // (محمد علي X: علي folds to على; a word inside a name, after its first word, is no preposition.)
    if (vf.prep && t.kind === "arabic" && plain(t) === vf.prep && tokens[j - 1]?.norm !== "نيابه" && !(j > from && isMention(t) && isMention(tokens[j - 1]))) {
      if (after && isWord(after, lex.complementizers) && (vf.frames.has("prep_that") || vf.frames.has("that"))) {
        const q = quotationOpenedAt(tokens, quotations, j + 2);
        return { frame: "prep_that", zoneEnd: j, start: q ? q.open + 1 : startAfter(tokens, j + 1, t), quotation: q };
      }
      if (vf.frames.has("prep_np") && vf.npPrep === null && j - from - skipped <= MAX_PREP_ZONE && after) {
        // أكد + noun phrase: a preposition after a noun that cannot be the subject
        // belongs to that noun (أكدا أهمية الحفاظ على …); the noun phrase is the statement.
        if (vf.frames.has("np") && !vf.addressee && !subjectLike(tokens, from, j, isMention)) return null;
        const q = quotationOpenedAt(tokens, quotations, j + 1); // شدد على "…"
        return { frame: "prep_np", zoneEnd: j, start: q ? q.open + 1 : after.start, quotation: q };
      }
      // أشار إلى + noun phrase is a reference, not a statement, unless a verbal noun of stance
      // opens it (مشيرا إلى استعداد بلاده، لفت إلى أهمية …).
      if (vf.frames.has("prep_that")) {
        if (after && isStatementHead(after) && j - from - skipped <= MAX_PREP_ZONE) return { frame: "prep_np", zoneEnd: j, start: after.start, quotation: null };
        return null;
      }
    }
    // The preposition ب is written joined to its noun (طالب بوقف …), or to ما (أشاد بما تحقق …).
    if ((vf.npPrep ?? vf.prep) === "ب" && vf.frames.has("prep_np") && j - from - skipped <= MAX_PREP_ZONE && t.kind === "arabic" &&
        plain(t)[0] === "ب" && (plain(t).length > 3 || plain(t) === "بما") && !isWord(t, lex.breakers) && !isWord(t, lex.demonstratives) && !["بين", "باسم"].includes(plain(t)) &&
        // (وأشاد سموه في برقيته بعمق …: a word right after في, عن … is that preposition's noun, برقية, not ب + a noun.)
        !(j > from && isWord(tokens[j - 1], lex.breakers)) &&
        (plain(t).startsWith("بال") || !isMention(t))) { // نوه بوغدانوف بأن …: a name written with ب is the subject
      return { frame: "prep_np", zoneEnd: j, start: t.start, quotation: null };
    }
    if (isColon(t) && (vf.frames.has("colon") || vf.frames.has("quote"))) {
      const q = quotationOpenedAt(tokens, quotations, j + 1);
      // وقال: إن … — without quotation marks the content starts after the complementizer too.
      const skip = !q && isWord(after, lex.complementizers) ? 1 : 0;
      return { frame: "colon", zoneEnd: j, start: q ? q.open + 1 : startAfter(tokens, j + skip, t), quotation: q };
    }
    if (OPENING_MARKS.has(t.text)) {
      const q = quotationOpenedAt(tokens, quotations, j);
      // A short quoted phrase right after the verb is a scare quote, not the statement;
      // a long one the verb does not frame belongs to another cue (نقل عنه قوله: «…»).
      if (q && countWords(tokens, j, q.close) >= 4) return vf.frames.has("quote") ? { frame: "quote", zoneEnd: j, start: q.open + 1, quotation: q } : null;
    }
    if (t.kind === "arabic" && saidNounForms(t) !== 0) return null;
    if (t.text === "." || t.text === "؟" || t.text === "?" || t.text === "!") return null;
  }
  return null;
}

// Helpers rather than closures in findComplement's loop: a closure over the loop's token
// would cost an allocation for every word of every subject zone.

/** The quotation opened by the mark at token k, if it is one. */
function quotationOpenedAt(tokens: Token[], quotations: Quotation[], k: number): Quotation | null {
  const tk = tokens[k];
  return tk && OPENING_MARKS.has(tk.text) ? quotationAt(quotations, tk.start) ?? null : null;
}

/** Where content after token k begins: the next token, or the end of `t` at the text's end. */
function startAfter(tokens: Token[], k: number, t: Token): number {
  return tokens[k + 1]?.start ?? t.end;
}

/**
 * The words between a verb and its preposition can be its subject and
 * adverbials (أعرب الوزير في كلمته عن …), not the head of a noun phrase whose
 * own preposition this is (أكدا أهمية الحفاظ على …).
 */
function subjectLike(tokens: Token[], from: number, to: number, isMention: (t: Token) => boolean): boolean {
  const lex = lexicon();
  // A verbal noun anywhere before the preposition heads the statement (أكد خلال اللقاء حرص بلاده على …).
  for (let k = from; k < to; k++) if (isStatementHead(tokens[k]) && !isMention(tokens[k])) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (isWord(t, lex.breakers) || isComma(t)) return true; // an adverbial or parenthetical runs from here to the preposition
    const ok =
      t.kind !== "arabic" || isMention(t) || isWord(t, lex.titles) || isWord(t, lex.honorifics) || isWord(t, lex.zoneAdverbs) ||
      isWord(t, lex.jointSubjects) || honorificPronoun(t) !== null || /^ال.+ي(ه)?$/.test(t.core) ||
      (k > from && t.core.startsWith("ال")) || /^ل/.test(t.norm); // لشي، لنظيره: to whom it was said
    if (!ok) return false;
  }
  return true;
}

/**
 * The verb at token k follows a relative pronoun, with at most a negation or قد between: it belongs
 * to a noun phrase (الدول التي لم تعترف), not a clause of its own.
 */
function inRelativeClause(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  let p = k - 1;
  if (p >= 0 && lex.relativeNegations.has(tokens[p].norm)) p--;
  return p >= 0 && lex.relativePronouns.has(tokens[p].norm);
}

/** A reporting verb that is not also a common preposition (بين، عبر) in its bare form. */
export function startsClause(t: Token, prev?: Token): boolean {
  const vr = verbReading(t);
  if (vr === null || (vr.strict && vr.form !== "participle")) return false;
  // رأى، طالب، ذكر are nouns too: verbs only when a clause opens with them.
  return !vr.needsInitial || /^[وف]/.test(t.norm) || isComma(prev);
}

function countWords(tokens: Token[], from: number, closeOffset: number): number {
  let n = 0;
  for (let k = from + 1; k < tokens.length && tokens[k].start < closeOffset; k++) if (tokens[k].kind !== "punct") n++;
  return n;
}
