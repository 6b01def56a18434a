// Organisation names built on a head noun (وزارة، منظمة، مجلس، لجنة، حزب …) and extended
// over its genitive and adjective complements: وزارة الخارجية الصينية، منظمة شانغهاي للتعاون،
// المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني. A head inside such a name begins a
// nested organisation that runs to the same end (اللجنة المركزية للحزب …، الحزب الشيوعي الصيني).
import { normalize } from "../../text/normalize.js";
import type { Candidate } from "../types.js";
import type { Lexicon } from "../lexicon.js";
import { mentionName, mentionStart } from "../span.js";
import { EVENT_WORD, ordinaryWithAffixes, RELATIVE } from "../ordinary.js";
import { bareOf, type Reading } from "../readings.js";
import { memoSlot } from "../word-facts.js";
import { hasConjunction, headReading, isArabicWord, isDash, isDefinite, isStop, readingsAt, type PatternContext } from "./context.js";
import { makeCandidate } from "../candidate.js";
import { isAreaHead } from "../places.js";

/** Nouns in construct that a ministry's or body's name joins with و after its first portfolio (وشؤون المغتربين). */
const CONSTRUCT_JOINED = /^(شؤون|شوون)$/;
/** Folded adjectives of a body's status (official, governmental), no part of its name after its nationality. */
const STATUS = /^(الرسميه|الرسمي|الحكوميه|الحكومي|شبه)$/;

const MAX_COMPLEMENTS = 10;

interface Extent {
  end: number;
  complements: number;
  properName: boolean;
  /** Country given by a nationality adjective or a state named in the complements. */
  country: string | null;
  /** The only complement is one known organisation or state (آلية بريكس، حكومة الصين). */
  onlyKnown: boolean;
  /** Chain nouns in construct before the complements that say who, not what kind (أصدقاء، رجال; not دول). */
  chainWords: number;
  /** The first complement is a known organisation and only adjectives follow (شركة روس آتوم الحكومية الروسية). */
  describesKnown: boolean;
  /** The first complement is a title and a known person (معهد الأمير سعود الفيصل …). */
  namedAfter: boolean;
  /** A definite head and its relative adjective go on with a purpose (المركز الوطني لمكافحة الإرهاب). */
  purpose: boolean;
}

/** True when the word reads as a preposition or conjunction plus a common word (بجهود، وقال). */
function clitic(ctx: PatternContext, j: number): boolean {
  return readingsAt(ctx, j).some((r) => r.pre !== "" && (ctx.lex.common.has(r.core) || ctx.lex.stopwords.has(r.core)));
}

/** A body begins at `k` (a known organisation there is a name of its own): a definite head or short form with a nationality adjective (الرئاسة التركية). */
function bodyAt(ctx: PatternContext, k: number, withBa = false): boolean {
  const t = ctx.doc.tokens[k];
  if (!isArabicWord(t) || (withBa ? t.pre !== "ب" : t.pre)) return false;
  if (!isDefinite(t) || ctx.gazAt[k + 1]?.type !== "ADJ") return false;
  return ctx.lex.orgHeads.has(bareOf(t.core)) || ctx.lex.orgShortForms.has(t.core) || t.core === "الرياسه";
}

/** A generic body's name with describing adjectives after it (السلطة التنفيذية الجديدة، مجلس الوزراء الحالي): no name either. */
function genericDescribed(ctx: PatternContext, i: number, r: Reading, end: number): boolean {
  const toks = ctx.doc.tokens;
  let e = end;
  while (e > i + 1 && !toks[e - 1].pre && ctx.lex.orgDescriptive.has(toks[e - 1].core)) e--;
  return e < end && ctx.lex.genericOrgs.has(normalize(mentionName(ctx.doc.article.text, toks[i], r, toks[e - 1].end)));
}

/** A phrase that begins with a kind of thing (قوات الإنزال …، حركة الأشخاص …; org-heads description_kinds), folded. */
function describedKind(lex: Lexicon, name: string): boolean {
  return lex.orgDescriptionKinds.some((k) => name === k || name.startsWith(k + " "));
}

/** A definite head with only describing adjectives after it (المنظمة الدولية، الحكومة الانتقالية) names no body. */
function description(ctx: PatternContext, i: number, end: number): boolean {
  if (!isDefinite(ctx.doc.tokens[i])) return false;
  for (let k = i + 1; k < end; k++) if (!ctx.lex.orgDescriptive.has(ctx.doc.tokens[k].core)) return false;
  return true;
}

const SHORT_FORM_SLOT = memoSlot();

/** The reading of an Arabic word that is a body's short form, bare or after و/ف and ل/ب (memoised per word form). */
function shortFormReading(ctx: PatternContext, i: number): Reading | null {
  const memo = ctx.facts[i].memo;
  let r = memo[SHORT_FORM_SLOT] as Reading | null | undefined;
  if (r === undefined) memo[SHORT_FORM_SLOT] = r = findShortForm(ctx.lex, readingsAt(ctx, i));
  return r;
}

// Apart from shortFormReading: a closure there would cost that hot function a context object per call.
function findShortForm(lex: Lexicon, readings: readonly Reading[]): Reading | null {
  return readings.find((x) => lex.orgShortForms.has(x.core) && (x.pre === "" || /^[وف]?[لب]?$/.test(x.pre))) ?? null;
}

