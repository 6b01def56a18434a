// An event named only as the time another is set against (يذكر أن X استقبل Y …، وذلك بعد أيام من توقيع
// ميثاق …؛ عاد X أمس بعد زيارة …؛ التقى X Y قبل توقيع …؛ في أعقاب زيارة …؛ إثر اتصال …): a noun of that event
// right after بعد، قبل، عقب، إثر، غداة، قبيل، بعيد، في أعقاب (a distance between: بعد أيام من، قبل ساعات من). Its
// parties are those its own phrase names, not the subject and object of the event it dates; its day is one
// written in the phrase, not the other's.
import type { Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";
import type { Trigger } from "./triggers.js";

/** بعد، قبل، عقب، إثر، غداة، قبيل، بعيد، أعقاب (folded core). */
const REFERENCE = /^(?:بعد|قبل|عقب|اثر|غداه|قبيل|بعيد|اعقاب)$/u;
/** The distance between the two events (أيام، ساعات قليلة، أسبوعين، فترة وجيزة، نحو شهر) and its من; a gathering's stage (انعقاد، انطلاق أعمال، اختتام). */
const DISTANCE = /^(?:ايام|يوم|يومين|ساعات|ساعه|ساعتين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|سنه|سنوات|فتره|وقت|وجيزه|قصير|قليل|قليله|قلائل|نحو|اقل|من|\d+|بضعه|بضع|عده|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|انعقاد|عقد|بدء|انطلاق|اختتام|افتتاح|اعمال|انتهاء)$/u;

/** حيث، الذي، التي، خلالها (folded), or a verb right before خلالها / خلاله (بحث خلالها، التقى خلاله). */
const ABOUT = /^(?:حيث|الذي|التي|خلالها|خلاله)$/u;
function aboutPhrase(tokens: readonly Token[], k: number): boolean {
  return ABOUT.test(tokens[k].core) || (tokens[k + 1] !== undefined && /^(?:خلالها|خلاله)$/u.test(tokens[k + 1].core));
}

/** A gathering's stage between the reference word and its noun (انعقاد، انطلاق أعمال، اختتام). */
const STAGE = /^(?:انعقاد|عقد|بدء|انطلاق|اختتام|افتتاح|اعمال|انتهاء|من)$/u;

export interface ReferencePhrase {
  /** The reference word's token. */
  word: number;
  /** The phrase after it: the trigger to the next punctuation mark or the sentence's end (exclusive). */
  end: number;
  /** Another trigger of the sentence stands outside the phrase: the event this one dates. */
  framed: boolean;
}

/** The reference phrase `t` heads, or null when its noun follows no reference word. */
export function referencePhrase(ctx: DocContext, t: Trigger, triggers: readonly Trigger[]): ReferencePhrase | null {
  const tokens = ctx.doc.tokens;
  let word = -1;
  let distance = false;
  for (let k = t.tokenStart - 1, n = 0; k >= 0 && n < 4 && tokens[k].sentence === t.sentence && tokens[k].kind !== "punct" && !isPunct(tokens[k]); k--, n++) {
    if (REFERENCE.test(tokens[k].core)) {
      word = k;
      break;
    }
    if (!DISTANCE.test(tokens[k].core)) return null;
    if (!STAGE.test(tokens[k].core)) distance = true;
  }
  if (word < 0) return null;
  // (استقبل X Y قبيل انعقاد القمة، عقب اختتام أعمال المؤتمر: the gathering is the encounter's frame, a settled
  // convention of its own; قبل أيام من انعقاد مؤتمر … is another time)
  if (t.type === "multilateral" && !distance) return null;
  let end = t.tokenEnd;
  while (end < tokens.length && tokens[end].sentence === t.sentence && !isPunct(tokens[end])) end++;
  // (…، حيث استقبلها Z؛ …، التقى خلالها Z؛ …، التي …: a clause about the phrase's event is the phrase's)
  while (end + 1 < tokens.length && tokens[end + 1].sentence === t.sentence && aboutPhrase(tokens, end + 1)) {
    end++;
    while (end < tokens.length && tokens[end].sentence === t.sentence && !isPunct(tokens[end])) end++;
  }
  const framed = triggers.some((o) => o !== t && o.sentence === t.sentence && (o.tokenEnd <= word || o.tokenStart >= end));
  return { word, end, framed };
}

/**
 * The parties of an event `t` named as a reference: those the resolution gave less the persons named only
 * before the reference word in the sentence (the subject and object of the event it dates); where its noun
 * carries a pronoun (عقب لقائه، قبل زيارتها) the subject, the first person of the sentence, is the pronoun's.
 */
export function partiesOfReference(ctx: DocContext, t: Trigger, ref: ReferencePhrase, ids: readonly string[]): string[] {
  const s = ctx.doc.sentences[t.sentence];
  const before = new Set<string>();
  const inside = new Set<string>();
  let subject: string | null = null;
  for (let k = s.tokenStart; k < ref.end; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    if (k < ref.word && !subject && m.entity.type === "PER") subject = m.entity.id;
    (k < ref.word ? before : k >= t.tokenStart ? inside : before).add(m.entity.id);
  }
  // (غداة اجتماعهما، بعد لقائهما: the dual pronoun is the pair named before)
  if (/هما$/u.test(ctx.doc.tokens[t.tokenStart].text)) return [...ids];
  const kept = ids.filter((id) => inside.has(id) || !before.has(id));
  if (!subject || kept.includes(subject)) return kept;
  // (بعد اتصال هاتفي أجراه مع Y: a verb right after the noun whose pronoun is the subject, where one party is missing)
  const tokens = ctx.doc.tokens;
  let verbPronoun = false;
  for (let k = t.tokenEnd; k < Math.min(ref.end, t.tokenEnd + 3) && !verbPronoun; k++) verbPronoun = !ctx.mentionAt[k] && carriesPronoun(tokens[k].text) && /^[اتي]/u.test(tokens[k].core);
  if (carriesPronoun(tokens[t.tokenStart].text) || (verbPronoun && kept.filter((id) => ctx.byId.get(id)?.type === "PER").length < 2)) kept.unshift(subject);
  return kept;
}

/**
 * The parties of a trigger outside the reference phrases of its sentence (`phrases`): those the resolution
 * gave less the persons named only inside such a phrase (التقى X نظيره Y، في أعقاب زيارة قام بها Z: Z is no
 * party of the meeting).
 */
export function partiesOutsideReferences(ctx: DocContext, t: Trigger, phrases: readonly ReferencePhrase[], ids: readonly string[]): string[] {
  const own = phrases.filter((r) => !(r.word < t.tokenStart && t.tokenStart < r.end));
  if (!own.length) return [...ids];
  const s = ctx.doc.sentences[t.sentence];
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const m = ctx.mentionAt[k];
    if (m) (own.some((r) => r.word <= k && k < r.end) ? inside : outside).add(m.entity.id);
  }
  return ids.filter((id) => outside.has(id) || !inside.has(id));
}

/** لقائه، زيارتها، اجتماعهما، اتصالهم (as written: a final ة is no pronoun). */
function carriesPronoun(written: string): boolean {
  return /[^\s](?:ه|ها|هما|هم)$/u.test(written) && written.length >= 5;
}
