// Persons written by their office alone: "وكان رئيس الوزراء قد استقبل الوزير السوري"،
// "سمو الأمير"، "جلالة ملك البحرين"، "الرئيس المصري"، "وزير خارجية العراق". What a person
// holds comes from the entity stage: Entity.office (the people gazetteer at the article's
// date) and the roles written next to their mentions (وزير الخارجية السوري أسعد الشيباني).
// A title phrase names a person when its head is the office's head (عاهل = ملك), the words
// it writes after the head are among the office's (رئيس [مجلس] الوزراء، وزير [الشؤون]
// الخارجية), the country it states (a nationality adjective or a state after it) is the
// person's, and exactly one person of the article fits. Words come from events.json.
import { outletByName } from "../ingest/outlets.js";
import { normalize } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import type { Entity, Token } from "../types.js";
import { ArticleMemo } from "./article-memo.js";
import { tokenIndexAt, type DocContext, type MentionRef } from "./context.js";
import { countryOfAdjective, entityCountry } from "./countries.js";
import { eventLexicon, type OfficeTitleWords } from "./lexicon.js";
import { isDayWord } from "./relative-dates.js";
import { tokenFacts } from "./word-facts.js";

/** One office of one person: its head word, the other words that name it, its country. */
interface Office {
  head: string;
  complements: Set<string>;
  country: string | null;
  entity: string;
}

type Word = Pick<Token, "core" | "bare" | "norm" | "pre">;

const cache = new ArticleMemo<DocContext, Map<number, string>>();

function headOf(w: Word, lex: OfficeTitleWords): string | null {
  // وكيل، وكيلة: a head whose own first letter the tokenizer took for the conjunction.
  return lex.headOfWord.get(w.bare) ?? (w.pre === "و" ? lex.headOfWord.get(w.norm) ?? null : null);
}

/** A word joined by the conjunction و (ورئيس الحكومة), not a head that begins with و (وكيلة الوزارة). */
function conjoined(w: Word, lex: OfficeTitleWords): boolean {
  return w.pre.startsWith("و") && !lex.headOfWord.has(w.norm);
}

/** headOf for an Arabic token, memoised per word form (titleReferences asks it of every token). */
function tokenHead(t: Token, lex: OfficeTitleWords): string | null {
  const facts = tokenFacts(t);
  let head = facts.officeHead;
  if (head === undefined) facts.officeHead = head = headOf(t, lex);
  return head;
}

/** Whether a token heads an office title (رئيس، وزير، ملك …). */
export function isOfficeHead(t: Token): boolean {
  return tokenHead(t, eventLexicon().officeTitles) !== null;
}

function complementOf(w: Word, lex: OfficeTitleWords): string {
  return lex.complementSynonyms.get(w.bare) ?? w.bare;
}

const nationality = (w: Word) => (w.core.startsWith("ال") ? countryOfAdjective(w.core) : null);

/** The Arabic words of each title as written (bounded: a worker lives for a whole corpus; starts afresh when full). */
let titleWords = new Map<string, Word[]>();

function wordsOfTitle(title: string): Word[] {
  let words = titleWords.get(title);
  if (!words) {
    words = tokenize(title)
      .filter((w) => w.kind === "arabic")
      .map((w) => ({ core: w.core, bare: w.bare, norm: w.norm, pre: w.pre }));
    if (titleWords.size >= 20_000) titleWords = new Map();
    titleWords.set(title, words);
  }
  return words;
}

/** The offices a written title describes (stacked ones apart: ولي العهد رئيس مجلس الوزراء). */
function officesOfTitle(title: string, entity: Entity, fallbackCountry: string | null, lex: OfficeTitleWords): Office[] {
  const out: Office[] = [];
  let current: Office | null = null;
  const words = wordsOfTitle(title);
  for (const [i, w] of words.entries()) {
    // سمو، جلالة، دولة رئيس الوزراء: an honorific before a title (وزير الدولة is an office).
    const honorific = lex.honorifics.has(w.core) || lex.honorifics.has(w.bare);
    if (honorific && (!current || (words[i + 1] && headOf(words[i + 1], lex)))) continue;
    const head = headOf(w, lex);
    if (head) {
      // نائب رئيس الوزراء: the deputy's office is named by the title after it.
      if (current && lex.deputyHeads.has(current.head) && current.complements.size === 0) {
        current.complements.add(head);
        continue;
      }
      current = { head, complements: new Set(), country: fallbackCountry, entity: entity.id };
      out.push(current);
      continue;
    }
    if (!current) continue;
    const country = nationality(w);
    if (country) current.country = country;
    else if (!lex.skip.has(w.bare) && !(lex.stateWords.has(w.bare) && lex.stateHeads.has(current.head))) current.complements.add(complementOf(w, lex));
  }
  return out;
}

