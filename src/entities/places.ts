// Places written after a head noun (قطاع غزة، إقليم كردستان، ميناء الفاو): after such a head a
// name is a place even where a gazetteer reads the same letters as an organisation's alias
// (الفاو ≠ FAO), and the headed form and the bare name (قطاع غزة / غزة) are one place.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";
import type { Doc } from "../types.js";
import type { Cluster } from "./resolve.js";
import { tokenReadings, type Reading } from "./readings.js";
import { mentionName, mentionStart } from "./span.js";
import type { Candidate, GazEntry } from "./types.js";
import { lookupName } from "./combine.js";
import type { Lexicon } from "./lexicon.js";
import { makeCandidate } from "./candidate.js";
import { taggedCity } from "./tagged-cities.js";
import { ordinaryWithAffixes } from "./ordinary.js";
import { memoSlot, wordFacts } from "./word-facts.js";

interface BareAlias {
  /** Gazetteer name of the place. */
  name: string;
  /** "construct": after any indefinite noun; else the folded words it must follow. */
  after: "construct" | Set<string>;
  /** The gazetteer entry of `name` in `lex`, once looked up. */
  entry?: GazEntry | null;
  lex?: Lexicon;
}

interface PlaceHeads {
  area: Set<string>;
  facility: Set<string>;
  /** Folded facility heads of a border crossing (معبر، منفذ): the phrase is the place even with a town's name. */
  crossings: Set<string>;
  bare: Map<string, BareAlias>;
  /** Folded heads of a settlement (مدينة، بلدة، محافظة): an unknown word right after one is the town. */
  settlements: Set<string>;
  /**
   * Words for a form of state written alone (المملكة، السلطنة) and short names several states share
   * (كوريا), folded, each with the codes of the states it may be → gazetteer name (SA → السعودية).
   */
  stateForms: Array<{ word: string; states: Map<string, string> }>;
  /** Folded heads of an accord named after a city (اتفاق الطائف، اتفاقات أوسلو). */
  accords: Set<string>;
  /** Folded heads that are part of a natural place's name (جزر، جبال، غابات), first words of two-word ones included. */
  nameHeads: Set<string>;
  /** Folded heads of a province named after its capital (منطقة الرياض، ولاية الخرطوم): listed headed, a place apart from the city. */
  units: Set<string>;
  /** Folded heads of a body of water whose name follows them (خليج، خور، بحر): the head is part of the place's name. */
  water: Set<string>;
  /** Folded direction words (جنوب، شمالي) and the second words of two-word ones (جنوب شرق → شرق after جنوب). */
  directions: Set<string>;
  directionPairs: Set<string>;
}

let heads: PlaceHeads | null = null;
function placeHeads(): PlaceHeads {
  if (!heads) {
    const f = loadJson<{ area: string[]; facility: string[]; crossings: string[]; accord_heads?: string[]; settlement_heads?: string[]; the_kingdom?: { word: string; states: Record<string, string> }; the_sultanate?: { word: string; states: Record<string, string> }; shared_short_names?: Array<{ word: string; states: Record<string, string> }>; directions: string[]; name_heads: string[]; water_heads?: string[]; unit_heads?: string[]; bare_aliases: Record<string, { name: string; after: "construct" | string[] }> }>("data/lexicon/place-heads.json");
    const bare = new Map<string, BareAlias>();
    for (const [w, a] of Object.entries(f.bare_aliases)) bare.set(normalize(w), { name: a.name, after: a.after === "construct" ? "construct" : new Set(a.after.map((x) => normalize(x))) });
    // الدولي/الدولية share the scan's lookup: their positions start facilitiesAfterHeads' search.
    for (const w of INTERNATIONAL) bare.set(w, INTERNATIONAL_WORD);
    const directions = f.directions.map((w) => normalize(w));
    heads = {
      area: new Set(f.area.map((w) => normalize(w))),
      facility: new Set(f.facility.map((w) => normalize(w))),
      crossings: new Set(f.crossings.map((w) => normalize(w))),
      accords: new Set((f.accord_heads ?? []).map((w) => normalize(w))),
      settlements: new Set((f.settlement_heads ?? []).map((w) => normalize(w))),
      stateForms: [f.the_kingdom, f.the_sultanate, ...(f.shared_short_names ?? [])].filter((x) => x !== undefined).map((x) => ({ word: normalize(x.word), states: new Map(Object.entries(x.states)) })),
      bare,
      nameHeads: new Set(f.name_heads.map((w) => normalize(w))),
      water: new Set((f.water_heads ?? []).map((w) => normalize(w))),
      units: new Set((f.unit_heads ?? []).map((w) => normalize(w))),
      directions: new Set(directions.filter((w) => !w.includes(" "))),
      directionPairs: new Set(directions.filter((w) => w.includes(" "))),
    };
  }
  return heads;
}

