// Who takes part in an event: the persons its sentence names (states or
// organisations when it names none), with references resolved — نظيره الروسي,
// الرئيسان، الجانبان، رئيسا البلدين (the pair of the event in focus), سموه — and
// the reporter of a reported event left out (استذكر وانغ الاتصالات بين شي وبوتين).
import type { Entity, EventType, Token } from "../types.js";
import { ArticleMemo } from "./article-memo.js";
import { lowerBound, type DocContext, isPunct } from "./context.js";
import { arrivalHost } from "./arrival-hosts.js";
import { guestsJointly } from "./joint-guests.js";
import { arrivalWelcomeAt } from "./clauses.js";
import { countryOfAdjective, entityCountry } from "./countries.js";
import { eventLexicon } from "./lexicon.js";
import { pronounObjects } from "./pronoun-objects.js";
import { isOfficeHead, nameAfterCommaAt, officeHeadsOf, pluralTitleHolders, titleReferences, writtenDead } from "./titles.js";
import { listBeforeToken, travellingWith } from "./travellers.js";
import { ATTENDANCE, CLAUSE_OPENER, COUNTERPART, DESCRIPTOR, HONORIFIC, INITIATOR_FROM, INITIATOR_RELATIVE, INITIATOR_SUBJECT, PAIR_HEAD, PAIR_REF, PERSON_TITLE, REPORTING_VERB, SPOKESPERSON, STATE_PAIR, wordClasses, wordIs } from "./word-classes.js";
import { normalize } from "../text/normalize.js";

type SlotKind = "mention" | "title" | "pair" | "counterpart" | "honorific" | "states" | "group";

interface Slot {
  kind: SlotKind;
  token: number;
  /** Resolved entities (several for a pair). */
  ids: string[];
  type: Entity["type"] | null;
  /** The slot directly follows a reporting verb (its subject). */
  reporter: boolean;
  /** A spokesperson (المتحدث باسم …): reports, never takes part. */
  spokesperson?: boolean;
  /** For a group word (الوزراء الثلاثة): how many persons it counts. */
  size?: number;
  /** A plural title naming each holder's state (وزراء خارجية روسيا وإيران وتركيا): as good as their names. */
  statesNamed?: boolean;
}

export interface ParticipantResult {
  ids: string[];
  initiator: string | null;
  /** True when a participant came from a reference rather than a name. */
  viaReference: boolean;
  /** A place named as the destination (زيارة إلى …، وصل إلى …), entity id. */
  place: string | null;
  /** True when a participant is named in the sentence itself (not only referred to). */
  namedPerson: boolean;
  /** For messages from several senders: one [sender, recipient] pair per message. */
  pairs: [string, string][] | null;
  /** For an encounter of three persons or more: the one who met or called each of the others, one pair each (extract.ts keeps them for a meeting or call). */
  hubPairs?: [string, string][] | null;
  /** No pair or counterpart reference was read: the result is the same whatever pair is in focus. */
  focusFree: boolean;
}

export interface FocusState {
  /** The pair of persons of the event in focus (the last one with two). */
  pair: string[];
  /** Earlier pairs in focus, oldest first (for الوزيران when the pair in focus are presidents). */
  history?: string[][];
  /** The persons of events with three or more, oldest first (for الوزراء الثلاثة). */
  groups?: string[][];
}

const PUNCT_STOP = new Set(["،", ",", ".", "؛", ";", ":", "!", "?", "؟"]);

/** في وفاة، بوفاة، برحيل، بضحايا، إثر مقتل …: where a condolence cable's occasion begins, or -1. */
const DEATH = new Set(["وفاه", "رحيل", "ضحايا", "مقتل", "مصرع", "استشهاد", "اغتيال", "فقدان", "فقيد", "الفقيد"]);

function occasionAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = tokens[k].core;
    // بضحايا، برحيل: the text layer leaves ب on some words.
    if (DEATH.has(tokens[k].bare) || DEATH.has(w) || (w.length > 4 && DEATH.has(w.replace(/^[وف]?[بل]/u, "")))) return k;
  }
  return -1;
}

/** تحياته، تحيات، تمنيات …: where greetings carried to or from someone absent begin, or -1. */
const GREETINGS = /^(?:[وف]?[بل])?(?:ال)?(?:تحيات|تمنيات)(?:ه|ها|هما|هم)?$/u;

function greetingsAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = tokens[k].core;
    // The substring test first: this runs over every trigger's clause.
    if ((w.includes("تحيات") || w.includes("تمنيات")) && GREETINGS.test(w)) return k;
  }
  return -1;
}

/** للقمة، لاجتماعات، لمؤتمر: a gathering noun with the preposition ل (the tokenizer splits it off definite nouns only). */
const PURPOSE_GATHERING = /^[وف]?ل(?:ل|اجتماع|قمه|قمم|موتمر|منتدي)/u; // folded: ؤ is written و

/**
 * Tokens of the persons named as a message's sender (رسالة [خطية] من Y، برقية تهنئة من Y) in tokens
 * [from, to), and of the addressee of one carried to someone else (رسالة موجهة إلى Z من Y).
 */
function messageSenders(ctx: DocContext, from: number, to: number): Set<number> | null {
  // Asked by every trigger of the sentence: scanned once per sentence.
  let memo = sendersCache.get(ctx);
  if (!memo) sendersCache.set(ctx, (memo = new Map()));
  let out = memo.get(from);
  if (out === undefined) memo.set(from, (out = scanMessageSenders(ctx, from, to)));
  return out;
}

/** messageSenders per sentence start (each sentence is asked with its own bounds). */
const sendersCache = new ArticleMemo<DocContext, Map<number, Set<number> | null>>();

function scanMessageSenders(ctx: DocContext, from: number, to: number): Set<number> | null {
  const tokens = ctx.doc.tokens;
  const words = eventLexicon().participants;
  let out: Set<number> | null = null;
  // The person from token k on, past honorifics and a title (من فخامة الرئيس الصيني X), and past
  // the comma of a title set before the name (من رئيس جمهورية غامبيا، السيد X): the title's token and the name's.
  const personFrom = (k: number): number[] => {
    const found: number[] = [];
    for (let j = k; j < Math.min(to, k + 10); j++) {
      if (PUNCT_STOP.has(tokens[j].text)) {
        const named = [j + 1, j + 2].find((n) => n < to && ctx.mentionAt[n]?.entity.type === "PER");
        // (a title no office of the article resolves, من رئيس الجمهورية، السيد X, is still the name's: its head's token)
        if (!found.length && j > k && isOfficeHead(tokens[k])) found.push(k);
        if (isListComma(tokens[j]) && named !== undefined && found.length) found.push(ctx.mentionAt[named]!.tokenStart);
        return found;
      }
      const m = ctx.mentionAt[j];
      if (m?.entity.type === "PER") return [...found, m.tokenStart];
      if (!found.length && titleReferences(ctx).has(j)) found.push(j);
    }
    return found;
  };
  for (let t = from; t < to; t++) {
    if (!words.messageNoun.test(tokens[t].core) || ctx.mentionAt[t]) continue;
    let k = t + 1;
    // رسالة [خطية] من Y، رسالة خطية موجهة إلى Z من Y: the addressee of a carried message is not there either.
    let addressee: number[] = [];
    while (k < Math.min(to, t + 4) && tokens[k].norm !== "من" && !PUNCT_STOP.has(tokens[k].text)) {
      if (words.addressed.test(tokens[k].norm) && tokens[k + 1]?.norm === "الي") {
        addressee = personFrom(k + 2);
        k += 2;
        while (k < Math.min(to, t + 16) && tokens[k].norm !== "من" && !PUNCT_STOP.has(tokens[k].text)) k++;
        break;
      }
      k++;
    }
    if (tokens[k]?.norm !== "من") continue;
    const sender = personFrom(k + 1);
    if (!sender.length) continue;
    // رسالة من Y إلى Z: written to Z, who is not at the meeting it is handed over at either (his other mentions are).
    if (!addressee.length) {
      const at = addresseeAfter(tokens, sender[sender.length - 1], to);
      if (at >= 0) addressee = personFrom(at + 1);
    }
    for (const x of [...sender, ...addressee]) (out ??= new Set()).add(x);
  }
  return out;
}

/** How far past its sender's name a message's إلى may stand: the sender's title (رئيس وزراء جمهورية باكستان الإسلامية). */
const ADDRESSEE_REACH = 12;

/** The إلى after a message's sender at `sender` (رسالة من Y [title] إلى Z), within its clause, or -1. */
function addresseeAfter(tokens: Token[], sender: number, to: number): number {
  for (let k = sender + 1; k < Math.min(to, sender + ADDRESSEE_REACH); k++) {
    if (PUNCT_STOP.has(tokens[k].text)) return -1;
    if (tokens[k].norm === "الي") return k;
  }
  return -1;
}

/**
 * The token at `k` (right after a comma) opens a new clause: a clause opener ("clause_openers" in
 * events.json: ، جرى خلاله، مؤكدا، كما اجتمع، وذلك), a verb of saying, في ظل، في حين. Persons named
 * past one are of that clause.
 */
export function opensClause(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w) return false;
  if (wordIs(w, CLAUSE_OPENER | REPORTING_VERB)) return true;
  // في ظل، في حين
  if (w.norm === "في") return tokens[k + 1]?.norm === "ظل" || tokens[k + 1]?.norm === "حين";
  // قبل أن يلتقي، بعد أن زار: the next step of a tour is a clause of its own.
  return (w.norm === "قبل" || w.norm === "بعد") && tokens[k + 1]?.norm === "ان";
}

/**
 * The slots of the trigger's own clause — from the clause opener before it (، كما اجتمع) to the
 * next one after it (، جرى خلاله …، في ظل … من قبل X) — when that clause names two persons;
 * otherwise all the sentence's (a party may be named across a comma).
 */
function ownClause(ctx: DocContext, slots: Slot[], from: number, to: number, triggerStart: number, triggerEnd: number): Slot[] {
  const tokens = ctx.doc.tokens;
  let start = from;
  for (let k = triggerStart; k > from; k--) {
    if (isClauseComma(tokens[k - 1]) && opensClause(tokens, k)) {
      start = k;
      break;
    }
  }
  let end = to;
  for (let k = triggerEnd; k < to - 1; k++) {
    if (isClauseComma(tokens[k]) && opensClause(tokens, k + 1)) {
      end = k;
      break;
    }
  }
  if (start === from && end === to) return slots;
  const inside = slots.filter((x) => x.token >= start && x.token < end);
  const persons = new Set(inside.flatMap((x) => x.ids.filter((id) => isPer(ctx, id))));
  if (persons.size >= 2) return inside;
  // …، كما التقى وزير الخارجية المصري X؛ …، ثم انتقل إلى عين التينة حيث التقى Y، قبل أن يلتقي Z؛
  // بدأ X جولته بلقاء Y: a clause naming one person, none before its trigger, continues the
  // sentence's subject (carriedSubject does so across sentences).
  if (persons.size === 1 && start > from && !inside.some((x) => x.token < triggerStart && x.ids.some((id) => isPer(ctx, id)))) {
    const single = (x: Slot) => x.token < start && x.ids.length === 1 && isPer(ctx, x.ids[0]) && !x.spokesperson;
    // …، حيث استقبله الرئيس Y: the object pronoun is the person named last before the clause.
    const subject = objectPronoun(tokens[triggerStart]) ? slots.findLast(single) : slots.find(single);
    if (subject && !persons.has(subject.ids[0])) return [subject, ...inside];
  }
  // إثر استقبال مدريد X للعلاج، قبل أن تنفرج الأزمة بعد الرسالة التي وجهها Y إلى Z: a clause that
  // opens the sentence and names one person meets none of the persons of the next step.
  if (persons.size === 1 && start === from && end < to && stepAfter(tokens, end)) return inside;
  return slots;
}

/** The comma at `comma` opens the next step of a sequence (، قبل أن، بعد أن، ثم). */
function stepAfter(tokens: Token[], comma: number): boolean {
  const w = tokens[comma + 1]?.norm;
  return w === "ثم" || w === "وثم" || ((w === "قبل" || w === "بعد") && tokens[comma + 2]?.norm === "ان");
}

/** استقبله، التقاها: a meeting verb with an object pronoun. */
function objectPronoun(w: Token): boolean {
  const m = /^(\S+?)(?:ه|ها|هما)$/u.exec(w.core);
  return !!m && eventLexicon().participants.meetingVerb.test(m[1]);
}