const officesCache = new ArticleMemo<DocContext, Office[]>();

/** The offices the article's persons hold, memoised (titleReferences and officeHeadsOf both read them). */
function officesOf(ctx: DocContext, lex: OfficeTitleWords): Office[] {
  let offices = officesCache.get(ctx);
  if (!offices) officesCache.set(ctx, (offices = readOffices(ctx, lex)));
  return offices;
}

function readOffices(ctx: DocContext, lex: OfficeTitleWords): Office[] {
  const out: Office[] = [];
  const after = appositions(ctx, lex);
  for (const e of ctx.entities) {
    if (e.type !== "PER") continue;
    const country = entityCountry(e);
    const written = new Set([...e.roles, ...e.mentions.flatMap((m) => (m.role ? [m.role.text] : [])), ...(after.get(e.id) ?? [])]);
    if (e.office?.title_ar) {
      // The gazetteer's office is trusted over roles as written, which can take in a neighbour's title;
      // but a title written stacked right after that office (ولي العهد رئيس مجلس الوزراء) is his too.
      const own = officesOfTitle(e.office.title_ar, e, e.office.country ?? country, lex);
      out.push(...own, ...stackedAfter(own, written, e, e.office.country ?? country, lex));
      continue;
    }
    for (const r of written) out.push(...officesOfTitle(r, e, country, lex));
  }
  out.push(...counterpartOffices(ctx, out));
  return out;
}

/**
 * The offices of written roles that stack more titles around the gazetteer's office: after it (ولي العهد
 * رئيس مجلس الوزراء for a crown prince) or before it (ولي العهد السعودي رئيس مجلس الوزراء for a prime
 * minister) — the same head with the same words, so that the role is his and not a neighbour's.
 */
function stackedAfter(own: Office[], written: Set<string>, e: Entity, country: string | null, lex: OfficeTitleWords): Office[] {
  const first = own[0];
  if (!first) return [];
  const same = (o: Office) => o.head === first.head && [...first.complements].every((c) => o.complements.has(c));
  const out: Office[] = [];
  for (const r of written) {
    const offices = officesOfTitle(r, e, country, lex);
    if (offices.length < 2) continue;
    if (offices[0].head === first.head) out.push(...offices.slice(1));
    else if (offices.slice(1).some(same)) out.push(...offices.filter((o) => !same(o)));
  }
  return out;
}

/**
 * "وزير الخارجية التركي هاكان فيدان ونظيره الأوزبكي بختيار سعيدوف": a counterpart holds the
 * office of the person named before him in the sentence, for his own country; later written
 * as "الوزير الأوزبكي". Only for persons with no office of their own beyond a bare head (الوزير).
 */
function counterpartOffices(ctx: DocContext, known: Office[]): Office[] {
  const out: Office[] = [];
  const tokens = ctx.doc.tokens;
  for (const e of ctx.entities) {
    // A bare head written alone (الوزير شكري) says less than the counterpart's office.
    if (e.type !== "PER" || known.some((o) => o.entity === e.id && o.complements.size > 0)) continue;
    for (const m of e.mentions) {
      // (نظيريه الإيراني X والتركي Y: the second of a dual counterpart is written by his adjective alone)
      const listed = !m.role && !out.some((o) => o.entity === e.id) ? dualCounterpartBefore(ctx, tokenIndexAt(tokens, m.start)) : -1;
      if (listed < 0 && (!m.role || !m.role.text.includes("نظير") || !/^[وف]?(?:نظير(?:ه|ها)?|نظيرت(?:ه|ها)|نظيري(?:ه|ها)|نظيرا(?:ه|ها))(?:\s|$)/u.test(normalize(m.role.text)))) continue;
      const at = listed >= 0 ? listed : tokenIndexAt(tokens, m.role!.start);
      const sentence = tokens[at]?.sentence;
      let other: string | null = null;
      for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
        const x = ctx.mentionAt[k];
        if (x && x.entity.type === "PER" && x.entity.id !== e.id) {
          other = x.entity.id;
          break;
        }
      }
      const country = entityCountry(e);
      for (const o of known) {
        if (o.entity === other && country && o.country !== country) out.push({ head: o.head, complements: o.complements, country, entity: e.id });
      }
      if (out.some((o) => o.entity === e.id)) break;
    }
  }
  return out;
}

/**
 * نظيريه الإيراني X والتركي Y: the token of the dual counterpart word whose list the mention starting at `at`
 * continues (a nationality adjective with و right before it, the counterpart's name before that), or -1.
 */
