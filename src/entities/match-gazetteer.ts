// Gazetteer evidence: the longest phrase from the trie at each token (the first token
// may carry proclitics: وروسيا، بالصين، للأمم), and people by their folding key, with a
// guarded repair of one misspelt word (فلاديمين بوتين → Vladimir Putin).
import { distance } from "fastest-levenshtein";
import type { Doc } from "../types.js";
import { phraseTokens, type Lexicon, type PersonVariant, type TrieNode } from "./lexicon.js";
import { wordKey } from "./fold.js";
import { bareOf, tokenReadings, type Reading } from "./readings.js";
import { mentionName, mentionStart, opensLine } from "./span.js";
import type { Candidate, GazEntry } from "./types.js";
import { wordFacts } from "./word-facts.js";
import { makeCandidate } from "./candidate.js";
import { EVENT_WORD, RELATIVE } from "./ordinary.js";
import { joinedToPerson } from "./joined-names.js";

function isWord(kind: string): boolean {
  return kind === "arabic" || kind === "latin" || kind === "number" || kind === "other";
}

function readings(doc: Doc, i: number): Reading[] {
  return tokenReadings(doc)[i];
}

function candidate(doc: Doc, i: number, j: number, r: Reading, entry: GazEntry, confidence: number): Candidate {
  const t = doc.tokens[i];
  const end = doc.tokens[j - 1].end;
  return makeCandidate({
    type: entry.kind,
    tokStart: i,
    tokEnd: j,
    start: mentionStart(t, r),
    end,
    name: mentionName(doc.article.text, t, r, end),
    source: "gazetteer",
    confidence,
    entry,
    country: entry.country,
  });
}

/**
 * True when tokens [i, j) stand between brackets or slashes (قنا)، /وام/, or open a line as its credit
 * before a dash (وطنية - تلقى …، واج – …).
 */
function bracketed(doc: Doc, i: number, j: number): boolean {
  const before = doc.tokens[i - 1]?.text ?? "";
  const after = doc.tokens[j]?.text ?? "";
  if (/^[(\[/]$/.test(before) || /^[)\]/]$/.test(after)) return true;
  return /^[-–—]$/.test(after) && opensLine(doc, i);
}

/**
 * A state's name that is also a feminine nationality adjective, after a definite noun, is the
 * adjective: الحكومة السعودية، وزارة الصحة السعودية (but أعلنت السعودية names the state).
 */
function adjectival(doc: Doc, c: Candidate): boolean {
  if (c.type !== "GPE" || c.tokEnd - c.tokStart !== 1) return false;
  const t = doc.tokens[c.tokStart];
  const prev = doc.tokens[c.tokStart - 1];
  if (t.pre || !/^ال.+يه$/.test(t.core) || !prev || prev.kind !== "arabic" || prev.sentence !== t.sentence) return false;
  return prev.pre === "" && prev.core.startsWith("ال") && prev.core.length > 3;
}

/**
 * A state's name that is also an indefinite relative adjective, after a noun it qualifies (دعم مالي،
 * بعون مالي): the adjective (financial), not the state (رئيس مالي، في مالي stay Mali).
 */
function adjectiveHomograph(doc: Doc, lex: Lexicon, c: Candidate): boolean {
  if (c.type !== "GPE" || c.tokEnd - c.tokStart !== 1) return false;
  const t = doc.tokens[c.tokStart];
  const nouns = t.pre ? undefined : lex.stateAdjectives.get(t.norm);
  const prev = doc.tokens[c.tokStart - 1];
  return !!nouns && !!prev && prev.kind === "arabic" && prev.sentence === t.sentence && nouns.has(prev.core);
}

/** The word at `i` follows a definite noun of the same clause without a clitic (السياسة | الخارجية). */
function qualifies(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return prev !== undefined && prev.kind === "arabic" && prev.sentence === doc.tokens[i].sentence && !prev.pre && prev.core.startsWith("ال") && prev.core.length > 3;
}

/**
 * A ministry's short form right after the office word (وزير الخارجية الأمريكية، وزيرة الدفاع الألمانية،
 * لوزير الداخلية الفرنسية) is the person's title, the adjective agreeing with the portfolio: it names no
 * ministry, as وزير الخارجية الأمريكي does not. A body whose short form is its own name (قائد الجيش
 * اللبناني، مستشار الرئاسة التركية) and the full name (وكيل وزارة الخارجية) stay bodies.
 */
