// Reads the subject zone of a reporting expression (the words between the cue
// and its content) into who speaks: a named entity, two coordinated parties or
// a dual noun (a joint statement), an unnamed official (unresolved), a document
// or medium (not a party's statement), or nothing written (carried over).
import type { Entity, Token } from "../types.js";
import { lexicon, type Gender } from "./lexicon.js";
import { addressedBefore, bareCore, contradicts, fitsAdjective, holdsTitle, MentionIndex, resolveAnaphor, resolveCounterpart, resolveHonorific, resolveTitle, resolveTitleLoose, type PlacedMention } from "./mentions.js";
import { honorificPronoun, isComma, isLead, isStatementHead, isWord, matchesAt, plain, verbReading } from "./words.js";
import { tokenIndexAt } from "../events/context.js";
import { normalize } from "../text/normalize.js";

export type Subject =
  | { kind: "entity"; id: string; explicit: true }
  | { kind: "joint"; ids: string[] | null }
  | { kind: "unresolved" }
  | { kind: "drop" }
  | { kind: "implicit" };

/** Words of a state's official name written before it (دولة الكويت، سلطنة عمان). */
const STATE_FORMS = new Set(["دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"]);

/** Nominative duals (الجانبان): the oblique ones (الجانبين) are usually objects after a verb. */
const OBLIQUE = /ين$/;

/** Words of a medium that passes on what another said (نقلا عن مصدر، عن مسؤول). */
const RELAYING = new Set(["نقلا", "عن"]);

/** Media words that name someone of the medium, not the medium (مراسل الجزيرة، وسائل إعلام). */
const NOT_THE_MEDIUM = new Set(["مراسل", "مراسله", "وسايل"]);

/**
 * The medium whose noun opens at token `k` (وكالة، صحيفة، قناة) when it is named there: an organisation
 * mention beginning within its first three words (وكالة الأنباء الكويتية، وكالة رويترز، صحيفة «الأهرام»),
 * and nothing up to `stop` relaying another's words. A medium named with its state speaks for itself,
 * not for the state (وكالة أنباء الإمارات is no GPE speaker).
 */
export function mediumSpeaker(tokens: Token[], index: MentionIndex, k: number, stop: number): string | null {
  const last = tokens[Math.min(k + 2, stop - 1)];
  const end = stop < tokens.length ? tokens[stop].start : tokens[tokens.length - 1].end;
  const named = index.within(tokens[k].start, end, ["ORG"])[0];
  if (!named || !last || named.start > last.end) return null;
  if (NOT_THE_MEDIUM.has(plain(tokens[k])) || NOT_THE_MEDIUM.has(tokens[k].core)) return null;
  for (let j = k; j <= stop && j < tokens.length; j++) if (RELAYING.has(plain(tokens[j]))) return null;
  return named.entity.id;
}

