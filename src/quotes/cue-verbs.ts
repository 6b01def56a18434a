// Reporting verbs and participles (قال إن، أكد أن، أشار إلى أن، أعرب عن،
// مؤكدا أن …): the complement, the subject written around the verb, and the
// verb placed after its statement.
import type { Entity, Sentence, Token } from "../types.js";
import { tokenIndexAt } from "../events/context.js";
import { findComplement, startsClause } from "./complement.js";
import { before, boundaryOf, clauseInitial, cueStartOf, fromSide, opensFromSide, type Draft, type ScanContext } from "./draft.js";
import { trailingDraft } from "./cue-trailing.js";
import { correspondenceNoun, textWriter } from "./cue-documents.js";
import { lexicon, type VerbForm } from "./lexicon.js";
import { mediumSpeaker, readSubject, titleHolder, type Subject } from "./subject.js";
import { CLOSING_MARKS, cueReading, headedParticiple, honorificPronoun, isComma, isStatementHead, isWord, plain, verbReading } from "./words.js";

export function reportingVerb(ctx: ScanContext, s: Sentence, t: number, open: Draft | null): Draft | null {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  const tok = tokens[t];
  // (مجدداً دعوته إلى …: a participle that is also an adverb reads only before its object.)
  const headed = cueReading(tok) === null ? headedParticiple(tokens, t) : null;
  const vf = cueReading(tok) ?? headed;
  if (!vf) return null;
  const conj = tok.pre.startsWith("و") || tok.pre.startsWith("ف") || (tok.norm !== vf.lemma && /^[وف]/.test(tok.norm) && !tok.norm.startsWith(vf.lemma));
  const initial = clauseInitial(tokens, s, t, conj);
  const p = before(tokens, s, t);
  const afterVerb = p >= 0 && startsClause(tokens[p]); // وتابع قائلا
  // وتابع قائلا: the participle carries the statement.
  if (tokens[t + 1] && cueReading(tokens[t + 1])?.form === "participle" && vf.form !== "participle") return null;

  if (vf.needsInitial && !initial && vf.form !== "participle") return null;
  // بين and عبر are first of all a preposition: every form of them needs its complement at once.
  // وعبر رئيس الجمهورية، باسمه وباسم شعبه، عن …: opening a clause with a title or a name after it, it is the verb.
  const following = tokens[t + 1];
  const subjectAhead = following !== undefined && (isWord(following, lex.titles) || isWord(following, lex.honorifics) || ctx.index.at(following.start) !== undefined);
  const strictForm = vf.strict && vf.form !== "participle" && !(initial && conj && subjectAhead);
  const comp = findComplement(tokens, t + 1, s.tokenEnd, vf, ctx.quotations, strictForm, mentionTest(ctx));
  // A participle with its complementizer (مشيرا إلى أن، مؤكدا أن) is unambiguous even
  // without a comma before it; one with a noun phrase (معربا عن) needs a clause start.
  const clausal = comp !== null && comp.frame !== "prep_np";
  // …الشقيقة متمنيا سموه التوفيق: an honorific pronoun right after it marks the participle's clause though no comma does.
  const honorificNext = honorificPronoun(tokens[t + 1]) !== null;
  // …، والذي أكد خلاله سعادته دعم …: an honorific pronoun past the verb's adverbs is its written subject, so a noun phrase after it is the statement.
  let h = t + 1;
  while (h < s.tokenEnd && h - t <= 2 && isWord(tokens[h], lex.zoneAdverbs)) h++;
  const honorificSubject = honorificNext || (h > t + 1 && honorificPronoun(tokens[h]) !== null);
  // …الشقيقين مؤكدا حرص دولة الكويت …: a circumstantial participle written with its alef (مؤكدا، مشيرا) before a
  // noun of stance opens a clause though the writer set no comma (an adjective would not take the alef).
  const adverbial = vf.form === "participle" && /ا$/.test(tok.norm) && following !== undefined && (isStatementHead(following) || headed !== null);
  if (vf.form === "participle" && !initial && !afterVerb && !clausal && !honorificNext && !adverbial) return null;
  // اتصالات غير معلنة، قضايا غير مبررة: a participle after غير is an adjective, whatever complementizer follows.
  if (vf.form === "participle" && p >= 0 && plain(tokens[p]) === "غير") return null;
  // Inside a statement already open in this sentence, only a new clause starts a new one (…، مضيفا أن).
  const inside = open !== null && open.sentence === s.i && open.end === null;
  // … أن الوزير جدد دعم …: a named subject right after a complementizer reports in turn,
  // with a clause or (أكد، جدد) a noun phrase.
  // … بأن الرئيس X أعرب عن … (a spokesman's report): a noun-phrase complement counts too.
  const innerSpeaker = !initial && vf.form !== "participle" && (comp !== null || (vf.frames.has("np") && !strictForm)) && reportedSpeakerBefore(ctx, s, t);
  const nested = inside && innerSpeaker;
  if (inside && !initial && !(vf.form === "participle" && (clausal || honorificNext || adverbial)) && !nested) return null;

  let zoneEnd: number;
  let start: number;
  let direct = false;
  let end: number | null = null;
  let subjectTo: number;
  const aboutText = !initial && aboutTextNamed(ctx, s, t);
  if (comp) {
    // يُذكر أن / يُشار إلى أن with nothing before the complementizer: impersonal, no speaker.
    if (vf.form === "present" && comp.zoneEnd === t + 1 && isWord(tok, lex.impersonal)) return null;
    zoneEnd = subjectTo = comp.zoneEnd;
    start = comp.start;
    if (comp.quotation && quotationIsWhole(ctx, comp.quotation.close)) {
      direct = true;
      end = comp.quotation.close;
      // «…»، أضاف X، «…»: one statement split around its verb starts with the first part.
      start = splitQuotationOpening(ctx, s, t) ?? start;
    } else if (comp.frame === "prep_np" && vf.addressee) {
      // دعا المجتمع الدولي إلى …: who is addressed belongs to the statement.
      const se = subjectEnd(ctx, t + 1, comp.zoneEnd);
      subjectTo = se;
      // (Not a parenthetical between commas: دعا X، في كلمة ألقاها …، إلى …)
      if (se < comp.zoneEnd && !isComma(tokens[se])) start = tokens[se].start;
    }
  } else if (vf.frames.has("np") && !strictForm && vf.form !== "present" && (initial || innerSpeaker || relativeOpens(ctx, s, t) || honorificSubject || adverbial || afterTemporal(tokens, s, p) || aboutText || aboutCallNamed(ctx, s, t))) {
    // (… X، الذي أكد وقوف بلاده …: a relative clause opens with the verb too; its antecedent speaks.)
    // (A present form with a noun phrase, وتعتبر مبادرة …، يعتبر الحوار …, states a view the text
    // holds or a habit, not a statement made: only the past and the participle report one.)
    // … أن الوزير جدد دعم …: inside a document's report, a named subject before the verb makes it a statement.
    // أكد/جدد/تمنى + noun phrase: the statement follows the subject.
    zoneEnd = subjectTo = subjectEnd(ctx, t + 1, s.tokenEnd);
    // وجددت الحكومة تحذيراتها: a definite noun with no pronoun right after the verb is its
    // subject (objects of these verbs usually carry one: دعمه، التزامها).
    const next = tokens[t + 1];
    // (Not after a participle, whose subject is its clause's: مثمنا الدور الذي …)
    if (zoneEnd === t + 1 && vf.form !== "participle" && next?.kind === "arabic" && next.pre === "" && !isWord(next, lex.zoneAdverbs) &&
        ((next.core.startsWith("ال") && next.suf === "") || isWord(next, lex.anonymous) || isWord(next, lex.nonSpeakers))) zoneEnd = subjectTo = t + 2;
    if (zoneEnd >= s.tokenEnd - 2) return null;
    const object = objectStart(tokens, s, zoneEnd);
    // أبرز، مبرزا + noun phrase: a statement only with a noun of stance (مبرزا أهمية …; أبرز also means 'most prominent').
    // نافيا ما تناقلته وسائل الإعلام …: a denial's object may be what was reported.
    if (vf.npHeads && !isStatementHead(tokens[object]) && !(vf.npWhat && tokens[object]?.norm === "ما")) return null;
    start = tokens[object].start;
  } else {
    return inside ? null : postposed(ctx, s, t, vf);
  }
  let subject = vf.relayed ? relayedSpeaker(ctx, t + 1, subjectTo) : readSubject(tokens, ctx.index, t + 1, subjectTo, ctx.lastSpeaker(), vf.gender);
  // …، داعيا الاتحاد الأوروبي إلى …، مطالبا الأمم المتحدة بـ …: after a directive participle the noun is
  // who is addressed, never the speaker (the clause's subject is); only an honorific pronoun (داعيا سموه) is.
  if (vf.form === "participle" && vf.addressee && subject.kind !== "implicit" && honorificPronoun(tokens[t + 1]) === null) subject = { kind: "implicit" };
  // قالت الوزارة في بيان إن … وأضاف البيان أن …: the statement's own بيان goes on with the same speaker.
  // (A joint statement reported from it in between leaves it the speaker: … أن الزعيمين أعربا عن …. وأضاف البيان أن الرئيسين شددا …)
  if (subject.kind === "drop" && /^ال(بيان|بلاغ)$/.test(plain(tokens[t + 1]))) {
    const named = ctx.lastNamed?.() ?? null;
    if ((open !== null && madeInStatement(ctx, open)) || (named !== null && named !== open && named.sentence >= s.i - 2 && madeInStatement(ctx, named))) subject = { kind: "implicit" };
  }
  // وأكدت الرسالة التي بعث بها X أن …: a person's own text speaks for its writer; an institution's stays sourcing.
  if ((subject.kind === "drop" || subject.kind === "unresolved") && !vf.relayed && correspondenceNoun(tokens[t + 1]) === "noun") {
    const writer = textWriter(ctx, t + 1, subjectTo);
    if (writer) subject = { kind: "entity", id: writer, explicit: true };
  }
  // … أن بوتين أبلغ بايدن أن …: with its subject written before it, a verb that takes an
  // object (أبلغ، دعا، حث) has the addressee after it, not its subject.
  if (innerSpeaker && vf.takesObject) {
    const id = speakerAfterComplementizer(ctx, s, t);
    if (id) subject = { kind: "entity", id, explicit: true };
  }
  // Subject before the verb: وكان الرئيس قد أكد أن … (a كان clause).
  if (subject.kind === "implicit" && p >= 0 && p < t - 1 && tokens[p].norm !== "قد") {
    // A subject with a long title set off by commas (وكان وزير الشؤون الخارجية والتعاون …، ناصر X، قد أكد) reaches further back;
    // so does a name with its chain of titles (وكان معالي الشيخ X بن Y بن Z آل W رئيس مجلس الوزراء وزير الخارجية قد أعلن).
    const comma = isComma(tokens[p]);
    const reach = comma ? 24 : 16;
    let k = p;
    while (k > s.tokenStart && !isKana(tokens[k - 1]) && p - k < reach && (comma || !isComma(tokens[k - 1]))) k--;
    if (k > s.tokenStart && isKana(tokens[k - 1])) {
      const before = readSubject(tokens, ctx.index, k, p + 1, ctx.lastSpeaker(), vf.gender);
      if (before.kind !== "implicit") subject = before;
    }
  }
  // أما X فـقال …: the topic after أما is the subject (أما وزير الخارجية فشدد على أن …).
  if (subject.kind === "implicit" && (tok.norm.startsWith("ف") || tokens[t - 1]?.norm === "فقد")) {
    // (The topic may carry an apposition between commas: أما وزير الدفاع، الفريق X، فأعرب عن …)
    let k = t - 1;
    while (k > s.tokenStart && t - k <= 16 && plain(tokens[k]) !== "اما") k--;
    if (k < t - 1 && plain(tokens[k]) === "اما") {
      const topic = readSubject(tokens, ctx.index, k + 1, t, ctx.lastSpeaker(), vf.gender);
      if (topic.kind !== "implicit") subject = topic;
    }
  }
  // A topic before the verb: X، المتحدث باسم …، قال إن … (the sentence opens with the person).
  if (subject.kind === "implicit" && p >= 0 && isComma(tokens[p])) {
    let k = s.tokenStart;
    while (k < t && (tokens[k].kind === "punct" || isWord(tokens[k], lex.titles) || isWord(tokens[k], lex.honorifics))) k++;
    const m = tokens[k] ? ctx.index.at(tokens[k].start) ?? ctx.index.at(tokens[k].coreStart) : undefined;
    const e = m?.entity.type === "PER" ? m.entity : tokens[k] ? ctx.index.byFamilyName(tokens[k]) : null;
    const between = tokens.slice(k, t).some((x) => startsClause(x));
    if (e && !between && (tokens[k].pre === "" || tokens[k].pre === "و")) subject = { kind: "entity", id: e.id, explicit: true };
  }
  // A relative clause: … فؤاد السنيورة الذي (كان) شدد على … — the antecedent speaks.
  if (subject.kind === "implicit" && p > s.tokenStart) {
    let r = p;
    if (isKana(tokens[r]) && r > s.tokenStart) r--;
    if (RELATIVE.has(tokens[r].norm)) {
      const e = relativeAntecedent(ctx, s, r) ?? titleAntecedent(ctx, s, r);
      if (e) subject = { kind: "entity", id: e.id, explicit: true };
      // وتلا X البيان الختامي الذي أشار إلى أن …: a document's relative clause is what the document says,
      // sourcing, not the words of the person last named.
      else if (documentAntecedent(tokens, s, r)) subject = { kind: "drop" };
    }
  }
  // Subject before the verb inside a clause (… أن الرئيس أكد أن …); not the name that ends the
  // clause a text's own clause follows (… برقية إلى Y أكد فيها: the text's writer speaks).
  if (subject.kind === "implicit" && !initial && p >= 0 && !aboutText) {
    const m = ctx.index.at(tokens[p].start);
    const e = m && m.entity.type === "PER" && m.end >= tokens[p].end ? m.entity : ctx.index.byFamilyName(tokens[p]);
    const id = e?.id ?? speakerAfterComplementizer(ctx, s, t);
    if (id) subject = { kind: "entity", id, explicit: true };
  }
  // لكن وكالة الأنباء الكويتية (كونا) قالت إن …: a medium written before the verb in its clause, as after it,
  // speaks where it is named and is sourcing where not.
  if (subject.kind === "implicit" && !conj && p === t - 1) {
    const m = mediumBefore(ctx, s, t);
    if (m >= 0) {
      const id = mediumSpeaker(ctx.doc.tokens, ctx.index, m, t);
      subject = id ? { kind: "entity", id, explicit: true } : { kind: "drop" };
    }
  }
  if (vf.jointOnly && subject.kind !== "joint" && vf.number === "single") return null;
  // The preposition belongs to the cue when it follows the verb directly (أعرب عن، دعا إلى، معربا عن).
  const prepAdjacent = comp !== null && comp.frame === "prep_np" && comp.zoneEnd === t + 1 && (vf.npPrep ?? vf.prep) !== "ب";
  return {
    kind: vf.form === "participle" ? "participle" : "verb",
    cueStart: cueStartOf(tok),
    cueEnd: prepAdjacent ? tokens[t + 1].end : tok.end,
    boundary: boundaryOf(tokens, s, t),
    start,
    end,
    direct,
    sentence: s.i,
    subject,
    number: vf.number,
    gender: vf.gender,
    nounPhrase: comp ? comp.frame === "prep_np" : true,
    // A participle's clause is the sentence's: من جانبه at its start counts.
    fromSide: vf.form === "participle" ? opensFromSide(tokens, s) : fromSide(tokens, s, t),
    next: zoneEnd + 1,
    nested: nested || undefined,
  };
}