/**
 * Where the nationality adjective of the short form at `i` stands: right after it, or after one or two
 * service qualifiers (البحرية الملكية البريطانية، الخطوط الجوية القطرية); -1 where a service body
 * (الخطوط، القوات) lacks its qualifier.
 */
function serviceQualifiersEnd(ctx: PatternContext, i: number, core: string): number {
  const toks = ctx.doc.tokens;
  const own = ctx.lex.orgServiceBodies.get(core);
  let k = i + 1;
  while (k < i + 3 && isArabicWord(toks[k]) && toks[k].sentence === toks[i].sentence && !toks[k].pre && !ctx.gazAt[k]) {
    const q = toks[k].core;
    if (!(k === i + 1 && own?.has(q)) && !ctx.lex.orgServiceQualifiers.has(q)) break;
    k++;
  }
  if (own && (k === i + 1 || !own.has(toks[i + 1].core))) return -1;
  return k;
}

/**
 * Short forms of bodies with a nationality adjective: الخارجية العمانية، للجيش اللبناني، الرئاسة
 * التركية. Not after a title, a head or a definite noun the short form qualifies (وزير الخارجية
 * الأمريكي، السياسة الخارجية الأمريكية).
 */
export function matchShortForms(ctx: PatternContext): Candidate[] {
  const { doc, lex } = ctx;
  const toks = doc.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (!isArabicWord(t) || hasConjunction(t) && t.pre.length > 1) continue;
    const r = shortFormReading(ctx, i);
    if (!r) continue;
    const a = serviceQualifiersEnd(ctx, i, r.core);
    if (a < 0) continue;
    const adj = ctx.gazAt[a];
    if (!adj || adj.type !== "ADJ" || adj.tokEnd - adj.tokStart !== 1 || toks[a].pre || !adj.country) continue;
    // The adjective agrees with the ministry or presidency (الدفاع الروسية = وزارة الدفاع); masculine after الجيش، الحرس;
    // after a qualifier, with the qualifier (البحرية الملكية البريطانية، الجيش الملكي المغربي).
    const masculine = a > i + 1 ? !toks[a - 1].core.endsWith("ه") : lex.orgShortForms.get(r.core) === r.core && !r.core.endsWith("ه");
    if (toks[a].core.endsWith("يه") === masculine) continue;
    const prev = toks[i - 1];
    if (r.pre === "" && prev && prev.kind === "arabic" && prev.sentence === t.sentence) {
      if (isDefinite(prev) && (!prev.pre || prev.pre === "و")) continue; // السياسة الخارجية الأمريكية، والتجارة الخارجية
      // After a title only a body named by its short form itself (قائد الجيش اللبناني، مستشار الرئاسة التركية), not a ministry the title implies (وزير الخارجية الأمريكية).
      if (headReading(ctx, i - 1, lex.titleHeads as unknown as ReadonlySet<string>) && lex.orgShortForms.get(r.core) !== r.core || headReading(ctx, i - 1, lex.orgHeads)) continue;
      if (lex.construct.has(prev.norm) || lex.construct.has(prev.core)) continue;
    }
    const endOffset = toks[a].end;
    const name = mentionName(doc.article.text, t, r, endOffset);
    const full = lex.orgShortForms.get(r.core)!;
    out.push(makeCandidate({
      type: "ORG",
      tokStart: i,
      tokEnd: a + 1,
      start: mentionStart(t, r),
      end: endOffset,
      name,
      source: "pattern",
      confidence: 0.75,
      country: adj.country,
      keyName: full === r.core || a > i + 1 ? undefined : `${full} ${normalize(toks[i + 1].text)}`,
    }));
  }
  return out;
}

/** An indefinite word that can continue a foreign proper name: no clitic, not an ordinary word, not shaped like a verb. */
function foreignWord(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!isArabicWord(t) || t.sentence !== ctx.doc.tokens[j - 1].sentence || isDefinite(t) || ctx.gazAt[j]) return false;
  // A foreign word beginning with و (ووتش، وورلد) is no و + a word when the rest is no known word (ووفد، ووزير).
  if (t.pre && !(t.pre === "و" && t.norm.startsWith("وو") && !knownWord(ctx, t.core))) return false;
  if (ctx.lex.common.has(t.norm) || isStop(ctx, t) || (!t.pre && clitic(ctx, j)) || t.norm.length < 2) return false;
  if (/ة$/.test(t.text) || /[^ا]ه$/.test(t.text) && ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, j))) return false; // مثبتة، تسليحه
  if (/^[يتنا]...$/.test(t.norm) || /^[يت].{2,}(ان|ون|ين)$/.test(t.norm)) return false; // تعلن، يوقعان
  if (t.norm.endsWith("ا") && (ctx.lex.common.has(t.norm.slice(0, -1)) || ctx.lex.stopwords.has(t.norm.slice(0, -1)))) return false; // عقدا، اتفاقا
  return !ctx.lex.titleHeads.has(t.core) && !ctx.lex.orgHeads.has(t.core) && !ctx.lex.collisions.has(t.norm);
}

/** A word the lexicons know (common, stop, name or gazetteer word, title or body head). */
function knownWord(ctx: PatternContext, w: string): boolean {
  const { lex } = ctx;
  return lex.common.has(w) || lex.stopwords.has(w) || lex.nameWords.has(w) || lex.trie.next.has(w) || lex.titleHeads.has(bareOf(w)) || lex.orgHeads.has(bareOf(w)) || lex.collisions.has(w);
}