export function readSubject(tokens: Token[], index: MentionIndex, from: number, to: number, lastSpeaker: string | null, gender: Gender = null): Subject {
  const lex = lexicon();
  let k = from;
  while (k < to && (tokens[k].kind === "punct" || tokens[k].kind === "number")) k++;
  // وأشار -أيده الله- إلى أن …: a blessing is no subject.
  for (let n = invocationAt(tokens, k, to); n > 0; n = invocationAt(tokens, k, to)) {
    k += n;
    while (k < to && (tokens[k].kind === "punct" || tokens[k].kind === "number")) k++;
  }
  if (k >= to) return { kind: "implicit" };
  // Adverbs before a written subject (أعرب فيها جلالته عن، حسبما أفاد به بيان): the subject follows them.
  const lead = k;
  while (k + 1 < to && isWord(tokens[k], lex.zoneAdverbs) && !isWord(tokens[k + 1], lex.breakers) && tokens[k + 1].kind === "arabic" && !isWord(tokens[k + 1], lex.zoneAdverbs)) k++;
  const skipped = k > lead;
  const first = tokens[k];
  const next = tokens[k + 1];

  // Joint subjects: الجانبان، كلا الجانبين، كل من X و Y.
  if (isWord(first, lex.jointSubjects) && !OBLIQUE.test(plain(first))) return { kind: "joint", ids: null };
  if (first.norm === "كلا" && isWord(next, lex.jointSubjects)) return { kind: "joint", ids: null };

  let stop = to;
  for (let j = k; j < to; j++) {
    if (isWord(tokens[j], lex.breakers) && !(j === k + 1 && plain(first) === "كل") && !index.opensPersonName(tokens[j], tokens[j + 1])) {
      stop = j;
      break;
    }
  }
  const zoneStart = first.start;
  const zoneEnd = stop < tokens.length ? tokens[stop].start : tokens[tokens.length - 1].end;

  if (plain(first) === "كل" && next?.norm === "من") {
    const ids = distinct(index.within(zoneStart, zoneEnd, ["PER", "GPE", "ORG"]));
    if (ids.length >= 2) return { kind: "joint", ids };
  }

  // وقالت وكالة الأنباء الكويتية إن …، وذكرت صحيفة الأهرام أن …: a medium named as the subject says it in
  // its own name (three annotators asked blind made it the speaker). Unnamed (وكالة أنباء رسمية، الوكالة)
  // or relaying (نقلا عن مصدر) it is sourcing.
  const medium = isWord(first, lex.media) ? mediumSpeaker(tokens, index, k, stop) : null;
  if (medium) return { kind: "entity", id: medium, explicit: true };
  // A body's statement (أفاد بيان صادر عن الديوان الملكي بأن …، ذكر بيان لوزارة الخارجية أن …) is the body's.
  const issuer = statementIssuer(tokens, index, k, to);
  if (issuer) return { kind: "entity", id: issuer, explicit: true };
  // Any other document or medium (ذكر بيان لمكتب الرئيس X، أفادت وكالة أنباء …) is sourcing, whoever its genitive names.
  if (isWord(first, lex.nonSpeakers) || isWord(first, lex.media)) return { kind: "drop" };

  // A name after a clitic preposition is who it was said to (قال لرويترز، لنظيره), not who said it.
  // (The entity stage may take the preposition into the mention: للأناضول read as ل + الأناضول.)
  const free = (m: PlacedMention) => {
    const t = tokens[tokenIndexAt(tokens, m.start)];
    // (not when the whole word is a word of the name: كالاس in كايا كالاس is no ك + الاس)
    if (t && t.start === m.start && t.coreStart > m.start && /[لبك]/.test(t.pre) && !m.entity.name.split(" ").includes(t.text)) return false;
    return !t || t.start >= m.start || !/[لبك]/.test(t.text.slice(0, m.start - t.start));
  };
  const persons = index.within(zoneStart, zoneEnd, ["PER"]).filter(free);
  if (persons.length) {
    const coordinated = coordination(tokens, persons, k, stop);
    if (coordinated) return { kind: "joint", ids: coordinated };
    // جدد جلالة الملك لفخامة الرئيس تهانيه …: a title opening the zone whose name is not
    // written right after it names its holder; a name further on belongs to another phrase.
    if (isWord(first, lex.titles) || isWord(first, lex.honorifics)) {
      let j = k;
      while (j < stop && (isWord(tokens[j], lex.titles) || isWord(tokens[j], lex.honorifics) || /^ال.+يه?$/.test(tokens[j].core))) j++;
      if (j < stop && tokens[j].start < persons[0].start && tokens[j].kind === "arabic" && /^[لب]/.test(tokens[j].norm) && !index.at(tokens[j].coreStart)) {
        const h = titleHolder(tokens, index, k, j);
        if (h) return { kind: "entity", id: h.entity.id, explicit: true };
      }
    }
    // وكانت ويليامز قد أعلنت, the entity stage having marked يليامز (و read as the conjunction) as a
    // person of its own: the person the whole written word names.
    const word = tokens[tokenIndexAt(tokens, persons[0].start)];
    const whole = word && word.start < persons[0].start ? index.byWholeWord(word) : null;
    if (whole && whole !== persons[0].entity) return { kind: "entity", id: whole.id, explicit: true };
    // وقال ولد الشيخ أحمد, the entity stage having read الشيخ أحمد as a name of its own: the subject
    // written as the tail of a longer name of the article, which holds the mention found, is that person.
    const tail = index.byNameTail(tokens, k, stop);
    if (tail && tail.entity !== persons[0].entity && persons[0].end <= tokens[tail.end - 1].end) return { kind: "entity", id: tail.entity.id, explicit: true };
    return { kind: "entity", id: persons[0].entity.id, explicit: true };
  }

  // أكد المجلس الأعلى …، after المجلس الأعلى لمجلس التعاون was named: a body by the first words of its name.
  const body = index.bodyByShortForm(tokens, k);
  if (body) return { kind: "entity", id: body.id, explicit: true };

  // A title naming the post's place before the name (قالت سفيرة الصين لدى مصر X، المبعوث الخاص إلى سوريا X):
  // the person right after the place is the subject, though the preposition ended the zone.
  if (stop < to && isWord(first, lex.titles)) {
    const e = personAfterPost(tokens, index, stop, to);
    if (e) return { kind: "entity", id: e.id, explicit: true };
  }

  // A person the entity stage did not mark here, written by family name (وقال الوزير اليحيا).
  for (let j = k; j < stop && j - k < 5; j++) {
    const t = tokens[j];
    if (t.kind === "punct") continue;
    const addressed = j > k && (isWord(tokens[j - 1], lex.honorifics) || isWord(tokens[j - 1], lex.titles));
    // The first part of a name standing alone as the subject (وأضافت ماو أن for ماو نينغ: Chinese
    // names put the family name first; وقال فيصل إن), when no other person of the article shares it.
    const alone = j === k && (j + 1 >= stop || isComma(tokens[j + 1]) || isWord(tokens[j + 1], lex.zoneAdverbs));
    const e = index.byFamilyName(t) ?? index.byFirstTwo(t, j + 1 < stop ? tokens[j + 1] : undefined) ?? (addressed || alone ? index.byFirstName(t) : null) ?? (j > k && plain(tokens[j - 1]) === "بن" ? index.byPatronym(t) : null) ?? (alone ? index.byInnerName(t) : null);
    if (e) return { kind: "entity", id: e.id, explicit: true };
    // Titles, forms of address and up to two other name parts (جاويش أوغلو) may come first.
    const lead = isWord(t, lex.titles) || isWord(t, lex.honorifics) || isWord(t, lex.nameStoplist) || /^ال.+ي(ه)?$/.test(t.core);
    if (!lead && (j - k >= 2 || isWord(t, lex.zoneAdverbs) || verbReading(t))) break;
  }

  // الأخير / الأخيرة: the person mentioned last (وأكد الأخير أن …), of the noun's gender.
  if (plain(first) === "الاخير" || plain(first) === "الاخيره") {
    const want: Gender = plain(first) === "الاخيره" ? "f" : "m";
    const ms = index.within(0, first.start, ["PER"]);
    const m = ms.findLast((x) => !contradicts(index.genderOf(x.entity), want)) ?? ms.at(-1);
    if (m) return { kind: "entity", id: m.entity.id, explicit: true };
  }

  const pronoun = honorificPronoun(first);
  if (pronoun) {
    // جلالته is not the queen named beside the king (جلالة الملك وجلالة الملكة X): the pronoun's gender counts.
    const g: Gender = pronoun.feminine ? "f" : "m";
    const honorific = pronoun.honorific;
    const e = sentenceHonorific(tokens, index, k, honorific, skipped, g) ?? resolveHonorific(index, honorific, lastSpeaker, first.start, (m) => governed(tokens, m.start), g);
    return e ? { kind: "entity", id: e.id, explicit: true } : { kind: "implicit" };
  }

  const isTitle = isWord(first, lex.titles) || isWord(first, lex.honorifics);
  if (isWord(first, lex.counterparts)) {
    const adj = next && next.norm.startsWith("ال") && next.norm.endsWith("ي") ? next.norm : null;
    const e = resolveCounterpart(index, adj, lastSpeaker, first.start);
    return e ? { kind: "entity", id: e.id, explicit: true } : { kind: "unresolved" };
  }
  // وأبرز الوزير أن … after the minister spoke: a title word alone that the last speaker holds is
  // theirs, and so is one with a nationality they fit (ولفت الوزير الروسي، ودعا الرئيس الجزائري).
  if (lastSpeaker && !turnsToOther(tokens, from - 1) && lastSpeakerHoldsTitle(tokens, index, k, to, lastSpeaker)) return { kind: "entity", id: lastSpeaker, explicit: true };
  if (isTitle) {
    const e = titleHolder(tokens, index, k, stop)?.entity;
    if (e) return { kind: "entity", id: e.id, explicit: true };
  }

  // المسؤول الصيني، الدبلوماسي الروسي، الضيفة: a person the article named before.
  if (isWord(first, lex.anaphors)) {
    // Only a nationality narrows who is meant; another adjective (المسؤول الحكومي ذاته، الدبلوماسي الرفيع) does not.
    const adjective = next && k + 1 < stop && next.kind === "arabic" && /^ال..+يه?$/.test(next.core) && (index.isNationality(next.core) || index.countryOfAdjective(next.core) !== null) ? next.core : null;
    const feminine = plain(first).endsWith("ه");
    // A feminine nisba noun is also an abstract one (الدبلوماسية: diplomacy, a woman diplomat): it
    // names a person only where the article names a woman it fits; else it is no speaker.
    const abstract = feminine && plain(first).endsWith("يه");
    const e = resolveAnaphor(index, tokens, adjective, feminine ? "f" : gender ?? "m", lastSpeaker, first.start, abstract);
    if (e) return { kind: "entity", id: e.id, explicit: true };
    if (!abstract) return { kind: "unresolved" };
  }

  const bodies = index.within(zoneStart, zoneEnd, ["ORG", "GPE"]).filter(free);
  const third = tokens[Math.min(k + 2, stop - 1)] ?? first;
  if (bodies.length && (bodies[0].start <= third.start || isTitle)) {
    const coordinated = coordination(tokens, bodies, k, stop);
    if (coordinated) return { kind: "joint", ids: coordinated };
    // A title before an organisation (رئيس مجلس الدولة) names a person we could not resolve,
    // except a spokesperson, who speaks for the organisation.
    // A state after an indefinite noun (حكومة الصين، سفارة الصين) is that noun's genitive, not the speaker.
    const genitive = !isTitle && bodies[0].entity.type === "GPE" && bodies[0].start > first.coreStart && first.kind === "arabic" && !first.core.startsWith("ال") && !isWord(first, lex.honorifics);
    if (genitive) return { kind: "unresolved" };
    // دولة قطر، جمهورية مصر: a state's form of name, not a person's title.
    const stateForm = bodies[0].entity.type === "GPE" && STATE_FORMS.has(plain(first)) && tokens[k + 1] !== undefined && bodies[0].start <= tokens[k + 1].coreStart;
    if (!isTitle || stateForm || /^(ال)?(متحدث|ناطق)/.test(plain(first))) return { kind: "entity", id: bodies[0].entity.id, explicit: true };
    return { kind: "unresolved" };
  }
  if (isTitle) return { kind: "unresolved" };
  if (isWord(first, lex.nonSpeakers)) return { kind: "drop" };
  if (isWord(first, lex.anonymous)) return { kind: "unresolved" };
  // Anything but an adverb, a preposition or a verb right after the verb is a written subject we could not resolve.
  if (!skipped && first.kind === "arabic" && k < stop && !isWord(first, lex.zoneAdverbs) && !verbReading(first) && !/^[لب]/.test(first.norm)) return { kind: "unresolved" };
  return { kind: "implicit" };
}