/** A folded word that heads an area's name (إمارة، ولاية، مدينة، محافظة …). */
export function isAreaHead(core: string): boolean {
  return placeHeads().area.has(core);
}

/**
 * بلده written with ه, after its clitics (لبلده، ولبلده): بلد with the pronoun "his" (ولبلده الصديق = and
 * to his country, the friend), which folding makes look like the head بلدة (town). Other heads are
 * left alone: an article that writes ة as ه (مدينه، محافظه) still names places after them.
 */
function possessedHead(text: string, core: string): boolean {
  return core === "بلده" && /ه[\u064B-\u0652]*$/.test(text);
}

/** The kind of place head the token before `i` is (its clitics read off: بمدينة، في ميناء), or null. */
export function headBefore(doc: Doc, i: number): "area" | "facility" | "crossing" | null {
  const k = i - 1;
  const t = doc.tokens[k];
  if (!t || t.kind !== "arabic" || t.sentence !== doc.tokens[i].sentence) return null;
  const h = placeHeads();
  for (const r of tokenReadings(doc)[k]) {
    if (h.area.has(r.core) && !possessedHead(t.text, r.core)) return "area";
    if (h.crossings.has(r.core)) return "crossing";
    if (h.facility.has(r.core)) return "facility";
  }
  return null;
}

/**
 * A city right after an accord's head (اتفاق الطائف، اتفاقات أوسلو، إعلان الدوحة) names the accord:
 * the phrase becomes a named thing (MISC) and the city no mention. Not a state, nor a city with another
 * place coordinated after it (اتفاق الرياض وطهران, the capitals for their states).
 */
export function accordsNamedByCities(doc: Doc, phrases: Candidate[]): void {
  const { accords } = placeHeads();
  const readings = tokenReadings(doc);
  const startsAt = new Map<number, Candidate>();
  for (const c of phrases) startsAt.set(c.tokStart, c);
  for (let n = 0; n < phrases.length; n++) {
    const c = phrases[n];
    const h = c.tokStart - 1;
    if (c.type !== "GPE" || h < 0 || !c.entry || /^gpe:[A-Z]{2}$/.test(c.entry.key) || doc.tokens[c.tokStart].pre) continue;
    const head = doc.tokens[h];
    if (head.kind !== "arabic" || head.sentence !== doc.tokens[c.tokStart].sentence) continue;
    const r = readings[h].find((x) => accords.has(x.core));
    if (!r) continue;
    const next = startsAt.get(c.tokEnd);
    if (next && (next.type === "GPE" || next.type === "LOC") && doc.tokens[c.tokEnd].pre.startsWith("و")) continue;
    const start = mentionStart(head, r);
    phrases[n] = makeCandidate({ ...c, type: "MISC", tokStart: h, start, name: mentionName(doc.article.text, head, r, c.end), entry: undefined, country: null, source: "pattern", confidence: 0.7 });
  }
}

/**
 * A one-word organisation alias right after a place head is the place: after an area head
 * (مدينة، منطقة) the name alone, after a facility head (ميناء، مطار) the whole phrase. After a
 * crossing's head (معبر رفح) a town's name too gives the whole phrase, the crossing.
 */
