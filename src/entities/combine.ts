// Combines the three kinds of evidence into one set of mentions. Precedence: gazetteer
// (high precision) over patterns over the tagger; nested organisations are kept (each is
// a name of its own), crossing spans are not. Nationality adjectives are never mentions.
import { isAreaHead } from "./places.js";
import type { Doc } from "../types.js";
import { normalize } from "../text/normalize.js";
import type { Lexicon, TrieNode } from "./lexicon.js";
import { phraseTokens } from "./lexicon.js";
import { tokenReadings } from "./readings.js";
import { taggedCity } from "./tagged-cities.js";
import type { RolePhrase } from "./patterns/titles.js";
import type { Candidate, GazEntry } from "./types.js";
import { inflectedOrdinary, ordinaryWithAffixes } from "./ordinary.js";
import type { Token } from "../types.js";
import { makeCandidate } from "./candidate.js";
import { mentionStart } from "./span.js";

const contains = (a: Candidate, b: Candidate) => a.tokStart <= b.tokStart && b.tokEnd <= a.tokEnd;

/** The gazetteer entry whose name is exactly `name`, if any (a nested name the scan did not reach). */
export function lookupName(lex: Lexicon, name: string): GazEntry | null {
  let node: TrieNode | undefined = lex.trie;
  for (const t of phraseTokens(name)) {
    node = node?.next.get(t);
    if (!node) return null;
  }
  return node?.entry ?? null;
}

export interface Evidence {
  phrases: Candidate[];
  people: Candidate[];
  orgs: Candidate[];
  patternPeople: Candidate[];
  /** Named things from head patterns (treaties, initiatives, wars). */
  things: Candidate[];
  model: Candidate[];
  roles: RolePhrase[];
}

/** Kept candidates indexed by the tokens they cover, so overlap checks stay linear on long documents. */
class Coverage {
  private readonly at: (Candidate[] | undefined)[];
  private readonly removed = new Set<Candidate>();
  readonly all: Candidate[] = [];
  constructor(n: number) {
    this.at = new Array(n);
  }
  add(c: Candidate): void {
    this.all.push(c);
    for (let k = c.tokStart; k < c.tokEnd; k++) (this.at[k] ??= []).push(c);
  }
  remove(c: Candidate): void {
    this.removed.add(c);
  }
  /** Kept candidates sharing a token with `c`. */
  overlapping(c: { tokStart: number; tokEnd: number }): Candidate[] {
    const out: Candidate[] = [];
    for (let k = c.tokStart; k < c.tokEnd; k++) {
      for (const x of this.at[k] ?? []) if (!this.removed.has(x) && !out.includes(x)) out.push(x);
    }
    return out;
  }
  kept(): Candidate[] {
    return this.all.filter((c) => !this.removed.has(c));
  }
}