/** The draft's speaker said it in a بيان or بلاغ (قالت الوزارة، في بيان نشرته، إن …): the words between its cue and its content name one. */
function madeInStatement(ctx: ScanContext, d: Draft): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = tokenIndexAt(tokens, d.cueEnd); k < tokens.length && tokens[k].start < d.start; k++) if (/^(ب|في)?(بيان|بلاغ)/.test(plain(tokens[k]))) return true;
  return false;
}

/** Words that make أن a temporal conjunction (منذ أن، بعد أن، قبل أن), or date what follows before (وسبق أن أكد X …). */
const TEMPORAL_HEADS = new Set(["بعد", "منذ", "قبل", "سبق"]);

/**
 * The verb opens a temporal clause (منذ أن أعلن X دعمه لـ …، بعد أن جدد X التزام بلاده بـ …): a
 * statement with a noun phrase reported as the event the clause dates, `p` the token before the verb.
 */
function afterTemporal(tokens: Token[], s: Sentence, p: number): boolean {
  return p > s.tokenStart && tokens[p].norm === "ان" && TEMPORAL_HEADS.has(plain(tokens[p - 1]));
}

/**
 * بعث X برقية تهنئة إلى نظيره Y أكد فيها حرص …: the verb opens a clause about a text (a cable, a
 * letter, a speech) named before it in the sentence, فيها/فيه right after it, though no comma or و
 * marks the clause (the relative clause of an indefinite noun takes none); its speaker is the text's writer.
 */