function dualCounterpartBefore(ctx: DocContext, at: number): number {
  const tokens = ctx.doc.tokens;
  const adj = tokens[at - 1];
  if (!adj || !adj.pre.startsWith("و") || !nationality(adj) || adj.sentence !== tokens[at].sentence) return -1;
  const prev = ctx.mentionAt[at - 2];
  if (!prev || prev.entity.type !== "PER") return -1;
  for (let k = prev.tokenStart - 1; k >= Math.max(0, prev.tokenStart - 3); k--) {
    if (/^(?:نظيري(?:ه|ها)|نظيرا(?:ه|ها))$/u.test(tokens[k].core)) return k;
  }
  return -1;
}

/** How many words a title written after a name may run: ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع is eight. */
const APPOSITION_WORDS = 10;

/** Titles written right after a person's name (تميم بن حمد أمير البلاد المفدى), as text, by entity id. */
function appositions(ctx: DocContext, lex: OfficeTitleWords): Map<string, string[]> {
  const tokens = ctx.doc.tokens;
  const out = new Map<string, string[]>();
  for (const m of ctx.mentions) {
    if (m.entity.type !== "PER") continue;
    let k = m.tokenEnd;
    // محمد بن سلمان بن عبدالعزيز [آل سعود] ولي العهد: past a family name the mention left out.
    if (tokens[k]?.norm === "ال" && tokens[k].sentence === tokens[m.tokenStart].sentence) k += 2;
    if (tokens[k]?.text === "،" || tokens[k]?.text === ",") k++;
    const first = tokens[k];
    // X ورئيس الحكومة Y: a second person, not X's title.
    if (!first || first.sentence !== tokens[m.tokenStart].sentence || first.kind !== "arabic" || conjoined(first, lex) || !headOf(first, lex)) continue;
    let end = k + 1;
    while (end < Math.min(tokens.length, k + APPOSITION_WORDS) && tokens[end].sentence === first.sentence && tokens[end].kind === "arabic" && !ctx.mentionAt[end]) {
      const w = tokens[end];
      // رئيس مجلس الوزراء اليوم وزير الخارجية الياباني: the day ends the title; the next one is the object's.
      if (isDayWord(w.core)) break;
      // وزيرة خارجية جمهورية إندونيسيا، وكيلة وزارة الخارجية: the word right after a head is its complement, definite or not.
      const complement = headOf(tokens[end - 1], lex) !== null && !conjoined(w, lex);
      if (!(complement || w.core.startsWith("ال") || headOf(w, lex) || lex.skip.has(w.bare) || lex.stateWords.has(w.bare))) break;
      end++;
    }
    // ميقاتي الوزير فيصل المقداد: a title before the next name is that name's; X رئيس مجلس الوزراء وزير
    // الخارجية الياباني Y: the last title is Y's, those before it X's.
    if (ctx.mentionAt[end]?.entity.type === "PER") {
      let last = end - 1;
      while (last > k && !headOf(tokens[last], lex)) last--;
      // (نائب رئيس الوزراء: a deputy's head with the head it takes)
      while (last > k && headOf(tokens[last - 1], lex)) last--;
      if (last <= k) continue;
      end = last;
    }
    const list = out.get(m.entity.id) ?? [];
    list.push(ctx.text.slice(first.start, tokens[end - 1].end));
    out.set(m.entity.id, list);
  }
  return out;
}

const headsCache = new ArticleMemo<DocContext, Map<string, Set<string>>>();

/** The office heads a person holds in the article (وزير، رئيس …), from the same offices titles are read with. */
export function officeHeadsOf(ctx: DocContext, id: string): Set<string> {
  let heads = headsCache.get(ctx);
  if (!heads) {
    heads = new Map();
    for (const o of officesOf(ctx, eventLexicon().officeTitles)) {
      let set = heads.get(o.entity);
      if (!set) heads.set(o.entity, (set = new Set()));
      set.add(o.head);
    }
    headsCache.set(ctx, heads);
  }
  return heads.get(id) ?? EMPTY;
}

const EMPTY = new Set<string>();

