// Cues that are nouns: prefatory verbal nouns (وفي إشارة إلى أن …، وفي معرض
// إشارته إلى أن …) and nouns of saying after a relaying verb (نقل عنه قوله: …).
import type { Sentence } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import { parentheticalBeforeComplementizer } from "./complement.js";
import { boundaryOf, plainDraft, type Draft, type ScanContext } from "./draft.js";
import { lexicon } from "./lexicon.js";
import { quotationAt } from "./quotation-marks.js";
import type { Subject } from "./subject.js";
import { isColon, isComma, isWord, OPENING_MARKS, plain, saidNounForms } from "./words.js";

/** وفي إشارة إلى أن …، وفي معرض إشارته إلى أن …: speaker is the subject of the clause that follows. */
export function verbalNoun(ctx: ScanContext, s: Sentence, t: number): Draft | null {
  const lex = lexicon();
  const tokens = ctx.doc.tokens;
  if (plain(tokens[t]) !== "في" && tokens[t].norm !== "في") return null;
  let k = t + 1;
  if (tokens[k]?.norm === "معرض") k++;
  const noun = tokens[k];
  if (!noun || noun.kind !== "arabic" || !isVerbalNoun(noun.norm, lex.verbalNouns)) return null;
  k++;
  if (tokens[k] && ["الي", "علي", "عن"].includes(tokens[k].norm)) k++;
  if (!isWord(tokens[k], lex.complementizers) || k >= s.tokenEnd) return null;
  const first = tokens[t];
  const cueStart = first.norm === "في" ? first.start : first.start + writtenLength(first.text, 1);
  return plainDraft({
    kind: "vnoun",
    cueStart,
    cueEnd: tokens[k - 1].end,
    boundary: boundaryOf(tokens, s, t),
    start: tokens[k + 1]?.start ?? tokens[k].end,
    end: null,
    direct: false,
    sentence: s.i,
    subject: { kind: "implicit" },
    next: k + 1,
  });
}

function isVerbalNoun(word: string, nouns: ReadonlySet<string>): boolean {
  for (const n of nouns) {
    if (word === n) return true;
    // إشارة + pronoun → إشارته (teh marbuta becomes teh); تأكيد + pronoun → تأكيده.
    const stem = n.endsWith("ه") ? n.slice(0, -1) + "ت" : n;
    if (word.startsWith(stem) && ["ه", "ها", "هما", "هم"].includes(word.slice(stem.length))) return true;
  }
  return false;
}

/** ونقل المتحدث عن شكري قوله: «…» — the speaker is the person after عن (or the one عنه points back to). */
export function saidNoun(ctx: ScanContext, s: Sentence, t: number): Draft | null {
  const lex = lexicon();
  const tokens = ctx.doc.tokens;
  const tok = tokens[t];
  if (tok.kind !== "arabic") return null;
  const said = saidNounForms(tok);
  if (!(said & 1) && !(plain(tok)[0] === "ب" && said & 2)) return null;
  // نقلت الوكالة عن X قوله، في تصريح على هامش الندوة، إن …: a parenthetical between the noun and its complementizer is passed whole.
  let n = t + 1;
  if (isComma(tokens[n])) {
    const close = parentheticalBeforeComplementizer(tokens, n, s.tokenEnd, null);
    if (close > n) n = close + 1;
  }
  const next = tokens[n];
  if (!next || next.sentence !== s.i) return null;
  let start: number;
  let end: number | null = null;
  let direct = false;
  const q = OPENING_MARKS.has(next.text) ? quotationAt(ctx.quotations, next.start) : undefined;
  const after = tokens[n + 1];
  const qAfter = after && OPENING_MARKS.has(after.text) ? quotationAt(ctx.quotations, after.start) : undefined;
  if (q) [start, end, direct] = [q.open + 1, q.close, true];
  else if ((isColon(next) || isWord(next, lex.complementizers)) && qAfter) [start, end, direct] = [qAfter.open + 1, qAfter.close, true];
  else if (isColon(next) || isWord(next, lex.complementizers)) start = after?.start ?? next.end;
  else return null;
  // The speaker: عن + a person before the noun in its clause, else whoever عنه refers to.
  let subject: Subject = { kind: "implicit" };
  for (let k = t - 1; k >= s.tokenStart && !isComma(tokens[k]); k--) {
    if (plain(tokens[k]) === "عن" || tokens[k].norm === "عن") {
      const m = ctx.index.within(tokens[k + 1].start, tok.start, ["PER", "ORG"])[0];
      const e = m?.entity ?? ctx.index.byFamilyName(tokens[k + 1]);
      if (e) subject = { kind: "entity", id: e.id, explicit: true };
      break;
    }
  }
  return plainDraft({
    kind: "verb",
    cueStart: tok.start,
    cueEnd: tok.end,
    boundary: boundaryOf(tokens, s, t),
    start,
    end,
    direct,
    sentence: s.i,
    subject,
    next: n + 1,
  });
}

