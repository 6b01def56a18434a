// Titles and roles written before a name (الرئيس، وزير الخارجية الروسي، ولي العهد …), stacked
// (عضو مجلس الدولة وزير الخارجية الصيني وانغ يي) or in apposition after it (وانغ يي، عضو
// المكتب السياسي …). A role gives the person its roles and a country; an unknown name right
// after a role becomes a person (source "pattern").
import type { TextSpan } from "../../types.js";
import type { Candidate } from "../types.js";
import { bareOf } from "../readings.js";
import { mentionStart, opensLine } from "../span.js";
import { hasConjunction, headReading, isArabicWord, isDefinite, isStop, readingsAt, type PatternContext } from "./context.js";
import { accusativeOrdinary, EVENT_WORD, imperfectVerb, inflectedOrdinary, ordinaryWithAffixes, RELATIVE } from "../ordinary.js";
import { memoSlot } from "../word-facts.js";
import { makeCandidate } from "../candidate.js";

export interface RolePhrase extends TextSpan {
  tokStart: number;
  tokEnd: number;
  /** Country named in the role (الروسي، للاتحاد الروسي، خارجية روسيا), or null. */
  country: string | null;
  /** English title of the first head (President, Minister …). */
  titleEn: string;
  /** Folded bare heads in the phrase, e.g. ["وزير"], ["عضو", "وزير"]. */
  heads: string[];
  /** A counterpart phrase (نظيره الروسي): refers to someone, names no office. */
  counterpart: boolean;
  /** Complements after the heads (0 for a bare الرئيس). */
  complements: number;
  weak: boolean;
}

const TIME_WORD = /^(اليوم|امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الماضي|المقبل|الحالي|الجاري|الليله|صباح|مساء)$/;
const PARTICLE_BEFORE_ARTICLE = new Set(["عبد", "ابو", "ابي", "ال", "بن", "ابن", "ولد", "ذو", "ذي"]);
const NOT_A_NAME_SUFFIX = new Set(["ها", "هم", "هما", "هن", "كم", "كما"]);
const PRONOUN = /(ه|ها|هم|هما)$/;
/** Portfolios a title may coordinate with و (وزير الخارجية والتجارة الدولية والعبادة). */
const MAX_PORTFOLIOS = 3;

interface TitleHead {
  bare: string;
  en: string;
  counterpart: boolean;
  r: ReturnType<typeof readingsAt>[number];
}

/** titleHeadAt's answers for Arabic words, memoised per word form and lexicon (they depend on the word's readings alone). */
const TITLE_HEAD = memoSlot();

function titleHeadAt(ctx: PatternContext, i: number): TitleHead | null {
  const hit = titleOrDualAt(ctx, i);
  return hit === DUAL_MARK ? null : hit;
}

/** titleHeadAt's memo as it is: a title head, DUAL_MARK for a dual title (الرئيسان), or null. */
function titleOrDualAt(ctx: PatternContext, i: number): TitleHead | null {
  const t = ctx.doc.tokens[i];
  if (t.kind !== "arabic") return findTitleHead(ctx, i);
  const memo = ctx.facts[i].memo;
  let hit = memo[TITLE_HEAD] as TitleHead | null | undefined;
  if (hit === undefined) {
    hit = findTitleHead(ctx, i);
    // The dual form (الرئيسان) is answered with it, once per word form, and kept in the same slot as a
    // mark (DUAL_MARK): findRoles' scan lists the duals without a second read.
    memo[TITLE_HEAD] = hit ?? (dualForm(ctx, i) ? DUAL_MARK : null);
    if (hit) memo[DUAL_FORM] = null;
    return memo[TITLE_HEAD] as TitleHead | null;
  }
  return hit;
}

/** Memo value of a word that is no title head but a dual one (الرئيسان). */
const DUAL_MARK: TitleHead = { bare: "", en: "", counterpart: false, r: { pre: "", preLength: 0, core: "", restored: 0 } };

function findTitleHead(ctx: PatternContext, i: number): TitleHead | null {
  const { lex } = ctx;
  const h = headReading(ctx, i, lex.titleHeads as unknown as ReadonlySet<string>);
  if (h) return { bare: h.bare, en: lex.titleHeads.get(h.bare) ?? "", counterpart: false, r: h.r };
  for (const r of readingsAt(ctx, i)) {
    const noSuffix = r.core.replace(PRONOUN, "");
    if (noSuffix !== r.core && lex.counterpart.has(noSuffix)) return { bare: noSuffix, en: "Counterpart", counterpart: true, r };
    // A feminine noun's ة is written ت before the pronoun (نظيرته، نظيرتها).
    const feminine = noSuffix.replace(/ت$/, "ه");
    if (noSuffix !== r.core && feminine !== noSuffix && lex.counterpart.has(feminine)) return { bare: feminine, en: "Counterpart", counterpart: true, r };
  }
  return null;
}

/** Second words of compound given names (نور الدين، فخر الدين، فتح الله), folded. */
const COMPOUND_SECOND = /^(الدين|الله)$/;

/** Name particles a name is built on (… بن …، … ولد …). */
const PARTICLE = /^(بن|ولد|ابن|بنت)$/;
/** A relative adjective (القومي، النيجري). */
/** Honorifics written with the article, which a first name follows directly. */
const HONOURED = /^ال(سيد|سيده|دكتور|دكتوره)$/;
const NISBA = /^ال[^\s]{2,}(ي|ية)$/;

/** A feminine title head (رئيسة، وزيرة). */
function feminine(bare: string): boolean {
  return bare.endsWith("ه") && bare !== "ولي";
}

/** The word at `k` can continue a name: a distinctive indefinite word. */
function startsName(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!isArabicWord(t) || t.pre || isDefinite(t) || ctx.gazAt[k]) return false;
  if ((imperfectVerb(t.norm) || inflectedOrdinary(ctx.lex, t.norm)) && !knownName(ctx, t.norm)) return false;
  return !ctx.lex.common.has(t.norm) && !isStop(ctx, t) && !ctx.lex.titleHeads.has(t.core) && !ctx.lex.orgHeads.has(t.core) && !ctx.lex.construct.has(t.norm) && !ctx.lex.glue.has(t.norm);
}

/**
 * A title word that is a first name (أمينة، أمير، سلطان) at `j`, right after السيد/السيدة/الدكتور: no
 * clitic or article, and a distinctive name word follows it, where a title would take a complement.
 */
function titleFirstName(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!isArabicWord(t) || t.pre || isDefinite(t) || !ctx.lex.titleHeads.has(t.core)) return false;
  const next = ctx.doc.tokens[j + 1];
  return isArabicWord(next) && next.sentence === t.sentence && startsName(ctx, j + 1) && !ordinaryWithAffixes(ctx.lex, next, readingsAt(ctx, j + 1));
}

/**
 * A one-word place name at `j` that is a person's first name (سانتياغو، صوفيا، فيكتوريا): no clitic,
 * and followed by a distinctive word no gazetteer knows (كافييرو، بينيا), as a name's next word is.
 */
function placeFirstName(ctx: PatternContext, j: number): boolean {
  const gaz = ctx.gazAt[j];
  const t = ctx.doc.tokens[j];
  // Read behind a clitic (لإيران, which the tokenizer may keep whole) it is a place.
  if (!gaz || (gaz.type !== "GPE" && gaz.type !== "LOC") || gaz.tokEnd !== j + 1 || t.pre || gaz.start !== t.start || isDefinite(t)) return false;
  const next = ctx.doc.tokens[j + 1];
  if (!isArabicWord(next) || next.sentence !== t.sentence || ctx.gazOver[j + 1] || !startsName(ctx, j + 1)) return false;
  return !ordinaryWithAffixes(ctx.lex, next, readingsAt(ctx, j + 1)) && !/^[يت].{2,}(ان|ون|ين)$/.test(next.norm);
}

/**
 * A one-word place right after a first name no gazetteer knows, with no preposition or clitic
 * (المبعوث الأممي برناردينو ليون، السفير جون ليون): the family name, as a place there would need في.
 */
function placeLastName(ctx: PatternContext, j: number): boolean {
  const t = ctx.doc.tokens[j + 1];
  const gaz = ctx.gazAt[j + 1];
  if (!gaz || (gaz.type !== "GPE" && gaz.type !== "LOC") || gaz.tokEnd !== j + 2 || t.pre || gaz.start !== t.start || isDefinite(t)) return false;
  // A state there is a verb's object (زار الوزير سميث فرنسا); only a city (ليون) is taken for a family name.
  if (!gaz.entry || gaz.entry.key.split(":").length < 3) return false;
  const first = ctx.doc.tokens[j];
  return !ctx.gazAt[j] && !ctx.gazOver[j] && !first.pre && !isDefinite(first) && !ctx.lex.common.has(first.norm) && !isStop(ctx, first);
}