/** Nouns of an issued statement (بيان، بلاغ), folded, as a token's core holds them. */
const STATEMENT_NOUNS = new Set(["بيان", "البيان", "بيانا", "بلاغ", "البلاغ", "بلاغا"]);

/** The participle that names who issued a statement (بيان صادر عن …، البيان الصادر عن …), folded. */
const ISSUED = new Set(["صادر", "صادرا", "الصادر"]);

/**
 * The organisation that issued the statement named at token `k`, before token `to`: بيان صادر عن
 * وزارة الخارجية، البيان الصادر عن الديوان، بيان لوزارة الخارجية، بيان وزارة الخارجية. A body
 * speaks through its statement as through its spokesman; a statement of no named body, a
 * medium's (بيان لوكالة …) and a person's office the article does not name as a body
 * (بيان لمكتب الرئيس X) stay sourcing: null.
 */
export function statementIssuer(tokens: Token[], index: MentionIndex, k: number, to: number): string | null {
  const noun = tokens[k];
  if (!noun || noun.kind !== "arabic" || !STATEMENT_NOUNS.has(noun.core)) return null;
  let j = k + 1;
  if (j < to && ISSUED.has(tokens[j].norm)) {
    if (tokens[j + 1]?.norm !== "عن") return null;
    j += 2;
  } else if (noun.core.startsWith("ال") && !tokens[j]?.text.startsWith("ل")) return null; // (البيان takes no genitive)
  if (j >= to) return null;
  const m = nameOnWord(tokens[j], index);
  return m && m.entity.type === "ORG" && !isMedium(m.entity) ? m.entity.id : null;
}

