// Agreements and commitments: اتفق الجانبان على …، توصلا إلى توافق بشأن …، وقع
// الجانبان مذكرة …، تعهد X بـ …، أكدا التزامهما بـ … — with the parties, the cue as
// written, the content span and the date. الجانبان and a dual verb with no subject
// (اتفقا) stand for the two sides of the event the article reports. A cue that only
// points back to an earlier agreement without content (التوافق الذي توصل إليه الرئيسان)
// and negated, hoped-for or future ones (لم يتفقا، يأمل أن يتفق) are left out.
import { loadJson } from "../data-files.js";
import type { Agreement, AgreementKind, Doc, Entity, Event, Token } from "../types.js";
import { docContext, type DocContext, isPunct } from "./context.js";
import { analyseEvents, headlineSentence } from "./extract.js";
import { tokenRegex } from "./patterns.js";
import { writtenLength } from "../text/tokenize.js";
import { eventLexicon } from "./lexicon.js";
import { tokenFacts } from "./word-facts.js";

interface CueEntry {
  kind: AgreementKind;
  token: string;
  content_after: string[];
  requires_next?: string;
  requires_before?: string;
  conf: number;
}

interface AgreementsFile {
  cues: CueEntry[];
  reference_before: string;
  irrealis_before: string;
  future_prefix: string;
  subjunctive_before: string;
  windows: { requires_next: number; signed_object: number; requires_before: number };
  pair_words: string;
  pair_heads: string;
}

interface Cue {
  kind: AgreementKind;
  re: RegExp;
  contentAfter: Set<string>;
  requiresNext: RegExp | null;
  requiresBefore: RegExp | null;
  conf: number;
}

interface Lexicon {
  cues: Cue[];
  reference: RegExp;
  irrealis: RegExp;
  subjunctive: RegExp;
  windows: AgreementsFile["windows"];
  pairWord: RegExp;
  pairHead: RegExp;
}

let cached: Lexicon | null = null;

function lexicon(): Lexicon {
  if (cached) return cached;
  const f = loadJson<AgreementsFile>("data/lexicon/agreements.json");
  cached = {
    cues: f.cues.map((c) => ({
      kind: c.kind,
      re: tokenRegex(c.token),
      contentAfter: new Set(c.content_after.map((w) => tokenRegex(`^${w}$`).source.slice(1, -1))),
      requiresNext: c.requires_next ? tokenRegex(c.requires_next) : null,
      requiresBefore: c.requires_before ? tokenRegex(c.requires_before) : null,
      conf: c.conf,
    })),
    reference: tokenRegex(f.reference_before),
    irrealis: tokenRegex(f.irrealis_before),
    subjunctive: tokenRegex(f.subjunctive_before),
    windows: f.windows,
    pairWord: tokenRegex(f.pair_words),
    pairHead: tokenRegex(f.pair_heads),
  };
  return cached;
}

const PUNCT_END = new Set([".", "!", "؟", "?", "؛", ";"]);

/** The first cue whose token pattern accepts this token's folded word, or null (memoised per word: one lookup per token instead of a regex test per cue). */
function cueOf(tok: Token, lex: Lexicon): Cue | null {
  const facts = tokenFacts(tok);
  let i = facts.cue;
  if (i === undefined) facts.cue = i = firstCue(tok.norm, lex);
  return i >= 0 ? lex.cues[i] : null;
}

/** Index of the first cue accepting a folded word, -1 for none (a loop: a closure over the word would cost cueOf an allocation per token). */
function firstCue(norm: string, lex: Lexicon): number {
  for (let i = 0; i < lex.cues.length; i++) if (lex.cues[i].re.test(norm)) return i;
  return -1;
}