/** Token index → entity id, for each title phrase of the document that names a person. */
export function titleReferences(ctx: DocContext): Map<number, string> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = new Map<number, string>();
  const lex = eventLexicon().officeTitles;
  const offices = officesOf(ctx, lex);
  if (offices.length || ctx.mentions.some((m) => m.entity.type === "PER")) {
    const tokens = ctx.doc.tokens;
    let roleSpans: { start: number; end: number; owner: string }[] | null = null;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      if (ctx.mentionAt[t] || tok.kind !== "arabic") continue;
      let head = tokenHead(tok, lex);
      if (!head) continue;
      // رئيس الدبلوماسية الجزائرية: a figure for another office (وزير الخارجية).
      const after = tokens[t + 1];
      if (lex.epithets.size && after && after.sentence === tok.sentence) head = lex.epithets.get(`${head} ${after.bare}`) ?? head;
      // نائب رئيس الوزراء، ولي العهد: part of a longer title, which is read from its own head.
      const prev = tokens[t - 1];
      if (prev && prev.sentence === tok.sentence && prev.kind === "arabic" && tokenHead(prev, lex) && lex.deputyHeads.has(tokenHead(prev, lex)!)) continue;
      // المبعوث الخاص للرئيس الروسي، مستشار الرئيس، ممثل الملك: the office another title serves, not a person present.
      if (complementOfTitle(tokens, t, lex)) continue;
      // أحمد عبدالله الصباح رئيس مجلس الوزراء: a title right after a name is in apposition to it.
      const before = nameBefore(tokens, t);
      // استقبل الرئيس التركي أردوغان الوزير الأوزبكي: a title of another country is the object, not an apposition.
      if (!conjoined(tok, lex) && before >= 0 && tokens[before].sentence === tok.sentence && ctx.mentionAt[before]?.entity.type === "PER" && !otherCountry(tokens[t + 1], ctx.mentionAt[before]!.entity)) continue;
      // أيمن الصفدي، نائب رئيس الوزراء ووزير الخارجية، X، رئيس أمناء مجلس الوزراء وزير الشؤون الخارجية:
      // a second title, joined by و or stacked, on an apposition is the same person's.
      if (stackedOnApposition(ctx, tokens, t, lex)) continue;
      // ترأس الوزير الأول، السيد نذير العرباوي: a title set before its name by a comma is that name's.
      if (namedAfterComma(ctx, tokens, t)) continue;
      const headed = officesHeaded(offices, head);
      const id = resolveAt(ctx, t, head, headed, lex) ?? namedLater(ctx, t, head, headed, lex);
      if (!id) continue;
      // A role written with a name (الوزير أسعد الشيباني، سلمان بن حمد ولي العهد) is that mention's;
      // one opening with another person's office (استقبل رئيس الجمهورية المنسقة الخاصة X) names them.
      roleSpans ??= roleSpansOf(ctx.entities);
      const role = roleSpanAt(roleSpans, tok.start);
      // (not when the role states another country than his: وزيرة الخارجية في حكومة الوحدة الوطنية الليبية X)
      if (role && (role.owner === id || !opensRole(tokens, tokenIndexAt(tokens, role.start), t, lex) || statesOtherCountry(ctx, role, id))) continue;
      out.set(t, id);
    }
  }
  cache.set(ctx, out);
  return out;
}

/**
 * The token of the name right after the comma at `comma`, a title of address at most between
 * (، السيد X), not joined by و; -1 when no person is named there.
 */
export function nameAfterCommaAt(ctx: DocContext, tokens: Token[], comma: number): number {
  let j = comma + 1;
  if (tokens[j] && !tokens[j].pre.startsWith("و") && eventLexicon().addressTitle.test(tokens[j].core) && !ctx.mentionAt[j]) j++;
  const m = ctx.mentionAt[j];
  return m && m.tokenStart === j && m.entity.type === "PER" && !tokens[j].pre.startsWith("و") ? j : -1;
}

/**
 * The title headed at `t` runs (definite words, at most eight) to a comma followed by a name, a title of
 * address at most between (رئيس الجمهورية، السيد عبد المجيد تبون؛ الوزير الأول، السيد X): the official
 * style of some agencies, the title in apposition before the name.
 */
function namedAfterComma(ctx: DocContext, tokens: Token[], t: number): boolean {
  let k = t + 1;
  const limit = Math.min(tokens.length, t + 12);
  while (k < limit && tokens[k].sentence === tokens[t].sentence && tokens[k].kind === "arabic") {
    const m = ctx.mentionAt[k];
    // المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا، X؛ السفير لدى اليابان، X: where the envoy is sent.
    if (!m && DESTINATION.test(tokens[k].norm) && placeAt(ctx, k + 1)) k = ctx.mentionAt[k + 1]!.tokenEnd;
    else if (!m && tokens[k].core.startsWith("ال")) k++;
    else if (m && placeAt(ctx, k) && tokens[k].pre.startsWith("و") && isPlace(ctx.mentionAt[k - 1])) k = m.tokenEnd;
    else break;
  }
  if (tokens[k]?.text !== "،" && tokens[k]?.text !== ",") return false;
  return nameAfterCommaAt(ctx, tokens, k) >= 0;
}

/** إلى، لدى (folded): the place an envoy or ambassador is sent to, inside his title. */
const DESTINATION = /^(?:الي|لدي)$/u;