export function placesAfterHeads(doc: Doc, phrases: Candidate[]): void {
  for (let n = 0; n < phrases.length; n++) {
    const c = phrases[n];
    if (c.tokEnd - c.tokStart !== 1) continue;
    const town = c.type === "GPE" && !!c.entry && !/^gpe:[A-Z]{2}$/.test(c.entry.key);
    if (c.type !== "ORG" && c.type !== "MISC" && !town) continue;
    const kind = headBefore(doc, c.tokStart);
    if (!kind || (town && kind !== "crossing") || doc.tokens[c.tokStart].pre) continue;
    const place: Candidate = makeCandidate({ ...c, type: kind === "area" ? "GPE" : "LOC", entry: undefined, country: town ? c.country : null, source: "pattern", confidence: 0.8 });
    if (kind !== "area") {
      const h = doc.tokens[c.tokStart - 1];
      const r = tokenReadings(doc)[c.tokStart - 1].find((x) => placeHeads().facility.has(x.core))!;
      place.tokStart = c.tokStart - 1;
      place.start = mentionStart(h, r);
      place.name = doc.article.text.slice(place.start, c.end).replace(/\s+/g, " ").trim();
    }
    phrases[n] = place;
  }
}

/**
 * A place the tagger found right after a head that is part of a natural place's name (جزر باراسيل،
 * جبال زاغروس، شبه جزيرة سيناء) is widened over the head (and its clitics read off: وجزر، بجبال).
 */
export function widenTaggedPlaces(doc: Doc, model: Candidate[]): void {
  const { nameHeads: natural, water } = placeHeads();
  const nameHeads = new Set([...natural, ...water]);
  const readings = tokenReadings(doc);
  for (let n = 0; n < model.length; n++) {
    const c = model[n];
    // A span the tagger opened with a water head (خور عبد الله read as a person) is the water's name.
    const first = readings[c.tokStart].find((x) => !x.restored && water.has(x.core) && HEAD_CLITICS.test(x.pre));
    if (first && c.tokEnd - c.tokStart > 1 && c.type !== "MISC") {
      const t = doc.tokens[c.tokStart];
      model[n] = makeCandidate({ ...c, type: "LOC", start: mentionStart(t, first), name: mentionName(doc.article.text, t, first, c.end), entry: undefined, country: null });
      continue;
    }
    if ((c.type !== "LOC" && c.type !== "GPE" && !(c.type === "PER" && headIsWater(doc, readings, c.tokStart - 1))) || c.tokStart === 0) continue;
    const k = c.tokStart - 1;
    const t = doc.tokens[k];
    if (t.kind !== "arabic" || t.sentence !== doc.tokens[c.tokStart].sentence || doc.tokens[c.tokStart].pre) continue;
    const head = namedHeadAt(doc, readings, k, 0, nameHeads, nameHeads);
    if (!head) continue;
    const { from, r } = head;
    const start = mentionStart(doc.tokens[from], r);
    model[n] = makeCandidate({ ...c, type: "LOC", tokStart: from, start, name: mentionName(doc.article.text, doc.tokens[from], r, c.end) });
  }
}

/** The token at `k` reads as a water head (خليج، وخليج، بخور). */
function headIsWater(doc: Doc, readings: Reading[][], k: number): boolean {
  const t = doc.tokens[k];
  return !!t && t.kind === "arabic" && readings[k].some((x) => !x.restored && placeHeads().water.has(x.core) && HEAD_CLITICS.test(x.pre));
}

/**
 * A known town or state right after a water head (خليج عدن، وخليج عمان، بحر قزوين، نهر الأردن) is part of
 * the water's name: the phrase, head and all, is the place (LOC), and the town or state no mention of
 * itself. Not a name with its own clitic (خليج وعدن), nor across sentences.
 */