/** Agreements and commitments between parties. */
export function extractAgreements(doc: Doc, entities: Entity[]): Agreement[] {
  const ctx = docContext(doc, entities);
  const lex = lexicon();
  const events = analyseEvents(ctx);
  const tokens = doc.tokens;
  const out: Agreement[] = [];
  for (const s of doc.sentences) {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      if (tok.kind !== "arabic") continue;
      const cue = cueOf(tok, lex);
      if (!cue) continue;
      if (isReferenceOrIrrealis(tokens, t, s.tokenStart, lex)) continue;
      if (cue.requiresBefore && !hasBefore(tokens, t, s.tokenStart, cue.requiresBefore, lex.windows.requires_before)) continue;
      const windowNext = cue.kind === "signed" ? lex.windows.signed_object : lex.windows.requires_next;
      let objectAt = -1;
      if (cue.requiresNext) {
        for (let k = t + 1; k < Math.min(s.tokenEnd, t + 1 + windowNext); k++) {
          if (cue.requiresNext.test(tokens[k].norm)) {
            objectAt = k;
            break;
          }
        }
        if (objectAt < 0) continue;
      }
      const content = contentStart((k) => Boolean(ctx.mentionAt[k]), tokens, t, s.tokenEnd, cue, objectAt);
      if (content === null) continue;
      const end = contentEnd(tokens, content.token, s.tokenEnd, lex);
      const start = content.offset;
      const stop = tokens[end - 1].end;
      if (stop <= start) continue;
      // Plural parties (المجتمعون، التزامهم، اتفقوا) are those of the gathering; dual ones the two sides.
      const plural = /(?:هم|وا)$/.test(tok.norm) || hasGroupWord(tokens, t, s.tokenStart, Math.min(s.tokenEnd, t + 8));
      const frame = (plural ? gatheringBefore(events.events, tok.start) : null) ?? frameEvent(events.events, tok.start, s.start);
      const sides = frame?.participants ?? events.mainParticipants;
      const parties = partiesOf(ctx, tokens, t, content.token, s.tokenStart, sides, lex);
      if (!parties.ids.length) continue;
      const dates = events.datesOf(s.i).filter((d) => d.date && d.kind !== "same_day");
      // A loop, not a closure over frame: that would cost the token loop an allocation per token.
      const ofFrame = frame !== null && allIn(parties.ids, frame.participants);
      out.push({
        id: "",
        kind: cue.kind,
        parties: parties.ids,
        cue: tok.text,
        cue_span: { start: tok.start, end: tok.end },
        start,
        end: stop,
        text: ctx.text.slice(start, stop),
        date: dates[0]?.date ?? (ofFrame ? frame.date : null),
        confidence: Math.round(cue.conf * (parties.viaReference ? 0.9 : 1) * 100) / 100,
      });
      t = end - 1;
    }
  }
  const kept = dropHeadlineRepeats(ctx, out);
  kept.forEach((a, i) => (a.id = `ag${i + 1}`));
  return kept;
}

function allIn(ids: string[], of: string[]): boolean {
  for (const id of ids) if (!of.includes(id)) return false;
  return true;
}

/** The headline's agreement repeats the body's: kept only when the body has none of its kind. */
function dropHeadlineRepeats(ctx: DocContext, found: Agreement[]): Agreement[] {
  const first = headlineSentence(ctx);
  if (!first) return found;
  const inTitle = (a: Agreement) => a.cue_span.start < first.end;
  return found.filter((a) => !inTitle(a) || !found.some((o) => !inTitle(o) && o.kind === a.kind));
}

/**
 * The event an agreement belongs to: one reported in its own sentence, else the last main
 * event before it (اتفق الجانبان after a recalled event still speaks of the talks reported).
 */
function frameEvent(all: Event[], offset: number, sentenceStart: number): Event | null {
  // A visit has one side and a host state; the sides of an agreement are those who talked.
  const events = all.filter((e) => e.type !== "visit");
  const before = events.filter((e) => e.trigger.start <= offset).sort((a, b) => a.trigger.start - b.trigger.start);
  const here = before.filter((e) => e.evidence.start === sentenceStart);
  return here[here.length - 1] ?? before.filter((e) => e.main).pop() ?? events.find((e) => e.main) ?? null;
}

/** Persons when any is named (the states in their titles are not parties); else states and organisations. */
function personsFirst(ctx: DocContext, ids: string[]): string[] {
  const per = ids.filter((id) => ctx.byId.get(id)?.type === "PER");
  if (per.length) return per;
  return ids.filter((id) => ["GPE", "ORG"].includes(ctx.byId.get(id)?.type ?? ""));
}

const GROUP = /^(?:[وف])?(?:ال)?(?:مجتمعون|مجتمعين|مشاركون|مشاركين)$/u;

function hasGroupWord(tokens: Token[], t: number, from: number, to: number): boolean {
  for (let k = Math.max(from, t - 4); k < to; k++) if (GROUP.test(tokens[k].norm)) return true;
  return false;
}

/** The last multilateral event before `offset`. */
function gatheringBefore(events: Event[], offset: number): Event | null {
  return events.filter((e) => e.type === "multilateral" && e.trigger.start <= offset).pop() ?? null;
}

function isReferenceOrIrrealis(tokens: Token[], t: number, from: number, lex: Lexicon): boolean {
  for (let k = Math.max(from, t - 3); k < t; k++) {
    if (lex.irrealis.test(tokens[k].norm)) return true;
  }
  const prev = tokens[t - 1];
  if (prev && t - 1 >= from && lex.reference.test(prev.norm)) return true;
  if (prev && t - 1 >= from && lex.subjunctive.test(prev.norm) && /^[وف]?[يتن]/.test(tokens[t].norm)) return true;
  return false;
}

function hasBefore(tokens: Token[], t: number, from: number, re: RegExp, window: number): boolean {
  for (let k = Math.max(from, t - window); k < t; k++) if (re.test(tokens[k].norm)) return true;
  return false;
}