/** A place (state, city, region) is named from token k on. */
function placeAt(ctx: DocContext, k: number): boolean {
  const m = ctx.mentionAt[k];
  return !!m && m.tokenStart === k && isPlace(m);
}

const isPlace = (m: MentionRef | undefined) => !!m && (m.entity.type === "GPE" || m.entity.type === "LOC");

/** How many sentences after a title phrase the person it describes may be named first. */
const NAMED_LATER_SENTENCES = 1;

/**
 * "أنهى وزير الدفاع الأمريكي زيارة إلى تل أبيب، حيث بحث لويد أوستن …"، "يزور رئيس الوزراء الهندي
 * الإمارات. وقال ناريندرا مودي …": a title stating a country that no office of the article fits names the
 * first person of that country named after it (in its sentence or the next) who holds no office of another
 * head, or the first person named after it when of no known country and no office. Any office of this head and country (an ambiguous one) leaves it unresolved.
 */
function namedLater(ctx: DocContext, t: number, head: string, headed: Office[], lex: OfficeTitleWords): string | null {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[t].sentence;
  let k = t + 1;
  let country: string | null = null;
  // the title's words (الخارجية، الوزراء، مجلس الوزراء) up to the country stated: an adjective or a state
  for (; k < Math.min(tokens.length, t + 6) && tokens[k].sentence === sentence && tokens[k].kind === "arabic"; k++) {
    const m = ctx.mentionAt[k];
    if (m) {
      if (m.entity.type === "GPE") country = entityCountry(m.entity);
      break;
    }
    if ((country = nationality(tokens[k]))) break;
    if (!tokens[k].core.startsWith("ال") && !lex.skip.has(tokens[k].bare) && !headOf(tokens[k], lex)) break;
  }
  if (!country || headed.some((o) => o.country === country)) return null;
  // وزير الخارجية العماني [السيد] بدر البوسعيدي: the name written with its title is the mention itself.
  let n = ctx.mentionAt[k]?.entity.type === "GPE" ? ctx.mentionAt[k]!.tokenEnd : k + 1;
  while (n < Math.min(tokens.length, k + 4) && !ctx.mentionAt[n] && tokens[n].kind === "arabic" && (lex.honorifics.has(tokens[n].core) || lex.honorifics.has(tokens[n].bare) || headOf(tokens[n], lex))) n++;
  if (ctx.mentionAt[n]?.entity.type === "PER" && tokens[n].sentence === sentence) return null;
  let first = true;
  for (const m of ctx.mentions) {
    if (m.tokenStart <= k || m.entity.type !== "PER") continue;
    if (tokens[m.tokenStart].sentence > sentence + NAMED_LATER_SENTENCES) break;
    const heads = officeHeadsOf(ctx, m.entity.id);
    const of = entityCountry(m.entity);
    // (a person of no known country and no office: only when named first, nobody between)
    if ((of === country || (of === null && first && !heads.size)) && (!heads.size || heads.has(head))) return m.entity.id;
    first = false;
  }
  return null;
}

/**
 * Where the name a title at `t` stands after would end: the word before it, past a comma and past a
 * family name the entity stage left out of the mention (محمد بن سلمان بن عبدالعزيز [آل سعود] ولي العهد).
 */
function nameBefore(tokens: Token[], t: number): number {
  let b = tokens[t - 1]?.text === "،" || tokens[t - 1]?.text === "," ? t - 2 : t - 1;
  if (b >= 1 && tokens[b - 1].norm === "ال" && tokens[b - 1].sentence === tokens[t].sentence) b -= 2;
  return b;
}

// Helpers, not closures over the token loop's variables: V8 would allocate their context for every token.

/** A title head within four words before `t` (no punctuation between) that stands in apposition right after a person's name. */
function stackedOnApposition(ctx: DocContext, tokens: Token[], t: number, lex: OfficeTitleWords): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 5); k--) {
    const w = tokens[k];
    if (w.sentence !== tokens[t].sentence || w.kind !== "arabic" || ctx.mentionAt[k]) return false;
    if (!tokenHead(w, lex)) continue;
    const before = nameBefore(tokens, k);
    if (before >= 0 && tokens[before].sentence === w.sentence && ctx.mentionAt[before]?.entity.type === "PER") return true;
  }
  return false;
}

/** The word after a title states a country that is not the person's (الوزير الأوزبكي after أردوغان). */
function otherCountry(next: Token | undefined, person: Entity): boolean {
  const stated = next && next.kind === "arabic" ? nationality(next) : null;
  const own = stated ? entityCountry(person) : null;
  return stated !== null && own !== null && stated !== own;
}

