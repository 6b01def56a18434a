// A person's own text as the source of a statement (وجاء في البرقية أن …، ومما جاء في
// رسالته: «…»، جاء فيها أن …، وأكدت الرسالة أن …): the words are the writer's, the sender
// of the cable or letter (بعث X برقية، تلقى Y رسالة من X) or the person whose text it is
// (في كلمة الرئيس X). An institution's text (بيان، تقرير) stays sourcing.
import type { Doc, Sentence, Token } from "../types.js";
import type { MentionIndex } from "./mentions.js";
import { boundaryOf, plainDraft, type Draft, type ScanContext } from "./draft.js";
import { lexicon } from "./lexicon.js";
import { quotationAt } from "./quotation-marks.js";
import { governed, titleHolder } from "./subject.js";
import { isColon, isComma, isWord, OPENING_MARKS, plain } from "./words.js";
import { startsClause } from "./complement.js";
import { tokenIndexAt } from "../events/context.js";

const PRONOUNS = ["ه", "ها", "هما", "هم"];

/** What finding a text's writer reads: the article and its mentions. */
export interface TextContext {
  doc: Doc;
  index: MentionIndex;
}

/** Whether token t is a correspondence noun: "pronoun" when it carries its writer as a pronoun (برقيته، رسالتها), "noun" otherwise. */
export function correspondenceNoun(t: Token | undefined): "pronoun" | "noun" | null {
  if (t === undefined || t.kind !== "arabic") return null;
  const nouns = lexicon().correspondence;
  let w = plain(t);
  // بكلمة، بخطاب (افتتح X المنتدى بكلمة أكد فيها …): a speech given with a preposition is still its speaker's text.
  if (/^[بل]/.test(w) && w.length > 4 && !nouns.has(w) && nouns.has(w.slice(1).replace(/^ال/, ""))) return "noun";
  if (w.startsWith("ال")) w = w.slice(2);
  if (nouns.has(w)) return "noun";
  for (const p of PRONOUNS) {
    if (!w.endsWith(p)) continue;
    const stem = w.slice(0, -p.length);
    // رسالته: the teh marbuta is written ت before a pronoun.
    if (nouns.has(stem) || (stem.endsWith("ت") && nouns.has(stem.slice(0, -1) + "ه"))) return "pronoun";
  }
  return null;
}

/** Sentences back from a cue that a definite correspondence noun (وجاء في البرقية) may point to. */
const ANTECEDENT_SENTENCES = 3;

/**
 * The writer of the correspondence noun at token `n`, looked for before token `limit`:
 * the person after من (برقية من الرئيس X), its genitive or a relative clause's subject
 * (كلمة الرئيس X، الرسالة التي بعث بها X), else the subject of its clause (بعث X برقية إلى Y);
 * a recipient after إلى or ل is never the writer. Null when none is found.
 */
export function writerOf(ctx: TextContext, n: number, limit: number): string | null {
  const tokens = ctx.doc.tokens;
  const index = ctx.index;
  const lex = lexicon();
  const s = ctx.doc.sentences[tokens[n].sentence];
  const end = Math.min(limit, s.tokenEnd);
  // A title right after the noun is its genitive (في كلمة الرئيس، رسالة وزير الخارجية).
  if (n + 1 < end && (isWord(tokens[n + 1], lex.titles) || isWord(tokens[n + 1], lex.honorifics)) && !index.at(tokens[n + 1].start)) {
    let stop = n + 1;
    while (stop < end && stop - n <= 8 && tokens[stop].kind === "arabic" && !isWord(tokens[stop], lex.breakers) && !index.at(tokens[stop].start)) stop++;
    const named = stop < end ? index.at(tokens[stop].start) : undefined;
    if (named?.entity.type === "PER") return named.entity.id;
    const h = titleHolder(tokens, index, n + 1, stop);
    if (h) return h.entity.id;
  }
  // (إلى opens the recipient's phrase: the writer is not after it.)
  for (let j = n + 1; j < end && j - n <= 12 && !isComma(tokens[j]) && tokens[j].norm !== "الي"; j++) {
    const m = index.at(tokens[j].start) ?? index.at(tokens[j].coreStart);
    if (m?.entity.type !== "PER" || m.start < tokens[j].start - 1) continue;
    if (!governed(tokens, m.start) || governor(tokens, m.start) === "من") return m.entity.id;
  }
  // The clause's subject before the noun, unless the clause received it (تلقى Y رسالة: Y is the recipient).
  for (let j = n - 1; j >= s.tokenStart; j--) if (lex.receivedVerbs.has(tokens[j].core)) return null;
  for (const m of index.within(s.start, tokens[n].start, ["PER"])) if (!governed(tokens, m.start)) return m.entity.id;
  // وألقى الرئيس الأسد كلمة: a family name the entity stage left unmarked, not after a preposition.
  for (let j = s.tokenStart; j < n; j++) {
    const e = index.byFamilyName(tokens[j]);
    if (e && !governed(tokens, tokens[j].coreStart)) return e.id;
  }
  return null;
}