/** A relative adjective ending like `-ي`/`-ية`, definite. */
const RELATIVE_ADJ = /^ال.{2,}(ي|يه)$/;
/** Adjectives of a body's reach (العالمي، الوطني، الدولي …), folded: with a purpose after them they name an institution (المركز الوطني لمكافحة الإرهاب), where a field's adjective (الإعلامي) describes an office. */
/** Definite cardinals, folded (الست، الستة، الخمس …): a count of the noun before a definite head (دول المجلس الست). */
const CARDINAL = /^ال(ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)ه?$/;
const SCOPE_ADJ = /^ال(عالمي|دولي|وطني|عربي|اسلامي|اقليمي|اوروبي|افريقي|اسيوي|خليجي|اممي|قومي)ه?$/;

/**
 * و + a definite relative adjective at `j` right after another of the same gender (الاقتصادي والتجاري،
 * الاقتصادية والثقافية): a coordinated adjective of the same noun, not a second body.
 */
function coordinatedAdjective(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  const prev = ctx.doc.tokens[j - 1];
  if (!isArabicWord(t) || !isArabicWord(prev) || (prev.pre && prev.pre !== "و") || ctx.gazAt[j] || ctx.gazAt[j - 1]) return false;
  if (!RELATIVE_ADJ.test(t.core) || !RELATIVE_ADJ.test(prev.core) || t.core.endsWith("يه") !== prev.core.endsWith("يه")) return false;
  return !ctx.lex.stopwords.has(t.core) && !ctx.lex.orgNotJoined.has(t.core) && !EVENT_WORD.test(t.core) && !ctx.lex.orgShortForms.has(t.core);
}

/**
 * An indefinite relative adjective after an indefinite head describes it (حكومة أفريقية، صندوق استثماري):
 * a feminine one (-ية) after a feminine head, or a masculine one (-ي) on a common word (استثمار).
 */
function indefiniteAdjective(ctx: PatternContext, i: number, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (/ية$/.test(t.text)) return ctx.doc.tokens[i].core.endsWith("ه");
  return t.norm.endsWith("ي") && t.norm.length >= 4 && ctx.lex.common.has(t.norm.slice(0, -1));
}

/** An ordinary word with a possessive pronoun (إدارة شؤونها، حكومة بلاده): the head is a verbal noun or a description, never a name. */
function possessed(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  const m = /^(.{3,}?)(هما|ها|هم|هن|كما|كم)$/.exec(t.norm);
  if (!m) return false;
  return ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, j)) || ctx.lex.common.has(m[1]) || ctx.lex.common.has(`ال${m[1]}`);
}

/** The end of a person's name after a title at `k`: a known person, or one to three name words; `k` when none. */
function personAfterTitle(ctx: PatternContext, k: number): number {
  const toks = ctx.doc.tokens;
  const known = ctx.gazAt[k];
  if (known?.type === "PER") return known.tokEnd;
  if (known) return k;
  let j = k;
  while (j < k + 3 && j < toks.length && isArabicWord(toks[j]) && toks[j].sentence === toks[k].sentence && !toks[j].pre && !ctx.gazAt[j]) {
    const t = toks[j];
    if (isStop(ctx, t) || ctx.lex.common.has(t.norm) || ctx.lex.titleHeads.has(bareOf(t.core)) || ctx.lex.orgHeads.has(bareOf(t.core))) break;
    if (isDefinite(t) && (j === k || /(ي|يه)$/.test(t.core))) break; // a family name after a first name, never an adjective
    j++;
  }
  return j;
}

/**
 * A common word at `j` in construct with a definite word after it that is its object, no adjective of
 * it (مناقشة الدستور، مكافحة الفساد، صياغة الدستور): a purpose inside a body's name.
 */
function verbalNounBefore(ctx: PatternContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  const next = toks[j + 1];
  if (isStop(ctx, t) || ctx.lex.titleHeads.has(t.core) || ctx.gazAt[j] || !/^[ءاأإآتم]|ه$/.test(t.norm)) return false;
  if (!isArabicWord(next) || next.sentence !== t.sentence || next.pre || !isDefinite(next) || ctx.gazAt[next.i]?.type === "ADJ") return false;
  return !RELATIVE.test(next.core) && !EVENT_WORD.test(next.core) && !isStop(ctx, next) && !ctx.lex.orgDescriptive.has(next.core);
}

/**
 * The end of «ل + an area head + a known place» at `j` (لإمارة أبوظبي، لمدينة الرياض، لولاية الخرطوم),
 * or `j` when the words there are not that.
 */
function seatAfterLam(ctx: PatternContext, j: number): number {
  const toks = ctx.doc.tokens;
  const place = ctx.gazAt[j + 1];
  if (!place || (place.type !== "GPE" && place.type !== "LOC") || toks[j + 1].pre || toks[j + 1].sentence !== toks[j].sentence) return j;
  if (!readingsAt(ctx, j).some((r) => r.pre === "ل" && !r.restored && isAreaHead(r.core))) return j;
  return place.tokEnd;
}