export function watersNamedAfterPlaces(doc: Doc, phrases: Candidate[]): void {
  const readings = tokenReadings(doc);
  for (let n = 0; n < phrases.length; n++) {
    const c = phrases[n];
    const h = c.tokStart - 1;
    if ((c.type !== "GPE" && c.type !== "LOC") || h < 0 || doc.tokens[c.tokStart].pre) continue;
    const head = doc.tokens[h];
    if (head.kind !== "arabic" || head.sentence !== doc.tokens[c.tokStart].sentence) continue;
    const r = readings[h].find((x) => !x.restored && placeHeads().water.has(x.core) && HEAD_CLITICS.test(x.pre));
    if (!r) continue;
    phrases[n] = makeCandidate({ ...c, type: "LOC", tokStart: h, start: mentionStart(head, r), name: mentionName(doc.article.text, head, r, c.end), entry: undefined, country: null, source: "pattern", confidence: 0.8 });
  }
}

/** Folded first words a town's name shares with a person's (بن قردان، أبو ديس، بني وليد، سيدي بوزيد). */
const TOWN_PARTICLE = /^(بن|ابن|ابو|بني|ام|بو|سيدي)$/;

/**
 * A name the tagger took for a person that opens with بن/أبو/بني … right after an area head (في مدينة
 * بن قردان، بلدة أبو ديس), or with the head inside it (ولاية بن عروس), is the town: a place without the head.
 */
export function townsAfterHeads(doc: Doc, model: Candidate[]): void {
  const area = placeHeads().area;
  for (let n = 0; n < model.length; n++) {
    const c = model[n];
    if (c.type !== "PER") continue;
    let from = c.tokStart;
    const first = doc.tokens[from];
    if (c.tokEnd - from >= 3 && !first.pre && area.has(first.core)) from++;
    else if (headBefore(doc, from) !== "area") continue;
    const t = doc.tokens[from];
    if (t.pre || !TOWN_PARTICLE.test(t.norm) || c.tokEnd - from < 2) continue;
    model[n] = makeCandidate({ ...c, type: "GPE", tokStart: from, start: t.start, name: doc.article.text.slice(t.start, c.end).replace(/\s+/g, " ").trim() });
  }
}

/** Clitics a place's head word may carry (وجزر، بجبال، ولشمال). */
const HEAD_CLITICS = /^(و|ف)?(ب|ل)?$/;

/**
 * The head word at `k` (one of `one`), widened back over the word before it when the two are one head
 * (`two`: شبه جزيرة، جنوب شرق), which then carries the clitics; that word no earlier than `floor`.
 */
function namedHeadAt(doc: Doc, readings: Reading[][], k: number, floor: number, one: ReadonlySet<string>, two: ReadonlySet<string>): { from: number; r: Reading } | null {
  const r = readings[k].find((x) => !x.restored && one.has(x.core) && HEAD_CLITICS.test(x.pre));
  if (!r) return null;
  const before = doc.tokens[k - 1];
  if (!r.pre && k - 1 >= floor && before && before.kind === "arabic" && before.sentence === doc.tokens[k].sentence) {
    const r2 = readings[k - 1].find((x) => !x.restored && two.has(`${x.core} ${r.core}`) && HEAD_CLITICS.test(x.pre));
    if (r2) return { from: k - 1, r: r2 };
  }
  return { from: k, r };
}

/**
 * A state or a region after a direction word (جنوب لبنان، وشمال سوريا، شرقي أوروبا، جنوب شرق تركيا) is a
 * region of its own: the phrase is widened over the direction word(s) and loses the state's identity.
 */