/**
 * A title head at `k` written without the article (وزير، رئيس، ونائب): in construct, so the definite word
 * after it is its complement (وزير الدفاع مرهف …), whatever name may follow. An honorific (سمو، معالي)
 * stands before a name as it is.
 */
function headInConstruct(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  const head = isArabicWord(t) ? titleHeadAt(ctx, k) : null;
  return !!head && !head.counterpart && !head.r.core.startsWith("ال") && !ctx.lex.honorifics.has(t.core) && !ctx.lex.honorifics.has(head.bare);
}

/** Role phrases in the document, left to right, not overlapping. */
export function findRoles(ctx: PatternContext, orgs: readonly Candidate[]): RolePhrase[] {
  const { doc, lex } = ctx;
  const toks = doc.tokens;
  const orgAt: (Candidate | undefined)[] = new Array(toks.length);
  for (const o of orgs) if (!orgAt[o.tokStart] || o.tokEnd > orgAt[o.tokStart]!.tokEnd) orgAt[o.tokStart] = o;
  const out: RolePhrase[] = [];
  const duals = ctx.duals;
  duals.length = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!isArabicWord(toks[i])) continue;
    const head = titleOrDualAt(ctx, i);
    if (!head) {
      if (dualBeforeDual(ctx, i)) duals.push(i);
      continue;
    }
    if (head === DUAL_MARK) {
      duals.push(i);
      continue;
    }
    if (ctx.gazOver[i] && ctx.gazOver[i]!.type === "PER") continue; // الملك سلمان … is the name itself
    if (i > 0 && HONOURED.test(toks[i - 1].core) && titleFirstName(ctx, i)) continue; // السيدة أمينة X: a first name
    if (!isDefinite(toks[i]) && !toks[i].pre && PARTICLE.test(toks[i + 1]?.norm ?? "")) continue; // سلطان بن راشد: a first name
    // An honorific (سمو، معالي، دولة) is a title only right before a title or a known person: دولة فلسطينية is a state.
    if (lex.honorifics.has(toks[i].core) && !(i + 1 < toks.length && (titleHeadAt(ctx, i + 1) || ctx.gazAt[i + 1]?.type === "PER"))) continue;
    const heads = [head.bare];
    let coordinated = 0;
    let country: string | null = null;
    let complements = 0;
    let j = i + 1;
    let end = i + 1;
    while (j < toks.length && toks[j].sentence === toks[i].sentence) {
      const t = toks[j];
      if (!isArabicWord(t)) break;
      const gaz = ctx.gazAt[j];
      if (gaz?.type === "PER" || gaz?.short) break;
      if (gaz && gaz.type !== "MISC") {
        // A place right after a definite head (الرئيس سانتياغو …) or after the role's country (وزير الخارجية
        // الأرجنتيني سانتياغو …، رئيس باراغواي سانتياغو …) is no complement: before a name word it begins the name.
        if ((j === i + 1 ? isDefinite(toks[i]) : end === j && (country !== null || isDefinite(toks[j - 1]))) && placeFirstName(ctx, j)) break;
        // سفير الصين في مصر: the place after في is where the office is, not whose it is.
        if (toks[j - 1].norm !== "في" && toks[j - 1].norm !== "الي") country ??= gaz.country ?? null;
        complements++;
        j = end = gaz.tokEnd;
        continue;
      }
      const org = orgAt[j];
      if (org && !hasConjunction(t)) {
        country ??= org.country ?? null;
        complements++;
        j = end = org.tokEnd;
        continue;
      }
      // Coordinated portfolios inside a title: وزير الخارجية والمغتربين، وزير الشؤون الخارجية والتعاون الإفريقي،
      // وزير الخارجية والتجارة الدولية والعبادة; not a second party (والوفد، والرئيس).
      if (hasConjunction(t)) {
        if (coordinated >= MAX_PORTFOLIOS || t.pre !== "و" || !isDefinite(t) || !isDefinite(toks[j - 1]) || end !== j || lex.stopwords.has(t.core)) break;
        if (lex.orgNotJoined.has(t.core) || lex.titleHeads.has(bareOf(t.core))) break;
        if (ctx.gazAt[j] && ctx.gazAt[j]!.type !== "ADJ") break;
        coordinated++;
        complements++;
        j = end = j + 1;
        continue;
      }
      // A title word before ولد/بن is a first name (الدكتور سلطان بن أحمد الجابر، الشيخ أمير بن …).
      // So is an indefinite title word right after السيد/السيدة/الدكتور when a distinctive name word
      // follows, not a complement (السيدة أمينة بنخضرا، السيد أمير قرباني; but السيد وزير الخارجية).
      const firstName = j === i + 1 && HONOURED.test(toks[i].core) && titleFirstName(ctx, j);
      const stacked = PARTICLE.test(toks[j + 1]?.norm ?? "") || firstName ? null : titleHeadAt(ctx, j);
      if (stacked && !stacked.counterpart && !t.pre) {
        // A bare definite title, then another title: two people (التقى الوزير رئيسة الجمهورية), as a man's
        // title before a woman's is; an honorific (السيد، الدكتور) stacks.
        const bareDefinite = heads.length === 1 && complements === 0 && j === i + 1 && isDefinite(toks[i]) && !/^ال(سيد|سيده|دكتور|دكتوره)$/.test(toks[i].core);
        const otherGender = feminine(heads[heads.length - 1]) !== feminine(stacked.bare) && !lex.weakHeads.has(heads[heads.length - 1]) && !lex.honorifics.has(stacked.bare) && !lex.construct.has(stacked.bare);
        if (bareDefinite || otherGender) break;
        heads.push(stacked.bare);
        j = end = j + 1;
        continue;
      }
      // The office as it was then (وزير الخارجية المصري آنذاك X، رئيس الوزراء حينها X): the adverb closes the title.
      if (end === j && !t.pre && lex.thenAdverbs.has(t.norm)) {
        j = end = j + 1;
        continue;
      }
      if (TIME_WORD.test(t.core)) break;
      // A rank's or a deputy's completion right after it (الفريق أول، نائب أول رئيس الوزراء).
      if (end === j && !t.pre && lex.rankModifiers.has(t.norm)) {
        complements++; // a full rank, no longer a weak head alone
        j = end = j + 1;
        continue;
      }
      // An envoy's destination: المبعوث الخاص إلى ليبيا، المبعوثة الأممية إلى اليمن.
      if (t.norm === "الي" && heads.some((h) => lex.destinationHeads.has(h)) && ctx.gazAt[j + 1] && (ctx.gazAt[j + 1]!.type === "GPE" || ctx.gazAt[j + 1]!.type === "LOC")) {
        j++;
        continue;
      }
      // A definite word before a name particle begins the name (الناني ولد اشروقة، الحسين بن عبدالله).
      if (isDefinite(t) && !t.pre && j + 1 < toks.length && PARTICLE.test(toks[j + 1].norm) && !ctx.gazAt[j]) break;
      // A relative adjective written with the bare article after a definite complement agrees with it
      // (مستشار الأمن القومي، وزير الخارجية النيجري): a foreign name is written with أل (أليكسي).
      if (!t.pre && end === j && j > i + 1 && isDefinite(toks[j - 1]) && NISBA.test(t.text)) {
        complements++;
        j = end = j + 1;
        continue;
      }
      // A foreign name that begins like the article (ألكسندر غروشكو، ألبرتو فرنانديز) begins the name; not
      // right after a word that needs a complement (لشؤون المغتربين، شؤون الإعلام).
      // A title head in construct right before (وزير الدفاع، رئيس العدل) takes the definite word as its complement.
      if (end === j && isDefinite(t) && !t.pre && !lex.common.has(t.norm) && !lex.stopwords.has(t.norm) && !lex.notFamily.has(t.norm) && !headInConstruct(ctx, j - 1) && startsName(ctx, j + 1)) break;
      // A prepositional complement (and its adjectives) right before the name: وزير … المقيمين بالخارج ناصر
      // بوريطة، وزير الدولة المكلف بالشؤون الأفريقية يوسف العمراني.
      if (t.pre === "ب" && isDefinite(t) && end === j && complements > 0 && !lex.titleHeads.has(bareOf(t.core)) && !lex.orgHeads.has(bareOf(t.core))) {
        let k = j + 1;
        while (k < j + 3 && isArabicWord(toks[k]) && toks[k].sentence === t.sentence && !toks[k].pre && isDefinite(toks[k]) && !ctx.gazAt[k]) k++;
        if (ctx.gazAt[k]?.type === "PER" || (isArabicWord(toks[k]) && toks[k].sentence === t.sentence && startsName(ctx, k))) {
          complements += k - j;
          j = end = k;
          continue;
        }
      }
      // A purpose in construct behind ل right before the name (المفوض السامي لحقوق الإنسان فولكر تورك، وكيل
      // الأمين العام لعمليات السلام X، المنسق الخاص لعملية السلام في الشرق الأوسط X): the noun, its definite
      // complements and a place after في are the title's when a name follows them.
      const purpose = !isDefinite(t) && end === j && complements + heads.length > 1 && !ctx.gazAt[j] ? readingsAt(ctx, j).find((r) => r.pre === "ل" && !r.restored && r.core.length >= 3 && !r.core.startsWith("ال")) : undefined;
      // A body's head behind ل before the body's known name (المدير الإقليمي لمنظمة اليونيسف، المفوض العام لوكالة الأونروا).
      const body = purpose && lex.orgHeads.has(bareOf(purpose.core)) ? ctx.gazAt[j + 1] : undefined;
      if (body && body.type === "ORG" && toks[j + 1].sentence === t.sentence) {
        country ??= body.country ?? null;
        complements++;
        j = end = body.tokEnd;
        continue;
      }
      if (purpose && !lex.titleHeads.has(bareOf(purpose.core)) && !lex.orgHeads.has(bareOf(purpose.core))) {
        let k = j + 1;
        while (k < j + 4 && isArabicWord(toks[k]) && toks[k].sentence === t.sentence && !toks[k].pre && isDefinite(toks[k]) && !ctx.gazAt[k]) k++;
        let m = k;
        const place = toks[k]?.norm === "في" ? ctx.gazAt[k + 1] : undefined;
        if (place && (place.type === "GPE" || place.type === "LOC")) m = place.tokEnd;
        if (k > j + 1 && m < toks.length && toks[m].sentence === t.sentence && (ctx.gazAt[m]?.type === "PER" || startsName(ctx, m) || foreignF(ctx, m))) {
          complements += m - j;
          j = end = m;
          continue;
        }
      }
      if (isDefinite(t) && (!t.pre || t.pre === "ل")) {
        // After شؤون any definite word is the affairs' kind (للشؤون السياسية، لشؤون الشرق الأوسط); honorific adjectives (المعظم، المفدى، خادم الحرمين الشريفين) stay in the title.
        const ofAffairs = /شوون$/.test(toks[j - 1].core) && end === j;
        // A profession's field right after it (المحلل السياسي، الخبير العسكري) is its complement.
        const field = j === i + 1 && heads.length === 1 && lex.weakHeads.has(heads[0]) && !t.pre && NISBA.test(t.text);
        if (!ofAffairs && !field && lex.stopwords.has(t.core) && !lex.construct.has(t.core) && !/^ال(دولي|دوليه|عام|عامه|خاص|خاصه|دائم|دائمه|اقليمي|اقليميه|اعلي|سابق|سابقه|مساعد|مساعده|معظم|مفدي|شريفين|رسمي|رسميه|خارجيه|داخليه|وطني|وطنيه|اول|اولي|ثاني|ثانيه)$/.test(t.core)) break;
        complements++;
        j = end = j + 1;
        continue;
      }
      if (lex.construct.has(t.norm) || lex.construct.has(t.core)) {
        j++;
        if (j < toks.length && (isDefinite(toks[j]) || ctx.gazAt[j])) end = j;
        continue;
      }
      // The given name باسم after a spokesman's body (الناطق باسم الحكومة العراقية باسم العوادي): a second
      // باسم, or one after the body's state, opens the name where a name word follows, not another body.
      if (t.norm === "باسم" && end === j && (country !== null || toks.slice(i + 1, j).some((x) => x.norm === "باسم")) && givenNameBassem(ctx, j)) break;
      if (lex.glue.has(t.norm)) {
        j++;
        continue;
      }
      break;
    }
    const startTok = toks[i];
    const start = mentionStart(startTok, { ...head.r, restored: 0 });
    const endOffset = toks[end - 1].end;
    out.push({
      tokStart: i,
      tokEnd: end,
      start,
      end: endOffset,
      text: doc.article.text.slice(start, endOffset),
      country,
      titleEn: head.en,
      heads,
      counterpart: head.counterpart,
      complements,
      weak: complements === 0 && heads.length === 1 && lex.weakHeads.has(heads[0]),
    });
    i = end - 1;
  }
  return out;
}