/**
 * A summit's delegates are named across clauses (، حيث ألقى X كلمة), but not past its setting
 * (، وذلك في إطار مبادرة X، في ظل رئاسة Y) nor a welcome (، وكان في استقباله Y): the persons after it are
 * dropped when others remain.
 */
function settingCut(ctx: DocContext, slots: Slot[], triggerEnd: number, to: number): Slot[] {
  const tokens = ctx.doc.tokens;
  for (let k = triggerEnd; k < to - 1; k++) {
    if (!isListComma(tokens[k])) continue;
    const w = tokens[k + 1].norm;
    const next = tokens[k + 2]?.norm;
    // …، وكان في استقباله بالمطار Y: those who welcomed a delegate on arrival are no delegates.
    const welcome = (w === "وكان" || w === "وكانت") && arrivalWelcomeAt(tokens, k + 3);
    if (!(w === "وذلك" || (w === "في" && (next === "ظل" || next === "اطار")) || welcome)) continue;
    const inside = slots.filter((x) => x.token < k);
    return inside.some((x) => x.ids.some((id) => isPer(ctx, id))) ? inside : slots;
  }
  return slots;
}


/** وفد، وفدا، وفود (a token's bare form). */
const DELEGATION = /^(?:وفد|وفدا|وفود)$/u;

/**
 * والوفد المرافق له، الذي يضم X وY: members of a delegation (وفد within five words before the verb)
 * attend with its head and are no parties; a gathering that brings persons together (الاجتماع الذي ضم X وY) is not this.
 */
function delegationMembers(tokens: Token[], t: number, from: number): boolean {
  if (!eventLexicon().participants.listsMembers.test(tokens[t].norm)) return false;
  for (let k = t - 1; k >= Math.max(from, t - 5); k--) if (DELEGATION.test(tokens[k].bare)) return true;
  return false;
}

/** الخاص، الشخصي، للرئيس، لملك: what makes an "on_behalf" title another person's (not المستشار الألماني, a chancellor). */
const WHOSE = /^(?:الخاص|الخاصه|الشخصي|الشخصيه|لل\S+|ل(?:رييس|ملك|امير|سلطان|ولي)\S*)$/u;

/**
 * The person at token `t` closes the title of a person named right before it (X المبعوث الخاص
 * للرئيس الروسي Y، X مستشار الرئيس Y): an envoy's or adviser's title, with no punctuation between.
 */
function sentOnBehalf(ctx: DocContext, t: number, from: number): boolean {
  const tokens = ctx.doc.tokens;
  const onBehalf = eventLexicon().participants.onBehalf;
  for (let k = t - 1; k >= Math.max(from, t - 7); k--) {
    if (PUNCT_STOP.has(tokens[k].text) || ctx.mentionAt[k]) return false;
    if (!onBehalf.test(tokens[k].norm) || !WHOSE.test(tokens[k + 1]?.norm ?? "")) continue;
    const before = ctx.mentionAt[k - 1];
    if (before && before.entity.type === "PER") return before.entity.id !== ctx.mentionAt[t]?.entity.id;
    return principalNamed(ctx, k, t);
  }
  return false;
}

/** How many title words may stand between عن and the name: خادم الحرمين الشريفين الملك, صاحب السمو الملكي ولي العهد الأمير. */
const ON_BEHALF_TITLE_WORDS = 8;

/** An honorific of office_titles (سمو، صاحب، الملكي، خادم الحرمين الشريفين). */
function honorificWord(t: Token): boolean {
  const h = eventLexicon().officeTitles.honorifics;
  return h.has(t.core) || h.has(t.bare);
}

/** نيابة عن، بالنيابة عن (folded): on behalf of. */
const ON_BEHALF_OF = /^[وف]?(?:نيابه|بالنيابه)$/u;

/**
 * The person at `t` is the one another acts for (ترأس X القمة نيابة عن العاهل السعودي الملك Y): titles
 * and nationality words between عن and the name; he is not there.
 */
function onBehalfOf(ctx: DocContext, t: number, from: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = t - 1; k >= Math.max(from + 1, t - ON_BEHALF_TITLE_WORDS); k--) {
    if (PUNCT_STOP.has(tokens[k].text) || ctx.mentionAt[k]) return false;
    if (tokens[k].norm === "عن") return ON_BEHALF_OF.test(tokens[k - 1].norm);
    // نيابة عن خادم الحرمين الشريفين الملك X، عن صاحب السمو الملكي ولي العهد الأمير X: honorifics too.
    if (!titleWord(tokens[k]) && !countryOfAdjective(tokens[k].core) && !wordIs(tokens[k], HONORIFIC | PERSON_TITLE) && !honorificWord(tokens[k])) return false;
  }
  return false;
}

/** The person named at `t` is the genitive of a topic noun (مصير الرئيس السوري X، مستقبل X): titles and nationality words between. */
function personAsTopic(ctx: DocContext, t: number, from: number): boolean {
  const tokens = ctx.doc.tokens;
  const topic = eventLexicon().participants.personTopic;
  for (let k = t - 1; k >= Math.max(from, t - 4); k--) {
    if (PUNCT_STOP.has(tokens[k].text) || ctx.mentionAt[k]) return false;
    if (topic.test(tokens[k].norm)) return true;
    if (!titleWord(tokens[k]) && !countryOfAdjective(tokens[k].core) && !wordIs(tokens[k], HONORIFIC)) return false;
  }
  return false;
}

/** الموفد الشخصي للرئيس الفرنسي: the office at `t` is whose envoy the title before it is; he is not there. */
function principalOfTitle(tokens: Token[], t: number, from: number): boolean {
  const onBehalf = eventLexicon().participants.onBehalf;
  for (let k = t - 1; k >= Math.max(from, t - 2); k--) if (onBehalf.test(tokens[k].norm)) return !!principalHead(tokens[t]);
  return false;
}

/** ل + an office head, folded (للرئيس، لرئيس، للملك): whose the title is; the head, or null. */
function principalHead(w: Token): string | null {
  const heads = eventLexicon().officeTitles.headOfWord;
  if (w.pre === "ل") return heads.get(w.bare) ?? null;
  return w.bare.startsWith("ل") ? heads.get(w.bare.slice(1)) ?? null : null;
}

/**
 * الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون إلى لبنان، الوزير X: the name right after the
 * principal's office (a nationality adjective between at most) is his when he holds that office
 * in the article; the envoy is named elsewhere (المبعوث الخاص للأمين العام Y is the envoy Y).
 */
function principalNamed(ctx: DocContext, title: number, t: number): boolean {
  const tokens = ctx.doc.tokens;
  const id = ctx.mentionAt[t]?.entity.id;
  if (!id) return false;
  for (let k = title + 1; k < t; k++) {
    const head = principalHead(tokens[k]);
    if (!head) continue;
    const between = t - k - 1;
    if (between > 1 || (between === 1 && !countryOfAdjective(tokens[k + 1].core))) return false;
    return officeHeadsOf(ctx, id).has(head);
  }
  return false;
}

/** A person is named in tokens [from, to). */
function hasPerson(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.mentionAt[k]?.entity.type === "PER") return true;
  return false;
}

/** After the comma at `comma`: a name, a title of address at most before it, not joined by و (، السيد X). */
function nameAfterComma(ctx: DocContext, tokens: Token[], comma: number, to: number): boolean {
  if (comma >= to || !isListComma(tokens[comma])) return false;
  const j = nameAfterCommaAt(ctx, tokens, comma);
  return j >= 0 && j < to;
}

/** After the comma at `comma`: a clause listing members (، ضم الجانب X فيها Y، فيما ضم الوفد Z). */
function membersFollow(tokens: Token[], comma: number, to: number): boolean {
  if (comma >= to || !isListComma(tokens[comma])) return false;
  const k = tokens[comma + 1]?.norm === "فيما" ? comma + 2 : comma + 1;
  return k < to && eventLexicon().participants.listsMembers.test(tokens[k].norm);
}

/** A word that heads a person's title: an office (وزير، السفير، رئيسة) or a title of address (اللواء is not one; الشيخ، معالي are). */
function titleWord(t: Token): boolean {
  return eventLexicon().officeTitles.headOfWord.has(t.bare) || wordIs(t, PERSON_TITLE);
}

/**
 * After the comma at `comma`: a title set off by commas after the name before it (X، وزير الخارجية،)
 * that names nobody: the comma closing it, or -1.
 */
function appositionEnd(ctx: DocContext, tokens: Token[], comma: number, to: number): number {
  const first = tokens[comma + 1];
  if (!first || first.pre.startsWith("و") || !titleWord(first)) return -1;
  for (let k = comma + 1; k < Math.min(to, comma + 10); k++) {
    if (ctx.mentionAt[k]?.entity.type === "PER") return -1;
    if (isListComma(tokens[k])) return k;
    if (PUNCT_STOP.has(tokens[k].text)) return -1;
  }
  return -1;
}

/**
 * After the comma at `comma`: a coordinated item (و، not a verb of saying) that names a person soon —
 * within three words, or within seven when the item opens with a title (والسفير الفرنسي في القاهرة X) —
 * past a title of the name before set off by commas (بحضور X، وزير الخارجية، واللواء Y).
 */
function listGoesOn(ctx: DocContext, tokens: Token[], comma: number, to: number): boolean {
  if (comma >= to || !isListComma(tokens[comma])) return false;
  const closing = appositionEnd(ctx, tokens, comma, to);
  if (closing >= 0) comma = closing;
  const next = tokens[comma + 1];
  if (!next || next.sentence !== tokens[comma].sentence || !next.pre.startsWith("و") || wordClasses(next) & REPORTING_VERB) return false;
  const reach = titleWord(next) ? 8 : 4;
  for (let k = comma + 1; k < Math.min(to, comma + reach); k++) {
    if (PUNCT_STOP.has(tokens[k].text)) return false;
    const m = ctx.mentionAt[k];
    if (m && m.tokenStart === k && m.entity.type === "PER") return true;
  }
  return false;
}

function isPer(ctx: DocContext, id: string): boolean {
  return ctx.byId.get(id)?.type === "PER";
}

/** Slots per span of a document, kept for the whole analysis: both event passes and every trigger of a sentence ask for the same ones. */
const slotCache = new ArticleMemo<DocContext, Map<string, Slot[]>>();

/**
 * Slots of sentence tokens [from, to): named entities and references, attendance lists left out.
 * Which slots there are does not depend on the pair in focus, only what a pair or counterpart
 * reference resolves to: those are resolved again on each call, the rest is shared (callers only read slots).
 */
function sentenceSlots(ctx: DocContext, from: number, to: number, focus: FocusState, skipAttendance: boolean): Slot[] {
  let memo = slotCache.get(ctx);
  if (!memo) slotCache.set(ctx, (memo = new Map()));
  const key = `${from}:${to}:${skipAttendance ? 1 : 0}`;
  let slots = memo.get(key);
  if (!slots) memo.set(key, (slots = spanSlots(ctx, from, to, skipAttendance)));
  if (!slots.some((x) => x.kind === "pair" || x.kind === "counterpart" || x.kind === "states" || x.kind === "group")) return slots;
  return slots.map((x) =>
    x.kind === "pair"
      ? { ...x, ids: pairOfOffice(ctx, x.token, focus) }
      : x.kind === "counterpart"
        ? { ...x, ids: resolveCounterpart(ctx, ctx.doc.tokens, x.token, focus) }
        : x.kind === "states"
          ? { ...x, ids: statesOfPair(ctx, focus.pair) }
          : x.kind === "group"
            ? { ...x, ids: [...(focus.groups ?? [])].reverse().find((g) => g.length === x.size) ?? [] }
            : x,
  );
}