/**
 * The title at `t` completes an earlier one: in construct right after an indefinite head
 * (مستشار الرئيس، مبعوث الملك) or introduced by ل after a head and its adjectives (المبعوث
 * الخاص للرئيس الروسي، الممثل الشخصي لأمير البلاد).
 */
function complementOfTitle(tokens: Token[], t: number, lex: OfficeTitleWords): boolean {
  const tok = tokens[t];
  const prev = tokens[t - 1];
  if (!prev || prev.sentence !== tok.sentence || prev.kind !== "arabic") return false;
  if (tok.pre === "" && !prev.core.startsWith("ال") && tokenHead(prev, lex) && tok.core.startsWith("ال")) return true;
  if (!tok.pre.endsWith("ل")) return false;
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const w = tokens[k];
    if (w.sentence !== tok.sentence || w.kind !== "arabic") return false;
    if (tokenHead(w, lex)) return true;
    if (!w.core.startsWith("ال") || w.pre !== "") return false;
  }
  return false;
}

function officesHeaded(offices: Office[], head: string): Office[] {
  const out: Office[] = [];
  for (const o of offices) if (o.head === head) out.push(o);
  return out;
}

function roleSpanAt<R extends { start: number; end: number }>(spans: R[], offset: number): R | undefined {
  for (const r of spans) if (offset >= r.start && offset < r.end) return r;
  return undefined;
}

/** The roles written with mentions, in entity and mention order, with whose they are. */
function roleSpansOf(entities: Entity[]): { start: number; end: number; owner: string }[] {
  const out: { start: number; end: number; owner: string }[] = [];
  for (const e of entities) for (const m of e.mentions) if (m.role) out.push({ start: m.role.start, end: m.role.end, owner: e.id });
  return out;
}

/** A nationality adjective in the role span names a country other than the person's (both known). */
function statesOtherCountry(ctx: DocContext, role: { start: number; end: number }, id: string): boolean {
  const person = ctx.byId.get(id);
  const own = person ? entityCountry(person) : null;
  if (!own) return false;
  const tokens = ctx.doc.tokens;
  for (let k = tokenIndexAt(tokens, role.start); k < tokens.length && tokens[k].start < role.end; k++) {
    const c = tokens[k].kind === "arabic" ? nationality(tokens[k]) : null;
    if (c && c !== own) return true;
  }
  return false;
}

/** The title at `t` opens the role span starting at `start`: only honorifics before it (جلالة الملك …). */
function opensRole(tokens: Token[], start: number, t: number, lex: OfficeTitleWords): boolean {
  for (let k = start; k < t; k++) if (!lex.honorifics.has(tokens[k].core) && !lex.honorifics.has(tokens[k].bare)) return false;
  return true;
}