function aboutTextNamed(ctx: ScanContext, s: Sentence, t: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[t + 1]?.norm;
  if (next !== "فيها" && next !== "فيه") return false;
  for (let j = t - 1; j >= s.tokenStart && t - j <= 20; j--) if (correspondenceNoun(tokens[j]) === "noun") return true;
  return false;
}

/** A call (اتصال، اتصالا، الاتصال، مكالمة), folded core. */
const CALL_NOUN = /^(ال)?(اتصال|مكالمه)/;

/**
 * تلقى Y اتصالا من X أبدى خلاله استعداد …: the verb at `t` is followed by خلاله and a call was named
 * before it in the sentence, so it opens the clause about the call (whose caller is its subject).
 */
function aboutCallNamed(ctx: ScanContext, s: Sentence, t: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[t + 1]?.norm;
  if (next !== "خلاله" && next !== "خلالها") return false;
  for (let j = t - 1; j >= s.tokenStart && t - j <= 20; j--) if (CALL_NOUN.test(tokens[j].core)) return true;
  return false;
}

/** Relative pronouns a reporting verb may follow with its antecedent as subject. */
const RELATIVE = new Set(["الذي", "التي"]);

/** Words of a state's official name inside a title (أمير دولة الكويت، رئيس جمهورية العراق). */
const STATE_FORM_WORDS = new Set(["دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"]);