export function placesAfterDirections(doc: Doc, phrases: Candidate[]): void {
  const { directions, directionPairs } = placeHeads();
  const readings = tokenReadings(doc);
  let lastEnd = 0;
  for (let n = 0; n < phrases.length; n++) {
    const c = phrases[n];
    const prevEnd = lastEnd;
    lastEnd = c.tokEnd;
    const k = c.tokStart - 1;
    if (k < prevEnd || !c.entry || (c.type !== "LOC" && c.type !== "GPE")) continue;
    const first = doc.tokens[c.tokStart];
    const t = doc.tokens[k];
    if (first.pre || t.kind !== "arabic" || t.sentence !== first.sentence || c.start - t.end !== 1) continue;
    const head = namedHeadAt(doc, readings, k, prevEnd, directions, directionPairs);
    if (!head || (c.type === "GPE" && !/^gpe:[A-Z]{2}$/.test(c.entry.key))) continue;
    const { from, r: fromReading } = head;
    const start = mentionStart(doc.tokens[from], fromReading);
    phrases[n] = makeCandidate({
      ...c,
      type: "LOC",
      tokStart: from,
      start,
      name: mentionName(doc.article.text, doc.tokens[from], fromReading, c.end),
      source: "pattern",
      confidence: 0.8,
      entry: undefined,
    });
  }
}

const INTERNATIONAL = new Set(["الدولي", "الدوليه"]);
/** bareAliases' map value for الدولي/الدولية (no alias: a position to note). */
const INTERNATIONAL_WORD: BareAlias = { name: "", after: "construct" };
/** Each word form's reading as a facility head (مطار، وبميناء), or null; memoised in the word facts. */
const FACILITY_SLOT = memoSlot();
/** Words between a facility head and الدولي: مطار بغداد الدولي، مطار الملكة علياء الدولي، مطار رفيق الحريري الدولي. */
const MAX_FACILITY_NAME = 3;

/**
 * A facility called international (مطار بغداد الدولي، مطار الملك خالد الدولي، ميناء حمد الدولي) is a
 * place of its own, the whole phrase, over any city or person named in it; مطار بيروت alone stays the city.
 */
export function facilitiesAfterHeads(doc: Doc, lex: Lexicon, phrases: Candidate[], intl: readonly number[]): void {
  if (!intl.length) return;
  const toks = doc.tokens;
  const facts = wordFacts(doc, lex);
  const facility = placeHeads().facility;
  const added: Candidate[] = [];
  for (const k of intl) {
    const last = toks[k];
    if (last.pre) continue;
    // The nearest facility head before الدولي, with name words only between.
    for (let i = k - 2; i >= 0 && k - i - 1 <= MAX_FACILITY_NAME; i--) {
      const h = toks[i];
      if (h.kind !== "arabic" || h.sentence !== last.sentence) break;
      const memo = facts[i].memo;
      let r = memo[FACILITY_SLOT] as Reading | null | undefined;
      if (r === undefined) memo[FACILITY_SLOT] = r = facts[i].readings.find((x) => !x.restored && facility.has(x.core)) ?? null;
      if (r) {
        if (added.some((a) => a.tokEnd > i)) break;
        let ok = true;
        for (let j = i + 1; j < k && ok; j++) ok = !toks[j].pre && !lex.stopwords.has(toks[j].norm);
        // Known names inside give way; one crossing the phrase's ends means another reading.
        if (!ok || phrases.some((c) => (c.tokStart < i && c.tokEnd > i) || (c.tokStart <= k && c.tokEnd > k + 1))) break;
        const start = mentionStart(h, r);
        added.push(makeCandidate({
          type: "LOC",
          tokStart: i,
          tokEnd: k + 1,
          start,
          end: last.end,
          name: mentionName(doc.article.text, h, r, last.end),
          source: "pattern",
          confidence: 0.8,
          entry: undefined,
          country: phrases.find((c) => c.tokStart > i && c.tokEnd <= k)?.country ?? null,
        }));
        break;
      }
      if (toks[i].pre || lex.stopwords.has(toks[i].norm)) break;
    }
  }
  if (!added.length) return;
  const kept = phrases.filter((c) => !added.some((a) => a.tokStart <= c.tokStart && c.tokEnd <= a.tokEnd));
  phrases.length = 0;
  phrases.push(...kept, ...added);
  phrases.sort((a, b) => a.tokStart - b.tokStart);
}