/** The person the title phrase headed at token `t` names, or null. */
function resolveAt(ctx: DocContext, t: number, head: string, offices: Office[], lex: OfficeTitleWords): string | null {
  if (!offices.length) return null;
  const tokens = ctx.doc.tokens;
  const definite = tokens[t].core.startsWith("ال");
  const fits: { office: Office; consumed: number }[] = [];
  let country: string | null = null;
  let end = t + 1;
  for (const office of offices) {
    const m = matchAfter(ctx, t + 1, office, lex);
    // وزير الخارجية، ملك البحرين: a title without the article is in construct with what follows.
    if (!definite && m.consumed === 0 && !m.country) continue;
    fits.push({ office, consumed: m.consumed });
    if (m.country) country = m.country;
    end = Math.max(end, m.end);
  }
  // الرئيس إيمانويل ماكرون، رئيس الوزراء الدكتور X، وزير الخارجية وشؤون المغتربين الأردني X:
  // the name after the rest of the title is the mention itself.
  let stacked = false;
  for (let k = end; k < Math.min(tokens.length, end + 5) && tokens[k].sentence === tokens[t].sentence; k++) {
    const m = ctx.mentionAt[k];
    if (m && m.entity.type === "PER") {
      // After another title the name is that title's (استقبل رئيس الحكومة الوزير فيصل المقداد),
      // unless it holds this office too (نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي).
      if (!stacked || heldBy(fits, m.entity.id)) return null;
      break;
    }
    if (tokens[k].kind !== "arabic" || m || !(k === end || tokens[k].core.startsWith("ال") || headOf(tokens[k], lex) || lex.skip.has(tokens[k].bare))) break;
    // Another title (استقبل رئيس الحكومة الوزير السوري) is another person's: its country is not this one's.
    if (headOf(tokens[k], lex)) stacked = true;
    if (!country && !stacked && k > end) country = nationality(tokens[k]);
  }
  // العاهل السعودي الراحل، الرئيس الراحل: the late holder the article names as dead, never the living one.
  if (lateHolder(tokens, t + 1, end + 1)) {
    // (a country the entity has must be the title's; of several, the one the article names first)
    const gone = [...deadPersons(ctx)]
      .map((id) => ctx.byId.get(id)!)
      .filter((e) => !country || !entityCountry(e) || entityCountry(e) === country)
      .sort((a, b) => Number(entityCountry(b) === country) - Number(entityCountry(a) === country) || a.mentions[0].start - b.mentions[0].start);
    return gone.length && gone[0].mentions[0].start < tokens[t].start ? gone[0].id : null;
  }
  let chosen = fits;
  if (definite && fits.every((f) => f.consumed === 0)) {
    // الرئيس alone is a president, الوزير alone any minister.
    const bare = fits.filter((f) => f.office.complements.size === 0);
    chosen = bare.length || lex.needComplement.has(head) ? bare : fits;
  } else {
    const most = Math.max(0, ...fits.map((f) => f.consumed));
    chosen = fits.filter((f) => f.consumed === most);
  }
  if (country) chosen = chosen.filter((f) => f.office.country === country);
  let people = [...new Set(chosen.map((f) => f.office.entity))];
  if (people.length > 1 && !country) {
    // رئيس الجمهورية، وزير الخارجية with no country: the outlet's own (a foreign one gets an adjective).
    const home = homeCountry(ctx);
    const local = [...new Set(chosen.filter((f) => home && f.office.country === home).map((f) => f.office.entity))];
    if (local.length === 1) people = local;
  }
  if (people.length > 1 && definite) {
    // وكان الوزير الفرنسي قد عقد …: a definite title points back to the one of them named before it (those named later are others).
    const start = tokens[t].start;
    const named = people.filter((id) => ctx.byId.get(id)?.mentions.some((m) => m.start < start));
    if (named.length === 1) people = named;
  }
  if (people.length > 1) {
    // جلالة السلطان when the late sultan is named too (في وفاة المغفور له السلطان X): the living holder.
    const dead = deadPersons(ctx);
    const living = people.filter((id) => !dead.has(id));
    if (living.length === 1) people = living;
  }
  return people.length === 1 ? people[0] : null;
}

/** A word of the dead (الراحل، الفقيد) with the article, in the title's tokens [from, to): the title is the late holder's. */
function lateHolder(tokens: Token[], from: number, to: number): boolean {
  const words = eventLexicon().participants;
  for (let k = from; k < Math.min(tokens.length, to); k++) {
    if (STOP.has(tokens[k].text)) return false;
    if (tokens[k].core.startsWith("ال") && words.deceased.test(tokens[k].norm)) return true;
  }
  return false;
}

/** Punctuation that ends a name's surroundings (participants.ts's PUNCT_STOP). */
const STOP = new Set(["،", ",", ".", "؛", ";", ":", "!", "?", "؟"]);

/**
 * The person of mention `m` is written as dead: a word of the dead before the name, honorifics
 * between (المغفور له بإذن الله تعالى الشيخ X، الرئيس الراحل X), or طيب الله ثراه / رحمه الله after it.
 */
export function writtenDead(ctx: DocContext, m: MentionRef, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  const words = eventLexicon().participants;
  for (let k = m.tokenStart - 1; k >= Math.max(from, m.tokenStart - 7); k--) {
    if (STOP.has(tokens[k].text) || ctx.mentionAt[k]) break;
    if (words.deceased.test(tokens[k].norm)) return true;
  }
  // (the entity stage may have taken رحمه الله into the name: its last two words are read too)
  for (let k = Math.max(m.tokenStart + 2, m.tokenEnd - 2); k < Math.min(to, m.tokenEnd + 4); k++) {
    if (STOP.has(tokens[k].text)) break;
    if (words.deceasedAfter.test(tokens[k].norm)) return true;
  }
  return false;
}

const deadCache = new ArticleMemo<DocContext, Set<string>>();

/** The persons of the article written as dead at one of their mentions (المغفور له السلطان X). */
function deadPersons(ctx: DocContext): Set<string> {
  let dead = deadCache.get(ctx);
  if (!dead) {
    dead = new Set();
    for (const m of ctx.mentions) {
      if (m.entity.type !== "PER" || dead.has(m.entity.id)) continue;
      const s = ctx.doc.sentences[ctx.doc.tokens[m.tokenStart].sentence];
      if (writtenDead(ctx, m, s.tokenStart, s.tokenEnd)) dead.add(m.entity.id);
    }
    deadCache.set(ctx, dead);
  }
  return dead;
}

function heldBy(fits: { office: Office }[], id: string): boolean {
  for (const f of fits) if (f.office.entity === id) return true;
  return false;
}