/**
 * The mention that token `x` opens, itself or after the preposition ل written on it (لوزارة
 * الخارجية, which the tokenizer may leave whole): the phrase's name. Another clitic preposition
 * (بشأن الوزارة، عن الوزارة) would make it what is spoken about, not whose: undefined then.
 */
export function nameOnWord(x: Token | undefined, index: MentionIndex): PlacedMention | undefined {
  if (x === undefined || x.kind !== "arabic") return undefined;
  const m = index.at(x.start) ?? index.at(x.coreStart) ?? (x.text.startsWith("ل") ? index.at(x.start + 1) : undefined);
  if (!m || m.start < x.start || m.start >= x.end) return undefined;
  if (m.start === x.start) return m;
  return x.text.startsWith("ل") ? m : undefined;
}

/** An organisation whose name opens with a medium's word (وكالة الأنباء …، صحيفة …): a source, never a speaker. */
export function isMedium(e: Entity): boolean {
  return lexicon().media.has(normalize(e.name.split(" ")[0] ?? ""));
}

/** The number of words of a blessing at token `k` (أيده الله، حفظه الله ورعاه), 0 when none stands there. */
function invocationAt(tokens: Token[], k: number, to: number): number {
  if (k + 1 >= to || !isWord(tokens[k], lexicon().invocations) || tokens[k + 1].norm !== "الله") return 0;
  return k + 2 < to && /^و(رعاه|رعاها|ايده|ايدها)$/.test(tokens[k + 2].norm) ? 3 : 2;
}

