// A source named before the statement, at the head of its clause (وبحسب بيان صادر عن
// المفوضية، فإن …؛ ووفقا لوزارة الخارجية، فإن …؛ وبحسب الوزير X، فإن …): the statement is
// the clause after the comma (after فإن when written). Only a person or a named body (its own
// name, a named medium, or a statement it issued) is a speaker; a document of no named body or
// an unnamed source stays sourcing, as after the content (… بحسب البيان).
import type { Sentence, Token } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import { before, boundaryOf, plainDraft, type Draft, type ScanContext } from "./draft.js";
import { lexicon } from "./lexicon.js";
import { mediumSpeaker, nameOnWord, readSubject, statementIssuer } from "./subject.js";
import { isComma, isWord, plain, verbReading } from "./words.js";

/** Prepositional phrases of sourcing that open a clause, without و (بحسب، وفقا لـ), folded. */
const SOURCE_HEADS = new Set(["بحسب", "حسب", "وفقا", "وفق", "طبقا"]);

/** The heads written with the ل of their phrase on the source's word (وفقا لوزارة، طبقا لبيان). */
const WITH_LAM = new Set(["وفقا", "وفق", "طبقا"]);

/** How many words the source may take before its comma. */
const MAX_SOURCE = 12;

/** Whether token `t` is a head of a leading source (asked per token by the scanner: a set lookup). */
export function isSourceHead(t: Token): boolean {
  return t.kind === "arabic" && (SOURCE_HEADS.has(t.norm) || SOURCE_HEADS.has(plain(t)));
}

export function leadingSource(ctx: ScanContext, s: Sentence, t: number): Draft | null {
  const tokens = ctx.doc.tokens;
  const head = tokens[t];
  if (!isSourceHead(head)) return null;
  // (وفقا itself is read without و: its و is the word's own.)
  const w = SOURCE_HEADS.has(head.norm) ? head.norm : plain(head);
  const p = before(tokens, s, t);
  const opensSentence = p < 0;
  // Mid-sentence only after a comma, and then only with فإن: … ، وبحسب X، فإن …
  if (!opensSentence && !isComma(tokens[p])) return null;
  const k = t + 1;
  if (WITH_LAM.has(w) && !tokens[k]?.text.startsWith("ل")) return null;
  let c = k;
  while (c < s.tokenEnd && c - k <= MAX_SOURCE && !isComma(tokens[c])) c++;
  if (c >= s.tokenEnd || c === k || !isComma(tokens[c])) return null;
  let start = c + 1;
  const thatWord = start < s.tokenEnd && /^ف?ان(ه|ها)?$/.test(tokens[start].norm);
  if (thatWord) start++;
  else if (!opensSentence) return null;
  if (start >= s.tokenEnd - 2) return null;
  // وبحسب ما أوردته وكالة X، قال الوزير إن …: the clause names its own speaker, the source only passes it on.
  if (!thatWord && verbReading(tokens[start]) !== null) return null;
  const speaker = sourceSpeaker(ctx, k, c);
  if (speaker === null) return null;
  return plainDraft({
    kind: "verb",
    cueStart: head.start + (w === head.norm ? 0 : writtenLength(head.text, 1)),
    cueEnd: head.end,
    boundary: boundaryOf(tokens, s, t),
    start: tokens[start].start,
    end: null,
    direct: false,
    sentence: s.i,
    subject: { kind: "entity", id: speaker, explicit: true },
    next: start,
  });
}

/** The person or body named as the source between tokens `k` and `c` (the comma), or null. */
function sourceSpeaker(ctx: ScanContext, k: number, c: number): string | null {
  const tokens = ctx.doc.tokens;
  const index = ctx.index;
  const issuer = statementIssuer(tokens, index, k, c);
  if (issuer) return issuer;
  const first = tokens[k];
  // ووفقا لوكالة رويترز، فإن …: a medium named there is the source that speaks, as its subject of a
  // reporting verb is (subject.ts); unnamed (بحسب وسائل إعلام) or relaying (نقلا عن) it is sourcing.
  if (isWord(first, lexicon().media) || lexicon().media.has(first.core) || lexicon().media.has(plain(first).replace(/^لل?/u, ""))) return mediumSpeaker(tokens, index, k, c);
  // وفقا لوزارة الخارجية: the ل of the phrase stands on the name, which readSubject would read as an addressee.
  if (first.text.startsWith("ل") && !index.at(first.start)) {
    const m = nameOnWord(first, index);
    return m && (m.entity.type === "PER" || m.entity.type === "ORG") ? m.entity.id : null;
  }
  const subject = readSubject(tokens, index, k, c, ctx.lastSpeaker());
  if (subject.kind !== "entity") return null;
  const e = index.byId(subject.id);
  return e && (e.type === "PER" || e.type === "ORG") ? e.id : null;
}