/**
 * The relative pronoun at token `r` follows a document noun (البيان الختامي الذي، التقرير الذي، الوثيقة
 * التي): its head, with up to two definite adjectives after it, is one of the non-speakers and no
 * person's own text.
 */
function documentAntecedent(tokens: Token[], s: Sentence, r: number): boolean {
  const nonSpeakers = lexicon().nonSpeakers;
  for (let a = r - 1; a >= s.tokenStart && r - a <= 3 && tokens[a].kind === "arabic"; a--) {
    // (A person's own text, الرسالة التي بعث بها X, speaks for its writer: cue-documents.ts.)
    if (isWord(tokens[a], nonSpeakers)) return correspondenceNoun(tokens[a]) !== "noun";
    if (!tokens[a].core.startsWith("ال")) return false;
  }
  return false;
}

/** The verb at `t` opens a relative clause (… X، الذي أكد وقوف …) whose antecedent is a named person. */
function relativeOpens(ctx: ScanContext, s: Sentence, t: number): boolean {
  const r = t - 1;
  return r > s.tokenStart && RELATIVE.has(ctx.doc.tokens[r].norm) && relativeAntecedent(ctx, s, r)?.type === "PER";
}

/**
 * The antecedent of a relative pronoun at token `r` (… فؤاد السنيورة الذي شدد على …): the nearest
 * name back, across an apposition set off by a comma (… ديفيد لين، المبعوث الخاص، الذي …) or a
 * title written right after the name (… X أمير دولة الكويت الشقيقة الذي أعرب …), where a state
 * inside the title is passed over. A name followed by other words (الوزير X الوفد الزائر الذي)
 * is not the antecedent.
 */