/** ل + a definite noun at `j` that names a field (للبترول، للسياحة), no time word, title, state or adjective (للمرة، للرئيس، للصين). */
function fieldAfterLam(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!isArabicWord(t) || t.sentence !== ctx.doc.tokens[j - 1].sentence || ctx.gazAt[j] || !t.pre.endsWith("ل") || t.pre.length > 1 || !isDefinite(t)) return false;
  const bare = t.core.replace(/^ال/, "");
  if (RELATIVE.test(t.core) || /(ي|يه)$/.test(t.core) || EVENT_WORD.test(t.core) || isStop(ctx, t) || ctx.lex.stopwords.has(t.core)) return false;
  return !ctx.lex.titleHeads.has(bare) && !ctx.lex.orgHeads.has(bare) && !/^(مره|اولي|ثاني|ثانيه|شعب|بلاد|جانب|طرف)$/.test(bare);
}

/** How far the complements of the head at `i` reach. */
export function extent(ctx: PatternContext, i: number): Extent {
  const toks = ctx.doc.tokens;
  const definiteHead = isDefinite(toks[i]);
  const headCore = toks[i].core;
  const officeHead = ctx.lex.orgOfficeOf.has(bareOf(headCore));
  let joined = false;
  const { lex } = ctx;
  let j = i + 1;
  let end = i + 1;
  let complements = 0;
  let properName = false;
  let country: string | null = null;
  let known = 0;
  let namedAfter = false;
  let purpose = false;
  let chainJoinedAt = -1;
  // Chain nouns before a known name make it a complement of theirs (مجموعة أصدقاء اليمن), not the body
  // described; not those that only say what it is (مجموعة دول بريكس).
  let chainWords = 0;
  while (j < toks.length && j - i <= MAX_COMPLEMENTS) {
    const t = toks[j];
    if (t.sentence !== toks[i].sentence) break;
    if (isDash(t) && isArabicWord(toks[j + 1]) && complements > 0 && ctx.gazAt[j + 1]?.type === "ADJ") {
      j++; // الصينية-الروسية
      continue;
    }
    if (t.kind !== "arabic" && !(t.kind === "latin" && j === i + 1)) break;
    // One coordinated noun inside a party's or ministry's name: حزب العدالة والتنمية،
    // وزارة الخارجية والتعاون الدولي — not a second body (والحكومة، والوفد).
    // Also after a definite head whose ل-complement it joins (المكتب الوطني للماء والكهرباء، الهيئة العامة
    // للاستثمار والمناطق الحرة), and a noun in construct with its own complement (وزارة الخارجية وشؤون
    // المغتربين، وزارة الداخلية وشؤون البلديات).
    const lamBefore = definiteHead && toks[j - 1].pre === "ل";
    const construct = !isDefinite(t) && !definiteHead && CONSTRUCT_JOINED.test(t.core) && isDefinite(toks[j + 1] ?? t) && !toks[j + 1]?.pre && toks[j + 1]?.sentence === t.sentence && !ctx.gazAt[j + 1];
    if (
      t.pre === "و" && !joined && (!definiteHead || lamBefore) && end === j && complements > 0 && (isDefinite(t) || construct) && !ctx.gazAt[j] &&
      lex.orgCoordination.has(bareOf(headCore)) && !lex.orgNotJoined.has(t.core) && !lex.stopwords.has(t.core) && !lex.orgHeads.has(bareOf(t.core)) &&
      isDefinite(toks[j - 1]) && ctx.gazAt[j - 1]?.type !== "ADJ"
    ) {
      joined = true;
      complements += construct ? 2 : 1;
      j += construct ? 2 : 1;
      end = j;
      // The construct's complement closes the name; only the state's adjective may follow (… المغتربين الأردنية).
      if (construct && ctx.gazAt[j]?.type !== "ADJ") break;
      continue;
    }
    // Coordinated adjectives of a complement (للتعاون الاقتصادي والتجاري والعلمي والتقني): و + a relative
    // adjective of the same gender as the one before it, which follows a complement rather than the head.
    if (t.pre === "و" && end === j && j > i + 2 && coordinatedAdjective(ctx, j)) {
      complements++;
      j++;
      end = j;
      continue;
    }
    // Coordinated chain nouns before the complement (جمعية رؤساء دول وحكومات الاتحاد الأفريقي، مجلس وزراء خارجية ودفاع …).
    if (t.pre === "و" && complements === 0 && j > i + 1 && !toks[j - 1].pre && lex.orgChain.has(toks[j - 1].norm) && lex.orgChain.has(t.core)) {
      chainJoinedAt = j;
      j++;
      continue;
    }
    if (hasConjunction(t)) break;
    // An indefinite adjective in construct (رفيع المستوى، متعددة الأطراف) after a complement.
    const next = toks[j + 1];
    if (!t.pre && end === j && complements > 0 && next && next.kind === "arabic" && next.sentence === t.sentence && !next.pre && lex.orgImproper.has(`${t.norm} ${next.norm}`)) {
      complements += 2;
      j += 2;
      end = j;
      continue;
    }
    // بالخارج inside a diaspora portfolio (والجالية الوطنية بالخارج، والتونسيين بالخارج).
    if (end === j && complements > 0 && lex.orgAbroad.has(t.norm)) {
      complements++;
      j++;
      end = j;
      continue;
    }
    // A purpose after a known body, ل + a verbal noun and its object: مؤتمر الأمم المتحدة لمكافحة التصحر،
    // مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.
    // Also after a definite head and its one relative adjective: المركز الوطني لمكافحة الإرهاب، المركز العالمي لمكافحة الفكر المتطرف.
    const afterAdjective = definiteHead && j === i + 2 && !toks[j - 1].pre && (SCOPE_ADJ.test(toks[j - 1].core) || ctx.gazAt[j - 1]?.type === "ADJ") && !lex.genericOrgs.has(headCore);
    // A definite head, a nationality adjective (a scope adjective may come first) and ل + a definite field:
    // الهيئة السعودية للسياحة، الشركة الوطنية النيجيرية للبترول. Not a generic body (الحكومة اللبنانية للشعب).
    if (definiteHead && end === j && complements > 0 && j <= i + 3 && ctx.gazAt[j - 1]?.type === "ADJ" && ctx.gazAt[j - 1]!.country && !toks[j - 1].pre &&
      (j === i + 2 || SCOPE_ADJ.test(toks[i + 1].core) && !toks[i + 1].pre) && !lex.genericOrgs.has(headCore) && fieldAfterLam(ctx, j)) {
      purpose = true;
      complements++;
      j++;
      end = j;
      continue;
    }
    if (!t.pre && end === j && (afterAdjective || ctx.gazOver[j - 1]?.type === "ORG" && ctx.gazOver[j - 1] !== ctx.gazOver[i]) && readingsAt(ctx, j).some((r) => r.pre === "ل" && !r.restored && !r.core.startsWith("ال") && r.core.length >= 4)) {
      const next = toks[j + 1];
      if (next && next.kind === "arabic" && next.sentence === t.sentence && !next.pre && isDefinite(next) && !ctx.gazAt[j + 1] && !isStop(ctx, next) && !EVENT_WORD.test(next.core)) {
        purpose ||= afterAdjective;
        complements += 2;
        j += 2;
        end = j;
        continue;
      }
    }
    // The seat of a local body, ل + a place's head + the place: المجلس التنفيذي لإمارة أبوظبي، المجلس
    // البلدي لمدينة الدوحة، الهيئة العامة لمحافظة الجهراء. The place ends the name.
    if (end === j && complements > 0) {
      const seat = seatAfterLam(ctx, j);
      if (seat > j) {
        complements += 2;
        j = end = seat;
        break;
      }
    }
    // A mission of a known body with the state it serves: بعثة الأمم المتحدة للدعم في ليبيا. The state ends the name.
    if (end === j && known > 0 && lex.orgMissionHeads.has(normalize(bareOf(headCore)))) {
      const seat = missionSeat(ctx, i, j);
      if (seat > j) {
        complements++;
        j = end = seat;
        break;
      }
    }
    // A unit of a body: دائرة الاتصال في الرئاسة التركية، مكتب الإعلام في وزارة الخارجية القطرية.
    if (t.norm === "في" && complements > 0 && end === j && bodyAt(ctx, j + 1)) {
      j++;
      continue;
    }
    // Also with ب on the body (دائرة الاتصال بالرئاسة التركية، مكتب الإعلام بوزارة الخارجية القطرية): the unit's body follows.
    if (t.pre === "ب" && complements > 0 && end === j && bodyAt(ctx, j, true)) {
      complements++;
      j++;
      end = j;
      continue;
    }
    // The parties of a relation (مصلحة الشعبين، لجنة البلدين، لجنة الطرفين): a description, no body's name.
    if (!t.pre && lex.orgParties.has(t.core)) break;
    // A definite cardinal after a definite head counts the noun before it (دول المجلس الست): no part of the name.
    if (definiteHead && !t.pre && CARDINAL.test(t.core)) break;
    const gaz = ctx.gazAt[j];
    if (gaz && gaz.type !== "PER" && gaz.type !== "MISC") {
      // After a chain noun or a head in construct (مجلس وزراء خارجية دول مجلس التعاون) a known name is a genitive complement.
      const chained = j > i + 1 && end < j && (chainJoinedAt === j - 1 || !toks[j - 1].pre && (lex.orgChain.has(toks[j - 1].norm) || headReading(ctx, j - 1, lex.orgHeads) !== null));
      // A state or an organisation is a complement directly after the head or after ل (للاتحاد الروسي),
      // an adjective anywhere.
      const clitics = normalize(ctx.doc.article.text.slice(t.start, gaz.start));
      const viaLam = /ل$/.test(clitics) || (gaz.start === t.start && t.norm.startsWith("لل") && normalize(gaz.name).startsWith("ال"));
        if (gaz.type === "ADJ" || viaLam || j === i + 1 || chained || toks[j - 1].norm === "في" || isDefinite(toks[j - 1]) && /^التابع/.test(toks[j - 1].core)) {
        if (gaz.type !== "ADJ") known++;
        country ??= gaz.country ?? null;
        complements++;
        j = gaz.tokEnd;
        end = j;
        continue;
      }
      break;
    }
    // A person's office goes on over ل and the holder's title: المكتب الإعلامي لرئيس الوزراء.
    // Or directly in construct: مكتب رئيس الوزراء الإسرائيلي، ديوان رئيس الجمهورية.
    if (officeHead && end === j && (complements > 0 || j === i + 1)) {
      const title = headReading(ctx, j, lex.titleHeads as unknown as ReadonlySet<string>);
      if (title && (complements > 0 ? title.r.pre === "ل" : title.r.pre === "" && !definiteHead)) {
        complements++;
        j++;
        end = j;
        continue;
      }
    }
    // An institution named after a person: an indefinite head, a title and a known name (معهد الأمير سعود
    // الفيصل للدراسات الدبلوماسية، جامعة الملك عبدالعزيز); the purpose or adjectives after it go on.
    if (j === i + 1 && !definiteHead && !t.pre && isDefinite(t) && lex.orgNamedAfter.has(bareOf(headCore))) {
      const nameEnd = ctx.gazAt[j]?.type === "PER" ? ctx.gazAt[j]!.tokEnd : lex.titleHeads.has(t.core.replace(/^ال/, "")) ? personAfterTitle(ctx, j + 1) : j;
      if (nameEnd > j + 1) {
        namedAfter = properName = true;
        complements++;
        j = end = nameEnd;
        continue;
      }
    }
    // A title ends the name, but not a profession's adjective agreeing with the head (المكتب الصحفي، المركز الأكاديمي).
    const bareT = t.core.replace(/^ال/, "");
    if (lex.titleHeads.has(bareT) && !lex.orgHeads.has(bareT) && !(isDefinite(t) && end === j && lex.weakHeads.has(bareT) && /يه?$/.test(bareT))) break;
    if (isStop(ctx, t) && !/^(ال|لل)/.test(t.norm)) break;
    if (lex.stopwords.has(t.core) && !lex.orgHeads.has(t.core.replace(/^ال/, "")) && !isDefinite(t)) break;
    if (/\d/.test(t.norm) && j !== i + 1) break; // الجولة الـ18: a number ends a name unless it is the name (مجموعة الـ20)
    if (isDefinite(t)) {
      if (EVENT_WORD.test(t.core) || RELATIVE.test(t.core)) break;
      // After a title, a generic body (وزارة الخارجية، مجلس الوزراء) takes no ل-complement: it is the title
      // holder's portfolio (وكيل وزارة الخارجية للشؤون القنصلية، مساعد وزير الخارجية للتعاون الدولي).
      // Another body after ل is the one it belongs to (عضو المكتب السياسي للجنة المركزية …).
      if (t.pre === "ل" && end === j && titleBefore(ctx, i) && genericSoFar(ctx, i, j) && !headReading(ctx, j, lex.orgHeads)) break;
      if (t.pre && !t.pre.endsWith("ل")) break; // بالـ/كالـ begin a prepositional phrase
      if (!t.pre && end === j && feminineAfterMasculine(ctx, i, j)) break;
      // After the nationality adjective a plain noun begins the clause's next part (استقبل مجلس النواب الأردني الوفد).
      // Another relative adjective (الروسية العربية) goes on.
      if (!t.pre && end === j && ctx.gazOver[j - 1]?.type === "ADJ" && !/(ي|يه)$/.test(t.core) && !lex.orgDescriptive.has(t.core)) break;
      // A status after the nationality adjective describes the body (وكالة الأنباء اليونانية الرسمية، الإذاعة الوطنية الحكومية).
      if (!t.pre && end === j && complements > 0 && ctx.gazOver[j - 1]?.type === "ADJ" && ctx.gazOver[j - 1]!.country && STATUS.test(t.core)) break;
      complements++;
      j++;
      end = j;
      continue;
    }
    if (headReading(ctx, j, lex.orgHeads) && !t.pre) {
      j++; // construct chain: مكتب لجنة …
      continue;
    }
    if (!t.pre && complements === 0 && lex.orgChain.has(t.norm) && !(j === i + 1 && definiteHead)) {
      if (!lex.mechanism.has(t.norm)) chainWords++;
      j++; // plural nouns in construct: مجلس رؤساء دول …، مجلس وزراء الخارجية العرب
      continue;
    }
    // A verbal noun in construct with its definite object (لجنة مناقشة الدستور، هيئة مكافحة الفساد).
    if (j === i + 1 && !definiteHead && !t.pre && lex.common.has(t.norm) && verbalNounBefore(ctx, j)) {
      j++;
      continue;
    }
    if (j === i + 1 && !definiteHead && !t.pre && !lex.common.has(t.norm) && !isStop(ctx, t) && t.norm.length >= 3 && !clitic(ctx, j) && !indefiniteAdjective(ctx, i, j) && !possessed(ctx, j)) {
      properName = true; // جامعة هارفارد، حزب الوفد
      complements++;
      j++;
      end = j;
      // A foreign name of two or three words: شركة لوك أويل، شركة جنرال إلكتريك.
      while (end === j && j - i <= 3 && foreignWord(ctx, j)) end = ++j;
      continue;
    }
    break;
  }
  const first = ctx.gazAt[i + 1];
  let describesKnown = first?.type === "ORG";
  if (first && describesKnown) for (let k = first.tokEnd; k < end; k++) if (toks[k].pre || !isDefinite(toks[k])) describesKnown = false;
  return { end, complements, properName, country, onlyKnown: known === 1 && complements === 1 && chainWords === 0, chainWords, describesKnown, namedAfter, purpose };
}