/** sentenceSlots with the pair and counterpart references left unresolved (empty ids). */
function spanSlots(ctx: DocContext, from: number, to: number, skipAttendance: boolean): Slot[] {
  const tokens = ctx.doc.tokens;
  const slots: Slot[] = [];
  const titles = titleReferences(ctx);
  let excludeUntil = -1;
  let lastReportVerb = -100;
  const dateline = ctx.doc.article.dateline;
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    const classes = wordClasses(tok);
    // (في حضور X, as بحضور X)
    const inPresence = tok.norm === "حضور" && tokens[t - 1]?.norm === "في";
    if (skipAttendance && (classes & ATTENDANCE || inPresence || delegationMembers(tokens, t, from))) {
      excludeUntil = t + 1;
      for (;;) {
        while (excludeUntil < to && !PUNCT_STOP.has(tokens[excludeUntil].text)) excludeUntil++;
        // بحضور X وزير الخارجية، واللواء Y رئيس …، والدكتور Z: the list goes on past a comma
        // while the next item is coordinated (و) and names a person within three words.
        // بحضور وفدي البلدين، ضم الجانب المصري فيها X، فيما ضم الوفد السوداني Y: the attending
        // delegations' members, listed in the clauses that follow.
        // بحضور وزير الشؤون الخارجية، السيد X: the title set before its name by a comma, the name past it.
        const nameFollows = !hasPerson(ctx, t, excludeUntil) && nameAfterComma(ctx, tokens, excludeUntil, to);
        if (!nameFollows && !listGoesOn(ctx, tokens, excludeUntil, to) && !membersFollow(tokens, excludeUntil, to)) break;
        excludeUntil++;
      }
    }
    if (classes & REPORTING_VERB) lastReportVerb = t;
    if (t < excludeUntil) continue;
    const m = ctx.mentionAt[t];
    const reporter = t - lastReportVerb <= 8 && !slots.some((s) => s.token > lastReportVerb);
    // The dateline's place and agency (الدوحة 3 مارس (قنا) -) are where the report comes from.
    if (m && dateline && m.start >= dateline.start && m.end <= dateline.end) {
      t = m.tokenEnd - 1;
      continue;
    }
    if (m && m.tokenStart === t && m.entity.type === "PER" && writtenDead(ctx, m, from, to)) {
      // بعث X برقية إلى Y … التي أرسى دعائمها المغفور له الشيخ Z: the dead take part in nothing.
      t = m.tokenEnd - 1;
      continue;
    }
    if (m && m.tokenStart === t && m.entity.type === "PER" && (sentOnBehalf(ctx, t, from) || onBehalfOf(ctx, t, from))) {
      // X المبعوث الخاص للرئيس الروسي Y: Y names whose envoy X is, and is not there.
      t = m.tokenEnd - 1;
      continue;
    }
    if (m && m.tokenStart === t) {
      let spokesperson = false;
      for (let k = Math.max(from, t - 8); k < t; k++) if (wordIs(tokens[k], SPOKESPERSON)) spokesperson = true;
      // وصرح X، المتحدث الرسمي باسم الرئاسة، بأن …: the title written after the name (not والمتحدث, another person).
      const after = m.tokenEnd < to && isPunct(tokens[m.tokenEnd]) ? m.tokenEnd + 1 : m.tokenEnd;
      if (after < to && !tokens[after].pre && wordIs(tokens[after], SPOKESPERSON)) spokesperson = true;
      slots.push({ kind: "mention", token: t, ids: [m.entity.id], type: m.entity.type, reporter, spokesperson });
      t = m.tokenEnd - 1;
      continue;
    }
    if (m) continue;
    const titled = titles.get(t);
    if (titled) {
      // سمو الأمير، جلالة ملك المغرب: a person named by the office only (not the one whose envoy
      // the title before is: الموفد الشخصي للرئيس الفرنسي).
      if (!principalOfTitle(tokens, t, from)) slots.push({ kind: "title", token: t, ids: [titled], type: "PER", reporter });
      continue;
    }
    if (classes & PAIR_REF) {
      // الزيارة التي يقوم بها الوزيران الروسيان: the two persons of that country named before.
      const two = describedGroup(ctx, t);
      if (two) {
        slots.push({ kind: "title", token: t, ids: two, type: "PER", reporter });
        t++;
        continue;
      }
      slots.push({ kind: "pair", token: t, ids: [], type: "PER", reporter });
      continue;
    }
    if (classes & DESCRIPTOR) {
      // التقى الدبلوماسي الروسي وزير الخارجية …: the person of that country named last.
      const id = describedPerson(ctx, t);
      if (id) {
        slots.push({ kind: "title", token: t, ids: [id], type: "PER", reporter });
        t++;
        continue;
      }
    }
    const group = describedGroup(ctx, t);
    if (group) {
      // زيارة المسؤولين الليبيين إلى القاهرة: the persons of that country named before.
      slots.push({ kind: "title", token: t, ids: group, type: "PER", reporter });
      t++;
      continue;
    }
    const plural = pluralTitleHolders(ctx, t);
    if (plural) {
      // أعلن وزراء خارجية روسيا وإيران وتركيا: the holders of that office of each state named.
      slots.push({ kind: "title", token: t, ids: plural.ids, type: "PER", reporter, statesNamed: true });
      t = plural.end - 1;
      continue;
    }
    const size = groupSize(tokens, t);
    if (size) {
      // استقبل X الوزراء الثلاثة: the persons of the event of three named before.
      slots.push({ kind: "group", token: t, ids: [], type: "PER", reporter, size });
      t++;
      continue;
    }
    if (classes & STATE_PAIR) {
      // ووقع البلدان، وقعت الدولتان (the dual as subject): the states of the pair in focus.
      slots.push({ kind: "states", token: t, ids: [], type: "GPE", reporter });
      continue;
    }
    if (classes & PAIR_HEAD && isPairHead(ctx, t, to)) {
      slots.push({ kind: "pair", token: t, ids: [], type: "PER", reporter });
      continue;
    }
    if (classes & COUNTERPART) {
      // نظيره الروسي فلاديمير بوتين: the name that follows is the counterpart itself.
      let named = false;
      for (let k = t + 1; k < Math.min(to, t + 5); k++) if (ctx.mentionAt[k]?.entity.type === "PER") named = true;
      if (!named) slots.push({ kind: "counterpart", token: t, ids: [], type: "PER", reporter });
      continue;
    }
    if (classes & HONORIFIC) {
      const id = resolveHonorific(ctx, tokens, t);
      if (id) slots.push({ kind: "honorific", token: t, ids: [id], type: "PER", reporter });
    }
  }
  return slots;
}

/** اجتماعهم، لقائهما، محادثاتهم (folded core): a noun owned by a dual or plural pronoun. */
const OWNED_BY_MANY = /^[ء-ي]{3,}(?:هم|هما|هن)$/u;

/** الوزراء، القادة، الرؤساء، الزعماء، المسؤولين: a plural of persons a count may follow. */
const GROUP_NOUN = new RegExp(`^ال(?:${["وزراء", "قادة", "رؤساء", "زعماء", "مسؤولين", "مسؤولون"].map(normalize).join("|")})$`, "u");
const COUNT: Record<string, number> = { الثلاثه: 3, الثلاث: 3, الاربعه: 4, الاربع: 4, الخمسه: 5, الخمس: 5, السته: 6, الست: 6 };

/** الوزيران، المسؤولين، الرئيسين (folded core): a dual of persons a dual nationality adjective may follow. */
const DUAL_NOUN = /^ال(?:وزير|مسوول|رييس|زعيم|قايد|دبلوماسي)(?:ان|ين)$/u;

/**
 * المسؤولين الليبيين، القادة الخليجيين: two or more persons of the country of the plural adjective after `t`,
 * named before it; الوزيران الروسيان: exactly the two of that country.
 */
function describedGroup(ctx: DocContext, t: number): string[] | null {
  const tokens = ctx.doc.tokens;
  const next = tokens[t + 1];
  const dual = DUAL_NOUN.test(tokens[t].core) && /^ال.+(?:يان|يين)$/u.test(next?.core ?? "");
  if (!(GROUP_NOUN.test(tokens[t].core) || dual) || !next || next.sentence !== tokens[t].sentence || ctx.mentionAt[next.i]) return null;
  if (!/^ال.+(?:يين|يون|يان)$/u.test(next.core)) return null;
  const country = countryOfAdjective(next.core);
  if (!country) return null;
  const out: string[] = [];
  for (const m of ctx.mentions) {
    if (m.tokenStart >= t) break;
    if (m.entity.type === "PER" && entityCountry(m.entity) === country && !out.includes(m.entity.id)) out.push(m.entity.id);
  }
  return out.length >= 2 && (!dual || out.length === 2) ? out : null;
}

/** الوزراء الثلاثة، القادة الأربعة: how many persons the group word at `t` counts, or 0. */
function groupSize(tokens: Token[], t: number): number {
  if (!GROUP_NOUN.test(tokens[t].core)) return 0;
  const next = tokens[t + 1];
  return next && next.sentence === tokens[t].sentence ? (COUNT[next.norm] ?? 0) : 0;
}

/**
 * The person of the country the adjective after `t` states, among those named before it: the
 * one named most often (the article's guest or host, not a head of state named once in passing), the later on a tie.
 */
function describedPerson(ctx: DocContext, t: number): string | null {
  const tokens = ctx.doc.tokens;
  const next = tokens[t + 1];
  if (!next || next.sentence !== tokens[t].sentence || ctx.mentionAt[next.i] || !next.core.startsWith("ال")) return null;
  const country = countryOfAdjective(next.core);
  if (!country) return null;
  const counts = new Map<string, number>();
  let found: string | null = null;
  for (const m of ctx.mentions) {
    if (m.tokenStart >= t) break;
    if (m.entity.type !== "PER" || entityCountry(m.entity) !== country) continue;
    const n = (counts.get(m.entity.id) ?? 0) + 1;
    counts.set(m.entity.id, n);
    if (!found || n >= counts.get(found)!) found = m.entity.id;
  }
  return found;
}

/** The office head a pair word names: الوزيران، وزيرا → وزير; الرئيسان، رئيسا → رئيس; الجانبان → none. */
const PAIR_WORD_HEAD = /^(?:[وفبلك]|لل)?(?:ال)?(?<head>وزير|رئيس|ملك|امير)(?:ان|ين|ا|ي)$/u;

/**
 * The pair a pair word refers to: the pair in focus, unless the word names an office
 * (الوزيران) that the pair does not hold and an earlier pair in focus does — the
 * ministers of the round, not the presidents named since in someone's words.
 */
function pairOfOffice(ctx: DocContext, t: number, focus: FocusState): string[] {
  const word = ctx.doc.tokens[t].norm;
  const head = PAIR_WORD_HEAD.exec(word)?.groups?.head;
  if (!head || holdBoth(ctx, focus.pair, head)) return focus.pair;
  for (let i = (focus.history?.length ?? 0) - 1; i >= 0; i--) if (holdBoth(ctx, focus.history![i], head)) return focus.history![i];
  // وزيرا خارجية البلدين after a president and a minister: a pair known to hold other offices is not it.
  const known = focus.pair.length === 2 && focus.pair.every((id) => officeHeadsOf(ctx, id).size > 0);
  return known ? [] : focus.pair;
}

function holdBoth(ctx: DocContext, pair: string[], head: string): boolean {
  return pair.length === 2 && pair.every((id) => officeHeadsOf(ctx, id).has(head));
}

/** The two states of a pair of persons, when the article names both. */
export function statesOfPair(ctx: DocContext, pair: string[]): string[] {
  if (pair.length !== 2) return [];
  const states: string[] = [];
  for (const id of pair) {
    const c = personCountry(ctx, id);
    const state = c ? stateEntity(ctx, c) : null;
    if (state && !states.includes(state)) states.push(state);
  }
  return states.length === 2 ? states : [];
}

/** Persons named or referred to in tokens [from, to) of one sentence, in order, attendance lists left out. */
export function personsIn(ctx: DocContext, from: number, to: number, focus: FocusState): string[] {
  return slotIds(sentenceSlots(ctx, from, to, focus, true), () => true).filter((id) => isPer(ctx, id));
}

/** رئيسا البلدين، وزيري خارجية البلدين، رئيسي وزراء الصين وروسيا. */
function isPairHead(ctx: DocContext, t: number, to: number): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  let gpes = 0;
  for (let k = t + 1; k < Math.min(to, t + 5); k++) {
    if (lex.pairTail.test(tokens[k].core) || lex.pairTail.test(tokens[k].norm)) return true;
    if (ctx.mentionAt[k]?.entity.type === "GPE" && ctx.mentionAt[k]?.tokenStart === k) gpes++;
    if (gpes >= 2) return true;
  }
  return false;
}