function impliedByTitle(doc: Doc, lex: Lexicon, i: number, core: string): boolean {
  const full = lex.orgShortForms.get(core);
  if (full === undefined || full === core) return false;
  const prev = doc.tokens[i - 1];
  if (!prev || prev.kind !== "arabic" || prev.sentence !== doc.tokens[i].sentence) return false;
  return readings(doc, i - 1).some((r) => lex.titleHeads.has(r.bare ?? bareOf(r.core)));
}

/**
 * A short alias of two words (مجلس التعاون، مجلس الأمن) followed by a masculine definite adjective
 * of its own that no known name begins (مجلس التعاون الاستراتيجي، مجلس الأمن القومي) is another body's
 * name: the organisation pattern reads it whole. Descriptions of the known body (الدولي) and time words do not count.
 */
function otherBody(doc: Doc, lex: Lexicon, facts: ReturnType<typeof wordFacts>, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "arabic" || t.sentence !== doc.tokens[k - 1].sentence || t.pre || !t.core.startsWith("ال") || t.core.length <= 3) return false;
  if (t.core.endsWith("ه") || facts[k].startsPhrase || RELATIVE.test(t.core) || lex.orgDescriptive.has(t.core) || EVENT_WORD.test(t.core)) return false;
  return !lex.orgHeads.has(bareOf(t.core)) && !lex.titleHeads.has(bareOf(t.core));
}

/** Marks that open a quotation («، "، “، '). */
export const OPEN_QUOTE = new Set(["«", "\"", "“", "'"]);
const CLOSE_QUOTE = new Set(["»", "\"", "”", "'"]);

/** The token before `i` opens a quotation. */
function afterQuote(toks: Doc["tokens"], i: number): boolean {
  const q = toks[i - 1];
  return q !== undefined && q.kind === "punct" && OPEN_QUOTE.has(q.text);
}

/** An outlet whose name is an ordinary word or a place, quoted whole from `i` («الشرق الأوسط»، لـ"الجزيرة"). */
function quotedOutlet(doc: Doc, lex: Lexicon, i: number): { j: number; r: Reading; entry: GazEntry } | null {
  if (!lex.quotedOutlets.size) return null;
  const toks = doc.tokens;
  let words = "";
  for (let j = i; j < toks.length && j - i < 5 && toks[j].sentence === toks[i].sentence; j++) {
    if (CLOSE_QUOTE.has(toks[j].text)) {
      const entry = j > i ? lex.quotedOutlets.get(words) : undefined;
      return entry ? { j, r: { pre: "", preLength: 0, core: toks[i].norm, restored: 0 }, entry } : null;
    }
    if (toks[j].kind !== "arabic" && toks[j].kind !== "latin") return null;
    words = words ? `${words} ${toks[j].norm}` : toks[j].norm;
  }
  return null;
}

/**
 * A known name whose head stands before quotation marks around the rest (حركة "الشباب"، تنظيم «داعش»،
 * جماعة "الحوثيين"): the head, the quoted words and the closing mark, when head and words are one
 * entry of the gazetteer (حركة الشباب) and the mark closes right after them.
 */
function headBeforeQuotes(doc: Doc, facts: ReturnType<typeof wordFacts>, i: number): { j: number; r: Reading; entry: GazEntry } | null {
  const toks = doc.tokens;
  const open = toks[i + 1];
  if (!open || open.kind !== "punct" || !OPEN_QUOTE.has(open.text) || open.sentence !== toks[i].sentence) return null;
  const { readings: rs, perReading } = facts[i];
  for (let k = 0; k < rs.length; k++) {
    let node: TrieNode | undefined = perReading[k].phrase;
    for (let j = i + 2; node && j < toks.length && j - i <= 6 && toks[j].sentence === toks[i].sentence; j++) {
      if (CLOSE_QUOTE.has(toks[j].text)) {
        if (j > i + 2 && node.entry && node.entry.kind !== "ADJ") return { j: j + 1, r: rs[k], entry: node.entry };
        break;
      }
      node = node.next.get(toks[j].norm);
    }
  }
  return null;
}

/** Phrase matches: states, adjectives, places, organisations, outlets, named things. Non-overlapping, longest first. */
/**
 * Latin letters joined by a hyphen to a number or more letters (AP-1000، F-16، S-400): a model's
 * designation, not the acronym of a body or place it spells (AP, the news agency).
 */