/**
 * A kinship or deputy noun at `k` (lexicon relatives): "of" with an attached pronoun (نائبه، وعقيلته،
 * نجلها), "construct" before a definite word (قرينة رئيس الجمهورية، نجل الرئيس); null otherwise.
 */
function relativeAt(ctx: PatternContext, k: number): "of" | "construct" | null {
  const t = ctx.doc.tokens[k];
  if (!isArabicWord(t) || (t.pre !== "" && t.pre !== "و" && t.pre !== "ف")) return null;
  const { relatives, relativesOf } = ctx.lex;
  if (relativesOf.has(t.core)) return "of";
  if (!relatives.has(t.core)) return null;
  const next = ctx.doc.tokens[k + 1];
  return isArabicWord(next) && next.sentence === t.sentence && (isDefinite(next) || !!titleHeadAt(ctx, k + 1)) ? "construct" : null;
}

function nameLike(ctx: PatternContext, i: number, first: boolean, prev: string): boolean {
  const t = ctx.doc.tokens[i];
  const { lex } = ctx;
  if (!isArabicWord(t)) return false;
  // نائبه، عقيلة الرئيس: another person begins or is described, this one's name has ended.
  if (relativeAt(ctx, i)) return false;
  // After بن/ولد/ابن/بنت the word is the father's or the tribe's name even where its first letter reads
  // as a clitic (محمد ولد لبات، أسامة بن لادن): only a function word ends the name there.
  const afterNameParticle = !first && PARTICLE.test(prev) && !isStop(ctx, t) && !lex.stopwords.has(t.norm);
  // A leading ف is part of a foreign name (فيليب، فرونتسكا) unless the rest is a known word (فقال).
  if (t.pre && !afterNameParticle && !foreignF(ctx, i) && !(t.pre === "ف" && lex.fNames.has(t.norm)) && (first || !foreignBal(ctx, i))) return false;
  // علي as the name, first after a title too (الشيخ علي الجراح الصباح، الوزير علي حسن).
  if (aliInName(ctx, i)) return true;
  // جمهورية، مملكة … of a state the gazetteer lacks; before بن/بنت a first name (عهد بنت عبدالله).
  if (first && ctx.lex.construct.has(t.norm) && !(!t.pre && PARTICLE.test(ctx.doc.tokens[i + 1]?.norm ?? ""))) return false;
  if (isStop(ctx, t) || accusativeOrdinary(lex, t)) return false;
  // A headline's verb after its subject (السلطان يتقبل، ماكرون ستشكل) is no name word.
  if (!t.pre && imperfectVerb(t.norm) && !knownName(ctx, t.norm)) return false;
  // A common word inflected as a verb or a plural (فقدتا، يوقعان، تطورات) is none either.
  if (!afterNameParticle && inflectedOrdinary(lex, t.norm) && !knownName(ctx, t.norm)) return false;
  // A common word behind a preposition or before a pronoun (ببرقية، بولي، أمنه) is not a name.
  if (!afterNameParticle && !lex.nameWords.has(t.norm) && !lex.fNames.has(t.norm) && (first ? ordinaryWithAffixes(lex, t, readingsAt(ctx, i)) : readingsAt(ctx, i).some((r) => r.pre !== "" && (lex.common.has(r.core) || lex.stopwords.has(r.core) || lex.titleHeads.has(bareOf(r.core)))))) return false;
  const afterParticle = !first && PARTICLE_BEFORE_ARTICLE.has(prev);
  if (lex.families.has(t.norm) && !first) return true;
  if (afterParticle) return !ctx.gazAt[i] || ctx.gazAt[i]!.type === "PER";
  const beforeParticle = PARTICLE.test(ctx.doc.tokens[i + 1]?.norm ?? "");
  // A first name that is also a word is the name before بن/ولد (مساعد بن محمد، سالم بن حمد).
  if (lex.common.has(t.norm) && !(first && beforeParticle && !isDefinite(t) && !t.pre)) return false;
  if (NOT_A_NAME_SUFFIX.has(t.suf)) return false;
  if ((lex.titleHeads.has(bareOf(t.core)) && !(first && beforeParticle && !isDefinite(t))) || lex.orgHeads.has(bareOf(t.core))) return false;
  const gaz = ctx.gazAt[i];
  if (gaz && gaz.type !== "PER") return false;
  if (t.core.startsWith("ال") && t.core.length > 3 && first && !beforeParticle && (lex.common.has(t.norm) || !startsName(ctx, i + 1))) return false;
  return t.norm.length >= 2;
}

/** Whether the article writes the preposition على with ى: then علي written with ي is the name. */
function writesAla(ctx: PatternContext): boolean {
  return (ctx.writesAla ??= ctx.doc.tokens.some((t) => t.text === "على" || t.text === "وعلى"));
}