/** Where the agreed content begins: after على / إلى / بشأن, at a word carrying ب, or at the signed document. */
function contentStart(
  ctxMention: (k: number) => boolean,
  tokens: Token[],
  t: number,
  end: number,
  cue: Cue,
  objectAt: number,
): { token: number; offset: number } | null {
  if (cue.kind === "signed") return objectAt >= 0 ? { token: objectAt, offset: tokens[objectAt].start } : null;
  const from = cue.kind === "consensus" && objectAt >= 0 ? objectAt : t + 1;
  for (let k = from; k < Math.min(end, t + 16); k++) {
    const x = tokens[k];
    if (PUNCT_END.has(x.text)) break;
    if (cue.contentAfter.has(x.norm) && k + 1 < end) return { token: k + 1, offset: tokens[k + 1].start };
    // تعهد بدعم …: the preposition ب written on the content's first word.
    const pb = /^[وف]?ب/.exec(x.norm);
    if (pb && cue.contentAfter.has("ب") && x.kind === "arabic" && x.norm.length - pb[0].length >= 3 && !ctxMention(k)) {
      return { token: k, offset: x.start + writtenLength(x.text, pb[0].length) };
    }
  }
  // توصلا إلى توافق واسع بشأن …: the content is the consensus phrase itself.
  if (objectAt >= 0) return { token: objectAt, offset: tokens[objectAt].start };
  return null;
}

/** The content runs to the end of the sentence, or to the next clause that starts a new statement. */
function contentEnd(tokens: Token[], from: number, end: number, lex: Lexicon): number {
  for (let k = from + 1; k < end; k++) {
    const x = tokens[k];
    if (PUNCT_END.has(x.text)) return k;
    // … ، قال وانغ إن: a new statement begins.
    const afterComma = tokens[k - 1].text === "،" || tokens[k - 1].text === ",";
    if (afterComma && (cueOf(x, lex) !== null || eventLexicon().reportingVerb.test(x.norm))) return k - 1;
    if (afterComma && /^و?ذلك$/.test(x.norm)) return k - 1;
  }
  let e = end;
  while (e > from + 1 && isPunct(tokens[e - 1]) && !/[»”"')\]]/.test(tokens[e - 1].text)) e--;
  return e;
}

/**
 * The parties: entities named between the cue and its content (its subject) or just
 * before it (الجانبان اتفقا); الجانبان، البلدان، a dual verb or a first-person plural with no
 * subject stand for the sides of the main event; a singular verb with no subject falls back
 * to the last person named before it in the sentence.
 */
function partiesOf(
  ctx: DocContext,
  tokens: Token[],
  t: number,
  contentToken: number,
  sentenceStart: number,
  mainSides: string[],
  lex: Lexicon,
): { ids: string[]; viaReference: boolean } {
  const ids: string[] = [];
  let viaReference = false;
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const subjectEnd = Math.min(contentToken, t + 30);
  for (let k = t + 1; k < subjectEnd; k++) {
    const m = ctx.mentionAt[k];
    if (m && m.tokenStart === k && m.entity.type !== "MISC") add(m.entity.id);
    else if (!m && (lex.pairWord.test(tokens[k].norm) || lex.pairHead.test(tokens[k].norm))) {
      mainSides.forEach(add);
      viaReference = true;
    }
  }
  if (ids.length) return { ids: personsFirst(ctx, ids), viaReference };
  // X وY يوقعان …: a subject written before a verb that does not continue an earlier clause (و…).
  for (let k = t - 1; k >= Math.max(sentenceStart, tokens[t].pre ? t : t - 8); k--) {
    const m = ctx.mentionAt[k];
    if (m) {
      if (m.entity.type !== "MISC") add(m.entity.id);
      k = m.tokenStart;
      continue;
    }
    if (tokens[k].norm !== "و") break;
  }
  if (ids.length >= 2) return { ids: personsFirst(ctx, ids), viaReference };
  ids.length = 0;
  for (let k = t - 1; k >= Math.max(sentenceStart, t - 3); k--) {
    if (lex.pairWord.test(tokens[k].norm)) {
      mainSides.forEach(add);
      return { ids, viaReference: true };
    }
  }
  const cue = tokens[t].norm;
  if (/(?:ا|تا|نا|وا|هما|هم)$/.test(cue) && mainSides.length) {
    // اتفقا، توصلا، اتفقنا، التزامهما، التزامهم: the sides in focus.
    mainSides.forEach(add);
    return { ids, viaReference: true };
  }
  for (let k = t - 1; k >= sentenceStart; k--) {
    const m = ctx.mentionAt[k];
    if (m && m.entity.type === "PER") return { ids: [m.entity.id], viaReference: true };
  }
  return { ids, viaReference };
}