/** من جانبه، / بدوره، right before the verb at token `v`: the words turn to the other party. */
function turnsToOther(tokens: Token[], v: number): boolean {
  const sentence = tokens[v]?.sentence;
  let p = v - 1;
  while (p >= 0 && tokens[p].sentence === sentence && (isComma(tokens[p]) || isLead(tokens[p]))) p--;
  for (const phrase of lexicon().fromSide) {
    const k = p - phrase.length + 1;
    if (k >= 0 && tokens[k].sentence === sentence && matchesAt(tokens, phrase, k)) return true;
  }
  return false;
}

/**
 * The title at token `k` is written bare (no name, at most a nationality adjective, then a word that is
 * neither a name nor definite: وكان جلالة الملك قد أجرى …) and `lastSpeaker` holds it.
 */
export function bareTitleOf(tokens: Token[], index: MentionIndex, k: number, end: number, lastSpeaker: string): boolean {
  let j = k + 1;
  if (j < end && tokens[j].kind === "arabic" && tokens[j].pre === "" && /^ال..+يه?$/.test(tokens[j].core) && index.isTitleAdjective(tokens[j].core)) j++;
  const next = tokens[j];
  if (next && next.kind === "arabic" && (index.at(next.start) || index.at(next.coreStart) || next.core.startsWith("ال") || index.byFamilyName(next))) return false;
  return lastSpeakerHoldsTitle(tokens, index, k, j, lastSpeaker);
}

/**
 * A definite title written alone from token `k` (the zone ends after it, or a comma, adverb or
 * preposition follows), with at most a nationality adjective after it, that the last speaker
 * holds and fits: a writer names the other party when the words turn to them.
 */
function lastSpeakerHoldsTitle(tokens: Token[], index: MentionIndex, k: number, to: number, lastSpeaker: string): boolean {
  const lex = lexicon();
  const first = tokens[k];
  if (!isWord(first, lex.titles) || !first.core.startsWith("ال")) return false;
  let j = k + 1;
  const adjective = j < to && tokens[j].kind === "arabic" && tokens[j].pre === "" && /^ال..+يه?$/.test(tokens[j].core) && index.isTitleAdjective(tokens[j].core) ? tokens[j].core : null;
  if (adjective) j++;
  const next = tokens[j];
  if (!(j >= to || isComma(next) || isWord(next, lex.zoneAdverbs) || isWord(next, lex.breakers))) return false;
  if (!holdsTitle(index, tokens, lastSpeaker, bareCore(lex.titleSynonyms.get(first.core) ?? first.core))) return false;
  return adjective === null || fitsAdjective(index, tokens, lastSpeaker, adjective);
}

/**
 * The person a title written from token `k` names, trying the longest run of
 * words first (وزير الخارجية الروسي اليوم الثلاثاء → وزير الخارجية الروسي),
 * and the token index where that title ends.
 */