function resolveCounterpart(ctx: DocContext, tokens: Token[], t: number, focus: FocusState): string[] {
  const adj = tokens[t + 1]?.norm ?? "";
  const country = adj.startsWith("ال") ? countryOfAdjective(adj) : null;
  if (country) {
    // عقد وزير الخارجية X جلسة مباحثات مع نظيره الكازاخي: the one of that country who holds X's office.
    const owner = personBefore(ctx, t);
    const heads = owner ? officeHeadsOf(ctx, owner) : EMPTY_HEADS;
    if (heads.size) {
      const peers = ctx.entities.filter(
        (e) => e.type === "PER" && e.id !== owner && entityCountry(e) === country && [...officeHeadsOf(ctx, e.id)].some((h) => heads.has(h)),
      );
      if (peers.length === 1) return [peers[0].id];
    }
    const inPair = focus.pair.find((id) => entityCountry(ctx.byId.get(id)!) === country);
    if (inPair) return [inPair];
    const any = ctx.entities.find((e) => e.type === "PER" && entityCountry(e) === country);
    if (any) return [any.id];
    return [];
  }
  // التقت X نظيرها [name not recognised]: the only person of another country holding X's office.
  const owner = personBefore(ctx, t);
  const heads = owner ? officeHeadsOf(ctx, owner) : EMPTY_HEADS;
  const own = owner ? personCountry(ctx, owner) : null;
  if (!heads.size || !own) return [];
  const peers = ctx.entities.filter((e) => {
    if (e.type !== "PER" || e.id === owner) return false;
    const c = entityCountry(e);
    return c !== null && c !== own && [...officeHeadsOf(ctx, e.id)].some((h) => heads.has(h));
  });
  return peers.length === 1 ? [peers[0].id] : [];
}

const EMPTY_HEADS: ReadonlySet<string> = new Set();

/** The person named (or written by office) last before token `t` in its sentence. */
function personBefore(ctx: DocContext, t: number): string | null {
  const tokens = ctx.doc.tokens;
  const titles = titleReferences(ctx);
  for (let k = t - 1; k >= 0 && tokens[k].sentence === tokens[t].sentence; k--) {
    const m = ctx.mentionAt[k];
    if (m?.entity.type === "PER") return m.entity.id;
    const titled = titles.get(k);
    if (titled) return titled;
  }
  return null;
}