/**
 * The name علي inside a name (عبد الله علي اليحيا، محمد علي حسين): folded, it is the preposition على.
 * Written with ي in an article that writes على with ى, and followed by another name word.
 */
function aliInName(ctx: PatternContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  const next = ctx.doc.tokens[i + 1];
  if (t.text !== "علي" || !isArabicWord(next) || next.sentence !== t.sentence || next.pre || !writesAla(ctx)) return false;
  if (isStop(ctx, next) || (ctx.gazAt[i + 1] && ctx.gazAt[i + 1]!.type !== "PER")) return false;
  if (ctx.lex.common.has(next.norm) && !ctx.lex.families.has(next.norm)) return false;
  return isDefinite(next) ? !ctx.lex.notFamily.has(next.norm) : startsName(ctx, i + 1);
}

/**
 * A word after a first name that begins with بال but is no ب + a known word with the article
 * (بالاكريشنان، بالدوين، بالمر): a foreign family name, not a prepositional phrase (بالعاصمة، بالتعاون).
 */
function foreignBal(ctx: PatternContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t.pre !== "ب" || !t.core.startsWith("ال") || t.core.length < 6 || ctx.lex.common.has(t.norm) || isStop(ctx, t)) return false;
  const { lex } = ctx;
  const bare = t.core.slice(2);
  for (const w of [t.core, bare]) if (lex.common.has(w) || lex.stopwords.has(w) || lex.nameWords.has(w) || lex.trie.next.has(w) || lex.titleHeads.has(w) || lex.orgHeads.has(w)) return false;
  return !ctx.gazAt[i] && !EVENT_WORD.test(t.core) && !RELATIVE.test(t.core);
}

/** A word whose first letter ف reads as a conjunction but belongs to the name (فيليب، فرونتسكا). */
function foreignF(ctx: PatternContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t.pre !== "ف" || ctx.lex.common.has(t.norm) || isStop(ctx, t)) return false;
  const core = t.core;
  if (core.length < 4) return false; // ف + three letters is mostly ف + a verb (فهدد)
  if (ctx.lex.common.has(core) || ctx.lex.stopwords.has(core) || ctx.lex.nameWords.has(core) || ctx.lex.shortNames.has(core) || ctx.lex.trie.next.has(core)) return false;
  return !ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, i));
}

/**
 * An adjective or participle after a name (زيارة الرئيس X المرتقبة، X المنتخب), not a family name:
 * listed ones, and a participle (الم…ة) unless it has the family-name shape فعاللة (المعايطة).
 */
function adjectiveAfterName(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (ctx.lex.families.has(t.norm)) return false;
  if (ctx.lex.notFamily.has(t.norm) || ctx.lex.notFamily.has(t.core)) return true;
  return /^الم.*ة$/.test(t.text) && !/^ال..ا..ه$/.test(t.core);
}

/**
 * A first name that is also an ordinary word (كامل إدريس، سعيد جليلي) after a role that names a
 * country, when a distinctive word follows.
 */
function commonFirstName(ctx: PatternContext, j: number, role: RolePhrase): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  const next = toks[j + 1];
  if (!role.country || !isArabicWord(t) || !next || next.sentence !== t.sentence) return false;
  if (t.pre || isStop(ctx, t) || isDefinite(t) || ctx.gazAt[j] || ctx.lex.titleHeads.has(t.core) || ctx.lex.orgHeads.has(t.core)) return false;
  // ب or ل + a common word the tokenizer kept whole (بتصريحات علنية، لمباحثات) is a complement, no first name.
  if (!ctx.lex.nameWords.has(t.norm) && readingsAt(ctx, j).some((r) => (r.pre === "ب" || r.pre === "ل") && !r.restored && r.core.length >= 3 && ctx.lex.common.has(r.core))) return false;
  // An ordinary word before a known person's short name (الوزير اليوناني أطلع شكري على …) is the
  // clause's verb or noun, the person its subject or object, not a first name of another person.
  if (accusativeOrdinary(ctx.lex, t)) return false;
  // A common word inflected as a plural or a verb (تطورات، يوقعان) is no first name, whatever follows it.
  if (inflectedOrdinary(ctx.lex, t.norm)) return false;
  return !isDefinite(next) && nameLike(ctx, j + 1, false, t.norm) && !ctx.lex.common.has(next.norm);
}

/**
 * A word no list knows as a first name before the short name of a known person the article names
 * in full, of another country than the role's (الوزير اليوناني أطلع شكري على …، الرئيس الفرنسي هاتف
 * أردوغان): the clause's verb and its object or subject, not a first name and a namesake.
 */
function verbBeforeKnown(ctx: PatternContext, j: number, role: RolePhrase): boolean {
  const t = ctx.doc.tokens[j];
  if (ctx.lex.nameWords.has(t.norm) || ctx.lex.fNames.has(t.norm)) return false;
  const known = ctx.lex.shortNames.get(ctx.doc.tokens[j + 1].norm)?.filter((e) => e.kind === "PER" && e.country !== role.country);
  if (!known?.length) return false;
  // The short name stands for that person when the article names them in full.
  for (const c of ctx.gazAt) if (c?.type === "PER" && c.entry && known.includes(c.entry)) return true;
  return false;
}

/**
 * The word after a hyphen written tight inside a name (هينيس-بلاسخارت، مون جيه-إن، تشوي جونغ-كون): a
 * name word, or any bare Arabic word without a clitic, which a syllable of a Korean or Chinese name
 * may look like (إن، كون).
 */
function hyphenPart(ctx: PatternContext, k: number, prev: string): boolean {
  const t = ctx.doc.tokens[k];
  if (nameLike(ctx, k, false, prev)) return true;
  return isArabicWord(t) && !t.pre && !isDefinite(t) && !ctx.gazAt[k] && t.norm.length <= 4;
}

/** A name whose second word is ولد، بن، ابن or بنت, followed by a third word in the sentence. */
function particleSecond(ctx: PatternContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const p = toks[j + 1];
  const after = toks[j + 2];
  return !!p && !!after && after.kind === "arabic" && after.sentence === toks[j].sentence && PARTICLE.test(p.norm) && !toks[j].pre;
}

/**
 * A definite ordinary word between name words and a family name is a forebear's name of a Gulf
 * chain (جابر المبارك الحمد الصباح، محمد عبدالله المبارك الصباح، ناصر المحمد الأحمد الجابر الصباح).
 */
function beforeFamily(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  const next = ctx.doc.tokens[k + 1];
  if (t.pre || !isArabicWord(next) || next.sentence !== t.sentence || next.pre || isStop(ctx, t)) return false;
  return ctx.lex.families.has(next.norm) && !ctx.lex.notFamily.has(t.norm);
}

/**
 * The first token of a name written between commas right after a role that names an office with its
 * country or complement (الوزير الأول الجزائري، عبد المالك سلال، استقبل …), or 0. The name must close
 * with a comma (checked by the caller), as an apposition does.
 */
function commaApposition(ctx: PatternContext, role: RolePhrase): number {
  const toks = ctx.doc.tokens;
  const comma = toks[role.tokEnd];
  if (!comma || !/^[،,]$/.test(comma.text) || role.weak || role.counterpart || (!role.country && role.complements === 0)) return 0;
  const j = role.tokEnd + 1;
  const t = toks[j];
  return t && t.sentence === comma.sentence && isArabicWord(t) && !t.pre && !ctx.gazAt[j] ? j : 0;
}

/** Unknown names right after a role: one to four name-like words. */
export function namesAfterRoles(ctx: PatternContext, roles: readonly RolePhrase[]): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  for (const role of roles) {
    // A one-word title after بن/ولد is part of a name (إسماعيل ولد الشيخ أحمد): no role opens there.
    if (role.tokEnd - role.tokStart === 1 && role.tokStart > 0 && !toks[role.tokStart].pre && PARTICLE.test(toks[role.tokStart - 1].norm)) continue;
    let j = role.tokEnd;
    // Between commas after a title that names an office (الوزير الأول الجزائري، عبد المالك سلال، …).
    const between = commaApposition(ctx, role);
    if (between) j = between;
    if (j >= toks.length || toks[j].sentence !== toks[role.tokStart].sentence) continue;
    if (ctx.gazAt[j]?.type === "PER") continue; // a known person: linked later
    // A weak head alone (السيد، الشيخ) names only a name built on ولد/بن (السيد المختار ولد اجاي).
    if (role.weak && !particleSecond(ctx, j) || role.counterpart && role.complements === 0) continue;
    const waw = !between && !nameLike(ctx, j, true, "") && (wawFirstName(ctx, j, role) || (!role.weak && !role.counterpart && givenNameBassem(ctx, j)));
    if (!waw && !nameLike(ctx, j, true, "") && !commonFirstName(ctx, j, role) && !placeFirstName(ctx, j)) continue;
    // One person's title, not coordinated (والشيخ X يبحثان، الملك وشي يبحثان): no dual verb can follow the name.
    const k = nameEndAfterRole(ctx, j, !hasConjunction(toks[role.tokStart]) && !toks[j].norm.startsWith("و"));
    if (waw && k - j < 2) continue;
    if (between && (k - j < 2 || !/^[،,]$/.test(toks[k]?.text ?? ""))) continue;
    if (k - j === 2 && verbBeforeKnown(ctx, j, role)) continue;
    const start = toks[j].start;
    const end = toks[k - 1].end;
    out.push(makeCandidate({
      type: "PER",
      tokStart: j,
      tokEnd: k,
      start,
      end,
      name: ctx.doc.article.text.slice(start, end),
      source: "pattern",
      confidence: k - j >= 2 ? 0.75 : 0.6,
      country: role.country,
      role: { start: role.start, end: role.end, text: role.text },
    }));
  }
  return out;
}