export function titleHolder(tokens: Token[], index: MentionIndex, k: number, stop: number): { entity: Entity; end: number } | null {
  const words: string[] = [];
  // A title ends at a preposition (ادان وزير الخارجية المصري الاعتداءات على الأراضي الإيرانية: الإيرانية is no nationality of his)
  // and at a verbal noun opening a statement (أكد الوزير التركي دعم بلاده للموقف المصري: المصري is the statement's).
  const breakers = lexicon().breakers;
  for (let j = k; j < stop && j - k < 8 && tokens[j].kind === "arabic" && !(j > k && (breakers.has(tokens[j].norm) || isStatementHead(tokens[j]))); j++) words.push(tokens[j].core);
  let adjective: string | null = null;
  // A title written with its synonym (العاهل الأردني for الملك …) tries the common form too.
  const synonyms = lexicon().titleSynonyms;
  const commonWords = words.map((w) => synonyms.get(w) ?? w);
  // The first word written with a synonym: the common form of a phrase differs when it holds that word.
  let synonym = 0;
  while (synonym < words.length && commonWords[synonym] === words[synonym]) synonym++;
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n);
    const e = resolveTitle(index, phrase, tokens[k].start, adjective) ?? (synonym < n ? resolveTitle(index, commonWords.slice(0, n), tokens[k].start, adjective) : null);
    if (e) return { entity: e, end: k + n };
    // Once a phrase ending in a nationality (or a country: ملك البحرين) failed, shorter ones must not contradict it.
    if (!adjective && n >= 2 && (index.isNationality(words[n - 1]) || index.isStateName(bareCore(words[n - 1])))) adjective = words[n - 1];
  }
  // A long title written over prepositions: its head word (and nationality) before a person in their sentence.
  const lex = lexicon();
  let h = k;
  while (h < stop && isWord(tokens[h], lex.honorifics)) h++;
  if (h < stop && isWord(tokens[h], lex.titles)) {
    const next = tokens[h + 1];
    const marker = next && h + 1 < stop && next.kind === "arabic" && (index.isNationality(next.core) || /^ال..+ي$/.test(next.core) || index.isStateName(bareCore(next.core))) ? next.core : adjective;
    const e = resolveTitleLoose(index, tokens, bareCore(tokens[h].core), marker, tokens[k].start);
    if (e) return { entity: e, end: Math.min(stop, h + (marker === next?.core ? 2 : 1)) };
  }
  return null;
}


/** Prepositions that name where a post is held (سفير … لدى، سفيرة … في، المبعوث … إلى). */
const POST_PLACE = new Set(["لدي", "في", "الي"]);

/**
 * After a post's preposition at token `at`: up to three words of a place (a marked place,
 * ال-words), then a person, whose first name part the entity stage may have left out.
 */
function personAfterPost(tokens: Token[], index: MentionIndex, at: number, to: number): Entity | null {
  if (!POST_PLACE.has(tokens[at].norm)) return null;
  for (let j = at + 1; j < to && j - at <= 4; j++) {
    const t = tokens[j];
    const m = index.at(t.start) ?? index.at(t.coreStart);
    if (m?.entity.type === "PER") return m.entity;
    if (isComma(t)) continue; // …، في جنوب أفريقيا، X، …
    if (t.kind !== "arabic") return null;
    if (m || t.core.startsWith("ال")) continue;
    const n = j + 1 < to ? index.at(tokens[j + 1].start) : undefined;
    return n?.entity.type === "PER" ? n.entity : null;
  }
  return null;
}

function distinct(ms: PlacedMention[]): string[] {
  return [...new Set(ms.map((m) => m.entity.id))];
}

/**
 * Two same-type entities joined by و with nothing but titles between (X ووزير
 * الخارجية Y، الصين وروسيا): both speak. Returns their ids, or null.
 */
function coordination(tokens: Token[], ms: PlacedMention[], from: number, stop: number): string[] | null {
  const a = ms[0];
  const b = ms.find((m) => m.entity.id !== a.entity.id && m.entity.type === a.entity.type);
  if (!b) return null;
  for (let j = from; j < stop; j++) {
    const t = tokens[j];
    if (t.start < a.end) continue;
    if (t.start > b.start) break;
    if (isComma(t)) continue;
    // The first word after the first party must be a conjunction-led word (ووزير، وروسيا، و).
    return t.norm === "و" || t.pre.startsWith("و") ? [a.entity.id, b.entity.id] : null;
  }
  return null;
}