/** سموه، جلالته: the first person named before with the same honorific (the release's principal), else the first person of the article. */
function resolveHonorific(ctx: DocContext, tokens: Token[], t: number): string | null {
  // جلالته، فخامته: the ta marbuta of جلالة/فخامة is written ت before the pronoun (folded ه alone).
  const stem = tokens[t].core.replace(/(?:ها|ه)$/u, "").replace(/ت$/u, "ه");
  let fallback: string | null = null;
  for (const m of ctx.mentions) {
    if (m.tokenStart >= t) break;
    if (m.entity.type !== "PER") continue;
    fallback ??= m.entity.id;
    for (let k = Math.max(0, m.tokenStart - 6); k < m.tokenStart; k++) {
      if (tokens[k].core === stem || tokens[k].bare === stem) return m.entity.id;
    }
  }
  return fallback;
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The ids of the slots `keep` accepts, each once, in order (unique(slots.filter(keep).flatMap(ids)) without the copies: this runs for every trigger). */
function slotIds(slots: Slot[], keep: (x: Slot) => boolean): string[] {
  const out: string[] = [];
  for (const x of slots) {
    if (!keep(x)) continue;
    for (const id of x.ids) if (!out.includes(id)) out.push(id);
  }
  return out;
}

export function resolveParticipants(
  ctx: DocContext,
  type: EventType,
  sentence: number,
  triggerStart: number,
  triggerEnd: number,
  focus: FocusState,
): ParticipantResult {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[sentence];
  // Those attending (بحضور) are not parties to a meeting, but they are at a summit.
  // A spokesperson reports; a "name" starting at the trigger word (ببرقية تهنئة) is the trigger.
  // A cable's occasion (برقية تعزية إلى X في وفاة Y، بضحايا … التي كانت تقل Y): the dead are no party.
  // Greetings conveyed during a meeting (حيث نقل الوزير تحياته إلى X، ناقلا تحيات Y): X and Y are not at it.
  const occasion = type === "message" ? occasionAfter(tokens, triggerStart, s.tokenEnd) : greetingsAfter(tokens, triggerEnd, s.tokenEnd);
  // The sender of a message carried to the meeting (استقبل X الوزير Y الذي سلمه رسالة من Z، تسلم X رسالة
  // من Z نقلها Y لدى استقباله له): Z writes, he is not there.
  const senders = type === "message" ? null : messageSenders(ctx, s.tokenStart, s.tokenEnd);
  const all = sentenceSlots(ctx, s.tokenStart, s.tokenEnd, focus, type !== "multilateral").filter(
    (x) =>
      !(x.spokesperson && x.token < triggerStart) && !(x.kind === "mention" && x.token === triggerStart) && !(occasion >= 0 && x.token > occasion) &&
      !senders?.has(x.token),
  );
  // ويأتي المنتدى … تنفيذا لما اتفق عليه الجانبان: a pair word after a gathering is not two of its delegates.
  const slots =
    type === "multilateral" ? settingCut(ctx, all.filter((x) => !(x.kind === "pair" && x.token > triggerStart)), triggerEnd, s.tokenEnd) :
    type === "visit" ? all : ownClause(ctx, all, s.tokenStart, s.tokenEnd, triggerStart, triggerEnd);
  const focusFree = !slots.some((x) => x.kind === "pair" || x.kind === "counterpart" || x.kind === "states" || x.kind === "group");
  // التحضيرات للقمة، الإعداد لاجتماعات الجمعية العامة: a gathering written with ل is what is prepared
  // or discussed, and those named around it are not its delegates.
  if (type === "multilateral" && PURPOSE_GATHERING.test(tokens[triggerStart].norm)) {
    return { ids: [], initiator: null, viaReference: false, place: null, namedPerson: false, pairs: null, focusFree: true };
  }
  if (type === "visit") return visitParticipants(ctx, slots, s.tokenStart, s.tokenEnd, triggerStart, triggerEnd, focusFree);
  const viaReference = slots.some((x) => x.kind !== "mention" && x.ids.length > 0);
  const place = venue(ctx, s.tokenStart, s.tokenEnd, triggerStart, triggerEnd);

  let ids: string[] = [];
  // ووقع البلدان خلالها …: the states themselves, whoever else the sentence names.
  const statesSubject = type === "signing" ? slots.find((x) => x.kind === "states" && x.token > triggerStart && x.token <= triggerStart + 2 && x.ids.length === 2) : undefined;
  if (statesSubject) ids = statesSubject.ids;
  // بعد أسابيع من مشاركة X في الاجتماع الوزاري …: the delegates are those said to take part, not others of the sentence.
  if (type === "multilateral") {
    const part = participationBefore(ctx, s.tokenStart, triggerStart);
    if (part >= 0) {
      const delegates = slotIds(slots, (x) => x.token > part && x.token < triggerStart).filter((id) => isPer(ctx, id));
      if (delegates.length) ids = delegates;
      // استقبل X، كلا على حدة، A، وB، وC، وذلك بمناسبة مشاركتهم في أعمال منتدى …: the list the plural pronoun points back to.
      else if (PLURAL_PRONOUN.test(tokens[part].norm)) {
        const listed = listBeforeToken(ctx, part);
        if (listed.length >= 2) ids = listed;
      }
    }
  }
  // وقّع الوزيران مذكرة …، وعقد الرئيسان جلسة مباحثات … بحضور …: a pair word as the subject of the
  // trigger's verb names the parties; persons named further on (delegations, a document's names) do not.
  if (!ids.length && type !== "multilateral") {
    const subject = pairSubject(ctx, slots, triggerStart, triggerEnd, all);
    if (subject) ids = subject;
  }
  // وفي لقائه مع X، قال Y: the pronoun is the main clause's subject, named after the comma.
  if (!ids.length && EACH_TYPES.has(type)) {
    const own = possessorPair(ctx, all, s.tokenStart, triggerStart, triggerEnd);
    if (own) ids = own;
  }
  // "بين X و Y" after the trigger names the participants themselves.
  const between = findBetween(tokens, triggerEnd, Math.min(s.tokenEnd, triggerEnd + 8));
  if (between >= 0 && !ids.length) {
    let stop = between + 1;
    while (stop < s.tokenEnd && stop < between + 12 && !PUNCT_STOP.has(tokens[stop].text)) stop++;
    const inside = slotIds(slots, (x) => x.token > between && x.token < stop);
    const persons = inside.filter((id) => isPer(ctx, id));
    if (persons.length >= 2) ids = persons;
  }
  if (!ids.length) {
    // مباحثات مع نظيره الإسباني [X]: the counterpart right after the trigger's مع is the partner, as if named.
    const partner = (x: Slot) => x.kind === "counterpart" && x.token >= triggerEnd && x.token <= triggerEnd + 1 && tokens[x.token - 1]?.norm === "مع";
    const named = slotIds(slots, (x) => ((x.kind === "mention" || x.kind === "title") && x.type === "PER") || partner(x));
    const resolved = slotIds(slots, (x) => x.kind !== "mention").filter((id) => isPer(ctx, id));
    let persons = named;
    if (named.length < 2) persons = unique([...named, ...resolved]);
    // (أعلن X وY وZ، في ختام اجتماعهم: a trigger owned by a plural pronoun is the gathering of those who report it)
    if (persons.length > 2 && !OWNED_BY_MANY.test(tokens[triggerStart].core)) {
      // The reporter of a reported interaction is not part of it when two others are.
      const reporters = new Set(slotIds(slots, (x) => x.reporter && x.token < triggerStart));
      const rest = persons.filter((id) => !reporters.has(id));
      if (rest.length >= 2) persons = rest;
    }
    if (persons.length > 2) {
      // ويخلف X في الرئاسة الرئيس Y، الذي كان قد قام بزيارة …، أجرى خلالها مباحثات مع Z: Y's relative clause
      // tells Y's encounter; those named before Y in the main clause are not in it.
      const antecedent = relativeAntecedent(ctx, slots, s.tokenStart, triggerStart);
      if (antecedent) {
        const rest = persons.filter((id) => !slots.some((x) => x.token < antecedent.token && x.ids.includes(id)) || antecedent.ids.includes(id));
        if (rest.length >= 2) persons = rest;
      }
    }
    if (persons.length > 2) {
      // …، وفق ما أعلنه X؛ هو الأول منذ سقوط نظام Y: the source of the report and a time named by a person are no parties.
      const aside = new Set(slotIds(slots, (x) => x.kind === "mention" && x.token > triggerEnd && asideAt(ctx, x.token, s.tokenStart)));
      const rest = persons.filter((id) => !aside.has(id));
      if (rest.length >= 2) persons = rest;
    }
    if (persons.length > 2) {
      // محادثات X ونظيره Y … حول مصير الرئيس السوري Z: Z is what they discussed.
      const topics = new Set(slotIds(slots, (x) => x.kind === "mention" && personAsTopic(ctx, x.token, s.tokenStart)));
      const rest = persons.filter((id) => !topics.has(id));
      if (rest.length >= 2) persons = rest;
    }
    ids = persons;
    // A person written by title alone (سمو الأمير، جلالة ملك المغرب) and left unresolved: the states
    // around would stand in for the wrong parties, so nobody is recorded.
    const titled = tokens.slice(Math.max(s.tokenStart, triggerStart - 8), Math.min(s.tokenEnd, triggerEnd + 8)).some(
      (x) => !ctx.mentionAt[x.i] && wordIs(x, PERSON_TITLE),
    );
    if (!ids.length && !titled) {
      // No person named: the states or organisations acting next to the trigger are the participants,
      // not those of a topic (وتناول اللقاء العلاقات بين سورية وإيران).
      const topic = topicSpans(ctx, s.tokenStart, s.tokenEnd);
      ids = slotIds(
        slots,
        (x) => x.kind === "mention" && (x.type === "GPE" || x.type === "ORG") && x.token >= triggerStart - 8 && x.token <= triggerEnd + 10 &&
          !topic.some(([a, b]) => x.token >= a && x.token < b),
      ).filter((id) => id !== place);
    }
  }
  if (ids.length === 1 && isPer(ctx, ids[0])) {
    // كما التقى نظيرته الليبية X: a verb opening its sentence with no subject continues the one before.
    const subject = carriedSubject(ctx, slots, sentence, triggerStart);
    if (subject && subject !== ids[0]) ids = [subject, ids[0]];
  }
  // ثم استقبله الرئيس X، واستقبلهما X: the guest(s) the verb's object pronoun points back to, one pair each.
  let pronounPairs: [string, string][] | null = null;
  if (ids.length === 1 && isPer(ctx, ids[0]) && EACH_TYPES.has(type)) {
    const host = ids[0];
    const guests = pronounObjects(ctx, sentence, triggerStart, host);
    if (guests.length) ids = [host, ...guests];
    if (guests.length > 1) pronounPairs = guests.map((g): [string, string] => [host, g]);
  }
  const initiator = findInitiator(ctx, slots, sentence, triggerStart, triggerEnd, ids);
  const namedPerson = slots.some((x) => ((x.kind === "mention" && x.type === "PER") || x.statesNamed) && ids.includes(x.ids[0]));
  // وبحث معهما، مبعوثي A وB: guests spoken with jointly are one meeting of all (joint-guests.ts), not one per pair.
  const jointly = type === "meeting" && ids.length >= 3 && guestsJointly(ctx, triggerStart, triggerEnd);
  const pairs =
    type === "message" ? messagePairs(ctx, slots, ids, triggerStart, triggerEnd, s.tokenEnd, all) :
    jointly ? eachApart(ctx, ids, type, s.tokenStart, s.tokenEnd) :
    (pronounPairs ?? eachApart(ctx, ids, type, s.tokenStart, s.tokenEnd) ?? eachListed(ctx, slots, ids, type, triggerStart, triggerEnd, s.tokenStart, s.tokenEnd));
  const hubPairs = pairs || jointly || !EACH_TYPES.has(type) ? null : eachOther(ctx, slots, ids, triggerStart, triggerEnd);
  return { ids, initiator, viaReference, place, namedPerson, pairs, focusFree, hubPairs };
}

/**
 * التقى X رئيس الحكومة A، ووزير الخارجية B؛ وبوريطة يلتقي ألباريس وموراتينوس؛ استقبل X ونائبه Y الضيف Z:
 * an encounter is between two. The one who met or called is the person nearest before the trigger, else
 * the first after it together with those joined to him by و right after his name (ورئيس الوزراء Y,
 * ونائبه Y: one subject); each of the others after the trigger meets each of them, one pair each.
 */
function eachOther(ctx: DocContext, slots: Slot[], ids: string[], triggerStart: number, triggerEnd: number): [string, string][] | null {
  if (ids.length < 3 || !ids.every((id) => isPer(ctx, id))) return null;
  const persons = slots.filter((x) => x.ids.length === 1 && ids.includes(x.ids[0]));
  const before = persons.filter((x) => x.token < triggerStart);
  const after = persons.filter((x) => x.token >= triggerStart);
  const hub = before.length ? before[before.length - 1] : after.shift();
  if (!hub) return null;
  const side = [hub.ids[0]];
  const others: string[] = [];
  let last = hub;
  for (const x of after) {
    const id = x.ids[0];
    if (side.includes(id) || others.includes(id)) continue;
    // (only while the subject written after the verb goes on: no object named yet)
    (!before.length && !others.length && joinedTo(ctx, last, x) ? side : others).push(id);
    last = x;
  }
  if (!others.length || side.length + others.length < 3) return null;
  // استقبل X الوزير الروسي A ووزير الدفاع الروسي B: guests of one state a host receives together are one
  // meeting with all (not التقى X رئيس الحكومة A، ووزير الخارجية B: the visitor meets each host apart).
  const host = eventLexicon().participants.hostVerb.test(ctx.doc.tokens[triggerStart].core);
  if (host && side.length === 1 && oneOtherState(ctx, side[0], others)) return null;
  const pairs = side.flatMap((a) => others.map((b): [string, string] => [a, b]));
  // التقى X الضيف Y ووزير خارجيته Z / بمشاركة وزير الدفاع W: compatriots beside a guest are his delegation, not a meeting.
  const compatriots = ([a, b]: [string, string]) => {
    const c = personCountry(ctx, a);
    return c !== null && c === personCountry(ctx, b);
  };
  const across = pairs.filter((x) => !compatriots(x));
  return across.length ? across : pairs;
}

/** The persons `others` (two or more) are all of one known state, not that of `hub`: one delegation. */
function oneOtherState(ctx: DocContext, hub: string, others: string[]): boolean {
  const c = personCountry(ctx, others[0]);
  return others.length >= 2 && c !== null && c !== personCountry(ctx, hub) && others.every((id) => personCountry(ctx, id) === c);
}

/** The slot `x` is joined by و to the name of slot `prev` right before it, only a title between (فاي ورئيس الوزراء عثمان سونكو). */
function joinedTo(ctx: DocContext, prev: Slot, x: Slot): boolean {
  const tokens = ctx.doc.tokens;
  const end = ctx.mentionAt[prev.token]?.tokenEnd ?? prev.token + 1;
  if (end > x.token || !(end === x.token ? tokens[x.token] : tokens[end]).pre.startsWith("و")) return false;
  for (let k = end + 1; k < x.token; k++) {
    const w = tokens[k];
    if (w.kind !== "arabic" || !(w.core.startsWith("ال") || titleWord(w) || wordIs(w, HONORIFIC))) return false;
  }
  return true;
}

/**
 * The ids of a pair word (الوزيران، الرئيسان، الجانبان) that is the trigger's subject: right after
 * its verb (وقع الوزيران مذكرة) or at most three words before it with no punctuation and no person between.
 */
function pairSubject(ctx: DocContext, slots: Slot[], triggerStart: number, triggerEnd: number, sentence: Slot[]): string[] | null {
  const tokens = ctx.doc.tokens;
  const x = slots.find((y) => y.kind === "pair" && y.ids.length === 2 && y.token >= triggerStart - 3 && y.token <= triggerStart + 1 && y.token < triggerEnd);
  // الحوار بين وزيري خارجية البلدين: a topic's pair, not a subject.
  if (!x || tokens[x.token - 1]?.norm === "بين") return null;
  for (let k = x.token + 1; k < triggerStart; k++) if (PUNCT_STOP.has(tokens[k].text)) return null;
  if (slots.some((y) => y !== x && y.token > x.token && y.token < triggerEnd && y.ids.some((id) => isPer(ctx, id)))) return null;
  // …، استقبله خلالها الرئيس X، ووقع الزعيمان: the two persons named before it in the sentence.
  // (in the clauses before too: ، ووقع الزعيمان opens a clause of its own)
  const named = slotIds(sentence, (y) => y.token < x.token && (y.kind === "mention" || y.kind === "title")).filter((id) => isPer(ctx, id));
  return named.length === 2 ? named : x.ids;
}

/**
 * "كما التقى نظيرته الليبية X"، "واستقبل الوزير Y": a meeting verb opening its sentence (after و، كما)
 * whose only person is its object: the subject is the previous sentence's, the first person named there.
 */
function carriedSubject(ctx: DocContext, slots: Slot[], sentence: number, triggerStart: number): string | null {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[sentence];
  if (sentence === 0 || !eventLexicon().participants.meetingVerb.test(tokens[triggerStart].core)) return null;
  // كما التقى، ثم استقبل: the next step of the same subject.
  for (let k = s.tokenStart; k < triggerStart; k++) if (!CARRYING.has(tokens[k].norm)) return null;
  if (slots.some((x) => x.token < triggerStart)) return null;
  const prev = ctx.doc.sentences[sentence - 1];
  for (let k = prev.tokenStart; k < Math.min(prev.tokenEnd, prev.tokenStart + 10); k++) {
    const m = ctx.mentionAt[k];
    if (m?.entity.type === "PER") return m.entity.id;
  }
  return null;
}

const CARRYING = new Set(["كما", "وكما", "ثم", "وثم"]);

/** كل/كلا على حدة (على انفراد), folded: each apart. */
const EACH = /^(?:كل|كلا)$/u;
const APART = /^(?:حده|انفراد)$/u;

/**
 * استقبل X، كلا على حدة، A وB: one meeting with each of the others, not one sitting of three
 * The first person is the one who received or met them.
 */
function eachApart(ctx: DocContext, ids: string[], type: EventType, from: number, to: number): [string, string][] | null {
  // (a gathering named in the same sentence, وذلك بمناسبة مشاركتهم في أعمال المنتدى, is one)
  if (!EACH_TYPES.has(type)) return null;
  const persons = ids.filter((id) => isPer(ctx, id));
  if (persons.length < 3 || persons.length !== ids.length) return null;
  const tokens = ctx.doc.tokens;
  for (let k = from; k + 2 < to; k++) {
    if (EACH.test(tokens[k].norm) && tokens[k + 1].norm === "علي" && APART.test(tokens[k + 2].norm)) {
      return persons.slice(1).map((b): [string, string] => [persons[0], b]);
    }
  }
  return null;
}

/** كل من، كلا من (folded, و allowed): a list whose members each do what the verb says. */
const EACH_OF = /^[و]?(?:كل|كلا)$/u;
/** Types of two parties whose encounter a list of "each of" splits. */
const EACH_TYPES = new Set<EventType>(["meeting", "phone_call", "video_call"]);
/** اتصالين، مكالمتين، لقاءين، اجتماعين (folded core): two encounters. */
const DUAL_ENCOUNTER = /^(?:ال)?(?:اتصال|مكالمت|لقاء|اجتماع)(?:ين|ان)$/u;

/**
 * أجرى كل من X وY اتصالين هاتفيين مع Z؛ تلقى Z اتصالين من كل من X وY؛ استقبل Z كلا من وزير الخارجية
 * الأردني X ونظيره العراقي Y: one encounter of each listed person with the one other party, not one
 * sitting of three; a noun that counts two splits the persons after its مع / من without كل من (أجرى X
 * اتصالين هاتفيين مع A وB).
 */
function eachListed(ctx: DocContext, slots: Slot[], ids: string[], type: EventType, triggerStart: number, triggerEnd: number, from: number, to: number): [string, string][] | null {
  if (!EACH_TYPES.has(type)) return null;
  const persons = ids.filter((id) => isPer(ctx, id));
  if (persons.length < 3 || persons.length !== ids.length) return null;
  const tokens = ctx.doc.tokens;
  let listed: string[] = [];
  for (let k = from; k + 1 < to && !listed.length; k++) {
    // (a list before the trigger is its subject and ends there)
    if (EACH_OF.test(tokens[k].norm) && tokens[k + 1].norm === "من") listed = listedAfter(ctx, slots, k + 1, k < triggerStart ? triggerStart : to).filter((id) => persons.includes(id));
  }
  const two = tokens.slice(triggerStart, triggerEnd).some((x) => DUAL_ENCOUNTER.test(x.core));
  // أجرى X اتصالين هاتفيين مع A وB: the noun counts two, the persons after مع / من are the two.
  for (let k = triggerEnd; two && !listed.length && k < Math.min(to, triggerEnd + 6); k++) {
    if (tokens[k].norm === "مع" || tokens[k].norm === "من") listed = listedAfter(ctx, slots, k, to).filter((id) => persons.includes(id));
  }
  if (listed.length < 2) return null;
  const others = persons.filter((id) => !listed.includes(id));
  if (others.length !== 1) return null;
  // The one who acts first: the hub when named before the list (استقبل Z كلا من)، else each listed person.
  const hubFirst = slots.findIndex((x) => x.ids.includes(others[0])) < slots.findIndex((x) => x.ids.includes(listed[0]));
  return listed.map((id): [string, string] => (hubFirst ? [others[0], id] : [id, others[0]]));
}

/** مشاركة، حضور، ترؤس: a noun of taking part whose genitive is the delegate (مشاركة الوزير X في …). A verb's subject may stand anywhere in the clause. */
const PARTICIPATION = /^(?:[وفبل])?(?:ال)?(?:مشارك(?:ه|ته|تها|تهما|تهم)?|حضور|حضوره|حضورهم|حضورهما|ترؤس|ترؤسه|ترؤسها)$/u;

/** The token of a participation word in the clause right before a multilateral trigger, or -1. */
/** الذي، التي (folded, و allowed). */
const WHO_RELATIVE = /^(?:الذي|التي)$/u;

/**
 * The person whose relative clause the trigger stands in (…، الرئيس Y، الذي … أجرى خلالها): a person named
 * right before a comma and الذي / التي, with no other person between that and the trigger; or undefined.
 */
function relativeAntecedent(ctx: DocContext, slots: Slot[], from: number, triggerStart: number): Slot | undefined {
  const tokens = ctx.doc.tokens;
  for (let k = triggerStart - 1; k > from + 1; k--) {
    if (ctx.mentionAt[k]?.entity.type === "PER") return undefined;
    if (!WHO_RELATIVE.test(tokens[k].norm) || !isListComma(tokens[k - 1])) continue;
    const m = ctx.mentionAt[k - 2];
    if (!m || m.entity.type !== "PER") return undefined;
    return slots.find((x) => x.token === m.tokenStart && x.ids.includes(m.entity.id));
  }
  return undefined;
}

/**
 * The person at `t` is named in an aside of its clause ("aside_openers": وفق ما أعلنه X، بحسب ما ذكر X، منذ
 * سقوط نظام X): the opener stands before him with no punctuation between.
 */
function asideAt(ctx: DocContext, t: number, from: number): boolean {
  const tokens = ctx.doc.tokens;
  const opener = eventLexicon().participants.asideOpener;
  for (let k = t - 1; k >= from && k >= t - ASIDE_REACH; k--) {
    if (PUNCT_STOP.has(tokens[k].text)) return false;
    if (opener.test(tokens[k].norm)) return true;
  }
  return false;
}

/** How far before a person an aside's opener may stand (وفق ما أعلنه رئيس دائرة الاتصال في الرئاسة التركية X). */
const ASIDE_REACH = 14;

/** لقائه، اجتماعها، مباحثاته، اتصاله (folded core): an encounter noun with its owner as a pronoun. */
const OWNED_ENCOUNTER = /^(?:لقاي|لقا|اجتماع|مباحثات|محادثات|اتصال)(?:ه|ها)$/u;

/**
 * وفي لقائه مع X، قال Y إن …؛ وخلال اجتماعها مع X، أكدت Y: an encounter noun with a pronoun opening its
 * sentence (a word or two before it) names one party after مع; the pronoun is the main clause's subject,
 * the first other person named past the comma that closes the phrase. [Y, X], or null.
 */
function possessorPair(ctx: DocContext, slots: Slot[], from: number, triggerStart: number, triggerEnd: number): string[] | null {
  const tokens = ctx.doc.tokens;
  if (triggerStart - from > 2 || !OWNED_ENCOUNTER.test(tokens[triggerStart].core) || tokens[triggerEnd]?.norm !== "مع") return null;
  const person = (x: Slot) => x.ids.length === 1 && isPer(ctx, x.ids[0]);
  const partner = slots.find((x) => person(x) && x.token > triggerEnd && x.token <= triggerEnd + 8);
  if (!partner) return null;
  let comma = partner.token;
  while (comma < tokens.length && tokens[comma].sentence === tokens[triggerStart].sentence && !isListComma(tokens[comma])) comma++;
  const owner = slots.find((x) => person(x) && x.token > comma && x.token <= comma + 4 && x.ids[0] !== partner.ids[0]);
  return owner ? [owner.ids[0], partner.ids[0]] : null;
}

/** مشاركتهم، مشاركتهما، حضورهم (folded): a participation noun whose pronoun is two persons or more. */
const PLURAL_PRONOUN = /(?:هم|هما)$/u;

function participationBefore(ctx: DocContext, from: number, triggerStart: number): number {
  const tokens = ctx.doc.tokens;
  for (let k = triggerStart - 1; k >= Math.max(from, triggerStart - 10); k--) {
    if (PUNCT_STOP.has(tokens[k].text)) return -1;
    if (PARTICIPATION.test(tokens[k].norm)) return k;
  }
  return -1;
}

/**
 * Messages from several senders to one recipient (بعث X، وY، برقيتي تهنئة إلى Z) are one
 * message per sender: [sender, recipient] pairs, or null when the sentence is not of that shape.
 */
function messagePairs(ctx: DocContext, slots: Slot[], ids: string[], triggerStart: number, triggerEnd: number, end: number, sentence: Slot[]): [string, string][] | null {
  const tokens = ctx.doc.tokens;
  let to = -1;
  let from = -1;
  for (let t = triggerEnd; t < Math.min(end, triggerEnd + 6); t++) if (tokens[t].norm === "من" && from < 0) from = t;
  for (let t = triggerEnd; t < Math.min(end, triggerEnd + MESSAGE_TO_REACH) && !PUNCT_STOP.has(tokens[t].text); t++) {
    if (tokens[t].norm === "الي" && to < 0 && !notAddress(tokens, t)) to = t;
  }
  const person = (x: Slot) => x.ids.length === 1 && isPer(ctx, x.ids[0]);
  // وتلا X رسالة وجهها الملك Y إلى المشاركين في المنتدى: read out to a gathering, a message to no one person.
  for (let k = triggerStart - 1; k >= Math.max(0, triggerStart - 8) && tokens[k].sentence === tokens[triggerStart].sentence && !PUNCT_STOP.has(tokens[k].text); k--) {
    if (!READ_OUT.test(tokens[k].norm)) continue;
    const to = tokens.slice(triggerEnd, end).findIndex((w) => w.norm === "الي");
    const named = to >= 0 && slots.some((x) => person(x) && x.token > triggerEnd + to && x.token <= triggerEnd + to + 4);
    if (!named) return [];
  }
  // (with an object pronoun too: حيث سلمه رسالة من Y، التي سلمته رسالة: pronounRecipient reads whom it hands to)
  const carrier = carrierVerbBefore(ctx, triggerStart, true);
  if (from < 0 && to >= 0 && eventLexicon().participants.addressed.test(tokens[to - 1]?.norm ?? "") && carrierVerbBefore(ctx, triggerStart, true) >= 0) {
    // سلّمه رسالة خطية موجهة إلى Z من Y: Y writes to Z; the carrier and the host are not its parties.
    let after = -1;
    for (let t = to + 1; t < Math.min(end, to + 14) && after < 0; t++) if (tokens[t].norm === "من") after = t;
    const recipient = slots.find((x) => person(x) && x.token > to && (after < 0 || x.token < after));
    const sender = after >= 0 ? slots.find((x) => person(x) && x.token > after) : undefined;
    if (!sender || !recipient || sender.ids[0] === recipient.ids[0]) return [];
    return [[sender.ids[0], recipient.ids[0]]];
  }
  if (carrier >= 0 && from >= 0 && (to < 0 || from < to)) {
    // نقل/سلّم X رسالة من Y إلى Z، سلّم X Z رسالة من Y: X carries it; the message is Y's to Z.
    const sender = slots.find((x) => person(x) && x.token > from && (to < 0 || x.token < to));
    const recipient = to >= 0
      ? slots.find((x) => person(x) && x.token > to)
      : handedTo(ctx, slots.filter((x) => person(x) && x.token > carrier && x.token < triggerStart), carrier) ??
        // (the host may be named in the clause before: للقاء X، حيث سلمه رسالة)
        pronounRecipient(ctx, sentence.filter((x) => person(x) && x.token < carrier), carrier);
    if (!sender || !recipient || sender.ids[0] === recipient.ids[0]) return [];
    return [[sender.ids[0], recipient.ids[0]]];
  }
  if (from >= 0 && to > from) {
    // تسلم X منها رسالة خطية من Y إلى Z: whoever hands or takes it, the message is Y's to Z.
    const sender = slots.find((x) => person(x) && x.token > from && x.token < to);
    const recipient = slots.find((x) => person(x) && x.token > to && x.token <= to + ADDRESSEE_TITLE_WORDS);
    if (sender && recipient && sender.ids[0] !== recipient.ids[0]) return [[sender.ids[0], recipient.ids[0]]];
  }
  // …، الذي سلمه رسالة خطية: a message carried from no one named is nobody's to record (the carrier did not write it).
  const handing = carrier >= 0 ? carrier : carrierVerbBefore(ctx, triggerStart, true);
  if (handing >= 0 && from < 0 && to < 0 && carriedToPronoun(tokens, handing)) return [];
  if (from >= 0 && ids.length >= 2 && slots.every((x) => !x.ids.some((id) => ids.includes(id)) || (x.token > from && (to < 0 || x.token < to)))) {
    // تلقى جلالة السلطان برقيات من A، وB with the addressee left unresolved: A and B each wrote to
    // him, not to one another.
    return [];
  }
  if (ids.length <= 2) return null;
  const before = slotIds(slots, (x) => x.token < triggerStart).filter((id) => ids.includes(id));
  if (from >= 0 && (to < 0 || from < to)) {
    const recipient = before[0];
    // تلقى X برقيات تهنئة من كل من A، والرئيس B، وC: one message from each sender listed.
    if (recipient && eventLexicon().participants.severalMessages.test(tokens[triggerStart].core)) {
      const senders = listedAfter(ctx, slots, from, end).filter((id) => ids.includes(id) && id !== recipient);
      if (senders.length >= 2) return senders.map((a): [string, string] => [a, recipient]);
    }
    // تسلم X رسالة من Y (نقلها Z): one message, from the first person after من to the subject.
    const sender = slots.find((x) => x.token > from && x.ids.length === 1 && ids.includes(x.ids[0]));
    return sender && recipient && sender.ids[0] !== recipient ? [[sender.ids[0], recipient]] : null;
  }
  if (to < 0 && from < 0 && before.length === 1 && eventLexicon().participants.severalMessages.test(tokens[triggerStart].core)) {
    // بعث X برقيتي تهنئة لـ A، ولـ B (no إلى): two cables, one to each person after it.
    const recipients = slotIds(slots, (x) => x.token > triggerStart).filter((id) => ids.includes(id) && id !== before[0]);
    if (recipients.length >= 2) return recipients.map((b): [string, string] => [before[0], b]);
  }
  if (to < 0) return null;
  const senders = before;
  const recipients = slotIds(slots, (x) => x.token > to).filter((id) => ids.includes(id));
  if (!senders.length || !recipients.length) return null;
  return senders.flatMap((a) => recipients.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}

/** إضافة إلى، بالإضافة إلى، إلى جانب، استنادا إلى: an إلى that adds or rests on something, no addressee. */
function notAddress(tokens: Token[], t: number): boolean {
  return /^(?:اضافه|بالاضافه|استنادا|اشاره|نظرا|بالنظر)$/u.test(tokens[t - 1]?.norm ?? "") || /^(?:جانب)$/u.test(tokens[t + 1]?.norm ?? "");
}

/** How far after a message noun its إلى may stand: past the sender's honorifics, title and name (من حضرة صاحب السمو أمير البلاد الشيخ X إلى). */
const MESSAGE_TO_REACH = 22;
/** How far after إلى the addressee's name may stand: past honorifics and a title (إلى حضرة صاحب السمو الشيخ X). */
const ADDRESSEE_TITLE_WORDS = 8;

/** تلا، قرأ (folded, و/ف allowed): a message read out. */
const READ_OUT = /^[وف]?(?:تلا|تلت|يتلو|قرا|قرات|يقرا)$/u;

/** إليه، له، إليها، لها (folded): to him or her, after a carrying verb. */
const TO_PRONOUN = /^(?:اليه|اليها|له|لها|اليهما|لهما)$/u;
/** الذي، التي (folded, و allowed): the carrier is the person the clause is about. */
const WHO = /^[و]?(?:الذي|التي)$/u;

/**
 * The recipient among the persons between a carrying verb and the message (سلّم X الرئيسَ Y رسالة: the
 * second; نقل إلى جلالته رسالة، نقل إلى الرئيس Y: the one written after إلى or as an honorific pronoun).
 */
function handedTo(ctx: DocContext, between: Slot[], carrier: number): Slot | undefined {
  if (between.length >= 2) return between[1];
  const only = between[0];
  if (!only) return undefined;
  return only.kind === "honorific" || ctx.doc.tokens[only.token - 1]?.norm === "الي" || subjectBefore(ctx, carrier) ? only : undefined;
}

/** أن، بأن، إن (folded, و/ف allowed): a clause whose subject comes before its verb. */
const SUBJECT_FIRST = /^[وف]?ب?ان$/u;
/** How many words the subject may take between أن and the carrying verb (أن وزير الخارجية الكويتي سلّم). */
const SUBJECT_WORDS = 5;

/**
 * The carrying verb at `carrier`, with no object pronoun and no و, has its subject written before it
 * (أن الوزير الكويتي سلّم X رسالة؛ المبعوث الأممي يسلم X رسالة): the one person after it is the one handed
 * the message, not the carrier.
 */
function subjectBefore(ctx: DocContext, carrier: number): boolean {
  const tokens = ctx.doc.tokens;
  const verb = tokens[carrier];
  if (verb.pre !== "" || !eventLexicon().messageCarrier.test(verb.norm)) return false;
  if (ctx.mentionAt[carrier - 1]?.entity.type === "PER" && tokens[carrier - 1].sentence === verb.sentence) return true;
  for (let k = carrier - 1; k >= Math.max(0, carrier - 1 - SUBJECT_WORDS) && tokens[k].sentence === verb.sentence && !isPunct(tokens[k]); k--) {
    if (SUBJECT_FIRST.test(tokens[k].norm)) return k < carrier - 1;
  }
  return false;
}

/** The carrying verb at `carrier` hands the message to a pronoun (سلّمه، نقل إليه، حمل له). */
function carriedToPronoun(tokens: Token[], carrier: number): boolean {
  // (carrierVerbBefore found it with its pronoun stripped when the word itself is no carrying verb)
  return !eventLexicon().messageCarrier.test(tokens[carrier].norm) || TO_PRONOUN.test(tokens[carrier + 1]?.norm ?? "");
}

/**
 * The host a message is carried to when a pronoun names him (استقبل X الوزير Y، الذي نقل إليه رسالة من Z؛
 * وسلّمه الأخير رسالة؛ والتقى X Y ونقل إليه رسالة): of the persons named before the carrying verb, the
 * first when the carrier is the last one (الذي، الأخير), else the second (the subject carries on).
 */
function pronounRecipient(ctx: DocContext, before: Slot[], carrier: number): Slot | undefined {
  const tokens = ctx.doc.tokens;
  if (before.length < 2 || !carriedToPronoun(tokens, carrier)) return undefined;
  const next = tokens[carrier + 1 + (TO_PRONOUN.test(tokens[carrier + 1]?.norm ?? "") ? 1 : 0)]?.norm ?? "";
  const carrierLast = WHO.test(tokens[carrier - 1]?.norm ?? "") || /^الاخير(?:ه)?$/u.test(next);
  if (carrierLast) return before[0];
  // استقبل Y X، حيث سلمه: the receiver, the verb's subject, is the host; after التقى / للقاء it is the object.
  const host = eventLexicon().participants.hostVerb;
  for (let k = before[1].token - 1; k >= 0 && k >= before[0].token - 6 && !isClauseComma(tokens[k]); k--) {
    if (host.test(tokens[k].core)) return before[0];
  }
  return before[1];
}

/** The persons listed after token `from` (من A، وB، والرئيس C): past a comma only while the next item is coordinated (و). */
function listedAfter(ctx: DocContext, slots: Slot[], from: number, end: number): string[] {
  const tokens = ctx.doc.tokens;
  const { listIntro: intro, listIntroPrep: prep } = eventLexicon().participants;
  // (، من بينهم A وB، على رأسهم A: the word opening the list may follow a preposition)
  const opensList = (k: number) => intro.test(tokens[k]?.norm ?? "") || (prep.test(tokens[k]?.norm ?? "") && intro.test(tokens[k + 1]?.norm ?? ""));
  // …، أبرزهم: A، وB: a comma before a word opening the list, and the colon after it, go on too.
  const goesOn = (k: number) =>
    (isListComma(tokens[k]) && (tokens[k + 1]?.pre.startsWith("و") || opensList(k + 1))) ||
    (tokens[k].text === ":" && intro.test(tokens[k - 1]?.norm ?? ""));
  let stop = from + 1;
  while (stop < end && !(PUNCT_STOP.has(tokens[stop].text) && !goesOn(stop))) stop++;
  return slotIds(slots, (x) => x.token > from && x.token < stop).filter((id) => isPer(ctx, id));
}

const isListComma = (t: Token) => t.text === "،" || t.text === ",";
/** A comma or semicolon: what may stand before a clause opener. */
const isClauseComma = (t: Token) => isListComma(t) || t.text === "؛" || t.text === ";";

/** How many words before a message noun its carrying verb may stand: with no comma between, and past commas. */
const CARRIER_REACH = 18;
const CARRIER_REACH_PAST_COMMAS = 22;

/**
 * The token of a carrying verb (نقل، سلّم، حمل) opening the clause of the message noun at `trigger`, or -1;
 * withPronoun: also with an object pronoun (وسلمه، نقلها), the pronoun being the host who takes it.
 */
function carrierVerbBefore(ctx: DocContext, trigger: number, withPronoun = false): number {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const sentence = tokens[trigger].sentence;
  let commas = false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - (commas ? CARRIER_REACH_PAST_COMMAS : CARRIER_REACH)) && tokens[k].sentence === sentence; k--) {
    // سلّم X، الرئيس Y، أمس، رسالة: the verb's subject, object and day set off by commas (no clause opening between).
    if (isListComma(tokens[k]) && !opensClause(tokens, k + 1) && !WHO.test(tokens[k + 1]?.norm ?? "")) {
      commas = true;
      continue;
    }
    if (PUNCT_STOP.has(tokens[k].text)) break;
    const w = tokens[k];
    if ((lex.messageCarrier.test(w.norm) || (withPronoun && lex.messageCarrier.test(w.norm.replace(/(?:ه|ها)$/u, "")))) && !ctx.mentionAt[k]) return k;
  }
  return -1;
}