/**
 * An unknown name right after a kinship or deputy noun with its pronoun (ونائبه X Y، وعقيلته X Y،
 * يرافقه نجله X بن Y): a person of its own, not more of the name before. A title or a known person
 * there is read by the roles and the gazetteer.
 */
export function namesAfterRelatives(ctx: PatternContext): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].kind !== "arabic" || relativeAt(ctx, i) !== "of") continue;
    const j = i + 1;
    if (toks[j].sentence !== toks[i].sentence || ctx.gazAt[j] || titleHeadAt(ctx, j) || !nameLike(ctx, j, true, "")) continue;
    const k = nameEndAfterRole(ctx, j);
    const start = toks[j].start;
    const end = toks[k - 1].end;
    out.push(makeCandidate({ type: "PER", tokStart: j, tokEnd: k, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: k - j >= 2 ? 0.75 : 0.6, country: null }));
    i = k - 1;
  }
  return out;
}

/**
 * A verbal noun that opens what the speaker affirms, right after the speaker's name and before its
 * own complement (أكد الوزير X Y حرص بلاده على …، جدد الرئيس X دعم الكويت لـ …): the name has ended.
 */
function statementAfterName(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  const next = ctx.doc.tokens[k + 1];
  if (!isArabicWord(t) || t.pre || !ctx.lex.statementHeads.has(t.norm) || ctx.lex.nameWords.has(t.norm)) return false;
  return isArabicWord(next) && next.sentence === t.sentence && (isDefinite(next) || (ctx.gazAt[k + 1] !== undefined && ctx.gazAt[k + 1]!.type !== "PER"));
}

/**
 * A later word of a name after a role shaped like a dual or plural imperfect verb (تشيبمان، تيلمان):
 * after one person's title (the caller checks it is not coordinated: والشيخ X يبحثان) no dual or plural
 * verb can follow its subject, so it is a foreign name's last word; a singular verb shape (يتقبل، ستشكل)
 * is still a verb.
 */
function foreignDualShape(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!isArabicWord(t) || t.pre || isDefinite(t) || ctx.gazAt[k] || !/^[يت].{3,}(ان|ون)$/.test(t.norm)) return false;
  return !ctx.lex.common.has(t.norm) && !isStop(ctx, t) && !ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, k));
}

/**
 * A foreign family name whose first letter و reads as the conjunction (ستيفاني ويليامز، جون ويلسون،
 * وانغ after a given name) right after a first name: between a given name and its surname no
 * conjunction stands. The word before is a first name of the lexicon's people, or a word it does not
 * know at all (a foreign given name the title introduced); one it knows as a surname alone (الرئيس
 * ماكرون وميركل) may be followed by another person. The rest after و is no word, name or head of its own.
 */
export function surnameWithWaw(ctx: PatternContext, j: number, k: number): boolean {
  const toks = ctx.doc.tokens;
  const first = toks[j];
  const t = toks[k];
  const { lex } = ctx;
  if (!isArabicWord(t) || t.pre !== "و" || t.sentence !== first.sentence || ctx.gazAt[k] || !isArabicWord(first) || first.pre || isDefinite(first)) return false;
  const firstName = lex.personByFirst.has(first.norm) || !(lex.nameWords.has(first.norm) || lex.shortNames.has(first.norm) || lex.personByLast.has(first.norm) || lex.common.has(first.norm));
  if (!firstName) return false;
  const rest = t.core;
  if (rest.length < 3 || rest.startsWith("ال") || lex.common.has(rest) || lex.stopwords.has(rest) || lex.nameWords.has(rest) || lex.fNames.has(rest) || lex.shortNames.has(rest) || lex.trie.next.has(rest)) return false;
  if (lex.titleHeads.has(bareOf(rest)) || lex.orgHeads.has(bareOf(rest)) || inflectedOrdinary(lex, rest) || ordinaryWithAffixes(lex, t, readingsAt(ctx, k))) return false;
  // Two persons as subject of a dual (جون وX يبحثان) are two.
  const next = toks[k + 1];
  return !(isArabicWord(next) && next.sentence === t.sentence && !next.pre && /^[يت].{2,}(ان)$/.test(next.norm));
}

/**
 * A foreign given name whose first letter و reads as the conjunction, right after a title that ends in
 * its body or its nationality (وزير الخارجية الإثيوبي ورقنه جبيهو، رئيس البرلمان الصومالي وارسمه …، الناطق
 * باسم الخارجية الصينية وانغ ون بين): the rest behind و is no word, name or head the lexicon knows, and a
 * name word follows (the caller asks for two words). A second person coordinated there is known or titled
 * (ونظيره، ووزير الدفاع، ومحمد …).
 */
function wawFirstName(ctx: PatternContext, j: number, role: RolePhrase): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  const { lex } = ctx;
  if (role.weak || role.counterpart || (role.country === null && role.complements === 0)) return false;
  if (role.tokEnd !== j || !isArabicWord(t) || t.pre !== "و" || ctx.gazAt[j] || ctx.gazOver[j] || relativeAt(ctx, j)) return false;
  const rest = t.core;
  if (rest.length < 3 || rest.startsWith("ال") || lex.common.has(rest) || lex.stopwords.has(rest) || lex.nameWords.has(rest) || lex.fNames.has(rest) || lex.shortNames.has(rest) || lex.trie.next.has(rest)) return false;
  if (lex.titleHeads.has(bareOf(rest)) || lex.orgHeads.has(bareOf(rest)) || lex.counterpart.has(rest.replace(PRONOUN, "")) || inflectedOrdinary(lex, rest) || imperfectVerb(rest)) return false;
  if (ordinaryWithAffixes(lex, t, readingsAt(ctx, j)) || readingsAt(ctx, j).some((r) => lex.common.has(r.core) || lex.stopwords.has(r.core))) return false;
  const next = toks[j + 1];
  // A definite word after it makes a coordinated portfolio (وزير الخارجية وشؤون المغتربين), no name.
  return isArabicWord(next) && next.sentence === t.sentence && !next.pre && !isDefinite(next) && !ctx.gazAt[j + 1] && nameLike(ctx, j + 1, false, rest);
}

/**
 * باسم at `j` as a given name, not the preposition "in the name of": followed by a name word that is
 * no common word, body, title, known place or plural (باسم نعيم، باسم العوادي; not باسم الحكومة، باسم الحوثيين).
 */
function givenNameBassem(ctx: PatternContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  const next = toks[j + 1];
  if (!isArabicWord(t) || t.text !== "باسم" || !isArabicWord(next) || next.sentence !== t.sentence || next.pre || ctx.gazAt[j + 1]) return false;
  const { lex } = ctx;
  if (lex.common.has(next.norm) || isStop(ctx, next) || lex.titleHeads.has(bareOf(next.core)) || lex.orgHeads.has(bareOf(next.core)) || /(ين|ون|ات)$/.test(next.norm)) return false;
  return nameLike(ctx, j + 1, false, "باسم");
}