/** Prepositions before the state a mission serves (في ليبيا، إلى العراق، لدى ليبيا), folded. */
const SEAT_PREPOSITION = new Set(["في", "الي", "لدي"].map(normalize));

/**
 * The end of the state a mission serves when, from `j`, at most three words of its purpose (للدعم،
 * لتقديم المساعدة، المؤقتة) lead to في/إلى/لدى and a state; -1 otherwise. A city or region is no
 * mission's seat (بعثة الأمم المتحدة في جنيف is where the mission meets).
 */
function missionSeat(ctx: PatternContext, i: number, j: number): number {
  const toks = ctx.doc.tokens;
  for (let k = j; k < j + 4 && k < toks.length; k++) {
    const t = toks[k];
    if (t.sentence !== toks[i].sentence || t.kind !== "arabic") return -1;
    if (SEAT_PREPOSITION.has(t.norm)) {
      const state = ctx.gazAt[k + 1];
      if (!state || state.type !== "GPE" || !/^gpe:[A-Z]{2}$/.test(state.entry?.key ?? "") || toks[k + 1].pre) return -1;
      return state.tokEnd;
    }
    const gaz = ctx.gazAt[k];
    const purposeWord = t.pre === "" ? isDefinite(t) || readingsAt(ctx, k).some((r) => r.pre === "ل" && r.core.length >= 4) : t.pre === "ل";
    // An ordinary noun only as the object of the purpose (لتقديم المساعدة), not a time phrase (الأسبوع الماضي).
    const objectOfPurpose = k > j && toks[k - 1].norm.startsWith("ل") && !isDefinite(toks[k - 1]) && t.pre === "" && isDefinite(t);
    if ((gaz && gaz.type !== "ADJ") || !purposeWord || (isStop(ctx, t) && !objectOfPurpose)) return -1;
  }
  return -1;
}