/**
 * A visit: the visitor (the person the visit verb is about) and the host state — the
 * destination after إلى or the object of يزور; a city stands for its state when the
 * article names that state. Without a host the visit is not recorded.
 */
function visitParticipants(ctx: DocContext, slots: Slot[], from: number, to: number, triggerStart: number, triggerEnd: number, focusFree: boolean): ParticipantResult {
  // A group written as one (المسؤولين الليبيين) visits together.
  const persons = slots.filter((x) => (x.ids.length === 1 || x.kind === "title") && x.ids.length > 0 && x.ids.every((id) => isPer(ctx, id)));
  // وصل X … إلى: the subject inside the trigger phrase; زار X، يزور X: right after the verb.
  const inside = persons.find((x) => x.token > triggerStart && x.token < triggerEnd);
  const after = persons.find((x) => x.token >= triggerEnd && x.token <= triggerEnd + 3 && !isPrepositional(ctx.doc.tokens, triggerEnd, x.token));
  const before = [...persons].reverse().find((x) => x.token < triggerStart);
  let visitor = inside ?? after ?? madeBy(ctx, persons, triggerEnd) ?? before;
  const visitorEnd = visitor ? (ctx.mentionAt[visitor.token]?.tokenEnd ?? titleEnd(ctx, visitor.token, to)) : -1;
  const host =
    hostState(ctx, from, to, triggerStart, visitor && visitor.token >= triggerEnd ? visitorEnd : -1) ??
    hostByWord(ctx, slots, from, to, triggerStart, triggerEnd, visitor) ??
    (framedVisit(ctx.doc.tokens, triggerStart, from) ? hostBefore(ctx, from, triggerStart) : null);
  const hostCountry = host && visitor && !inside && !after ? entityCountry(ctx.byId.get(host)!) : null;
  // A، وB، اللذين يزوران مصر؛ على رأس وفد يضم A، وB: those who travel with him visit with him.
  const travelling = (x: Slot | undefined) => (x && host && x.ids.length === 1 ? travellingWith(ctx, x.token, x.ids[0], x.token < triggerStart, triggerStart, triggerEnd) : []);
  let companions = travelling(visitor);
  const foreignAmong = (ids: string[]) => !!hostCountry && ids.some((id) => { const c = personCountry(ctx, id); return c !== null && c !== hostCountry; });
  if (visitor && hostCountry && !isForeign(ctx, visitor, hostCountry) && !foreignAmong(companions)) {
    // التقى X في برازيليا Y … في إطار جولة: the visitor is the guest, not the host's own official.
    let guest: Slot | undefined;
    for (const x of persons) if (!guest && x.token < triggerStart && isForeign(ctx, x, hostCountry)) guest = x;
    if (guest || personCountry(ctx, visitor.ids[0]) === hostCountry) visitor = guest;
    companions = travelling(visitor);
  }
  // The host state's person who welcomed the visitor on arrival hosts the visit (arrival-hosts.ts).
  const hostCountryOf = host ? entityCountry(ctx.byId.get(host)!) : null;
  const welcomer = visitor && hostCountryOf ? arrivalHost(ctx, from, to, hostCountryOf) : null;
  const party = welcomer && !visitor!.ids.includes(welcomer) ? welcomer : host;
  // وصل X إلى مدينة جدة، the state unnamed in the article: the visitor(s) alone, the city the visit's place.
  const hostParty = !party || (party === host && cityOnly(ctx, host)) ? [] : [party];
  const ids = visitor && host && party ? [...visitor.ids, ...companions.filter((id) => id !== party && id !== host), ...hostParty] : [];
  return { ids, initiator: visitor?.ids[0] ?? null, viaReference: visitor?.kind !== "mention", place: host, namedPerson: visitor?.kind === "mention", pairs: null, focusFree };
}