/** Merges a bare place (غزة) into the one headed place with that name in the article (قطاع غزة). */
/** A cluster the gazetteer names (its key is an entry's, not a name's). */
function known(c: Cluster): boolean {
  return c.mentions.some((m) => !!m.entry);
}

export function mergeHeadedPlaces(clusters: Cluster[]): Cluster[] {
  const { area: areaHeads, water, units } = placeHeads();
  // A water named after a town (خليج عدن) is not the town: only land heads merge.
  const area = new Set([...areaHeads].filter((w) => !water.has(w)));
  const isPlace = (c: Cluster) => c.mentions[0].type === "GPE" || c.mentions[0].type === "LOC";
  const headed = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!isPlace(c)) continue;
    for (const m of c.mentions) {
      const words = normalize(m.name).split(" ");
      for (let h = 1; h < words.length && h <= 2; h++) {
        if (!area.has(words.slice(0, h).join(" "))) continue;
        const rest = words.slice(h).join(" ");
        const l = headed.get(rest) ?? [];
        if (!l.includes(c)) l.push(c);
        headed.set(rest, l);
      }
    }
  }
  if (!headed.size) return clusters;
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (!isPlace(c)) continue;
    const bare = new Set(c.mentions.map((m) => normalize(m.name)));
    if (bare.size !== 1) continue;
    const targets = headed.get([...bare][0]);
    if (!targets || targets.length !== 1 || targets[0] === c) continue;
    // A province the gazetteer lists with its head (منطقة الرياض the region, ولاية الخرطوم the state) and
    // the city or sea it is named after are two places the gazetteer knows apart.
    if (known(c) && known(targets[0]) && targets[0].mentions.some((m) => !!m.entry && units.has(normalize(m.name).split(" ")[0]))) continue;
    targets[0].mentions.push(...c.mentions);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * Short names of places that are also ordinary words (المتوسط، الصحراء), where the word before
 * makes them names: see place-heads.json. Added to the phrase matches where none covers the word.
 */
export function bareAliases(doc: Doc, lex: Lexicon, phrases: Candidate[], isStopword: (w: string) => boolean): number[] {
  const { bare } = placeHeads();
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of phrases) for (let k = c.tokStart; k < c.tokEnd; k++) taken[k] = 1;
  const intl: number[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (taken[i] || t.kind !== "arabic" || t.pre) continue;
    const alias = bare.get(t.norm);
    if (!alias) continue;
    if (alias === INTERNATIONAL_WORD) {
      intl.push(i);
      continue;
    }
    const prev = doc.tokens[i - 1];
    if (prev.kind !== "arabic" || prev.sentence !== t.sentence) continue;
    const ok = alias.after === "construct"
      ? !/[بلك]/.test(prev.pre) && !(prev.core.startsWith("ال") && prev.core.length > 3) && !isStopword(prev.norm) && !isStopword(prev.core) && !/\d/.test(prev.norm)
      : tokenReadings(doc)[i - 1].some((r) => (alias.after as Set<string>).has(r.core));
    // Followed by an adjective it is the ordinary word (ضعف المتوسط العالمي).
    const next = doc.tokens[i + 1];
    if (!ok || (next && next.kind === "arabic" && next.sentence === t.sentence && !next.pre && next.core.startsWith("ال"))) continue;
    // The alias's entry, looked up once per lexicon (lookupName tokenizes the name).
    if (alias.lex !== lex) {
      alias.entry = lookupName(lex, alias.name);
      alias.lex = lex;
    }
    const entry = alias.entry;
    if (!entry) continue;
    phrases.push(makeCandidate({ type: entry.kind, tokStart: i, tokEnd: i + 1, start: t.start, end: t.end, name: t.text, source: "gazetteer", confidence: 0.8, entry, country: entry.country }));
  }
  phrases.sort((a, b) => a.tokStart - b.tokStart);
  return intl;
}