/** The end of a name that begins at `j` after a role: one to seven name-like words, family names and particles. */
function nameEndAfterRole(ctx: PatternContext, j: number, single = false): number {
  const toks = ctx.doc.tokens;
  let k = j + 1;
  let prev = toks[j].norm;
  while (k < toks.length && k - j < 7 && toks[k].sentence === toks[j].sentence) {
    const t = toks[k];
    const definite = t.core.startsWith("ال") && t.core.length > 3;
    if (t.kind === "punct" && /^[-‐‑]$/.test(t.text) && t.end === toks[k + 1]?.start && t.start === toks[k - 1].end && hyphenPart(ctx, k + 1, prev)) {
      k += 2; // هينيس-بلاسخارت، مون جيه-إن
      continue;
    }
    if (definite) {
      // An Arab family name (أيمن الصفدي) or after a particle (عبد الله); never an adjective.
      if (ctx.gazAt[k] || (!nameLike(ctx, k, false, prev) && !beforeFamily(ctx, k)) || adjectiveAfterName(ctx, k)) break;
      // A family name ends the name unless a particle or another family name follows (قاسم الأعرجي | التعاون).
      const after = toks[k + 1];
      // The second part of a compound given name (فخر الدين، فتح الله) may be followed by the family name (فخر الدين ألطون).
      const compound = COMPOUND_SECOND.test(t.norm) && !!after && after.sentence === t.sentence && !after.pre && !ctx.gazAt[k + 1] && nameLike(ctx, k + 1, false, t.norm) && !adjectiveAfterName(ctx, k + 1);
      const continues = after && after.sentence === t.sentence && (ctx.lex.nameParticles.has(after.norm) || ctx.lex.families.has(after.norm) || compound);
      if (!ctx.lex.families.has(t.norm) && !PARTICLE_BEFORE_ARTICLE.has(prev) && !continues) {
        k++;
        break;
      }
    } else if (statementAfterName(ctx, k)) break;
    else if (!ctx.lex.nameParticles.has(t.norm) && !nameLike(ctx, k, false, prev) && !(single && foreignDualShape(ctx, k)) && !(k === j + 1 && (placeLastName(ctx, j) || surnameWithWaw(ctx, j, k)))) break;
    prev = t.norm;
    k++;
  }
  while (k > j + 1 && ctx.lex.nameParticles.has(toks[k - 1].norm)) k--;
  if (k - j >= 2 && closingForeignWord(ctx, j, k)) k++;
  else if (familyBeforeTitle(ctx, j, k)) k++;
  return k;
}

/**
 * A family name that is also a common word (خلاف، سلام، جميل) after a known first name, right before
 * a definite title in apposition (السفير تميم خلاف المتحدث الرسمي …، الدكتور أحمد كمال الأمين العام …):
 * between a first name and the person's office only the rest of the name stands. Not a word that opens
 * what is said (أكد الوزير سامح حرص الرئيس على …), a feminine or plural noun, an accusative, a time word,
 * a verb or a head of its own.
 */
function familyBeforeTitle(ctx: PatternContext, j: number, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (k !== j + 1 || !isArabicWord(t) || t.sentence !== toks[j].sentence || t.pre || isDefinite(t) || ctx.gazAt[k] || !ctx.lex.common.has(t.norm)) return false;
  if (!(ctx.lex.nameWords.has(toks[j].norm) || ctx.lex.fNames.has(toks[j].norm)) || isDefinite(toks[j]) || toks[j].pre) return false;
  if (/(ا|ة|ه|ات|ون|ين)$/.test(t.norm) || t.norm.length < 3 || isStop(ctx, t) || TIME_WORD.test(t.norm) || imperfectVerb(t.norm)) return false;
  if (ctx.lex.statementHeads.has(t.norm) || ctx.lex.titleHeads.has(t.core) || ctx.lex.orgHeads.has(t.core) || ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, k)) || relativeAt(ctx, k)) return false;
  const next = toks[k + 1];
  return isArabicWord(next) && next.sentence === t.sentence && !next.pre && isDefinite(next) && titleHeadAt(ctx, k + 1) !== null;
}

/**
 * A common word closing a foreign name of two words or more right before a comma or the sentence's end
 * (إسبن بارث إيدي، — إيدي is also أيدي, hands): nothing but the name can stand there. Not an accusative
 * (وفدا), a word with a clitic or a pronoun, a time word or a head.
 */
function closingForeignWord(ctx: PatternContext, j: number, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!isArabicWord(t) || t.sentence !== toks[j].sentence || t.pre || isDefinite(t) || ctx.gazAt[k] || !ctx.lex.common.has(t.norm)) return false;
  for (let x = j; x < k; x++) if (isDefinite(toks[x]) || toks[x].kind !== "arabic") return false;
  if (t.norm.endsWith("ا") || t.norm.length < 3 || isStop(ctx, t) || TIME_WORD.test(t.norm) || imperfectVerb(t.norm) || ctx.lex.titleHeads.has(t.core) || ctx.lex.orgHeads.has(t.core)) return false;
  if (ordinaryWithAffixes(ctx.lex, t, readingsAt(ctx, k)) || relativeAt(ctx, k)) return false;
  const next = toks[k + 1];
  return !next || next.sentence !== t.sentence || (next.kind !== "arabic" && /^[،,.؛]$/.test(next.text));
}

/** Where a name after an honorific may end: a comma or stop, the sentence's end, a relative pronoun or a title (… سفير، … الذي). */
function nameEndsAt(ctx: PatternContext, k: number, sentence: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.sentence !== sentence) return true;
  if (t.kind !== "arabic") return /^[،,.:؛]$/.test(t.text);
  if (RELATIVE.test(t.core) || relativeAt(ctx, k)) return true;
  const head = titleHeadAt(ctx, k);
  return head !== null && !t.pre;
}

/**
 * A definite word after two or more name words in an honorific's slot, closing it right before the
 * title, comma or relative pronoun that ends the slot (معالي X بن Y اليوسف وزير …، معالي X Y المبارك
 * رئيس …): a Gulf family name made of a given name or a word with the article, which no family list
 * can hold. Not a title or body head, nor an adjective of the name (الموقر، السابق).
 */
function closingFamily(ctx: PatternContext, j: number, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (k < j + 2 || t.pre || ctx.gazAt[k] || isStop(ctx, t) || RELATIVE.test(t.core) || EVENT_WORD.test(t.core)) return false;
  if (ctx.lex.titleHeads.has(bareOf(t.core)) || ctx.lex.orgHeads.has(bareOf(t.core)) || adjectiveAfterName(ctx, k)) return false;
  const next = ctx.doc.tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return false;
  // Before a title even a word that is also common (المبارك) is the family name; before a comma only another word.
  if (next.kind === "arabic") return !next.pre && titleHeadAt(ctx, k + 1) !== null;
  return /^[،,]$/.test(next.text) && !ctx.lex.common.has(t.norm);
}

/**
 * The end of a name in an honorific's slot, up to five words: name words, particles (عبد، ولد، بن، أبو),
 * the definite word after one (عبد العزيز), and plain words, since a first or family name may also
 * be a word there (سالم، خلاف، جميل), the slot and the close after it making them a name.
 */
function honouredNameEnd(ctx: PatternContext, j: number): number {
  const toks = ctx.doc.tokens;
  let k = j;
  while (k < toks.length && k - j < 5 && toks[k].sentence === toks[j].sentence) {
    const t = toks[k];
    const prev = k > j ? toks[k - 1].norm : "";
    const particle = ctx.lex.nameParticles.has(t.norm) || PARTICLE_BEFORE_ARTICLE.has(t.norm);
    // A definite word is a family name (الحارثي، الصباح) or follows a particle (عبد العزيز), not a noun (حسن الضيافة).
    const family = !t.pre && (PARTICLE_BEFORE_ARTICLE.has(prev) || ctx.lex.families.has(t.norm) || (NISBA.test(t.text) && nameLike(ctx, k, false, prev)) || closingFamily(ctx, j, k));
    const ok = isDefinite(t) ? k > j && !ctx.gazAt[k] && family : particle || nameLike(ctx, k, k === j, prev) || plainWord(ctx, k) || (k === j && titleFirstName(ctx, k));
    if (!ok) break;
    k++;
  }
  while (k > j && ctx.lex.nameParticles.has(toks[k - 1].norm)) k--;
  return k;
}

/**
 * An unknown name of two to four words after an honorific or a bare السيد/السيدة that stands alone,
 * the name closed by a comma, a relative pronoun or the title that follows it: وسعادة X Y سفير …،
 * السيد X Y Z، الذي …، معالي X Y، وزير …. (Before a title or a known person the honorific is the role's.)
 */