function designation(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const last = toks[j - 1];
  const dash = toks[j];
  const after = toks[j + 1];
  if (last.kind !== "latin" || !dash || !after || !/^[-‐‑]$/.test(dash.text)) return false;
  return dash.start === last.end && after.start === dash.end && (after.kind === "number" || after.kind === "latin") && /^[0-9٠-٩]/.test(after.text);
}

export function matchPhrases(doc: Doc, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const facts = wordFacts(doc, lex);
  for (let i = 0; i < toks.length; ) {
    if (!isWord(toks[i].kind) || !facts[i].startsPhrase) {
      i++;
      continue;
    }
    let best: { j: number; r: Reading; entry: GazEntry } | null = null;
    const { readings: rs, perReading } = facts[i];
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      let node: TrieNode | undefined = perReading[k].phrase;
      let j = i + 1;
      while (node) {
        const entry = node.tag && bracketed(doc, i, j) ? node.tag : node.entry;
        if (entry && (!best || j > best.j)) best = { j, r, entry };
        if (j >= toks.length || toks[j].sentence !== toks[i].sentence) break;
        node = node.next.get(toks[j].norm);
        j++;
      }
    }
    if (best && best.entry.bracketed && !bracketed(doc, i, best.j)) best = null;
    const inQuotes = headBeforeQuotes(doc, facts, i);
    if (inQuotes && (!best || inQuotes.j > best.j)) best = inQuotes;
    const quoted = afterQuote(toks, i) ? quotedOutlet(doc, lex, i) : null;
    if (quoted) best = quoted;
    // A short form after a definite noun qualifies it (السياسة الخارجية الأمريكية), it names no ministry.
    if (best && best.entry.kind === "ORG" && !best.r.pre && lex.orgShortForms.has(best.r.core) && qualifies(doc, i)) best = null;
    if (best && best.entry.kind === "ORG" && best.j - i === 2 && !best.r.pre && impliedByTitle(doc, lex, i, best.r.core)) best = null;
    if (best && best.entry.kind === "ORG" && best.j - i === 2 && otherBody(doc, lex, facts, best.j) && lex.orgHeads.has(bareOf(best.r.core))) best = null;
    if (best && designation(doc, best.j)) best = null;
    if (best && best.entry.kind !== "ADJ") best.j = overlappingVariantEnd(doc, facts, best.j, best.entry);
    if (best) {
      const c = candidate(doc, i, best.j, best.r, best.entry, best.entry.kind === "ADJ" ? 1 : 0.97);
      if (adjectival(doc, c)) c.type = "ADJ";
      if (!adjectiveHomograph(doc, lex, c)) out.push(c);
      i = best.j;
    } else i++;
  }
  return out;
}

/**
 * Two variants of one name that overlap by a word (منطقة الساحل + الساحل الأفريقي → منطقة الساحل
 * الأفريقي): the text writes the headed form of the longer variant, one mention. The end of the other
 * variant when one of the same entry begins at the last word matched and goes further, else `end`.
 */
function overlappingVariantEnd(doc: Doc, facts: ReturnType<typeof wordFacts>, end: number, entry: GazEntry): number {
  const toks = doc.tokens;
  const k0 = end - 1;
  if (end >= toks.length || toks[end].sentence !== toks[k0].sentence || !facts[k0].startsPhrase) return end;
  let best = end;
  const { perReading } = facts[k0];
  for (let k = 0; k < perReading.length; k++) {
    let node: TrieNode | undefined = perReading[k].phrase;
    let j = k0 + 1;
    while (node) {
      if (j > best && node.entry?.key === entry.key) best = j;
      if (j >= toks.length || toks[j].sentence !== toks[k0].sentence) break;
      node = node.next.get(toks[j].norm);
      j++;
    }
  }
  return best;
}

/**
 * The joined key matches; where the text has as many words as the variant, each word must match its
 * own (ماو نينغ إن must not meet مون جاي إن across the word boundaries). A different number of
 * words is a name written joined or apart (شي جينبينغ، جين بينغ).
 */
function sameWords(facts: ReturnType<typeof wordFacts>, i: number, j: number, firstKey: string, v: PersonVariant): boolean {
  if (j - i !== v.keys.length) return true;
  if (firstKey !== v.keys[0]) return false;
  for (let k = i + 1; k < j; k++) if (facts[k].key !== v.keys[k - i]) return false;
  return true;
}