function relativeAntecedent(ctx: ScanContext, s: Sentence, r: number): Entity | null {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  let apposition = false;
  let walked = false;
  for (let a = r - 1; a > s.tokenStart && r - a <= 12; a--) {
    const t = tokens[a];
    const m = ctx.index.at(t.start) ?? ctx.index.at(t.coreStart);
    const e = m && m.entity.type !== "MISC" && m.end >= t.end ? m.entity : ctx.index.byFamilyName(t);
    if (e) {
      const after = tokens[a + 1];
      const titled = after !== undefined && (isWord(after, lex.titles) || isWord(after, lex.honorifics));
      if (e.type === "PER") return !walked || apposition || titled ? e : null;
      // A state or body inside a title (أمير دولة الكويت، رئيس دولة الإمارات العربية المتحدة،): the title's holder is further back.
      const head = m ? tokenIndexAt(tokens, m.start) : a;
      const lead = tokens[head - 1];
      const inTitle = lead !== undefined && head - 1 > s.tokenStart && (isWord(lead, lex.titles) || isWord(lead, lex.honorifics) || STATE_FORM_WORDS.has(plain(lead)));
      if (!inTitle) return !walked || apposition ? e : null;
      a = head;
      walked = true;
      continue;
    }
    walked = true;
    if (isComma(t)) {
      apposition = true;
      continue;
    }
    const titleWord = isWord(t, lex.titles) || isWord(t, lex.honorifics) || STATE_FORM_WORDS.has(plain(t));
    // After a comma any definite word may belong to the apposition; before one, only a title's adjectives (الشقيقة، المتحدة).
    if (!titleWord && !(t.core.startsWith("ال") && (apposition || /^ال..+(ي|يه|ه)$/.test(t.core)))) return null;
  }
  return null;
}