/**
 * A place inside a state (a city of the gazetteer, or one named after مدينة) standing for a host state the
 * article does not name (the tenth round's settled convention): no party of the visit, only its place.
 */
function cityOnly(ctx: DocContext, id: string): boolean {
  const e = ctx.byId.get(id);
  if (!e || e.type !== "GPE" || isStateName(e)) return false;
  if (!/^gpe:[A-Z]{2}:/i.test(e.key) && !ctx.mentions.some((m) => m.entity === e && CITY_WORD.test(ctx.doc.tokens[m.tokenStart - 1]?.norm ?? ""))) return false;
  const country = entityCountry(e);
  return !country || !stateEntity(ctx, country);
}

/** مدينة، بمدينة (folded, clitics allowed): the word naming a city before its name. */
const CITY_WORD = /^(?:[وفبل])?(?:ال)?مدينه$/u;

/**
 * The token after a title phrase headed at `t` that names a person (يزور رئيس الوزراء الهندي الإمارات):
 * definite words of the title and further heads, up to a name, punctuation or six words.
 */
function titleEnd(ctx: DocContext, t: number, to: number): number {
  const tokens = ctx.doc.tokens;
  let k = t + 1;
  while (k < Math.min(to, t + 6) && !ctx.mentionAt[k] && tokens[k].kind === "arabic" && (tokens[k].core.startsWith("ال") || titleWord(tokens[k]))) k++;
  return k;
}

/** الزيارة التي قام بها X، أول زيارة يقوم بها X: the person (within eight words) the clause after the visit noun names. */
function madeBy(ctx: DocContext, persons: Slot[], triggerEnd: number): Slot | undefined {
  const tokens = ctx.doc.tokens;
  const madeByVerb = eventLexicon().participants.madeBy;
  for (let k = triggerEnd; k < Math.min(tokens.length, triggerEnd + 3); k++) {
    if (!madeByVerb.test(tokens[k].norm)) continue;
    return persons.find((x) => x.token > k && x.token <= k + 8);
  }
  return undefined;
}

/** The person of the slot is of a known country other than the host's. */
function isForeign(ctx: DocContext, x: Slot, hostCountry: string): boolean {
  const c = personCountry(ctx, x.ids[0]);
  return c !== null && c !== hostCountry;
}

export function personCountry(ctx: DocContext, id: string): string | null {
  const e = ctx.byId.get(id);
  return e ? entityCountry(e) : null;
}

/** The state entity of the article for an ISO country, if the article names it. */
function stateEntity(ctx: DocContext, country: string): string | null {
  return ctx.entities.find((e) => e.type === "GPE" && entityCountry(e) === country && isStateName(e))?.id ?? null;
}

/** A host written as a common noun: البلاد، المملكة، الدولة (the state the report is about), with or without a nationality. */
const HOST_NOUN = /^(?:ال)(?:عاصمه|بلاد|بلد|مملكه|دوله|جمهوريه|سلطنه|اماره)$/u;

/**
 * The host written without a name: "إلى العاصمة العراقية" (the country of the adjective),
 * "الذي يزور البلاد حاليا" (the dateline's country, else that of a person of the sentence
 * other than the visitor: the host who received him). Only a state the article names.
 */
function hostByWord(ctx: DocContext, slots: Slot[], from: number, to: number, triggerStart: number, triggerEnd: number, visitor: Slot | undefined): string | null {
  const tokens = ctx.doc.tokens;
  for (let t = Math.max(from, triggerStart + 1); t < Math.min(to, triggerEnd + 6); t++) {
    if (!HOST_NOUN.test(tokens[t].core) || ctx.mentionAt[t]) continue;
    const prev = tokens[t - 1]?.norm ?? "";
    // بزيارة رسمية وزيارة عمل للمملكة: ل is the destination, past the visit's own words.
    const toward = prev === "الي" || (tokens[t].pre.endsWith("ل") && plainWordsBetween(ctx, triggerEnd, t));
    if (!(t === triggerEnd || toward || t < triggerEnd)) continue;
    const next = tokens[t + 1];
    const adjective = next && next.sentence === tokens[t].sentence && !ctx.mentionAt[next.i] ? countryOfAdjective(next.core) : null;
    if (adjective) return stateEntity(ctx, adjective);
    if (tokens[t].core === "العاصمه") continue;
    const dl = ctx.doc.article.dateline;
    const place = dl ? ctx.mentions.find((m) => m.start >= dl.start && m.end <= dl.end && m.entity.type === "GPE") : undefined;
    const placeCountry = place ? entityCountry(place.entity) : null;
    const visitorCountry = visitor ? personCountry(ctx, visitor.ids[0]) : null;
    if (placeCountry && placeCountry !== visitorCountry) return stateEntity(ctx, placeCountry);
    for (const x of slots) {
      if (x === visitor || x.ids.length !== 1 || !isPer(ctx, x.ids[0])) continue;
      const c = personCountry(ctx, x.ids[0]);
      if (c && c !== visitorCountry) return stateEntity(ctx, c);
    }
    return null;
  }
  return null;
}