export function namesAfterHonorifics(ctx: PatternContext, roles: readonly RolePhrase[]): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  const starts: Array<{ j: number; role: TextSpan }> = [];
  for (const role of roles) {
    const afterParticle = role.tokStart > 0 && !toks[role.tokStart].pre && PARTICLE.test(toks[role.tokStart - 1].norm);
    if (role.weak && role.tokEnd - role.tokStart === 1 && !particleSecond(ctx, role.tokEnd) && !afterParticle) starts.push({ j: role.tokEnd, role: { start: role.start, end: role.end, text: role.text } });
  }
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (!isArabicWord(t) || (t.pre !== "" && t.pre !== "و") || !ctx.lex.honorifics.has(t.core)) continue;
    // After a name particle the honorific's word is part of a name (إسماعيل ولد الشيخ أحمد), no title.
    if (i > 0 && !t.pre && PARTICLE.test(toks[i - 1].norm)) continue;
    if (titleHeadAt(ctx, i + 1) || ctx.gazAt[i + 1]) continue; // the role's, or a state (دولة فلسطين)
    const start = mentionStart(t, { pre: t.pre, preLength: t.pre.length, core: t.core, restored: 0 });
    starts.push({ j: i + 1, role: { start, end: t.end, text: ctx.doc.article.text.slice(start, t.end) } });
  }
  for (const { j, role } of starts) {
    if (j >= toks.length || toks[j].sentence !== toks[j - 1].sentence || ctx.gazAt[j]) continue;
    const end = honouredNameEnd(ctx, j);
    if (end - j < 2 || !nameEndsAt(ctx, end, toks[j].sentence)) continue;
    const start = toks[j].start;
    const endOffset = toks[end - 1].end;
    out.push(makeCandidate({ type: "PER", tokStart: j, tokEnd: end, start, end: endOffset, name: ctx.doc.article.text.slice(start, endOffset), source: "pattern", confidence: 0.7, country: null, role }));
  }
  return out;
}

/**
 * Unknown names in apposition before a role, after a reporting verb or at the start of a clause:
 * "وقال محمد الحلبوسي، رئيس مجلس النواب، إن …". Two to four name-like words.
 */
export function namesBeforeRoles(ctx: PatternContext, roles: readonly RolePhrase[]): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  for (const role of roles) {
    if (role.weak || role.counterpart || role.complements === 0) continue;
    const comma = role.tokStart - 1;
    if (comma < 2 || !/^[،,]$/.test(toks[comma].text)) continue;
    if (ctx.gazAt[comma - 1] || ctx.gazOver[comma - 1]) continue;
    let k = comma;
    while (k - 1 >= 0 && comma - (k - 1) <= 4 && toks[k - 1].sentence === toks[comma].sentence) {
      const prevNorm = toks[k - 2]?.norm ?? "";
      const ok = nameLike(ctx, k - 1, false, prevNorm) || ctx.lex.nameParticles.has(toks[k - 1].norm);
      if (!ok) break;
      k--;
    }
    // The first word must be a proper start (not definite, not a particle), after a verb or a clause boundary.
    while (k < comma && (ctx.lex.nameParticles.has(toks[k].norm) || isDefinite(toks[k]))) k++;
    if (comma - k < 2) continue;
    const before = toks[k - 1];
    const boundary = !before || before.kind === "punct" || before.sentence !== toks[k].sentence || isStop(ctx, before);
    if (!boundary) continue;
    const start = toks[k].start;
    const end = toks[comma - 1].end;
    out.push(makeCandidate({
      type: "PER",
      tokStart: k,
      tokEnd: comma,
      start,
      end,
      name: ctx.doc.article.text.slice(start, end),
      source: "pattern",
      confidence: 0.65,
      country: role.country,
      role: { start: role.start, end: role.end, text: role.text },
    }));
  }
  return out;
}

interface DualForm {
  bare: string;
  /** الرئيسان (true) or the construct form وزيرا, which needs a complement after it. */
  definite: boolean;
  r: ReturnType<typeof readingsAt>[number];
}

/** dualForm's answers, memoised per word form (they depend on the word's readings alone). */
const DUAL_FORM = memoSlot();

/**
 * The bare head of a construct dual in the genitive or accusative (بحضور وزيري خارجية البلدين، بين
 * سفيري البلدين), or "". Not a word that is also a name, a relative adjective or a plural of its own
 * (رئيسي is a name and "main", ممثلي "representatives of").
 */
function obliqueDual(ctx: PatternContext, core: string): string {
  if (!/^.{3,}ي$/.test(core) || core.startsWith("ال")) return "";
  const { lex } = ctx;
  if (lex.nameWords.has(core) || lex.collisions.has(core) || lex.common.has(core) || lex.stopwords.has(core)) return "";
  return core.slice(0, -1);
}

/** A title head in the dual, by the word alone: الرئيسان، الوزيرين، (و)وزيرا، وزيري. */
function dualForm(ctx: PatternContext, i: number): DualForm | null {
  const memo = ctx.facts[i].memo;
  let hit = memo[DUAL_FORM] as DualForm | null | undefined;
  if (hit === undefined) {
    hit = null;
    for (const r of readingsAt(ctx, i)) {
      if (r.restored || (r.pre !== "" && r.pre !== "و")) continue;
      const definite = /^ال.{3,}(ان|ين)$/.test(r.core);
      const bare = definite ? r.core.slice(2, -2) : /^.{3,}ا$/.test(r.core) && !r.core.startsWith("ال") ? r.core.slice(0, -1) : obliqueDual(ctx, r.core);
      if (bare && ctx.lex.titleHeads.has(bare) && !ctx.lex.weakHeads.has(bare)) {
        hit = { bare, definite, r };
        break;
      }
    }
    memo[DUAL_FORM] = hit;
  }
  return hit;
}

/**
 * An oblique construct dual that is also a word (رئيسي "main", ممثلي "representatives of") right before
 * a definite dual or plural in ين (رئيسي الوفدين، ممثلي الحكومتين، مبعوثي البلدين): "main" follows its
 * noun and never stands before a definite one, so there it is the title's dual. By its context, so not
 * kept in the per-form memo.
 */
function dualBeforeDual(ctx: PatternContext, i: number): DualForm | null {
  const next = ctx.doc.tokens[i + 1];
  const t = ctx.doc.tokens[i];
  if (!isArabicWord(next) || next.sentence !== t.sentence || next.pre || !/^ال.{3,}ين$/.test(next.core)) return null;
  for (const r of readingsAt(ctx, i)) {
    if (r.restored || (r.pre !== "" && r.pre !== "و") || !/^.{3,}ي$/.test(r.core) || r.core.startsWith("ال")) continue;
    const bare = r.core.slice(0, -1);
    if (ctx.lex.titleHeads.has(bare) && !ctx.lex.weakHeads.has(bare)) return { bare, definite: false, r };
  }
  return null;
}

/** The dual title head at `i` (الرئيسان، الوزيرين، وزيرا خارجية), or null. */
function dualHead(ctx: PatternContext, i: number): { bare: string; construct: boolean; start: number } | null {
  const t = ctx.doc.tokens[i];
  if (!isArabicWord(t)) return null;
  const f = dualForm(ctx, i) ?? dualBeforeDual(ctx, i);
  if (!f) return null;
  if (!f.definite) {
    // In construct the dual's ن drops before a complement without a preposition; not the accusative
    // singular (عُيّن وزيرا للخارجية).
    const next = ctx.doc.tokens[i + 1];
    if (!isArabicWord(next) || next.sentence !== t.sentence || !(next.norm.startsWith("ال") || ctx.lex.construct.has(next.norm))) return null;
  }
  return { bare: f.bare, construct: !f.definite, start: mentionStart(t, f.r) };
}

/** Past-tense verbs of a feminine subject: three letters and ت, or أ + three letters and ت (أعربت). */
const PAST_VERB = /^(.{3}|ا.{3})ت$/;

/** A word the project knows as a name: a gazetteer person's name word, a family name or a given name shaped like a verb (حكمت). */
function knownName(ctx: PatternContext, norm: string): boolean {
  return ctx.lex.tNames.has(norm) || ctx.lex.nameWords.has(norm) || ctx.lex.families.has(norm);
}

/** A run of name words from `k` (at most four), a one-word place allowed after the first (أندريس فالنسيا); its end. */
function nameRun(ctx: PatternContext, k: number, first: boolean): number {
  const toks = ctx.doc.tokens;
  let j = k;
  if (!first) j++; // the و-led first word was checked by the caller
  else if (!nameLike(ctx, j, true, "")) return k;
  else j++;
  while (j < toks.length && j - k < 4 && toks[j].sentence === toks[k].sentence) {
    const gaz = ctx.gazAt[j];
    const place = gaz && (gaz.type === "GPE" || gaz.type === "LOC") && gaz.tokEnd === j + 1 && gaz.start === toks[j].start && !toks[j].norm.startsWith("ال");
    if (!place && !nameLike(ctx, j, false, toks[j - 1].norm) && !ctx.lex.nameParticles.has(toks[j].norm)) break;
    // A woman's or a group's verb after the names (… صمدت، … أكدت), unless the word is a known name (حكمت، رفعت).
    if (PAST_VERB.test(toks[j].norm) && !knownName(ctx, toks[j].norm)) break;
    j++;
  }
  return j;
}

/**
 * Two names after a dual title: الرئيسان ماركوس فيرنانديز وأنطونيو سيلفا، وقع الاتفاقية وزيرا خارجية
 * البلدين أندريس فالنسيا وكوفي بواتينغ. Each name of two or more words; the second led by و.
 */