/**
 * A feminine relative adjective right after a masculine head's masculine one (بعثة الاتحاد الأفريقي
 * الانتقالية، قوة الاتحاد الأوروبي البحرية): it agrees with a noun before the head, whose name this is
 * part of, so the head's name stops before it.
 */
function feminineAfterMasculine(ctx: PatternContext, i: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const head = bareOf(toks[i].core);
  if (j < i + 2 || head.endsWith("ه") || head.endsWith("ات") || toks[j - 1].pre) return false;
  return /^ال.{2,}ي$/.test(toks[j - 1].core) && /^ال.{2,}يه$/.test(toks[j].core);
}

/** Whether the body's words from its head to `end` (a nationality adjective left out) are a generic body's name (وزارة الخارجية). */
function genericSoFar(ctx: PatternContext, i: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  const words = [toks[i].core];
  for (let k = i + 1; k < end; k++) if (ctx.gazOver[k]?.type !== "ADJ") words.push(toks[k].norm);
  return ctx.lex.genericOrgs.has(words.join(" "));
}

/** A title head right before the body's head (وكيل وزارة …، مساعد وزير …). */
function titleBefore(ctx: PatternContext, i: number): boolean {
  const prev = ctx.doc.tokens[i - 1];
  return !!prev && prev.kind === "arabic" && prev.sentence === ctx.doc.tokens[i].sentence && headReading(ctx, i - 1, ctx.lex.titleHeads as unknown as ReadonlySet<string>) !== null;
}