/**
 * Whether a token is (part of) a mention or a known family name. Made here, not in
 * reportingVerb: a closure there over ctx would cost that function an allocation per token.
 */
function mentionTest(ctx: ScanContext): (x: Token) => boolean {
  return (x) => ctx.index.at(x.start) !== undefined || ctx.index.at(x.coreStart) !== undefined || ctx.index.byFamilyName(x) !== null;
}

/**
 * … أن الرئيس X أكد أن …: a person named right after a complementizer and
 * right before this verb reports in turn; the inner statement is theirs.
 */
function reportedSpeakerBefore(ctx: ScanContext, s: Sentence, t: number): boolean {
  return speakerAfterComplementizer(ctx, s, t) !== null;
}

/**
 * The person written between a complementizer and this verb (… أن الرئيس X أكد
 * أن …، … بأن الرئيس أكد أن …): a name, or a title a person of the article holds.
 */
function speakerAfterComplementizer(ctx: ScanContext, s: Sentence, t: number): string | null {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  let k = t - 1;
  while (k > s.tokenStart && t - k <= 8 && !isWord(tokens[k - 1], lex.complementizers)) k--;
  if (k <= s.tokenStart || !isWord(tokens[k - 1], lex.complementizers) || k >= t) return null;
  const p = t - 1;
  const m = ctx.index.at(tokens[p].start);
  if (m && m.entity.type === "PER" && m.end >= tokens[p].end && m.start >= tokens[k].start) return m.entity.id;
  const family = ctx.index.byFamilyName(tokens[p]);
  if (family && t - k <= 3) return family.id;
  if (!isWord(tokens[k], lex.titles) && !isWord(tokens[k], lex.honorifics)) return null;
  const h = titleHolder(tokens, ctx.index, k, t);
  return h && h.end === t ? h.entity.id : null;
}

const isKana = (t: Token) => ["كان", "وكان", "كانت", "وكانت", "فكان"].includes(t.norm);

/** نقلت الوكالة عن الوزير أن …: the person after عن speaks; عنه/عنها carry the last speaker; no one, not a statement. */
function relayedSpeaker(ctx: ScanContext, from: number, to: number): Subject {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const w = plain(tokens[k]);
    if (w === "عنه" || w === "عنها") return { kind: "implicit" };
    if (w !== "عن") continue;
    const m = ctx.index.within(tokens[k + 1]?.start ?? 0, tokens[to]?.start ?? Infinity, ["PER", "ORG", "GPE"])[0];
    const e = m?.entity ?? (tokens[k + 1] ? ctx.index.byFamilyName(tokens[k + 1]) : null);
    if (e) return { kind: "entity", id: e.id, explicit: true };
    return readSubject(tokens, ctx.index, k + 1, to, ctx.lastSpeaker());
  }
  return { kind: "drop" };
}

/**
 * «إن مسيرة المجلس …»، أضاف سموه، «أثبتت قدرتها …»: a direct statement split around its verb,
 * the first part opening the sentence and closing right before the comma before the verb. Where
 * its words start (after the opening mark), or null when the verb has no such first part. The
 * statement then runs over the attribution between the parts, as the reader reads it: one
 * statement, not two (the second part alone often opens mid-clause: «… عقود»، قال، «أثبتت …»).
 */
function splitQuotationOpening(ctx: ScanContext, s: Sentence, t: number): number | null {
  const tokens = ctx.doc.tokens;
  const p = before(tokens, s, t);
  if (p <= s.tokenStart || !isComma(tokens[p]) || !CLOSING_MARKS.has(tokens[p - 1].text)) return null;
  const q = ctx.quotations.find((x) => x.close === tokens[p - 1].start);
  if (!q || ctx.doc.article.text.slice(s.start, q.open).trim() !== "") return null;
  return q.open + 1;
}

/** A quotation that is the statement itself, not a quoted phrase inside it: nothing but punctuation follows in its clause. */
function quotationIsWhole(ctx: ScanContext, close: number): boolean {
  const text = ctx.doc.article.text;
  let i = close + 1;
  while (i < text.length && (text[i] === " " || text[i] === "\u00A0")) i++;
  return i >= text.length || /[.،,؛;:\n!؟?)\-–]/.test(text[i]);
}