/**
 * The bare name of a headed place found elsewhere in the article by nothing else (إقليم كردستان …
 * في كردستان): a mention of that place. Only one-word names, and only when one headed place has it.
 */
export function findBarePlaces(doc: Doc, clusters: Cluster[], taken: Uint8Array): void {
  const area = placeHeads().area;
  const byRest = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.mentions[0].type !== "GPE" && c.mentions[0].type !== "LOC") continue;
    for (const m of c.mentions) {
      const words = normalize(m.name).split(" ");
      if (words.length !== 2 || !area.has(words[0]) || words[1].length < 3) continue;
      const had = byRest.get(words[1]);
      byRest.set(words[1], had === undefined || had === c ? c : null);
    }
  }
  if (!byRest.size) return;
  const readings = tokenReadings(doc);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (taken[i] || t.kind !== "arabic") continue;
    const r = readings[i].find((x) => !x.restored && byRest.get(x.core));
    if (!r) continue;
    const c = byRest.get(r.core)!;
    const start = mentionStart(t, r);
    c.mentions.push(makeCandidate({ ...c.mentions[0], tokStart: i, tokEnd: i + 1, start, end: t.end, name: doc.article.text.slice(start, t.end), source: "pattern", confidence: 0.75, role: undefined, short: true }));
    taken[i] = 1;
  }
}

/**
 * The state a form's word alone (المملكة، السلطنة) stands for: the outlet's own where it is from a state of
 * that form (its own agency writes it so, whatever other kingdom its release names, a guest's or a
 * neighbour's); else the one state of that form the article names; else none.
 */
function stateMeant(doc: Doc, lex: Lexicon, clusters: readonly Cluster[], states: ReadonlyMap<string, string>): { cluster: Cluster | null; entry: GazEntry } | null {
  const home = doc.article.outlet ? lex.outletCountry.get(doc.article.outlet) : undefined;
  if (home && states.has(home)) {
    const cluster = clusters.find((c) => c.key === `gpe:${home}`) ?? null;
    const entry = cluster?.mentions[0].entry ?? lookupName(lex, states.get(home)!);
    return entry ? { cluster, entry } : null;
  }
  const named = clusters.filter((c) => c.mentions[0].type === "GPE" && states.has(c.key.replace(/^gpe:/, "")));
  return named.length === 1 && named[0].mentions[0].entry ? { cluster: named[0], entry: named[0].mentions[0].entry } : null;
}

/**
 * A form of state written alone, المملكة (وأكد أن المملكة ماضية، زيارته إلى المملكة) or السلطنة (الجالية
 * الهندية في السلطنة), is the state of that form the article is about or written from (place-heads
 * the_kingdom, the_sultanate): a mention of that state. So is a short name several states share
 * (وزير خارجية كوريا beside جمهورية كوريا; shared_short_names). Words taken by another name (المملكة
 * المتحدة، كوريا الشمالية) are left alone; the word taken alone by the tagger (an unknown place
 * السلطنة، كوريا) is that state's too.
 */
export function stateWordMentions(doc: Doc, lex: Lexicon, clusters: Cluster[], taken: Uint8Array): void {
  const readings = tokenReadings(doc);
  for (const { word, states } of placeHeads().stateForms) {
    let meant: ReturnType<typeof stateMeant> | undefined;
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (t.kind !== "arabic") continue;
      const r = readings[i].find((x) => x.core === word && !x.restored && /^[وف]?[بل]?$/.test(x.pre));
      if (!r) continue;
      const alone = taken[i] ? taggedAlone(clusters, i) : null;
      if (taken[i] && !alone) continue;
      meant ??= stateMeant(doc, lex, clusters, states);
      if (!meant) break;
      if (alone) {
        alone.mentions = alone.mentions.filter((m) => m.tokStart !== i);
        if (!alone.mentions.length) clusters.splice(clusters.indexOf(alone), 1);
      }
      const start = mentionStart(t, r);
      const m = makeCandidate({ type: "GPE", tokStart: i, tokEnd: i + 1, start, end: t.end, name: doc.article.text.slice(start, t.end), source: "pattern", confidence: 0.7, entry: meant.entry, country: meant.entry.country, short: true });
      if (!meant.cluster) {
        meant.cluster = { key: meant.entry.key, mentions: [] };
        clusters.push(meant.cluster);
      }
      meant.cluster.mentions.push(m);
      taken[i] = 1;
    }
  }
}