export function namesAfterDualRoles(ctx: PatternContext): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  const duals = ctx.duals;
  for (let n = 0; n < duals.length; n++) {
    const i = duals[n];
    if (n > 0 && out.length && i < out[out.length - 1].tokEnd) continue;
    const head = dualHead(ctx, i);
    if (!head) continue;
    // Complements of a construct dual (خارجية البلدين), or dual adjectives after a definite one (الراحلان، السابقان).
    let j = i + 1;
    while (j < toks.length && j - i <= 3 && toks[j].sentence === toks[i].sentence && !toks[j].pre) {
      const t = toks[j];
      if (head.construct ? isDefinite(t) || ctx.lex.construct.has(t.norm) || ctx.gazAt[j]?.type === "ADJ" : isDefinite(t) && /(ان|ين)$/.test(t.core)) j++;
      else break;
    }
    const a = j;
    const aEnd = nameRun(ctx, a, true);
    const w = toks[aEnd];
    if (aEnd - a < 2 || !isArabicWord(w) || w.sentence !== toks[i].sentence || w.pre !== "و" || isStop(ctx, w) || ctx.lex.common.has(w.core) || ctx.gazAt[aEnd]) continue;
    const bEnd = nameRun(ctx, aEnd, false);
    if (bEnd - aEnd < 2) continue;
    const roleStart = head.start;
    const role = { start: roleStart, end: toks[a - 1].end, text: ctx.doc.article.text.slice(roleStart, toks[a - 1].end) };
    for (const [s, e] of [[a, aEnd], [aEnd, bEnd]]) {
      const wr = s === aEnd ? readingsAt(ctx, s).find((r) => r.pre === "و" && !r.restored) : undefined;
      const start = wr ? mentionStart(toks[s], wr) : toks[s].start;
      const end = toks[e - 1].end;
      out.push(makeCandidate({ type: "PER", tokStart: s, tokEnd: e, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: 0.7, country: null, role }));
    }
  }
  return out;
}

/** The writer after a byline's verb that opens a line and is followed by two to four name words to the line's end. */
function writerAt(ctx: PatternContext, i: number): Candidate[] {
  const toks = ctx.doc.tokens;
  if (!isArabicWord(toks[i]) || !ctx.lex.bylineVerbs.has(toks[i].norm) || !opensLine(ctx.doc, i)) return [];
  let a = i + 1;
  // The tokenizer reads a lone tatweel (كتب ـ X) as a word: it is the dash.
  while (a < toks.length && /^([-–—:]|ـ+)$/.test(toks[a].text) && !opensLine(ctx.doc, a)) a++;
  if (a >= toks.length || opensLine(ctx.doc, a)) return [];
  if (!nameLike(ctx, a, true, "")) return namesFillingLine(ctx, a);
  let k = a + 1;
  while (k < toks.length && !opensLine(ctx.doc, k) && isArabicWord(toks[k]) && !toks[k].pre && !isStop(ctx, toks[k]) && !ctx.gazAt[k]) k++;
  // Two writers (كتب ـ X Y وZ W:) fill the line as a place's byline does.
  if (k - a < 2 || k - a > 4 || (k < toks.length && !opensLine(ctx.doc, k))) return namesFillingLine(ctx, a);
  const start = toks[a].start;
  const end = toks[k - 1].end;
  return [makeCandidate({ type: "PER", tokStart: a, tokEnd: k, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: 0.7, country: null })];
}

/** The first token at or after `k` that opens a line (or the end of the document). */
function lineEndFrom(ctx: PatternContext, k: number): number {
  const toks = ctx.doc.tokens;
  while (k < toks.length && !opensLine(ctx.doc, k)) k++;
  return k;
}

/** An indefinite Arabic word without a clitic that is no stop word, title, body head or gazetteer name. */
function plainWord(ctx: PatternContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!isArabicWord(t) || t.pre || isDefinite(t) || isStop(ctx, t) || ctx.gazAt[k] || relativeAt(ctx, k)) return false;
  return !ctx.lex.titleHeads.has(bareOf(t.core)) && !ctx.lex.orgHeads.has(bareOf(t.core)) && !imperfectVerb(t.norm);
}

/**
 * The writers on a newspaper's byline line after the place of filing, the names filling the line:
 * بيروت - رائد جبر، موسكو – من سامي عيسى، بيروت - من وسام أبو حرفوش وليندا عازار، الرياض: X Y، and after
 * the paper's quoted name (تونس – «القدس العربي» – X Y:). An agency (الرياض - واس)
 * or a date after the dash is one word or no name.
 */
function writersAfterPlace(ctx: PatternContext, i: number): Candidate[] {
  const toks = ctx.doc.tokens;
  const place = ctx.gazAt[i];
  if (!place || (place.type !== "GPE" && place.type !== "LOC") || !opensLine(ctx.doc, i)) return [];
  const d = place.tokEnd;
  if (d >= toks.length || toks[d].kind !== "punct" || !/^[-–—:]$/.test(toks[d].text) || opensLine(ctx.doc, d)) return [];
  let a = d + 1;
  // The paper's quoted name between dashes before the writer: تونس – «القدس العربي» – X Y:
  if (toks[a]?.text === "«") {
    let q = a + 1;
    while (q < toks.length && q - a <= 5 && toks[q].text !== "»" && !opensLine(ctx.doc, q)) q++;
    if (toks[q]?.text !== "»" || !/^[-–—]$/.test(toks[q + 1]?.text ?? "") || opensLine(ctx.doc, q + 1)) return [];
    a = q + 2;
  }
  if (toks[a]?.norm === "من" && !opensLine(ctx.doc, a)) a++;
  if (a >= toks.length || opensLine(ctx.doc, a)) return [];
  return namesFillingLine(ctx, a);
}

/**
 * One or two names (X Y، X Y وZ W) from `a` filling the rest of a byline's line, a closing colon
 * allowed (كتب ـ X Y وZ W:); none when anything else is on the line.
 */
function namesFillingLine(ctx: PatternContext, a: number): Candidate[] {
  const toks = ctx.doc.tokens;
  let lineEnd = lineEndFrom(ctx, a + 1);
  if (lineEnd - 1 > a && toks[lineEnd - 1].text === ":") lineEnd--;
  // The line holds names only: a first name that is also a word (وسام، أمل، جميل) counts there.
  const aEnd = Math.min(nameRun(ctx, a, !plainWord(ctx, a)), lineEnd);
  if (aEnd - a < 2) return [];
  const parts: Array<[number, number]> = [[a, aEnd]];
  const w = toks[aEnd];
  if (aEnd < lineEnd && isArabicWord(w) && w.pre === "و" && !ctx.gazAt[aEnd]) {
    const bEnd = Math.min(nameRun(ctx, aEnd, false), lineEnd);
    if (bEnd - aEnd >= 2) parts.push([aEnd, bEnd]);
  }
  if (parts[parts.length - 1][1] !== lineEnd) return [];
  return parts.map(([s, e]) => {
    const wr = s === aEnd ? readingsAt(ctx, s).find((r) => r.pre === "و" && !r.restored) : undefined;
    const start = wr ? mentionStart(toks[s], wr) : toks[s].start;
    const end = toks[e - 1].end;
    return makeCandidate({ type: "PER", tokStart: s, tokEnd: e, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: 0.7, country: null });
  });
}

/**
 * The writer in a credit line that opens a line: PLACE/ NAME/ AGENCY (القاهرة/ محمد علي الشيخ/ الأناضول),
 * two to four name words between the slashes after a known place.
 */
export function namesInCreditLines(ctx: PatternContext): Candidate[] {
  const toks = ctx.doc.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const byline = writerAt(ctx, i);
    if (byline.length) {
      out.push(...byline);
      continue;
    }
    const writers = writersAfterPlace(ctx, i);
    if (writers.length) {
      out.push(...writers);
      continue;
    }
    const place = ctx.gazAt[i];
    if (!place || (place.type !== "GPE" && place.type !== "LOC") || !opensLine(ctx.doc, i)) continue;
    const slash = place.tokEnd;
    if (toks[slash]?.text !== "/" || toks[slash].sentence !== toks[i].sentence) continue;
    let k = slash + 1;
    while (k < toks.length && k - slash <= 4 && toks[k].sentence === toks[i].sentence && isArabicWord(toks[k]) && !ctx.gazAt[k] && (!isStop(ctx, toks[k]) || (toks[k].text === "علي" && writesAla(ctx))) && !toks[k].pre) k++;
    if (k - slash - 1 < 2 || toks[k]?.text !== "/" || !nameLike(ctx, slash + 1, true, "")) continue;
    const start = toks[slash + 1].start;
    const end = toks[k - 1].end;
    out.push(makeCandidate({ type: "PER", tokStart: slash + 1, tokEnd: k, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: 0.7, country: null }));
  }
  return out;
}