/** A news agency's country (it writes its own officials without one), else the dateline place's. */
function homeCountry(ctx: DocContext): string | null {
  const outlet = ctx.doc.article.outlet ? outletByName(ctx.doc.article.outlet, { ambiguous: true }) : null;
  if (outlet?.kind === "agency" && /^[A-Z]{2}$/.test(outlet.country)) return outlet.country;
  const dl = ctx.doc.article.dateline;
  if (!dl) return null;
  const m = ctx.mentions.find((x) => x.start >= dl.start && x.end <= dl.end && (x.entity.type === "GPE" || x.entity.type === "LOC"));
  return m ? entityCountry(m.entity) : null;
}

/**
 * Walks the words after a head: those among the office's complements (or words a title may
 * leave out), then a stated country (الخارجية السوري، وزراء العراق، البحرين).
 */
function matchAfter(ctx: DocContext, from: number, office: Office, lex: OfficeTitleWords): { consumed: number; country: string | null; end: number } {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[from - 1].sentence;
  let consumed = 0;
  let k = from;
  while (k < tokens.length && k < from + 6 && tokens[k].sentence === sentence && tokens[k].kind === "arabic") {
    const m = ctx.mentionAt[k];
    if (m && m.entity.type !== "ORG") break;
    const w = complementOf(tokens[k], lex);
    if (office.complements.has(w)) consumed++;
    else if (lex.stateWords.has(tokens[k].bare) && office.complements.size === 0 && lex.stateHeads.has(office.head)) consumed++;
    else if (!lex.skip.has(tokens[k].bare)) break;
    k++;
  }
  const country = statedCountry(ctx, tokens, k);
  const end = country ? (ctx.mentionAt[k]?.tokenEnd ?? k + 1) : k;
  return { consumed, country, end };
}

/** ملك البحرين، الرئيس المصري: the country written right after the title, if any. */
function statedCountry(ctx: DocContext, tokens: Token[], at: number): string | null {
  const tok = tokens[at];
  if (!tok || tok.sentence !== tokens[at - 1]?.sentence) return null;
  const m = ctx.mentionAt[at];
  if (m && m.entity.type === "GPE") return entityCountry(m.entity);
  return tok.kind === "arabic" ? nationality(tok) : null;
}

/** وزراء، رؤساء، سفراء (folded, the article and a clitic allowed): the plural of an office head, as that head. */
const PLURAL_HEAD: Record<string, string> = { وزراء: "وزير", رؤساء: "رئيس", سفراء: "سفير" };
const PLURAL_HEAD_FOLDED = new Map(Object.entries(PLURAL_HEAD).map(([k, v]) => [normalize(k), v]));

/**
 * "أعلن وزراء خارجية روسيا وإيران وتركيا"، "رؤساء حكومات مصر والأردن": a plural title naming the states of
 * its holders, each state the one holder of that office of the article. The holders (one per state, two states
 * at least, every state resolved) and the token after the list; null otherwise.
 */
export function pluralTitleHolders(ctx: DocContext, t: number): { ids: string[]; end: number } | null {
  const tokens = ctx.doc.tokens;
  const tok = tokens[t];
  const head = PLURAL_HEAD_FOLDED.get(tok.bare) ?? PLURAL_HEAD_FOLDED.get(tok.core.replace(/^ال/u, ""));
  if (!head) return null;
  const lex = eventLexicon().officeTitles;
  const complements: string[] = [];
  let k = t + 1;
  for (; k < Math.min(tokens.length, t + 4) && tokens[k].sentence === tok.sentence && tokens[k].kind === "arabic" && !ctx.mentionAt[k]; k++) {
    const w = tokens[k];
    if (lex.skip.has(w.bare)) continue;
    // خارجية، دفاع، حكومات (the plural of حكومة is the prime ministers')
    complements.push(complementOf({ ...w, bare: w.bare.replace(/ات$/u, "ه") }, lex));
  }
  const countries: string[] = [];
  for (;;) {
    const m = ctx.mentionAt[k];
    if (!m || m.tokenStart !== k || m.entity.type !== "GPE" || tokens[k].sentence !== tok.sentence) break;
    const c = entityCountry(m.entity);
    if (!c || (countries.length && !tokens[k].pre.startsWith("و"))) break;
    countries.push(c);
    k = m.tokenEnd;
  }
  if (countries.length < 2) return null;
  const offices = officesHeaded(officesOf(ctx, lex), head);
  const ids: string[] = [];
  for (const c of countries) {
    const holders = new Set(offices.filter((o) => o.country === c && complements.every((w) => o.complements.has(w))).map((o) => o.entity));
    if (holders.size !== 1) return null;
    ids.push([...holders][0]);
  }
  return { ids, end: k };
}