/**
 * A generic body after a title, with a masculine nationality adjective last (رئيس مجلس الوزراء العراقي):
 * the adjective describes the title's holder, as in رئيس الوزراء العراقي; the body is مجلس الوزراء (of Iraq).
 */
function generalInTitle(ctx: PatternContext, i: number, r: Reading, x: Extent): boolean {
  const toks = ctx.doc.tokens;
  const adj = ctx.gazAt[x.end - 1];
  if (!x.country || x.end - i < 3 || !adj || adj.type !== "ADJ" || adj.tokEnd !== x.end || toks[x.end - 1].core.endsWith("يه")) return false;
  if (!titleBefore(ctx, i)) return false;
  return ctx.lex.genericOrgs.has(normalize(mentionName(ctx.doc.article.text, toks[i], r, toks[x.end - 2].end)));
}

/**
 * A listed phrase whose second word begins a state's name written out with its adjective (رئاسة
 * الجمهورية التونسية، رئاسة الجمهورية اللبنانية): the presidency of that state, the phrase and the adjective.
 */
function listedOfState(ctx: PatternContext, i: number, r: Reading, end: number): boolean {
  const state = ctx.gazAt[i + 1];
  if (!state || state.type !== "GPE" || state.tokEnd !== end || !/^gpe:[A-Z]{2}$/.test(state.entry?.key ?? "")) return false;
  return ctx.lex.orgListed.has(normalize(mentionName(ctx.doc.article.text, ctx.doc.tokens[i], r, ctx.doc.tokens[i + 1].end)));
}

/**
 * A listed phrase and the nationality adjective of its state after it (رئاسة الجمهورية المصرية، رئاسة
 * الوزراء العراقية): the listed body of that state.
 */
function listedWithAdjective(ctx: PatternContext, i: number, r: Reading, end: number): boolean {
  const adj = ctx.gazAt[end - 1];
  if (end - i < 3 || !adj || adj.type !== "ADJ" || !adj.country || adj.tokStart !== end - 1 || adj.tokEnd !== end) return false;
  return ctx.lex.orgListed.has(normalize(mentionName(ctx.doc.article.text, ctx.doc.tokens[i], r, ctx.doc.tokens[end - 2].end)));
}

/**
 * An indefinite head whose first complement, after an indefinite word or two, is ل + a definite word
 * (قمة جامعة للكلمة، لجنة مشتركة للتعاون) describes a body or a thing; a name takes its complement in
 * construct (جامعة الدول العربية، مجلس التعاون لدول الخليج).
 */
