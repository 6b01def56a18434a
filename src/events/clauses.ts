// Where a trigger stands in its sentence, when that says the sentence reports no event of it:
// a gathering named in what someone says, a counted series, an arrival of goods, the
// purpose of a departure, a plan announced at the head of the clause. The words are "clauses" in
// data/lexicon/events.json.
import type { Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";
import type { Trigger } from "./triggers.js";
import { anyWordIs, REPORTING_VERB } from "./word-classes.js";

/** أن، إن، بأن (folded) or a quote mark or colon: what follows is what the speaker says. */
const COMPLEMENTIZER = /^[وف]?[ب]?ان$/u;
const QUOTE_OR_COLON = /[«"“:]/u;
const CLOSING_QUOTE = /[»”]/u;
const OPENING_QUOTE = /[«“]/u;

/**
 * A gathering named in a statement (وقال جودة: «… التعهدات التي قطعها في مؤتمر لندن»، أكد X
 * أن "قمة الجزائر تنعقد …"، أوضح X أن الاجتماع الوزاري سيعكف …) with the speaker as its only
 * named person: the speaker talks about it; the sentence does not report him taking part.
 */
export function spokenOf(ctx: DocContext, t: Trigger, ids: string[]): boolean {
  if (t.type !== "multilateral" || ids.length !== 1) return false;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  let opener = -1;
  for (let k = t.tokenStart - 1; k >= s.tokenStart; k--) {
    // إطلاق «التحالف الدولي …»، وذلك خلال اجتماع: a name in quotation marks, closed before the trigger, is no statement.
    if (CLOSING_QUOTE.test(tokens[k].text)) {
      while (k > s.tokenStart && !OPENING_QUOTE.test(tokens[k - 1].text)) k--;
      k--;
      continue;
    }
    const m = ctx.mentionAt[k];
    if (m && ids.includes(m.entity.id)) return false; // the person is named inside the statement
    if (COMPLEMENTIZER.test(tokens[k].norm) || QUOTE_OR_COLON.test(tokens[k].text)) {
      opener = k;
      break;
    }
  }
  if (opener < 0) return false;
  for (let k = t.tokenStart; k < s.tokenEnd; k++) {
    const m = ctx.mentionAt[k];
    if (m && ids.includes(m.entity.id)) return false;
  }
  return anyWordIs(tokens, s.tokenStart, opener, REPORTING_VERB);
}

/**
 * The trigger stands inside a direct quotation of its sentence (an opening «, “ or an odd count of
 * straight quotes before it, not closed): the words of a speaker, not the report's own.
 */
export function insideQuote(ctx: DocContext, t: Trigger): boolean {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  let straight = 0;
  for (let k = t.tokenStart - 1; k >= s.tokenStart; k--) {
    const text = tokens[k].text;
    if (CLOSING_QUOTE.test(text)) return false;
    if (OPENING_QUOTE.test(text)) return true;
    if (text.includes('"')) straight++;
  }
  return straight % 2 === 1;
}

/**
 * ثلاثة مؤتمرات دولية، عدة زيارات، عدد من اللقاءات: a counted series; أهمية المؤتمرات الدولية،
 * الزيارات المتبادلة: a kind of gathering. No one event either way.
 */
export function countedSeries(tokens: Token[], t: Trigger): boolean {
  const words = eventLexicon().clauses;
  if (!words.pluralTrigger.test(tokens[t.tokenStart].core)) return false;
  const next = tokens[t.tokenStart + 1];
  if (t.tokenEnd - t.tokenStart === 1 && next?.sentence === t.sentence && words.kind.test(next.norm)) return true;
  const prev = tokens[t.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (words.count.test(prev.norm)) return true;
  return prev.norm === "من" && tokens[t.tokenStart - 2]?.norm === "عدد";
}

/**
 * المساعدات التي وصلت إلى …، الشحنة التي وصلت: an arrival told of a thing (التي after a word that
 * is no person) is no visit.
 */
export function thingArrived(ctx: DocContext, t: Trigger): boolean {
  if (t.type !== "visit") return false;
  const tokens = ctx.doc.tokens;
  const rel = tokens[t.tokenStart - 1];
  if (!rel || rel.sentence !== t.sentence || rel.norm !== "التي") return false;
  let k = t.tokenStart - 2;
  while (k >= 0 && tokens[k].sentence === t.sentence && isPunct(tokens[k])) k--;
  const head = tokens[k];
  if (!head || head.sentence !== t.sentence) return false;
  const m = ctx.mentionAt[k];
  if (m && m.entity.type === "PER") return false;
  return !eventLexicon().clauses.femininePerson.test(head.core);
}

/** متوجها إلى الإمارات للمشاركة في القمة العالمية …: the gathering is the journey's purpose, not one reported. */
export function purposeOfDeparture(tokens: Token[], t: Trigger): boolean {
  const words = eventLexicon().clauses;
  let purpose = -1;
  for (let k = t.tokenStart - 1; k >= Math.max(0, t.tokenStart - 3) && tokens[k].sentence === t.sentence; k--) {
    if (words.purpose.test(tokens[k].norm)) purpose = k;
  }
  if (purpose < 0) return false;
  for (let k = purpose - 1; k >= 0 && tokens[k].sentence === t.sentence && !isPunct(tokens[k]); k--) {
    if (words.departure.test(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * A plan word (ومن المقرر أن يغادر … متوجها إلى الدوحة في إطار جولة …) earlier in the trigger's clause
 * (back to the last punctuation), however far — or further back past commas whose clauses go on with
 * the plan (ومن المقرر أن يتوجه X إلى الإمارات، حيث يلتقي Y، قبل أن يختتم جولته في قطر).
 */
export function plannedClause(tokens: Token[], t: Trigger, sentenceStart: number): boolean {
  const planHead = eventLexicon().clauses.planHead;
  for (let k = t.tokenStart - 1; k >= sentenceStart; k--) {
    if (isPunct(tokens[k])) {
      if (!isComma(tokens[k]) || !goesOnWithPlan(tokens, k + 1)) return false;
      continue;
    }
    if (planHead.test(tokens[k].norm)) return true;
  }
  return false;
}

const isComma = (w: Token) => w.text === "،" || w.text === ",";

/** حيث، ثم (folded, with و): an opener a next step follows. */
const STEP_OPENER = /^[وف]?(?:حيث|ثم)$/u;
/** قبل / بعد before أن. */
const STEP_BEFORE_AFTER = /^[وف]?(?:قبل|بعد)$/u;
/** A day or a preposition opening a part with no verb of its own (، الأربعاء، في قصر …). */
const NO_VERB_PART = /^[وف]?(?:في|من|علي|الي|مع|عن|خلال|اليوم|غدا|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/u;

/** An imperfect verb of the third person (يلتقي، يختتم، يتوجه): the plan's next step, not a thing done. */
const imperfect = (w: Token | undefined) => !!w && /^[وف]?ي\p{L}{2,}$/u.test(w.norm);

/** The part after a comma at k goes on with a plan: حيث/ثم + imperfect، قبل أن/بعد أن + imperfect، an imperfect، or a day or place. */
function goesOnWithPlan(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w) return false;
  if (STEP_OPENER.test(w.norm)) return imperfect(tokens[k + 1]);
  if (STEP_BEFORE_AFTER.test(w.norm) && tokens[k + 1]?.norm === "ان") return imperfect(tokens[k + 2]);
  // في حين، في وقت، في ظل open a clause of their own (في حين التقى اليوم …).
  if (/^[وف]?في$/u.test(w.norm) && /^(?:حين|وقت|ظل)$/u.test(tokens[k + 1]?.norm ?? "")) return false;
  return imperfect(w) || NO_VERB_PART.test(w.norm);
}

/** استقبال، استقباله (folded core): the reception noun a welcome is written with. */
const RECEPTION = /^(?:ال)?استقبال(?:ه|ها|هما|هم)?$/u;

/**
 * وكان في استقبال الرئيس X لدى وصوله إلى مقر القمة Y، وكان في استقباله بالمطار Y: those at the
 * guest's arrival welcome him — no meeting of its own (the talks, if any, are reported apart).
 */
export function welcomeOnArrival(tokens: Token[], t: Trigger): boolean {
  return t.type === "meeting" && arrivalWelcomeAt(tokens, t.tokenStart);
}

/**
 * The reception noun at `k` after في with an arrival or airport word ("arrival") within ten words
 * after it, in its sentence.
 */
export function arrivalWelcomeAt(tokens: Token[], k: number): boolean {
  if (!receptionAt(tokens, k)) return false;
  const arrival = eventLexicon().clauses.arrival;
  for (let j = k + 1; j < Math.min(tokens.length, k + 11) && tokens[j].sentence === tokens[k].sentence; j++) {
    if (arrival.test(tokens[j].norm)) return true;
  }
  return false;
}

/** The reception noun after في at `k` (في استقباله، في استقبال جلالته). */
export function receptionAt(tokens: Token[], k: number): boolean {
  return RECEPTION.test(tokens[k].core) && tokens[k - 1]?.norm === "في";
}

/** دعوة، الدعوة (folded core): an invitation. */
const INVITATION_NOUN = /^(?:ال)?دعوه$/u;

/**
 * تلقى X دعوة من Z للمشاركة في القمة (no carrier): an invitation only received is no message; one a carrier
 * hands over (، نقلها Y خلال لقائه X؛ سلمها إليه Y) is. True when no carrying verb stands before the noun
 * (سلم X Y دعوة من Z is the carrier's) and none with the invitation as its pronoun (نقلها) after it.
 */
export function receivedUncarried(tokens: Token[], t: Trigger): boolean {
  if (t.type !== "message" || !INVITATION_NOUN.test(tokens[t.tokenStart].core)) return false;
  const carrier = eventLexicon().messageCarrier;
  for (let k = t.tokenStart - 1; k >= Math.max(0, t.tokenStart - 12) && tokens[k].sentence === t.sentence; k--) {
    if (carrier.test(tokens[k].norm) || carrier.test(tokens[k].norm.replace(/(?:ه|ها)$/u, ""))) return false;
  }
  for (let k = t.tokenEnd; k < tokens.length && tokens[k].sentence === t.sentence; k++) {
    const w = tokens[k].norm;
    if (w.endsWith("ها") && carrier.test(w.slice(0, -2))) return false;
  }
  return true;
}