/** Folded words that chain a given name to the father's (X بن Y، X بنت Y). */
const NASAB = /^(بن|ابن|بنت)$/;

/**
 * A known name right after «X بن» is the father's (and forebears') inside the son's or daughter's
 * nasab (خالد بن محمد بن زايد: the son of محمد بن زايد, حمدان بن محمد بن راشد), not that person. The
 * tokens before `i`: بن/ابن/بنت without a clitic, after a word of the same sentence.
 */
function fatherInNasab(doc: Doc, i: number): boolean {
  const particle = doc.tokens[i - 1];
  const given = doc.tokens[i - 2];
  if (!particle || !given || particle.kind !== "arabic" || particle.pre || !NASAB.test(particle.norm)) return false;
  return given.kind === "arabic" && given.sentence === doc.tokens[i].sentence && particle.sentence === given.sentence;
}

/**
 * The text goes on with a forebear (بن X) other than the one the person's full name gives after the
 * words matched: محمد بن عبدالرحمن بن عبدالعزيز is a Saudi prince, not محمد بن عبدالرحمن بن جاسم آل ثاني.
 * Gulf names share their first links, so a contradicting next link makes another person. Where no name
 * of the person goes on past the words matched, nothing contradicts.
 */
function otherForebear(doc: Doc, facts: ReturnType<typeof wordFacts>, j: number, v: PersonVariant): boolean {
  const particle = doc.tokens[j];
  const next = doc.tokens[j + 1];
  if (!particle || !next || particle.kind !== "arabic" || particle.pre || !NASAB.test(particle.norm) || next.kind !== "arabic" || next.sentence !== particle.sentence || particle.sentence !== doc.tokens[j - 1].sentence) return false;
  const want = facts[j + 1].key;
  let contradicted = false;
  for (const name of v.person.names) {
    const words = phraseTokens(name);
    const keys = words.map(wordKey);
    for (let p = 0; p + v.keys.length + 1 < keys.length; p++) {
      if (!v.keys.every((k, n) => keys[p + n] === k)) continue;
      const after = p + v.keys.length;
      if (!NASAB.test(words[after])) continue;
      if (keys[after + 1] === want) return false;
      contradicted = true;
    }
  }
  return contradicted;
}

/** People from the people gazetteer, matched on the folding key of one to six words; longest matches first. */
export function matchPeople(doc: Doc, lex: Lexicon): Candidate[] {
  const toks = doc.tokens;
  const facts = wordFacts(doc, lex);
  const all: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== "arabic" || !facts[i].startsPerson) continue;
    let best: { j: number; r: Reading; v: PersonVariant } | null = null;
    const { readings: rs, perReading } = facts[i];
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      // The first word's answers are looked up once per word form (word-facts.ts); the key grows
      // word by word along the person keys' trie (node: where the joined key has got to).
      let node = perReading[k].personNode;
      let length = perReading[k].key.length;
      let v = perReading[k].person;
      let j = i + 1;
      while (node >= 0) {
        // A single word is a name only when the variant is a single distinctive word (حميدتي).
        if (v && (j - i >= 2 || (v.keys.length === 1 && length >= 4)) && (!best || j > best.j) && sameWords(facts, i, j, perReading[k].key, v)) best = { j, r, v };
        if (j >= toks.length || j - i >= 6 || toks[j].kind !== "arabic" || toks[j].sentence !== toks[i].sentence) break;
        const next = facts[j].key;
        node = lex.personKeys.walk(node, next);
        length += next.length;
        j++;
        v = node >= 0 ? lex.personKeys.variantAt(node) : undefined;
      }
    }
    if (best && !fatherInNasab(doc, i) && !otherForebear(doc, facts, best.j, best.v)) all.push(candidate(doc, i, best.j + houseAfter(doc, best.j, best.v), best.r, best.v.entry, 0.98));
  }
  all.sort((a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart);
  const out: Candidate[] = [];
  for (const c of all) if (!out.some((o) => o.tokStart < c.tokEnd && c.tokStart < o.tokEnd)) out.push(c);
  out.sort((a, b) => a.tokStart - b.tokStart);
  return out.concat(repairMisspelt(doc, lex, out));
}