/**
 * Where a subject written right after the verb ends (token index): a name,
 * a title with its words, an honorific pronoun (سموه) or a dual (الجانبان),
 * up to a breaker word or comma; `from` itself when the clause has none.
 */
function subjectEnd(ctx: ScanContext, from: number, limit: number): number {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  if (!tokens[from] || from >= limit) return from;
  // Adverbs before a written subject (وأكد خلاله الرئيس X حرص …، أعرب فيها جلالته عن …).
  let a = from;
  while (a + 1 < limit && isWord(tokens[a], lex.zoneAdverbs) && tokens[a + 1].kind === "arabic" && !isWord(tokens[a + 1], lex.zoneAdverbs)) a++;
  if (a > from && a < limit) {
    const end = subjectEnd(ctx, a, limit);
    if (end > a) return end;
  }
  const first = tokens[from];
  if (honorificPronoun(first) !== null || (isWord(first, lex.jointSubjects) && !/ين$/.test(plain(first)))) return from + 1;
  // أكد المجلس الأعلى في البيان الختامي دعمه …: a body written by the first words of its name.
  if (from + 2 <= limit && ctx.index.bodyByShortForm(tokens, from)) return from + 2;
  const titled = isWord(first, lex.titles) || isWord(first, lex.honorifics);
  const led = titled || ctx.index.at(first.start) !== undefined || ctx.index.at(first.coreStart) !== undefined || ctx.index.byFamilyName(first) !== null;
  if (!led) return from;
  if (titled) {
    // A title with no name after it ends where the title a person holds ends (وحث جلالة الملك الدول العربية على …).
    let named = false;
    for (let j = from; j < limit && j - from < 10 && !isComma(tokens[j]); j++) if (ctx.index.at(tokens[j].start)?.entity.type === "PER") named = true;
    // وأكد الرئيس السيسي خلال الاتصال استعداد …: a family name the entity stage left unmarked right after the title's words names him too.
    if (!named) {
      let j = from;
      while (j < limit && j - from < 6 && (isWord(tokens[j], lex.titles) || isWord(tokens[j], lex.honorifics))) j++;
      if (j > from && j < limit && ctx.index.byFamilyName(tokens[j])) named = true;
    }
    if (!named) {
      const h = titleHolder(tokens, ctx.index, from, limit);
      if (h) return h.end;
      // وأكد السفير الأوزبكي تطلع بلاده …: a holder the article does not name; the title and its nationality end where a statement head begins.
      let j = from;
      while (j < limit && (isWord(tokens[j], lex.titles) || isWord(tokens[j], lex.honorifics))) j++;
      if (j < limit && /^ال..+يه?$/.test(tokens[j].core)) j++;
      if (j > from && isStatementHead(tokens[j])) return j;
    }
  }
  let k = from;
  let lastMentionEnd = -1;
  for (; k < limit && k - from < 10; k++) {
    const t = tokens[k];
    if (isComma(t) || isWord(t, lex.breakers) || t.kind === "punct") break;
    const m = ctx.index.at(t.start) ?? ctx.index.at(t.coreStart);
    if (m) lastMentionEnd = m.end;
    else if (ctx.index.byFamilyName(t)) lastMentionEnd = t.end; // وأكد خلاله درويش حرص …: a family name the entity stage left unmarked
    else if (lastMentionEnd >= 0 && !isWord(t, lex.titles)) break; // the name ends the subject
  }
  return k;
}

/**
 * A title with no name right before a relative pronoun at token `r` (التقى السيسي رئيسة الوزراء
 * الإيطالية، التي اعتبرت …): its holder in the article. The title is its head word and the
 * definite words after it, a comma at most before the pronoun.
 */
function titleAntecedent(ctx: ScanContext, s: Sentence, r: number): Entity | null {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  let end = r;
  if (end - 1 > s.tokenStart && isComma(tokens[end - 1])) end--;
  let k = end - 1;
  while (k > s.tokenStart && end - k <= 5 && !isWord(tokens[k], lex.titles) && tokens[k].kind === "arabic" && tokens[k].core.startsWith("ال") && !ctx.index.at(tokens[k].start)) k--;
  if (k < s.tokenStart || k === end - 1 || !isWord(tokens[k], lex.titles) || ctx.index.at(tokens[k].start)) return null;
  return titleHolder(tokens, ctx.index, k, end)?.entity ?? null;
}

/**
 * The token opening the clause before the verb at token `t` where it is a medium (وكالة، صحيفة، قناة), else -1:
 * back to a comma, a complementizer, another verb or a clause opener (لكن), at most ten words.
 */