/** The cluster of a place no gazetteer knows whose mention is token `i` alone (the tagger's السلطنة), or null. */
function taggedAlone(clusters: readonly Cluster[], i: number): Cluster | null {
  for (const c of clusters) {
    const first = c.mentions[0];
    if ((first.type !== "GPE" && first.type !== "LOC") || c.mentions.some((m) => m.entry)) continue;
    if (c.mentions.some((m) => m.tokStart === i && m.tokEnd === i + 1)) return c;
  }
  return null;
}

/**
 * One unknown word right after a settlement's head written without the article (في مدينة الصخيرات،
 * بلدة كفرنبل، محافظة X): the town's name, a place, the name alone. Not a common or function word, a
 * relative adjective, a person's name word, a title or a body's head, nor the first of two such words
 * (a two-word name the gazetteer does not know is left to the tagger).
 */
/** Ordinals and their kin after a term's or a town's head (ولاية ثانية، مدينة أخرى), folded. */
const ORDINAL = /^(ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اخر|اخري|واحد)ه?$/;

export function townsAfterSettlementHeads(doc: Doc, lex: Lexicon, phrases: Candidate[]): void {
  const { settlements } = placeHeads();
  const toks = doc.tokens;
  const readings = tokenReadings(doc);
  const taken = new Uint8Array(toks.length);
  for (const c of phrases) for (let k = c.tokStart; k < c.tokEnd; k++) taken[k] = 1;
  // After a feminine head (مقاطعة، محافظة) an adjective ends in ية, so a word in ي is a name (مقاطعة شنشي); after a masculine one (مخيم، قضاء) it may be the adjective.
  const unknown = (k: number, feminineHead = false): boolean => {
    const t = toks[k];
    if (!t || t.kind !== "arabic" || taken[k] || t.pre || t.norm.length < 3) return false;
    const bare = t.core.replace(/^ال/, "");
    if (lex.common.has(t.norm) || lex.common.has(bare) || lex.stopwords.has(t.norm) || lex.nameWords.has(t.norm) || lex.titleHeads.has(bare) || lex.orgHeads.has(bare)) return false;
    if (/(يه|ين|ون|ها|هم|هما|كم|نا)$/.test(t.norm) || t.norm.endsWith("ي") && (!feminineHead || t.core.startsWith("ال")) || ORDINAL.test(t.norm)) return false; // adjectives, plurals, pronouns (بأكملها), ordinals (ولاية ثانية)
    return !ordinaryWithAffixes(lex, t, readings[k]);
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const h = toks[i];
    const head = readings[i].find((r) => settlements.has(r.core) && /^[وف]?[بل]?$/.test(r.pre) && !possessedHead(h.text, r.core));
    if (h.kind !== "arabic" || taken[i] || !head) continue;
    const k = i + 1;
    if (toks[k].sentence !== h.sentence || !unknown(k, head.core.endsWith("ه"))) continue;
    const next = toks[k + 1];
    if (next && next.sentence === h.sentence && next.kind === "arabic" && !next.pre && !next.core.startsWith("ال") && unknown(k + 1)) continue;
    const t = toks[k];
    // A city the gazetteer leaves out as an ambiguous word (مدينة جدة) is that city here.
    const city = taggedCity(t.core);
    phrases.push(makeCandidate({ type: "GPE", tokStart: k, tokEnd: k + 1, start: t.start, end: t.end, name: t.text, source: "pattern", confidence: 0.7, entry: city, country: city?.country ?? null }));
    taken[k] = 1;
  }
  phrases.sort((a, b) => a.tokStart - b.tokStart);
}