function prepositionalOnly(ctx: PatternContext, i: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  let k = i + 1;
  while (k < end && k <= i + 2 && !toks[k].pre && !isDefinite(toks[k]) && !ctx.gazAt[k]) k++;
  return k < end && toks[k].pre.endsWith("ل");
}

const QUOTE = /^["«“”»]$/;

/** The end of a name in quotes right after `end` (… للمؤتمرات "عبد اللطيف رحال"), up to four words, or `end`. */
function quotedNameAfter(ctx: PatternContext, end: number): number {
  const toks = ctx.doc.tokens;
  const open = toks[end];
  if (!open || open.sentence !== toks[end - 1].sentence || !QUOTE.test(open.text)) return end;
  for (let k = end + 1; k < toks.length && k <= end + 5; k++) {
    if (QUOTE.test(toks[k].text)) return k > end + 1 ? k + 1 : end;
    if (toks[k].kind !== "arabic" || toks[k].sentence !== open.sentence) return end;
  }
  return end;
}

/** Organisation candidates from head nouns, nested ones included. */
export function matchOrganisations(ctx: PatternContext): Candidate[] {
  const { doc, lex } = ctx;
  const toks = doc.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isArabicWord(toks[i])) continue;
    const head = headReading(ctx, i, lex.orgHeads);
    if (!head) continue;
    const x = extent(ctx, i);
    const venue = lex.orgVenueHeads.has(head.bare) && x.end - i >= 2 && lex.orgVenues.has(toks[x.end - 1].norm);
    if (head.definite && !lex.orgDefiniteOk.has(head.bare) && !venue && !x.purpose) continue;
    const listed = lex.orgListedHeads.has(head.bare);
    // رئاسة الجمهورية: الجمهورية is also a newspaper's name, which the listed phrase is not about.
    // An organ of a known body in construct (مجلس جامعة الدول العربية) names that organ, not the body's kind.
    const organ = !head.definite && !head.r.pre.endsWith("ل") && lex.orgOrganHeads.has(head.bare) && x.onlyKnown && ctx.gazAt[i + 1]?.type === "ORG";
    if (x.complements === 0 || x.describesKnown && !listed && !organ) continue;
    if (x.onlyKnown && (lex.mechanism.has(head.bare) || lex.orgNeedName.has(head.bare))) continue;
    if (lex.orgNeedName.has(head.bare) && !x.properName && x.complements + x.chainWords < 2) continue;
    if (!head.definite && !x.properName && prepositionalOnly(ctx, i, x.end)) continue;
    const t = toks[i];
    const end = venue ? quotedNameAfter(ctx, x.end) : generalInTitle(ctx, i, head.r, x) ? x.end - 1 : x.end;
    // An honorific last (مكتب سمو [وزير الخارجية]) leaves the holder's office unnamed.
    if (lex.honorifics.has(toks[end - 1].core)) continue;
    const endOffset = toks[end - 1].end;
    const gaz = ctx.gazAt[i];
    const name = mentionName(doc.article.text, t, head.r, endOffset);
    if (listed && (!(lex.orgListed.has(normalize(name)) || listedOfState(ctx, i, head.r, end) || listedWithAdjective(ctx, i, head.r, end)) || lex.orgOfficeSought.has(toks[i - 1]?.norm ?? ""))) continue;
    const folded = normalize(name);
    if (!x.country && !x.properName && (lex.genericOrgs.has(folded) && !lex.stateBodies.has(folded) || genericDescribed(ctx, i, head.r, end))) continue;
    // A joint body named by its field alone (لجنة التعاون المشتركة، لجنة التنسيق المشتركة بين البلدين): which states' is not said.
    if (!x.country && !x.properName && !head.definite && /\s(المشتركه|المشترك)$/.test(folded)) continue;
    // So is a definite one named by its kind and field (اللجنة الفنية المشتركة للنفط، اللجنة العليا المشتركة للتعاون):
    // «joint» says two parties own it and the text does not name them there.
    if (!x.country && !x.properName && head.definite && /^\S+(\s\S+)?\s(المشتركه|المشترك)(\s(ل|لل)\S+)+$/.test(folded)) continue;
    if (!x.country && !listed && (lex.orgDescriptions.has(folded) || describedKind(lex, folded) || !x.properName && description(ctx, i, x.end))) continue;
    // Forces named by their side and a state's adjective alone (قوات النظام السوري، قوات الاحتلال الإسرائيلي): as a government described by its nationality, no body's name.
    if (x.country && !x.properName && !listed && end - i === 3 && lex.orgSideKinds.has(normalize(mentionName(doc.article.text, t, head.r, toks[end - 2].end)))) continue;
    if (lex.orgLoyalHeads.has(head.bare) && end === i + 2 && lex.shortNames.has(toks[i + 1].norm)) continue; // قوات حفتر، حكومة نتنياهو
    out.push(makeCandidate({
      type: venue ? "LOC" : "ORG",
      tokStart: i,
      tokEnd: end,
      start: mentionStart(t, head.r),
      end: endOffset,
      name,
      source: "pattern",
      confidence: x.properName ? 0.7 : 0.8,
      country: x.country,
      extendsGazetteer: gaz !== undefined && gaz.type === "ORG" && gaz.tokEnd < end,
      namedAfter: x.namedAfter || undefined,
    }));
  }
  return out;
}
