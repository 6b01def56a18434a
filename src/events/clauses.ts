// Where a trigger stands in its sentence, when that says the sentence reports no event of it:
// a gathering named in what someone says, a counted series, an arrival of goods, the
// purpose of a departure, a plan announced at the head of the clause.
import type { Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";
import type { Trigger } from "./triggers.js";
import { anyWordIs, REPORTING_VERB } from "./word-classes.js";

/** أن، إن، بأن (folded) or a quote mark or colon: what follows is what the speaker says. */
const COMPLEMENTIZER = /^[وف]?[ب]?ان$/u;
const QUOTE_OR_COLON = /[«"“:]/u;

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

/** Plural trigger nouns (folded: ؤ as و): a number before one counts a series of events, not one. */
const PLURAL_TRIGGER = /^(?:ال)?(?:موتمرات|قمم|اجتماعات|لقاءات|زيارات|اتصالات|جولات|منتديات|برقيات|رسائل|مكالمات)$/u;
const COUNT = /^[وف]?(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عده|عشرات|بضع|بضعه|\d+)$/u;

/** Adjectives that make a plural gathering noun a kind, not an occasion (المؤتمرات الدولية، الزيارات المتبادلة). */
const KIND = /^(?:ال)?(?:دوليه|اقليميه|دوريه|متبادله|مختلفه|عديده|متعدده|مماثله|سابقه|متكرره)$/u;

/**
 * ثلاثة مؤتمرات دولية، عدة زيارات، عدد من اللقاءات: a counted series; أهمية المؤتمرات الدولية،
 * الزيارات المتبادلة: a kind of gathering. No one event either way.
 */
export function countedSeries(tokens: Token[], t: Trigger): boolean {
  if (!PLURAL_TRIGGER.test(tokens[t.tokenStart].core)) return false;
  const next = tokens[t.tokenStart + 1];
  if (t.tokenEnd - t.tokenStart === 1 && next?.sentence === t.sentence && KIND.test(next.norm)) return true;
  const prev = tokens[t.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (COUNT.test(prev.norm)) return true;
  return prev.norm === "من" && tokens[t.tokenStart - 2]?.norm === "عدد";
}

/** Feminine person words a التي clause can follow (الوزيرة التي وصلت). */
const FEMININE_PERSON = /^(?:ال)?(?:وزيره|رئيسه|سفيره|مبعوثه|ممثله|مستشاره|امينه|نائبه|مسووله|ملكه|اميره|شيخه|سيده|مندوبه)$/u;

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
  return !FEMININE_PERSON.test(head.core);
}

/** A departure word: what follows it (للمشاركة في القمة) is where the traveller is going. */
const DEPARTURE = /^[وف]?(?:متوجها|متجها|مغادرا|توجه|توجهت|يتوجه|تتوجه|غادر|غادرت|يغادر|تغادر)$/u;
const PURPOSE = /^(?:للمشاركه|لحضور|لتروس|لتراس)$/u;

/** متوجها إلى الإمارات للمشاركة في القمة العالمية …: the gathering is the journey's purpose, not one reported. */
export function purposeOfDeparture(tokens: Token[], t: Trigger): boolean {
  let purpose = -1;
  for (let k = t.tokenStart - 1; k >= Math.max(0, t.tokenStart - 3) && tokens[k].sentence === t.sentence; k--) {
    if (PURPOSE.test(tokens[k].norm)) purpose = k;
  }
  if (purpose < 0) return false;
  for (let k = purpose - 1; k >= 0 && tokens[k].sentence === t.sentence && !isPunct(tokens[k]); k--) {
    if (DEPARTURE.test(tokens[k].norm)) return true;
  }
  return false;
}

/** Plans that govern the whole clause after them (ومن المقرر أن يغادر … متوجها إلى الدوحة في إطار جولة …). */
const PLAN_HEAD = /^[وف]?(?:سوف|المقرر|مقرر|المزمع|المنتظر|المرتقب|يعتزم|تعتزم|يعتزمان)$/u;

/** A plan word earlier in the trigger's clause (back to the last punctuation), however far. */
export function plannedClause(tokens: Token[], t: Trigger, sentenceStart: number): boolean {
  for (let k = t.tokenStart - 1; k >= sentenceStart && !isPunct(tokens[k]); k--) {
    if (PLAN_HEAD.test(tokens[k].norm)) return true;
  }
  return false;
}