/**
 * The ruling house written after a nasab the gazetteer lists without it (محمد بن نايف بن عبد العزيز
 * آل سعود، طحنون بن زايد آل نهيان): آل and one plain word, part of the name: 2, else 0.
 */
function houseAfter(doc: Doc, j: number, v: PersonVariant): number {
  const aal = doc.tokens[j];
  const house = doc.tokens[j + 1];
  if (!aal || aal.kind !== "arabic" || aal.text !== "آل" || !house || house.kind !== "arabic" || house.pre || house.sentence !== aal.sentence || aal.sentence !== doc.tokens[j - 1].sentence) return 0;
  return v.words.includes("بن") && !v.words.includes("ال") ? 2 : 0;
}

/** The word as written is the variant's word, or may be a misspelling of it: same first letter, one edit, 4+ letters. */
function near(w: string, want: string): boolean {
  return w === want || (want.length >= 4 && w[0] === want[0] && distance(w, want) <= 1);
}

/**
 * The reading of a name's first word: the one written as the variant's word, else one without
 * a restored article and at most one proclitic, else the first. (Apart from tryVariant: a closure
 * there would cost each call a context object.)
 */
function anchorReading(rs: readonly Reading[], word: string): Reading {
  return rs.find((x) => word === x.core) ?? rs.find((x) => x.restored === 0 && x.pre.length <= 1) ?? rs[0];
}

/**
 * One misspelt word in a known name of two or more words (فلاديمين بوتين): every other word is
 * written exactly as in a variant, and the odd one (4+ letters) has the same first letter, is
 * one edit away and is no known name word.
 */
function repairMisspelt(doc: Doc, lex: Lexicon, found: Candidate[]): Candidate[] {
  const toks = doc.tokens;
  const taken = new Uint8Array(toks.length);
  for (const c of found) for (let k = c.tokStart; k < c.tokEnd; k++) taken[k] = 1;
  const out: Candidate[] = [];
  const tryVariant = (i: number, v: PersonVariant) => {
    const j = i + v.words.length;
    if (i < 0 || j > toks.length) return false;
    for (let k = i; k < j; k++) if (taken[k] || toks[k].kind !== "arabic" || toks[k].sentence !== toks[i].sentence) return false;
    // The words after the first come first: most variants fail there, before a reading is chosen.
    let odd = 0;
    // A word that is itself a known name word is another person's name, not a slip (سلطان، سلمان).
    for (let k = i + 1; k < j; k++) if (!near(toks[k].norm, v.words[k - i]) || (toks[k].norm !== v.words[k - i] && (++odd > 1 || lex.nameWords.has(toks[k].norm)))) return false;
    const r = anchorReading(readings(doc, i), v.words[0]);
    if (!near(r.core, v.words[0]) || (r.core !== v.words[0] && (++odd > 1 || lex.nameWords.has(r.core)))) return false;
    if (odd !== 1) return false;
    out.push(candidate(doc, i, j, r, v.entry, 0.85));
    for (let k = i; k < j; k++) taken[k] = 1;
    return true;
  };
  const facts = wordFacts(doc, lex);
  for (let j = 0; j < toks.length; j++) {
    if (taken[j] || toks[j].kind !== "arabic" || !facts[j].anchorsRepair) continue;
    // The word written exactly as in a variant anchors the repair of the other one.
    const f = facts[j];
    if (f.byLast) for (const v of f.byLast) if (tryVariant(j - v.words.length + 1, v)) break;
    if (taken[j]) continue;
    for (const rf of f.perReading) {
      const vs = rf.byFirst;
      if (vs) for (const v of vs) if (tryVariant(j, v)) break;
      if (taken[j]) break;
    }
  }
  return out;
}

/**
 * A family name shaped like a relative adjective (النفطي، السوداني) right after a definite noun or a
 * noun with a possessive pronoun (القطاع النفطي، إنتاجها النفطي) is that adjective, not the person.
 * A role before it (taken) is a title: الوزير النفطي stays the name.
 */
function nisbaAfterNoun(doc: Doc, i: number, taken: Uint8Array): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!/^ال..+ي$/.test(t.norm) || !prev || taken[i - 1] || prev.kind !== "arabic" || prev.sentence !== t.sentence || prev.pre) return false;
  return (prev.core.startsWith("ال") && prev.core.length > 3) || /[^ا](ها|هم|هما)$/.test(prev.text);
}