/** Words only between two tokens: no name, number or punctuation, in one sentence. */
function plainWordsBetween(ctx: DocContext, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const w = tokens[k];
    if (w.kind !== "arabic" || ctx.mentionAt[k] || w.sentence !== tokens[to].sentence) return false;
    if (/[،,؛;:(«"]/u.test(ctx.doc.article.text.slice(w.end, tokens[k + 1].start))) return false;
  }
  return true;
}

/** في زيارة …، في إطار جولة …، خلال زيارته، ضمن جولة: a visit noun framing what the sentence reported before it. */
function framedVisit(tokens: Token[], triggerStart: number, from: number): boolean {
  for (let k = triggerStart - 1; k >= Math.max(from, triggerStart - 2); k--) {
    if (/^(?:[وف])?(?:في|خلال|ضمن|اثناء|اطار|هامش)$/u.test(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * A visit noun after the arrival or the talks it frames: "وصل X إلى العاصمة العراقية بغداد …، في
 * زيارة رسمية"، "أجرى X محادثات مع Y في برازيليا، في إطار جولة …": the destination (إلى) written
 * before it in the sentence, else the place the talks were held (في).
 */
function hostBefore(ctx: DocContext, from: number, triggerStart: number): string | null {
  const tokens = ctx.doc.tokens;
  let venuePlace: string | null = null;
  for (let t = from; t < triggerStart; t++) {
    const m = ctx.mentionAt[t];
    if (!m || m.tokenStart !== t || (m.entity.type !== "GPE" && m.entity.type !== "LOC")) continue;
    if (withinRoleSpan(ctx, m.start) || inRole(ctx, m.start, t)) continue;
    const prev = tokens[t - 1]?.norm ?? "";
    const prev2 = tokens[t - 2]?.norm ?? "";
    if (prev === "الي" || (prev2 === "الي" && tokens[t - 1].core === "العاصمه") || tokens[t - 2]?.core === "العاصمه" && tokens[t - 3]?.norm === "الي") {
      return stateOf(ctx, m.entity, tokens, t);
    }
    if (prev === "في" && m.entity.type === "GPE") venuePlace = stateOf(ctx, m.entity, tokens, t);
  }
  return venuePlace && isStateName(ctx.byId.get(venuePlace)!) ? venuePlace : null;
}

function isPrepositional(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (["الي", "مع", "من", "في"].includes(tokens[t].norm)) return true;
  return false;
}

/** The state visited: GPEs after إلى (or right after the trigger or the visitor), a state preferred to a city, a city mapped to its state. */
function hostState(ctx: DocContext, from: number, to: number, triggerStart: number, objectAt: number): string | null {
  const tokens = ctx.doc.tokens;
  const found: string[] = [];
  // القاهرة - وصل X إلى بيروت: the dateline's place is where the report was filed; it hosts only
  // where the sentence names no other place (المنامة (بنا) - وصل X اليوم في زيارة رسمية).
  const dl = ctx.doc.article.dateline;
  let filedAt: string | null = null;
  for (let t = Math.max(from, triggerStart - 2); t < to; t++) {
    const m = ctx.mentionAt[t];
    if (!m || m.tokenStart !== t || (m.entity.type !== "GPE" && m.entity.type !== "LOC")) continue;
    if (dl && m.start >= dl.start && m.end <= dl.end) {
      filedAt ??= stateOf(ctx, m.entity, tokens, t);
      continue;
    }
    // وصل ملك المغرب … إلى دمشق: the country of a title, not the one visited.
    if (withinRoleSpan(ctx, m.start) || eventLexicon().personTitle.test(tokens[t - 1]?.norm ?? "")) continue;
    const prev = tokens[t - 1]?.norm ?? "";
    const prev2 = tokens[t - 2]?.norm ?? "";
    // زار X لبنان: the object right after the visitor's name.
    const direct = t <= triggerStart + 3 || t === objectAt || prev === "الي" || prev2 === "الي" || prev === "العاصمه" || prev2 === "العاصمه";
    if (!direct) continue;
    const state = stateOf(ctx, m.entity, tokens, t);
    // جولة في أميركا اللاتينية: a region of no one state hosts nobody.
    if (m.entity.type === "LOC" && state === m.entity.id && !entityCountry(m.entity)) continue;
    found.push(state);
  }
  return found.find((id) => isStateName(ctx.byId.get(id)!)) ?? found[0] ?? filedAt;
}

/** A city stands for its state when the article names the state: by the entity's country or an adjective before one of its mentions (العاصمة الأردنية عمان). */
export function stateOf(ctx: DocContext, place: Entity, tokens: Token[], t: number): string {
  // An adjective before the city settles it (العاصمة الأردنية عمان is not Oman); after a title it
  // is the title's (زار الرئيس الروسي الرياض).
  let country = PLACE_NOUN.test(tokens[t - 2]?.core ?? "") ? countryOfAdjective(tokens[t - 1]?.norm ?? "") : null;
  if (!country) {
    for (const m of ctx.mentions) {
      if (m.entity !== place || m.tokenStart < 1) continue;
      const adj = tokens[m.tokenStart - 1].norm;
      if (adj.startsWith("ال") && PLACE_NOUN.test(tokens[m.tokenStart - 2]?.core ?? "") && (country = countryOfAdjective(adj))) break;
    }
  }
  if (!country && isStateName(place)) return place.id;
  country ??= entityCountry(place);
  if (!country) return place.id;
  const state = ctx.entities.find((e) => e.type === "GPE" && e.id !== place.id && entityCountry(e) === country && isStateName(e));
  return state?.id ?? place.id;
}

/** العاصمة الأردنية عمان، مدينة هيروشيما اليابانية: nouns a nationality adjective of a place follows. */
const PLACE_NOUN = /^(?:ال)?(?:عاصمه|مدينه|ميناء|منطقه|محافظه|ولايه|اقليم)$/u;

const STATE_WORDS = /^(?:[وفبل])?(?:المملكه|مملكه|جمهوريه|الجمهوريه|دوله|سلطنه|اماره|الامارات|الولايات|الاتحاد)$/u;

const stateNameMemo = new WeakMap<Entity, boolean>();

/** A state's own name (gpe:XX, المملكة …، روسيا), not a city or region: memoised per entity. */
export function isStateName(e: Entity): boolean {
  let yes = stateNameMemo.get(e);
  if (yes === undefined) stateNameMemo.set(e, (yes = stateName(e)));
  return yes;
}

function stateName(e: Entity): boolean {
  if (/^gpe:[A-Z]{2}$/i.test(e.key)) return true;
  // gpe:BR:برازيليا: a place of the gazetteer inside a state (برازيليا reads like an adjective of البرازيل).
  if (/^gpe:[A-Z]{2}:/i.test(e.key)) return false;
  if (STATE_WORDS.test(normalize(e.name).split(" ")[0] ?? "")) return true;
  const country = entityCountry(e);
  return country !== null && countryOfAdjective(normalize(e.name)) === country;
}

/** Token ranges [بين, clause end) after a topic noun: العلاقات بين البلدين، التعاون بين مصر والأردن. */
function topicSpans(ctx: DocContext, from: number, to: number): [number, number][] {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const out: [number, number][] = [];
  for (let t = from + 1; t < to; t++) {
    if (tokens[t].norm !== "بين" || !lex.topicBeforeBetween.test(tokens[t - 1].norm)) continue;
    let end = t + 1;
    while (end < to && !PUNCT_STOP.has(tokens[end].text)) end++;
    out.push([t, end]);
  }
  return out;
}

function findBetween(tokens: Token[], from: number, to: number): number {
  for (let t = from; t < to; t++) if (tokens[t].core === "بين" || tokens[t].norm === "بين") return t;
  return -1;
}

/** Where it took place: a GPE or LOC written with في or ب near the trigger (في موسكو، بالرباط). */
function venue(ctx: DocContext, from: number, to: number, triggerStart: number, triggerEnd: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let t = Math.max(from, triggerStart - 12); t < Math.min(to, triggerEnd + 12); t++) {
    const m = ctx.mentionAt[t];
    if (!m || m.tokenStart !== t || (m.entity.type !== "GPE" && m.entity.type !== "LOC")) continue;
    if (inRole(ctx, m.start, t)) continue; // وزير الخارجية في جمهورية الهند: part of a title
    if (tokens[t - 1]?.norm === "في" || /^[وف]?ب/.test(tokens[t].pre)) return m.entity.id;
  }
  return null;
}

/** The offset lies in the role written with a person's mention. */
function withinRoleSpan(ctx: DocContext, offset: number): boolean {
  for (const e of ctx.entities) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) if (m.role && offset >= m.role.start && offset < m.role.end) return true;
  }
  return false;
}

/** A place inside a person's title (وزير الخارجية في جمهورية الهند، سفير مصر في الرباط) is not a venue. */
function inRole(ctx: DocContext, offset: number, t: number): boolean {
  if (withinRoleSpan(ctx, offset)) return true;
  const tokens = ctx.doc.tokens;
  for (let k = t - 1; k >= Math.max(0, t - 6); k--) {
    if (isPunct(tokens[k]) || ctx.mentionAt[k]) return false;
    if (wordIs(tokens[k], PERSON_TITLE)) return true;
  }
  return false;
}

function findInitiator(
  ctx: DocContext,
  slots: Slot[],
  sentence: number,
  triggerStart: number,
  triggerEnd: number,
  ids: string[],
): string | null {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[sentence];
  const inEvent = (id: string | undefined) => (id && ids.includes(id) ? id : null);
  const firstAfter = (t: number, limit: number) =>
    slots.find((x) => x.token > t && x.token <= t + limit && x.ids.length === 1 && isPer(ctx, x.ids[0]));

  // بناء على طلب X، بمبادرة من الجانب المصري
  const folded = ctx.folded;
  const fa = lowerBound(folded.starts, s.start);
  const fb = lowerBound(folded.starts, s.end);
  const sentenceText = folded.text.slice(fa, fb);
  for (const re of lex.anyInitiatorRequest.test(sentenceText) ? lex.initiatorRequest : []) {
    re.lastIndex = 0;
    const m = re.exec(sentenceText);
    if (!m) continue;
    const endOffset = folded.ends[fa + m.index + m[0].length - 1];
    let t = s.tokenStart;
    while (t < s.tokenEnd && tokens[t].start < endOffset) t++;
    const slot = firstAfter(t - 1, 4);
    if (slot && inEvent(slot.ids[0])) return slot.ids[0];
    for (let k = t; k < Math.min(s.tokenEnd, t + 4); k++) {
      const c = countryOfAdjective(tokens[k].norm) ?? (ctx.mentionAt[k] ? entityCountry(ctx.mentionAt[k]!.entity) : null);
      if (!c) continue;
      const hit = ids.find((id) => entityCountry(ctx.byId.get(id)!) === c);
      if (hit) return hit;
    }
  }
  // تلقى X اتصالا هاتفيا من Y: Y called.
  for (let t = s.tokenStart; t < Math.min(triggerEnd, s.tokenEnd); t++) {
    if (!wordIs(tokens[t], INITIATOR_FROM)) continue;
    for (let k = Math.max(t + 1, triggerStart); k < Math.min(s.tokenEnd, triggerEnd + 10); k++) {
      if (tokens[k].norm !== "من") continue;
      const slot = firstAfter(k, 8);
      if (slot && inEvent(slot.ids[0])) return slot.ids[0];
    }
  }
  // في اتصال هاتفي أجراه مع Y: the sentence's subject made the call.
  for (let t = triggerEnd; t < Math.min(s.tokenEnd, triggerEnd + 2); t++) {
    if (!wordIs(tokens[t], INITIATOR_RELATIVE)) continue;
    const subject = slots.find((x) => x.token < triggerStart && x.ids.length === 1 && isPer(ctx, x.ids[0]) && !x.spokesperson);
    if (subject && inEvent(subject.ids[0])) return subject.ids[0];
  }
  // أجرى X اتصالا، بعث X برقية، زار X: the subject acted.
  for (let t = Math.max(s.tokenStart, triggerStart - 25); t <= Math.min(triggerStart, s.tokenEnd - 1); t++) {
    if (!wordIs(tokens[t], INITIATOR_SUBJECT)) continue;
    const slot = firstAfter(t, 10);
    if (slot && !isPrepositional(tokens, t + 1, slot.token) && inEvent(slot.ids[0])) return slot.ids[0];
  }
  return null;
}