/**
 * An honorific pronoun (جلالته، سموه) in a clause of a sentence that named its
 * holder: the person the sentence opens with who is addressed so, not a
 * recipient after a preposition (بعث جلالة الملك X برقية إلى فخامة الرئيس Y،
 * أعرب فيها جلالته …). In a document's clause (فيها) with no such person the
 * sentence's subject wrote it; null when the sentence names nobody.
 */
function sentenceHonorific(tokens: Token[], index: MentionIndex, k: number, honorific: string, inDocument: boolean, gender: Gender): Entity | null {
  const sentence = tokens[k].sentence;
  let s = k;
  while (s > 0 && tokens[s - 1].sentence === sentence) s--;
  const persons = index.within(tokens[s].start, tokens[k].start, ["PER"]).filter((m) => !contradicts(index.genderOf(m.entity), gender));
  if (!persons.length) return null;
  const has = (m: PlacedMention) => addressedBefore(m, honorific) || m.after.slice(0, 2).includes(honorific) || m.self.includes(honorific);
  const free = persons.filter((m) => !governed(tokens, m.start));
  const addressed = free.find(has) ?? (inDocument ? undefined : persons.find(has));
  const titled = titledHonorific(tokens, index, s, k, honorific);
  // استقبل جلالة الملك المفدى السيد X، حيث أكد جلالته …: the subject's title ends where the object's form
  // of address begins; X, written after it, is the one received.
  if (titled?.objectAt != null && (!addressed || addressed.start >= titled.objectAt)) return titled.entity;
  return addressed?.entity ?? titled?.entity ?? (inDocument ? free[0]?.entity ?? null : null);
}

/** Forms of address that open a person's own phrase, bare (السيد، الدكتور): after a title they begin another person. */
const PERSONAL_ADDRESS = /^(ال)?(سيد|سيده|دكتور|دكتوره)$/;

/**
 * وعقد سمو وزير الخارجية جلسة مع X، أكد خلالها سموه …: the honorific written with a title as a
 * clause's subject earlier in the sentence names the title's holder, not the person named after مع.
 */
function titledHonorific(tokens: Token[], index: MentionIndex, from: number, k: number, honorific: string): { entity: Entity; objectAt: number | null } | null {
  const lex = lexicon();
  for (let j = from; j + 1 < k; j++) {
    if (plain(tokens[j]) !== honorific || !isWord(tokens[j + 1], lex.titles) || governed(tokens, tokens[j].start)) continue;
    let stop = j + 1;
    // Up to a breaker, a name, or another form of address (واستقبل جلالة الملك المعظم فخامة الرئيس X: X is the object).
    const address = (t: Token) => isWord(t, lex.honorifics) || PERSONAL_ADDRESS.test(plain(t));
    while (stop < k && stop - j <= 8 && tokens[stop].kind === "arabic" && !isWord(tokens[stop], lex.breakers) && !index.at(tokens[stop].start) && !address(tokens[stop])) stop++;
    // (Only after a title with its epithet or nationality (الملك المفدى السيد X): فخامة الرئيس السيد X is X himself.)
    const objectAt = stop < k && stop > j + 2 && address(tokens[stop]) ? tokens[stop].start : null;
    if (objectAt === null && index.at(tokens[stop]?.start ?? -1)) continue; // a name follows: the sentence's persons answered already
    const h = titleHolder(tokens, index, j + 1, stop);
    if (h) return { entity: h.entity, objectAt };
  }
  return null;
}

/** A mention right after a preposition (مع بوتين، إلى الرئيس، لبوتين) is an object, not a clause's subject. */
export function governed(tokens: Token[], offset: number): boolean {
  let i = tokenIndexAt(tokens, offset);
  if (i >= tokens.length) return false;
  const t = tokens[i];
  // A clitic preposition written onto the name (لبوتين، بالرئيس); a conjunction (وبوتين) is not one.
  if (t.start < offset && /[بلك]/.test(t.text.slice(0, offset - t.start))) return true;
  const lex = lexicon();
  // Skip titles back to the word that governs the phrase (مع الرئيس الروسي فلاديمير بوتين).
  i--;
  while (i >= 0 && (isWord(tokens[i], lex.titles) || isWord(tokens[i], lex.honorifics) || isWord(tokens[i], lex.kinTerms) || isWord(tokens[i], lex.counterparts) || /^ال.+ي(ه)?$/.test(tokens[i].core))) i--;
  return i >= 0 && isWord(tokens[i], lex.breakers);
}