function mediumBefore(ctx: ScanContext, s: Sentence, t: number): number {
  const tokens = ctx.doc.tokens;
  const lex = lexicon();
  let first = -1;
  for (let k = t - 1; k >= s.tokenStart && t - k <= 10; k--) {
    const x = tokens[k];
    if (isComma(x) || isWord(x, lex.complementizers) || isWord(x, lex.clauseOpeners) || verbReading(x) !== null || /^و?لكن/.test(plain(x))) break;
    if (x.kind === "arabic") first = k;
  }
  return first >= 0 && isWord(tokens[first], lex.media) ? first : -1;
}

/** «…»، قال الوزير. / …، أضاف X. — a reporting verb after its statement, with only its speaker after it. */
function postposed(ctx: ScanContext, s: Sentence, t: number, vf: VerbForm): Draft | null {
  const tokens = ctx.doc.tokens;
  if (t <= s.tokenStart || !isComma(tokens[t - 1]) || vf.jointOnly || !vf.frames.has("that")) return null;
  let end = s.tokenEnd;
  // «…»، قال بوتين، مؤكدا أن …: a participle's clause after the speaker is a statement of its own.
  const going = participleClauseAfter(tokens, t + 1, Math.min(end, t + 12));
  if (going >= 0) end = going;
  while (end > t + 1 && tokens[end - 1].kind === "punct") end--;
  if (end - t > 10) return null;
  const subject = readSubject(tokens, ctx.index, t + 1, end, ctx.lastSpeaker(), vf.gender);
  if (subject.kind === "implicit" && end > t + 1) return null; // words after the verb that are no speaker: not an attribution
  if (subject.kind === "entity") {
    // Nothing may follow the speaker's name but a title, punctuation, or an adverbial that
    // closes the sentence (… قالت الوزيرة X للصحفيين، … قال X في مؤتمر صحفي).
    const m = ctx.index.entities.find((e) => e.id === subject.id)?.mentions.filter((x) => x.start > tokens[t].start).at(0);
    // The name as marked, or as a family name the entity stage did not mark (قالت الوزيرة جولي).
    const nameEnd = m?.end ?? tokens.slice(t + 1, end).find((x) => ctx.index.byFamilyName(x)?.id === subject.id)?.end;
    if (nameEnd === undefined) return null;
    const lex = lexicon();
    const rest = tokens.slice(t + 1, end).filter((x) => x.start >= nameEnd && x.kind !== "punct");
    const adverbial = rest.length > 0 && (isWord(rest[0], lex.breakers) || isWord(rest[0], lex.zoneAdverbs) || /^ل/.test(rest[0].norm));
    if (!adverbial && rest.some((x) => !isWord(x, lex.titles))) return null;
  }
  if (subject.kind === "drop" || subject.kind === "unresolved") return null;
  const number = vf.number;
  const d = trailingDraft(ctx, s, t, tokens[t].end, subject, number, vf.gender);
  if (d) d.cueStart = cueStartOf(tokens[t]);
  // (The participle's clause is scanned next.)
  if (d && going >= 0) d.next = going;
  return d;
}

/** The comma in [from, to) right before a participle cue (…، قال X، مؤكدا أن …): its token index, else -1. */
function participleClauseAfter(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to - 1; j++) if (isComma(tokens[j]) && cueReading(tokens[j + 1])?.form === "participle") return j;
  return -1;
}


/**
 * Where the object of أكد/جدد + noun phrase begins: past an adverbial
 * (أكد خلال اللقاء دعم بلاده …) or a parenthetical between commas (وأكد
 * الجانبان، في البيان المشترك، التزامهما …) when a verbal noun follows it.
 */
function objectStart(tokens: Token[], s: Sentence, zoneEnd: number): number {
  const lex = lexicon();
  const first = tokens[zoneEnd];
  if (isComma(first)) {
    for (let j = zoneEnd + 1; j < s.tokenEnd && j - zoneEnd <= 14; j++) {
      if (isComma(tokens[j])) return isStatementHead(tokens[j + 1]) ? j + 1 : zoneEnd;
    }
    return zoneEnd;
  }
  if (isWord(first, lex.breakers) || isWord(first, lex.zoneAdverbs)) {
    for (let j = zoneEnd + 1; j < s.tokenEnd && j - zoneEnd <= 6 && !isComma(tokens[j]); j++) if (isStatementHead(tokens[j])) return j;
  }
  return zoneEnd;
}
