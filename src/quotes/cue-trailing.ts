// Trailing attribution: the statement first, then who said it (…، وفقا لما
// قال، حسبما ذكر شي، على حد قوله، بحسب الوزير X، «…»، قال الوزير).
import type { Sentence, Token } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import { findComplement } from "./complement.js";
import { plainDraft, type Draft, type ScanContext } from "./draft.js";
import { lexicon, type Gender, type Number, type VerbForm } from "./lexicon.js";
import { readSubject, type Subject } from "./subject.js";
import { CLOSING_MARKS, isComma, isStatementHead, matchesAt, plain, verbOfWord, verbReading } from "./words.js";

/** …، وفقا لما قال / حسبما ذكر شي / على حد قوله / بحسب الوزير X — content is what precedes. */
export function trailing(ctx: ScanContext, s: Sentence, t: number, open: Draft | null): Draft | null {
  const lex = lexicon();
  const tokens = ctx.doc.tokens;
  const prev = tokens[t - 1];
  if (t <= s.tokenStart || !(isComma(prev) || CLOSING_MARKS.has(prev.text))) return null;
  if (open && open.sentence === s.i && open.end === null) {
    // A source for a statement already attributed: the statement stops before it.
    if (anyMatchesAt(tokens, lex.trailing, t) || anyMatchesAt(tokens, lex.trailingNominal, t)) open.cut = Math.min(open.cut ?? Infinity, prev.start);
    return null;
  }
  // جاء ذلك خلال لقاء …، وفق ما أعلنه X: the writer's frame for what came before, not X's statement.
  if (plain(tokens[s.tokenStart]) === "جاء" && tokens[s.tokenStart + 1]?.norm === "ذلك") return null;
  for (const phrase of lex.trailing) {
    if (!matchesAt(tokens, phrase, t)) continue;
    const v = t + phrase.length;
    const vf = tokens[v] && v < s.tokenEnd ? verbReading(tokens[v]) ?? resumptiveVerb(tokens[v]) : null;
    if (!vf || vf.jointOnly) continue;
    // Only the speaker may follow: a complement would make this a forward cue (كما أكد أن …), and so
    // would a noun-phrase statement after the speaker (…، كما أكد الرئيس الفرنسي دعم بلاده لـ …).
    if (findComplement(tokens, v + 1, s.tokenEnd, vf, ctx.quotations, false)) continue;
    if (vf.frames.has("np") && statementAfter(tokens, v + 1, s.tokenEnd)) continue;
    const subject = readSubject(tokens, ctx.index, v + 1, s.tokenEnd, ctx.lastSpeaker(), vf.gender);
    // …، وفق ما أفادت الرئاسة / حسبما ذكرت الوزارة: an institution after the fact sources the
    // report (as بحسب البيان does), it is not a party's statement.
    if (subject.kind === "entity" && !isPerson(ctx, subject.id)) return null;
    return trailingDraft(ctx, s, t, tokens[v].end, subject, vf.number, vf.gender);
  }
  for (const phrase of lex.trailingNominal) {
    if (!matchesAt(tokens, phrase, t)) continue;
    const after = t + phrase.length;
    const pronoun = /(ه|ها)$/.test(plain(tokens[after - 1])) && phrase.length === 3;
    let subject: Subject;
    if (pronoun) subject = { kind: "implicit" };
    else {
      const zoneEnd = Math.min(s.tokenEnd, after + 8);
      subject = readSubject(tokens, ctx.index, after, zoneEnd, ctx.lastSpeaker());
      // بحسب / وفقا لـ a document or an outlet is sourcing, not a statement.
      if (subject.kind !== "entity" || !isPerson(ctx, subject.id)) continue;
    }
    return trailingDraft(ctx, s, t, tokens[after - 1].end, subject, "single");
  }
  return null;
}

/** A past reporting verb with the pronoun that points back to the statement (هذا ما أكده، وفقا لما ذكرته): its reading without it. */
function resumptiveVerb(t: Token): VerbForm | null {
  const w = plain(t);
  const m = /^(.{2,}?)(ه|ها)$/.exec(w);
  if (!m) return null;
  const vf = verbOfWord(m[1]);
  return vf && vf.form === "past" ? vf : null;
}

/** A verbal noun opening a noun-phrase statement (دعم، أهمية، حرص) within the few words after the verb. */
function statementAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k - from < 8; k++) if (isStatementHead(tokens[k])) return true;
  return false;
}

function anyMatchesAt(tokens: Token[], phrases: string[][], at: number): boolean {
  for (const p of phrases) if (matchesAt(tokens, p, at)) return true;
  return false;
}

function isPerson(ctx: ScanContext, id: string): boolean {
  return ctx.index.entities.some((e) => e.id === id && e.type === "PER");
}

export function trailingDraft(ctx: ScanContext, s: Sentence, t: number, cueEnd: number, subject: Subject, number: Number, gender: Gender = null): Draft | null {
  const tokens = ctx.doc.tokens;
  const text = ctx.doc.article.text;
  const comma = tokens[t - 1];
  let contentEnd = comma.start;
  let start = s.start;
  let direct = false;
  // The words before the comma close a quotation: the statement is the quotation.
  let k = t - 1;
  while (k > s.tokenStart && (isComma(tokens[k]) || tokens[k].text === ".")) k--;
  if (CLOSING_MARKS.has(tokens[k].text)) {
    const q = ctx.quotations.find((x) => x.close === tokens[k].start);
    if (q && (q.open <= s.start + 2 || text.slice(s.start, q.open).trim() === "")) {
      start = q.open + 1;
      contentEnd = q.close;
      direct = true;
    }
  }
  if (contentEnd - start < 8) return null;
  return plainDraft({
    kind: "trailing",
    cueStart: tokens[t].start + (tokens[t].norm.startsWith("و") && tokens[t].norm !== "وفقا" && tokens[t].norm !== "وفق" ? writtenLength(tokens[t].text, 1) : 0),
    cueEnd,
    boundary: comma.start,
    start,
    end: contentEnd,
    direct,
    sentence: s.i,
    subject,
    number,
    gender,
    next: s.tokenEnd,
  });
}