/**
 * The writer of the text named at token `n` (before token `limit`): its own writer (في كلمة الرئيس X،
 * الرسالة التي بعث بها X), else, written with the article, the writer of the text named before it
 * (بعث X برقية … وجاء في البرقية).
 */
export function textWriter(ctx: TextContext, n: number, limit: number): string | null {
  const tokens = ctx.doc.tokens;
  const own = writerOf(ctx, n, limit);
  if (own !== null || !tokens[n].core.startsWith("ال")) return own;
  // The nearest text named before whose writer is known (… وأعرب جلالته في هذه البرقية …: the one before it).
  const first = tokens[n].sentence - ANTECEDENT_SENTENCES;
  for (let j = antecedent(tokens, n, first); j >= 0; j = antecedent(tokens, j, first)) {
    const w = writerOf(ctx, j, tokens.length);
    if (w !== null) return w;
  }
  return null;
}

/** The preposition that governs the phrase a mention at `offset` opens (من، إلى), past its titles: its folded form, or "". */
function governor(tokens: Token[], offset: number): string {
  const lex = lexicon();
  let i = tokenIndexAt(tokens, offset) - 1;
  while (i >= 0 && (isWord(tokens[i], lex.titles) || isWord(tokens[i], lex.honorifics) || isWord(tokens[i], lex.kinTerms) || /^ال.+ي(ه)?$/.test(tokens[i].core))) i--;
  return i >= 0 ? tokens[i].norm : "";
}

/** The nearest correspondence noun before token `t`, in sentence `first` or later. */
function antecedent(tokens: Token[], t: number, first: number): number {
  for (let j = t - 1; j >= 0 && tokens[j].sentence >= first; j--) if (correspondenceNoun(tokens[j]) === "noun") return j;
  return -1;
}

/** جاء / ورد ('came', 'was stated'), the verbs that introduce what a text says (وجاء في البرقية، وورد فيها). */
export function isCameIn(t: Token): boolean {
  return t.core === "جاء" || t.core === "ورد";
}

/** وجاء في البرقية أن …، جاء فيها أن …، ومما جاء في رسالته: «…»، وورد في الرسالة: a statement of the text's writer. */
export function documentSays(ctx: ScanContext, s: Sentence, t: number): Draft | null {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  const tok = tokens[t];
  if (!isCameIn(tok)) return null;
  let j = t + 1;
  let noun = -1;
  let carried = false;
  const w = tokens[j]?.norm;
  if (w === "فيها" || w === "فيه") {
    // جاء فيها: the text named earlier in the sentence.
    noun = antecedent(tokens, t, tokens[t].sentence);
    if (noun < 0) return null;
    j++;
  } else if (w === "في") {
    j++;
    if (tokens[j]?.norm === "نص") j++; // في نص الرسالة
    const kind = correspondenceNoun(tokens[j]);
    if (kind === null) return null;
    carried = kind === "pronoun";
    noun = j;
    j++;
  } else return null;
  // The content opens with a complementizer, a colon or a quotation a few words on.
  let c = j;
  for (; c < s.tokenEnd && c - j <= 12; c++) {
    const x = tokens[c];
    if (isWord(x, lex.complementizers) && !x.norm.startsWith("و")) break;
    if (isColon(x) || OPENING_MARKS.has(x.text)) break;
    if (x.text === "." || startsClause(x, tokens[c - 1])) return null;
  }
  if (c >= s.tokenEnd || c - j > 12) return null;
  let start = tokens[c + 1]?.start ?? tokens[c].end;
  let end: number | null = null;
  let direct = false;
  const open = OPENING_MARKS.has(tokens[c].text) ? c : isColon(tokens[c]) && OPENING_MARKS.has(tokens[c + 1]?.text ?? "") ? c + 1 : -1;
  const q = open >= 0 ? quotationAt(ctx.quotations, tokens[open].start) : undefined;
  if (q) [start, end, direct] = [q.open + 1, q.close, true];
  else if (isColon(tokens[c]) && isWord(tokens[c + 1], lex.complementizers)) start = tokens[c + 2]?.start ?? start;
  let speaker: string | null = null;
  if (!carried) {
    speaker = noun > t ? textWriter(ctx, noun, c) : writerOf(ctx, noun, t);
    if (speaker === null) return null;
  }
  return plainDraft({
    kind: "verb",
    cueStart: tok.coreStart,
    cueEnd: tok.end,
    boundary: boundaryOf(tokens, s, t),
    start,
    end,
    direct,
    sentence: s.i,
    subject: speaker ? { kind: "entity", id: speaker, explicit: true } : { kind: "implicit" },
    next: c + 1,
  });
}
