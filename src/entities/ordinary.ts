// Ordinary words behind clitics: ببرقية (ب + برقية)، بولي (ب + ولي)، أمنه (أمن + ه)،
// بانتخابه (ب + انتخاب + ه). A word that reads as a proclitic and/or a pronoun suffix around a
// common word, a function word or a title/organisation head is not a name, nor part of one.
import type { Token } from "../types.js";
import { bareOf, type Reading } from "./readings.js";
import type { Lexicon } from "./lexicon.js";

/** Pronoun suffixes as written (ه, not ة: آمنة is a name, أمنه is أمن + ه). */
const WRITTEN_SUFFIX = /(هما|هم|هن|ها|كما|كم|نا|ه)$/;

function known(lex: Lexicon, w: string): boolean {
  if (w.length < 2) return false;
  const b = bareOf(w);
  return lex.common.has(w) || lex.stopwords.has(w) || lex.titleHeads.has(b) || lex.orgHeads.has(b) || lex.collisions.has(w) && w.length > 3;
}

/** Reporting verbs in the past, folded, a conjunction allowed: their subject, a name, often follows them (وقال X، أكد X). */
export const REPORTING = /^(و|ف)?(قال|اكد|اضاف|اشار|شدد|اوضح|اعرب|دعا|حث|ذكر|افاد|لفت|تابع|راي|يري|اعتبر|قالت|اكدت)$/;
/** Verbs of an encounter in the past, folded, a conjunction allowed: their subject, a name often, follows them (وأجرى X اتصالا، واستقبل X). */
export const ENCOUNTER_VERB = /^(و|ف)?(استقبل|التقي|اجري|بحث|زار|وقع|تلقي|بعث|اجتمع|تراس|ترأس|عقد|هنا)$/;
/** Complementizers, folded: the subject of the clause they open, a name often, follows them (بأن X عقد، أن X أكد). */
export const COMPLEMENTIZER = /^(ان|بان|وان|فان|وبان)$/;
/** Relative pronouns, folded: they end a name (… الذي، … التي). */
export const RELATIVE = /^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي)$/;
/** Time words and participles that qualify the event around a name, not the body (القمة … المنعقدة، الاجتماع … المقبل). */
export const EVENT_WORD = /^(اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الماضي|الماضيه|المقبل|المقبله|الحالي|الحاليه|الجاري|الجاريه|المنعقد|المنعقده|المقرر|المقرره|المرتقب|المرتقبه|المزمع|المزمعه|الاخير|الاخيره)$/;

const cache = new WeakMap<Token, boolean>();

/** A common noun in ة (folded ه), by its stem before the ة: alone or with the article (دعو → دعوه، الدعوه). */
function feminineCommon(lex: Lexicon, stem: string): boolean {
  return stem.length >= 2 && (lex.common.has(stem + "ه") || lex.common.has("ال" + stem + "ه"));
}

/** True when the token is an ordinary word wearing a proclitic or a pronoun suffix. */
export function ordinaryWithAffixes(lex: Lexicon, t: Token, readings: readonly Reading[]): boolean {
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  let out = false;
  const suffix = t.kind === "arabic" ? WRITTEN_SUFFIX.exec(t.text)?.[1] ?? "" : "";
  for (const r of readings) {
    if (r.pre !== "" && known(lex, r.core)) out = true;
    else if (suffix && r.core.length - suffix.length >= 3 && r.core.endsWith(suffix) && lex.common.has(r.core.slice(0, -suffix.length))) out = true;
    else if (suffix && r.core.length - suffix.length >= 3 && r.core.endsWith(suffix) && lex.stopwords.has(r.core.slice(0, -suffix.length))) out = true;
    // A noun in ة writes it ت before the pronoun (دعوته، زيارتها، حكومتهم: دعوة، زيارة، حكومة).
    else if (suffix && r.core.length - suffix.length >= 4 && r.core.endsWith("ت" + suffix) && feminineCommon(lex, r.core.slice(0, -suffix.length - 1))) out = true;
    if (out) break;
  }
  cache.set(t, out);
  return out;
}

/**
 * An indefinite accusative, no name word: written with its tanween (اجتماعاً، رسمياً), or an ordinary
 * word or a title head with the accusative alif (قائدا، وفدا، اجتماعا) as a predicate or a ḥāl after a
 * name is (… الملك X قائدا حكيما، الوزير اليوناني اجتماعا …). Names ending in ا (صوفيا، رضا) have no
 * common word before their alif.
 */
export function accusativeOrdinary(lex: Lexicon, t: Token): boolean {
  if (t.kind !== "arabic") return false;
  if (t.text.includes("\u064B")) return true;
  const n = t.norm;
  return n.length >= 4 && n.endsWith("ا") && known(lex, n.slice(0, -1));
}

/**
 * Shapes of the imperfect verb, folded, that a headline puts right after its subject (السلطان يتقبل
 * التعازي، ولي العهد يرأس القمة، الملك والرئيس يبحثان، ماكرون ستشكل): يتـ/يستـ + a stem (يتقبل، تتلقى،
 * يستقبل، ستستضيف), a dual (يبحثان، تبحثان) or a plural with يـ (يؤكدون; with تـ it is a foreign surname's end as often: تشاكون) and the future ستـ + a consonant (ستشكل، ستعقد);
 * not يـ + three letters, which many given names are (يسري، يزيد، يمنى): the frequent ones are stop
 * words (يرأس، يقيم). A long vowel after the first letter is a foreign name's (يوهان،
 * يانغ، ستيفن، ستولتنبرغ); given names of the same shapes (يزيد، يحيى) are checked by the caller.
 */
const IMPERFECT = /^(س?[يت](ت|ست)[^اوي].{2,}|س?[يت][^اوي].+ان|س?ي[^اوي].+ون|ست[^اوي].{2,})$/;

/** A folded word shaped like an imperfect verb (see IMPERFECT). */
export function imperfectVerb(norm: string): boolean {
  return IMPERFECT.test(norm);
}

/** A verb's dual or plural ending in the past (فقدتا، فقدا is the accusative's shape, وقعوا). */
const PAST_PERSON = /^(.{3,}?)(تا|وا)$/;
/** The imperfect's dual or plural: a prefix يـ/تـ (سـ for the future) and a suffix (يوقعان، تبحثين، سيلتقون). */
const IMPERFECT_PERSON = /^س?[يت](.{3,}?)(ان|ون|ين)$/;
/** A sound feminine plural (تطورات، مباحثات). */
const FEMININE_PLURAL = /^(.{4,}?)ات$/;

/**
 * A word that is a common word inflected as a verb or a plural (فقدتا = فقد + تا، يوقعان = يـ + وقع +
 * ان، تطورات = تطور + ات، وقعوا): its stem is in the common-word list, so no name word, whatever the
 * stem's first letters (the IMPERFECT shape leaves يو…/يا… to foreign names: here the stem is checked
 * instead). Stems of three letters at least: short names end so too (ياسين = يا + س + ين).
 */
export function inflectedOrdinary(lex: Lexicon, norm: string): boolean {
  if (lex.nameWords.has(norm) || lex.fNames.has(norm) || lex.common.has(norm)) return false;
  const stemKnown = (s: string) => lex.common.has(s) || lex.stopwords.has(s) || lex.common.has(s + "ه");
  for (const re of [PAST_PERSON, IMPERFECT_PERSON, FEMININE_PLURAL]) {
    const m = re.exec(norm);
    if (m && stemKnown(m[1])) return true;
  }
  return false;
}