/**
 * Short names of gazetteer people written alone (لافروف، بوتين): distinctive ones (5+ letters,
 * not a common word, one person) stand alone; others are left to resolution, which ties them
 * to a full name in the same article.
 */
export function matchShortNames(doc: Doc, lex: Lexicon, taken: Uint8Array, persons?: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const facts = wordFacts(doc, lex);
  // A person's token: a person found before, or a distinctive short name of one (بوتين).
  const distinctive = (j: number): boolean =>
    facts[j].shortName && facts[j].readings.some((q, k) => !q.restored && facts[j].perReading[k].shortNames?.length === 1 && q.core.length >= 5 && !lex.common.has(q.core) && !lex.stopwords.has(q.core) && !lex.collisions.has(q.core));
  const isPerson = (j: number): boolean => persons?.[j] === 1 || out.some((c) => c.type === "PER" && c.tokStart <= j && j < c.tokEnd) || distinctive(j);
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || toks[i].kind !== "arabic" || !facts[i].shortName) continue;
    const { readings: rs, perReading } = facts[i];
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      if (r.restored) continue;
      const entries = perReading[k].shortNames;
      if (!entries || entries.length !== 1) continue;
      // Right after a title (الرئيس رئيسي) even a short name that is an ordinary word is the person's.
      const prev = toks[i - 1];
      const afterTitle = r.core.length >= 4 && ((!r.pre && prev !== undefined && prev.kind === "arabic" && prev.sentence === toks[i].sentence && lex.titleHeads.has(bareOf(prev.core))) || joinedToPerson(doc, i, r, isPerson));
      if (!afterTitle && (r.core.length < 5 || lex.common.has(r.core) || lex.stopwords.has(r.core) || lex.collisions.has(r.core))) continue;
      if (!afterTitle && !r.pre && nisbaAfterNoun(doc, i, taken)) continue;
      const c = candidate(doc, i, i + 1, r, entries[0], 0.8);
      c.short = true;
      out.push(c);
      break;
    }
  }
  return out;
}

/**
 * Names nested inside a longer known name: an organisation inside an organisation or a named
 * thing (مجلس الأمن التابع للأمم المتحدة، ميثاق الأمم المتحدة), a state after ل (مجلس الأمن
 * للاتحاد الروسي), a state inside a region named on it (شمال سوريا). A city inside an organisation's
 * name (منظمة شانغهاي للتعاون) is not a mention.
 */
export function matchNested(doc: Doc, lex: Lexicon, outer: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const facts = wordFacts(doc, lex);
  for (const o of outer) {
    const region = o.type === "LOC" && o.source === "pattern";
    // A known place named on another after ل (المنطقة الاقتصادية لقناة السويس) mentions that one too.
    const place = o.type === "LOC" && !region;
    if ((o.type !== "ORG" && o.type !== "MISC" && !region && !place) || o.tokEnd - o.tokStart < 2) continue;
    for (let i = o.tokStart + 1; i < o.tokEnd; i++) {
      let best: { j: number; r: Reading; entry: GazEntry } | null = null;
      const { readings: rs, perReading } = facts[i];
      for (let k = 0; k < rs.length; k++) {
        const r = rs[k];
        let node: TrieNode | undefined = perReading[k].phrase;
        let j = i + 1;
        while (node && j <= o.tokEnd) {
          if (node.entry && (!best || j > best.j)) best = { j, r, entry: node.entry };
          if (j >= o.tokEnd) break;
          node = node.next.get(toks[j].norm);
          j++;
        }
      }
      if (!best) continue;
      const kind = best.entry.kind;
      const afterLam = best.r.pre.endsWith("ل") || /^التابع/.test(toks[i - 1].core);
      // A region named on a state (شمال سوريا، جنوب شرق تركيا، إقليم كردستان العراق) mentions the state too.
      const stateInRegion = region && kind === "GPE" && /^gpe:[A-Z]{2}$/.test(best.entry.key);
      const ofPlace = place && (kind === "LOC" || kind === "GPE") && best.r.pre.endsWith("ل");
      if (place ? ofPlace : region ? stateInRegion : kind === "ORG" || (kind === "GPE" && afterLam)) {
        out.push(candidate(doc, i, best.j, best.r, best.entry, 0.95));
        i = best.j - 1;
      }
    }
  }
  return out;
}