export function combine(doc: Doc, lex: Lexicon, ev: Evidence): Candidate[] {
  const n = doc.tokens.length;
  // 1. Gazetteer: people win crossings with phrases unless the phrase is longer.
  const personAt: (Candidate | undefined)[] = new Array(n);
  for (const q of ev.people) for (let k = q.tokStart; k < q.tokEnd; k++) personAt[k] ??= q;
  const dropped = new Set<Candidate>();
  const gaz: Candidate[] = [];
  for (const p of ev.phrases) {
    let clash: Candidate | undefined;
    for (let k = p.tokStart; k < p.tokEnd && !clash; k++) clash = personAt[k];
    if (!clash) gaz.push(p);
    else if (p.tokEnd - p.tokStart > clash.tokEnd - clash.tokStart && p.type !== "ADJ") {
      dropped.add(clash);
      gaz.push(p);
    }
  }
  const cov = new Coverage(n);
  const adjTok = new Uint8Array(n);
  for (const c of [...ev.people.filter((q) => !dropped.has(q)), ...gaz]) {
    if (c.type === "ADJ") for (let k = c.tokStart; k < c.tokEnd; k++) adjTok[k] = 1;
    else cov.add(c);
  }
  const same = (k: Candidate, o: Candidate) => k.tokStart === o.tokStart && k.tokEnd === o.tokEnd;

  // 2. Pattern organisations: a known name keeps its gazetteer identity; an extension of a known
  //    organisation into a national body (مجلس الأمن الروسي) replaces it.
  for (const o of ev.orgs) {
    const entry = lookupName(lex, o.name);
    if (entry && entry.kind !== "ORG") continue; // الاتحاد الروسي is a state
    const near = cov.overlapping(o);
    if (near.some((k) => same(k, o))) continue;
    if (entry) {
      o.entry = entry;
      o.source = "gazetteer";
      o.confidence = 0.95;
      o.country = entry.country ?? o.country;
    }
    if (near.some((k) => k.type === "PER" && !(o.namedAfter && contains(o, k)))) continue;
    if (near.some((k) => !contains(k, o) && !contains(o, k))) continue;
    // A known name from the same head on is the whole name; a shorter reading of it (مكتب الأمم المتحدة
    // [لتنسيق الشؤون الإنسانية]) names nothing of its own.
    if (near.some((k) => k.type === "ORG" && k.tokStart === o.tokStart && k.tokEnd > o.tokEnd)) continue;
    if (o.extendsGazetteer) {
      const inner = near.find((k) => k.type === "ORG" && k.tokStart === o.tokStart && k.tokEnd < o.tokEnd);
      if (inner) {
        if (!o.country || o.country === inner.country) continue;
        cov.remove(inner);
      }
    }
    // Inside a known non-organisation name (a treaty, a war) an organisation head is part of that name.
    if (near.some((k) => k.type !== "ORG" && k.type !== "GPE" && contains(k, o) && !same(k, o))) continue;
    // The person an institution is named after is part of its name, no mention of the person.
    if (o.namedAfter) for (const k of near) if (k.type === "PER") cov.remove(k);
    cov.add(o);
  }

  // Named things: where no known name or organisation crosses them (a known organisation inside is fine).
  for (const m of ev.things) {
    const near = cov.overlapping(m);
    if (near.some((k) => k.tokStart === m.tokStart)) continue; // a known name there already (الحرب الباردة [الجديدة])
    if (near.some((k) => !contains(m, k))) continue;
    cov.add(m);
  }

  // 3. Unknown names after titles, where nothing else claims the words.
  //    A one-word name needs the tagger's agreement (a verb or a noun can follow a title too).
  const modelPer = new Uint8Array(n);
  for (const m of ev.model) if (m.type === "PER") for (let k = m.tokStart; k < m.tokEnd; k++) modelPer[k] = 1;
  // Words of the multi-word people found: one of them alone after a title (الرئيسة سامية after سامية صولوحو حسن) is
  // that person. Built only when such a one-word name is there to be checked.
  let fullNameWords: Set<string> | null = null;
  const fullNameWord = (w: string): boolean => {
    if (!fullNameWords) {
      fullNameWords = new Set<string>();
      for (const k of cov.kept().concat(ev.patternPeople)) {
        if (k.type !== "PER" || k.tokEnd - k.tokStart < 2) continue;
        for (const x of normalize(k.name).split(" ")) if (x.length >= 3) fullNameWords.add(x);
      }
    }
    return fullNameWords.has(w);
  };
  for (const p of ev.patternPeople) {
    const over = cov.overlapping(p);
    // A place name inside a person's name after a title (وزير الخارجية الأرجنتيني سانتياغو كافييرو) is a name word.
    if (over.length === 1 && p.tokEnd - p.tokStart >= 2 && isOnePlaceInside(over[0], p)) cov.remove(over[0]);
    else if (over.length) continue;
    if (p.tokEnd - p.tokStart === 1 && !modelPer[p.tokStart] && !fullNameWord(normalize(p.name))) continue;
    cov.add(p);
  }

  // 4. The tagger, for names no gazetteer or pattern has. Not over adjectives or role words.
  const roleTok = new Uint8Array(n);
  for (const r of ev.roles) for (let k = r.tokStart; k < r.tokEnd; k++) roleTok[k] = 1;
  // Words of the people already found: a tagger span over one of them (بوتين لشي، فيدان read as ف+يدان)
  // is a short name the resolution step ties to its person.
  const personWords = new Set<string>();
  // Surnames of the people found: a tagger's place or organisation over one alone (وكافييرو in a headline) is the person.
  const surnames = new Set<string>();
  for (const k of cov.kept()) {
    if (k.type !== "PER") continue;
    const words = normalize(k.name).split(" ");
    for (const w of words) if (w.length >= 2) personWords.add(w);
    if (words.length >= 2 && words[words.length - 1].length >= 4) surnames.add(words[words.length - 1]);
  }
  const readings = tokenReadings(doc);
  // Places the article names, folded: a tagger's one-word span that is one of them behind a clitic (بجدة) is that place.
  const places = new Map<string, Candidate>();
  for (const k of cov.kept()) if ((k.type === "GPE" || k.type === "LOC") && !k.entry) places.set(normalize(k.name), k);
  for (const raw of ev.model) {
    if (raw.type === "MISC") continue;
    const trimmed = trimVerbs(doc, lex, abbreviation(doc, raw) ?? raw, raw.type === "PER");
    if (!trimmed) continue;
    const m = placeBehindClitic(doc, readings, places, firstNameBeforeTitle(doc, lex, readings, wholeFirstWord(doc, lex, trimmed)));
    let blocked = false;
    // A short name of a known person not in the article blocks a one-word span only: a longer one
    // (ماو تسي تونغ beside Mao Ning's ماو) is another person's full name.
    const single = m.tokEnd - m.tokStart === 1;
    for (let k = m.tokStart; k < m.tokEnd && !blocked; k++) {
      // In a longer span only a known person's surname blocks: a given name many share (محمد، عبد) begins other people's full names (محمد عبدالسلام beside رشاد محمد العليمي).
      blocked = adjTok[k] === 1 || roleTok[k] === 1 || (m.type === "PER" && readings[k].some((r) => (single ? personWords : surnames).has(r.core) || (single && lex.shortNames.has(r.core))));
      if (!blocked && single && m.type !== "PER") blocked = readings[k].some((r) => surnames.has(r.core));
    }
    if (blocked || cov.overlapping(m).length) continue;
    const words = doc.tokens.slice(m.tokStart, m.tokEnd);
    if (words.every((t) => lex.stopwords.has(t.core) || lex.common.has(t.norm) || lex.collisions.has(t.core) || t.kind === "punct")) continue;
    if (words.some((t) => lex.titleHeads.has(t.core.replace(/^ال/, "")))) continue;
    // A preposition with its pronoun (يطيب لي، أعرب له، نقل إليه) is no name word; لي first is the surname Li.
    if (m.type === "PER" && words.some((t, k) => PREPOSITION_PRONOUN.test(t.norm) && (k > 0 || t.norm !== "لي"))) continue;
    const content = words.filter((t) => t.kind !== "punct");
    // A span opening with a common word inflected as a verb or a plural (فقدتا برحيل، يوقعان، تطورات ملف) is a clause's words, no name.
    if (content.length && content[0].kind === "arabic" && inflectedOrdinary(lex, content[0].norm)) continue;
    if (content.length === 1 && (lex.orgHeads.has(content[0].core.replace(/^ال/, "")) || lex.common.has(content[0].core))) continue; // منظمة، الجزيرة alone
    if (content.length === 2 && kindOfBody(lex, content[0], content[1])) continue; // منظمة دولية، هيئة حكومية
    // An ordinary word behind a clitic or before a pronoun (أمنه، بانتخابه، ببرقية) is not a name.
    if (content.length === 1 && (isOrdinary(lex, content[0], readings[content[0].i]) || dualOfWord(lex, content[0]))) continue;
    // A dual or plural noun with its agreeing adjective (صديقان حميمان وشريكان جيدان، مراقبون دوليون): no name.
    if (content.length >= 2 && content.some((t) => dualOfWord(lex, t)) && content.every((t) => dualOfWord(lex, t, 3) || lex.common.has(t.core))) continue;
    if (content.length === 1 && dualBeforeItsPronoun(doc, lex, content[0])) continue;
    if (content.length === 1 && (m.type === "LOC" || m.type === "GPE") && adjectiveAfterNoun(doc, lex, content[0])) continue;
    // The definite form of a listed word (البرقية، الرسالة) or a definite relative adjective after a definite
    // common noun (الوصاية الهاشمية): the noun phrase of the clause, no place.
    if (content.length === 1 && m.type !== "PER" && definiteWord(doc, lex, content[0])) continue;
    // A Latin model designation joined to its number (VVER-1200، AP-1000): a product, no name.
    if (content.length === 1 && productCode(doc, content[0])) continue;
    // A name that is also a word, in construct with a noun (وحسن النية، علاقات حسن الجوار), is a phrase.
    if (m.type === "PER" && content.length >= 2 && lex.collisionPhrases.has(`${content[0].core} ${content[1].norm}`)) continue;
    // A person's span that begins with ك + a common word (كشريك متساو، كممثل) is a comparison, not a name.
    if (m.type === "PER" && content.length && likeWord(lex, content[0], readings[content[0].i])) continue;
    if (normalize(m.name).length < 2) continue;
    // A city the gazetteer leaves out as an ambiguous word (جدة، صور): found as a place, it is that city.
    const city = content.length === 1 && (m.type === "LOC" || m.type === "GPE") && !m.entry ? taggedCity(content[0].core) : undefined;
    cov.add(city ? makeCandidate({ ...m, type: "GPE", entry: city, country: city.country }) : m);
  }
  return cov.kept().sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * An indefinite organisation head and an indefinite relative adjective (دولة ومنظمة دولية، هيئة حكومية،
 * شركة صينية): a kind of body, no name; a name takes its complement in construct or with the article.
 */
function kindOfBody(lex: Lexicon, head: Token, adj: Token): boolean {
  if (head.kind !== "arabic" || adj.kind !== "arabic" || adj.pre || head.core.startsWith("ال") || adj.core.startsWith("ال")) return false;
  return lex.orgHeads.has(head.core) && /(ي|يه)$/.test(adj.norm) && adj.norm.length >= 4 && !lex.nameWords.has(adj.norm);
}

/**
 * The dual or sound plural of a common word of four letters or more (شريكان، شريكين، مراقبون), read
 * behind its clitic (وشريكان): no name. Shorter stems are left alone, as many names end so (سلمان،
 * عدنان، لبنان), but beside a longer one (شريكان جيدان).
 */
function dualOfWord(lex: Lexicon, t: Token, stem = 4): boolean {
  if (t.kind !== "arabic" || lex.nameWords.has(t.norm) || lex.common.has(t.norm) || lex.nameWords.has(t.core)) return false;
  const m = (stem === 4 ? DUAL4 : DUAL3).exec(t.core);
  return !!m && (lex.common.has(m[1]) || m[2].startsWith("ت") && lex.common.has(`${m[1]}ه`));
}
// The feminine dual (شريكتان، جيدتين) is the noun's ة written ت.
const DUAL4 = /^(.{4,}?)(تان|تين|ان|ين|ون)$/;
const DUAL3 = /^(.{3,}?)(تان|تين|ان|ين|ون)$/;

/**
 * A word in the dual's shape (…ان، …تان) that the next word takes up with the dual pronoun هما (البلدان
 * جاران تربطهما علاقات، حليفان يجمعهما …): a dual noun, the predicate of two, no name; one person's or
 * place's name is not referred to as two. Stems of three letters too, as no word list is needed.
 */
function dualBeforeItsPronoun(doc: Doc, lex: Lexicon, t: Token): boolean {
  if (t.kind !== "arabic" || lex.nameWords.has(t.norm) || !/^.{3,}(ان|تان)$/.test(t.core)) return false;
  const next = doc.tokens[t.i + 1];
  return !!next && next.kind === "arabic" && next.sentence === t.sentence && next.norm.length >= 5 && next.norm.endsWith("هما");
}

/** A one-word known place inside a pattern person's name (سانتياغو كافييرو، أندريس فالنسيا): the patterns let one in only as a name word. */
function isOnePlaceInside(k: Candidate, p: Candidate): boolean {
  return (k.type === "GPE" || k.type === "LOC") && k.source === "gazetteer" && k.tokEnd === k.tokStart + 1 && p.tokStart <= k.tokStart && k.tokEnd <= p.tokEnd;
}

/** ك + a common word of four letters or more (كشريك = as a partner), the whole no word or name of its own (كوفي، كمال، كامل stay names). */
function likeWord(lex: Lexicon, t: Token, r: ReturnType<typeof tokenReadings>[number]): boolean {
  if (t.kind !== "arabic" || lex.common.has(t.norm) || lex.nameWords.has(t.norm)) return false;
  return r.some((x) => x.pre === "ك" && !x.restored && x.core.length >= 4 && lex.common.has(x.core));
}

function isOrdinary(lex: Lexicon, t: Token, r: ReturnType<typeof tokenReadings>[number]): boolean {
  return t.kind === "arabic" && !lex.nameWords.has(t.norm) && ordinaryWithAffixes(lex, t, r);
}

/**
 * A tagger's span starts after the first word's conjunction (وبوتين → بوتين); a name that begins with
 * ف or و (فيليب، وليد) keeps it: ف when the rest is no known word, و when the whole is a known name word.
 */
function wholeFirstWord(doc: Doc, lex: Lexicon, m: Candidate): Candidate {
  const t = doc.tokens[m.tokStart];
  if (m.start === t.start || t.kind !== "arabic" || (t.pre !== "ف" && t.pre !== "و")) return m;
  const core = t.core;
  const knownCore = lex.nameWords.has(core) || lex.shortNames.has(core) || lex.trie.next.has(core) || lex.common.has(core) || lex.stopwords.has(core);
  // ف + three letters is mostly ف + a verb (فهدد، فقال); a longer rest is a name's letters (فيليب، فرناندو).
  const keep = t.pre === "ف" ? !knownCore && core.length >= 4 && !lex.common.has(t.norm) : lex.nameWords.has(t.norm) && !knownCore;
  if (!keep) return m;
  return makeCandidate({ ...m, start: t.start, name: doc.article.text.slice(t.start, m.end).replace(/\s+/g, " ").trim() });
}

/** Arabic names of Latin letters, folded, as abbreviations are spelt out (بي كا كا، سي إن إن). */
const LETTERS = new Set(["بي", "تي", "سي", "دي", "اف", "جي", "اتش", "جاي", "كا", "كي", "ام", "ان", "او", "كيو", "ار", "اس", "يو", "في", "دبليو", "اكس", "واي", "زد", "ايه", "اي", "ال"]);
/** Letter names that are also common words (إن، أو، في، أي، ال): inside a run, never at its start. */
const AMBIGUOUS_LETTERS = new Set(["ان", "او", "في", "اي", "ال"]);

/**
 * A tagger's span over part of a spelt-out abbreviation (بي كا | كا) is the whole abbreviation, an
 * organisation: two or more letter names in a row, the first one unambiguous.
 */
function abbreviation(doc: Doc, m: Candidate): Candidate | null {
  const toks = doc.tokens;
  const letter = (k: number) => k >= 0 && k < toks.length && toks[k].kind === "arabic" && toks[k].sentence === toks[m.tokStart].sentence && LETTERS.has(toks[k].norm);
  let a = m.tokStart;
  if (!letter(a)) return null;
  while (letter(a - 1)) a--;
  while (a < m.tokStart && AMBIGUOUS_LETTERS.has(toks[a].norm)) a++;
  let b = m.tokEnd;
  while (letter(b) && !AMBIGUOUS_LETTERS.has(toks[b].norm)) b++; // past the tagger's span only over unambiguous letters
  for (let k = a; k < m.tokEnd; k++) if (!letter(k)) return null;
  if (b - a < 2 || AMBIGUOUS_LETTERS.has(toks[a].norm)) return null;
  const start = toks[a].start;
  const end = toks[b - 1].end;
  return makeCandidate({ ...m, type: "ORG", tokStart: a, tokEnd: b, start, end, name: doc.article.text.slice(start, end).replace(/\s+/g, " ") });
}

/** Folded prepositions with an attached pronoun: لي، له، لها، إليه، عليهم، منه، معه، فيه، به، عنها (not مني = منى). */
const PREPOSITION_PRONOUN = /^(لي|(ل|الي|علي|من|عن|مع|في|ب|لدي)(ه|ها|هما|هم|نا|كم))$/;

const VERB_LIKE = /^[يت].{2,}(ان|ون|ين|ا)$/;

/** A tagger's span without trailing punctuation, and a person's without trailing verbs or ordinary words (عطاف يوقعان → عطاف); null when nothing is left. */
/** An indefinite common word in the accusative (موقفا، دورا، اتفاقا): no part of a name. */
function accusative(lex: Lexicon, t: Token): boolean {
  return t.kind === "arabic" && !t.pre && t.norm.length >= 4 && t.norm.endsWith("ا") && !t.norm.startsWith("ال") && lex.common.has(t.norm);
}

/**
 * An indefinite feminine relative adjective after an indefinite noun (دولة أفريقية، قمة أوروبية): it
 * qualifies the noun, it names no place.
 */
function adjectiveAfterNoun(doc: Doc, lex: Lexicon, t: Token): boolean {
  const prev = doc.tokens[t.i - 1];
  if (t.kind !== "arabic" || t.pre || !/^.{4,}يه$/.test(t.norm) || t.norm.startsWith("ال")) return false;
  if (!prev || prev.kind !== "arabic" || prev.sentence !== t.sentence || prev.core.startsWith("ال") || prev.pre === "ال") return false;
  return !lex.stopwords.has(prev.core) && !lex.stopwords.has(prev.norm) && !VERB_LIKE.test(prev.norm);
}

/**
 * A definite word that is a listed word with the article (البرقية = ال + برقية), or a definite relative
 * adjective (-ية) right after a definite common noun it agrees with (الوصاية الهاشمية).
 */
function definiteWord(doc: Doc, lex: Lexicon, t: Token): boolean {
  if (t.kind !== "arabic" || !t.core.startsWith("ال") || t.core.length < 5) return false;
  const bare = t.core.slice(2);
  if (lex.stopwords.has(bare) || lex.common.has(bare)) return !lex.nameWords.has(t.core);
  const prev = doc.tokens[t.i - 1];
  if (t.pre || !/^ال.{3,}يه$/.test(t.core) || !prev || prev.kind !== "arabic" || prev.sentence !== t.sentence || !prev.core.startsWith("ال")) return false;
  const head = prev.core.slice(2);
  return prev.core.endsWith("ه") && !lex.nameWords.has(prev.core) && !lex.titleHeads.has(head) && !lex.orgHeads.has(head) && !isAreaHead(head) && !isAreaHead(prev.core);
}

/**
 * A tagger's one-word span that is, behind ب/ل/و/ف, a place the article names elsewhere (في مدينة جدة … بجدة):
 * that place, whatever type the tagger gave it, where the whole word is no place's name itself.
 */
function placeBehindClitic(doc: Doc, readings: ReturnType<typeof tokenReadings>, places: ReadonlyMap<string, Candidate>, m: Candidate): Candidate {
  if (m.tokEnd - m.tokStart !== 1 || !places.size) return m;
  const t = doc.tokens[m.tokStart];
  if (t.kind !== "arabic" || places.has(t.norm)) return m;
  const r = readings[t.i].find((x) => x.pre !== "" && /^[وف]?[بل]?$/.test(x.pre) && !x.restored && places.has(x.core));
  if (!r) return m;
  const place = places.get(r.core)!;
  const start = mentionStart(t, r);
  return makeCandidate({ ...m, type: place.type, start, name: doc.article.text.slice(start, t.end) });
}

/**
 * A tagger's one-word person after a word read as و + a first name, with a title right after (ومنصور عزام
 * وزير شؤون الرئاسة): in a list of attendees the first name that is also a word (منصور، جميل) belongs to the name.
 */
function firstNameBeforeTitle(doc: Doc, lex: Lexicon, readings: ReturnType<typeof tokenReadings>, m: Candidate): Candidate {
  if (m.type !== "PER" || m.tokEnd - m.tokStart !== 1 || m.tokStart === 0) return m;
  const prev = doc.tokens[m.tokStart - 1];
  const next = doc.tokens[m.tokEnd];
  if (prev.kind !== "arabic" || prev.sentence !== doc.tokens[m.tokStart].sentence || !next || next.kind !== "arabic" || next.sentence !== prev.sentence) return m;
  if (!lex.titleHeads.has(next.core.replace(/^ال/, "")) || next.pre) return m;
  const r = readings[prev.i].find((x) => x.pre === "و" && !x.core.startsWith("ال") && lex.nameWords.has(x.core));
  if (!r) return m;
  const start = mentionStart(prev, r);
  return makeCandidate({ ...m, tokStart: prev.i, start, name: doc.article.text.slice(start, m.end).replace(/\s+/g, " ").trim() });
}

/** A Latin word joined by a hyphen to digits (VVER-1200): a model's designation. */
function productCode(doc: Doc, t: Token): boolean {
  const dash = doc.tokens[t.i + 1];
  const num = doc.tokens[t.i + 2];
  return t.kind === "latin" && !!dash && !!num && dash.start === t.end && /^[-‐‑–]$/.test(dash.text) && num.start === dash.end && /^\d/.test(num.text);
}

function trimVerbs(doc: Doc, lex: Lexicon, m: Candidate, words: boolean): Candidate | null {
  let end = m.tokEnd;
  while (end > m.tokStart) {
    const t = doc.tokens[end - 1];
    if (t.kind === "punct" || (words && t.kind === "arabic" && (VERB_LIKE.test(t.norm) || lex.common.has(t.norm) || lex.stopwords.has(t.norm)))) end--;
    // An indefinite accusative after a body's or a place's name is the verb's object (يتبنى الاتحاد موقفا).
    else if (!words && end - m.tokStart > 1 && accusative(lex, t)) end--;
    else break;
  }
  if (end === m.tokEnd) return m;
  if (end === m.tokStart) return null;
  const endOffset = doc.tokens[end - 1].end;
  return makeCandidate({ ...m, tokEnd: end, end: endOffset, name: doc.article.text.slice(m.start, endOffset).replace(/\s+/g, " ").trim() });
}

/** Ties each role to the person it describes: the person right after it, or right before it across a comma. */
export function attachRoles(doc: Doc, mentions: Candidate[], roles: readonly RolePhrase[]): void {
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const m of mentions) {
    if (m.type !== "PER") continue;
    byStart.set(m.tokStart, m);
    byEnd.set(m.tokEnd, m);
  }
  for (const r of roles) {
    const after = byStart.get(r.tokEnd);
    // In apposition: after a comma (وانغ يي، عضو …) or directly (الشيخ مشعل الأحمد أمير دولة الكويت).
    const comma = doc.tokens[r.tokStart - 1];
    // Without a comma only a role that names its country is an apposition; otherwise it is often the
    // object of the clause (يستقبل الملك عبدالله الثاني وزير الخارجية).
    // A role joined by و (السيسي وأمير قطر، X ووزير خارجية Y) names a second person, never X in apposition.
    const joined = doc.tokens[r.tokStart]?.pre.startsWith("و") === true;
    const before = comma && /^[،,]$/.test(comma.text) ? byEnd.get(r.tokStart - 1) : r.country && !joined ? byEnd.get(r.tokStart) : undefined;
    const target = after ?? (r.counterpart ? undefined : before);
    if (!target) continue;
    target.role ??= { start: r.start, end: r.end, text: r.text };
    if (!target.country && r.country && !r.counterpart) target.country = r.country;
    if (r.counterpart && r.country && !target.country) target.country = r.country;
  }
}
