// Loads the entity gazetteers and lexicons (data files) once and indexes them:
// a phrase trie over folded tokens for states, places, organisations, outlets and
// named things, and a folding-key index for people (see fold.ts).
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { wordKey } from "./fold.js";
import { loadPeople, type Person } from "./people.js";
import type { GazEntry, GazKind } from "./types.js";

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry: GazEntry | null;
  /** An agency's tag that another source claims as `entry` (العمانية the adjective): read only between brackets or slashes. */
  tag?: GazEntry;
}

export interface PersonVariant {
  person: Person;
  entry: GazEntry;
  /** Folded words of the variant. */
  words: string[];
  /** Folding keys of the variant's words. */
  keys: string[];
  full: string;
}

export interface Lexicon {
  trie: TrieNode;
  /** Outlets whose names are ordinary words or places (الشرق الأوسط، الجزيرة), by folded name: they count only quoted whole («الشرق الأوسط»). */
  quotedOutlets: Map<string, GazEntry>;
  /** First words of those names: such a word is looked at by the phrase matcher (word-facts' startsPhrase). */
  quotedFirst: Set<string>;
  /** Each outlet's country by its canonical English name (data/outlets.json): whose home an article is written from. */
  outletCountry: Map<string, string>;
  /** Full folding key of every person variant → variant. */
  personByKey: Map<string, PersonVariant>;
  /** Every person key by character, to walk tokens while a match is possible without building the joined key. */
  personKeys: KeyTrie;
  /** Variants of two or more words by their exact (folded) last / first word, for misspelling repair. */
  personByLast: Map<string, PersonVariant[]>;
  personByFirst: Map<string, PersonVariant[]>;
  /** Short names (surnames) by exact folded form → entries; distinctive ones may stand alone. */
  shortNames: Map<string, GazEntry[]>;
  /** The short names of each person id. */
  shortsOf: Map<string, string[]>;
  people: Person[];
  /** Folded words of every person variant (فيصل، وليد): a clitic-looking first letter there is part of the name. */
  nameWords: Set<string>;
  /** Adjectives and participles that follow a name without being part of it (المرتقبة، الأخيرة). */
  notFamily: Set<string>;
  titleHeads: Map<string, string>;
  weakHeads: Set<string>;
  construct: Set<string>;
  glue: Set<string>;
  /** Folded words completing a rank right after it (الفريق أول، العميد ركن). */
  rankModifiers: Set<string>;
  /** Folded adverbs of past time after a title (آنذاك، حينها): the office as it was then, part of the title. */
  thenAdverbs: Set<string>;
  /** Folded verbal nouns that open what a speaker affirms (حرص، دعم، تطلع; reporting-cues.json statement_heads): after a name, before its object, no name word. */
  statementHeads: Set<string>;
  counterpart: Set<string>;
  /** Folded kinship and deputy nouns (نائب، عقيلة، نجل): one ends a name and names no one itself. */
  relatives: Set<string>;
  /** The same with an attached pronoun (نائبه، عقيلته، نجلها): the name after one is another person. */
  relativesOf: Set<string>;
  orgHeads: Set<string>;
  orgDefiniteOk: Set<string>;
  orgNeedName: Set<string>;
  /** Heads that name a body only in the listed phrases (رئاسة الجمهورية), and those phrases, folded. */
  orgListedHeads: Set<string>;
  orgListed: Set<string>;
  mechanism: Set<string>;
  stopwords: Set<string>;
  common: Set<string>;
  /** Names that are also ordinary words (رئيسي، حسن): never a name on their own. */
  collisions: Set<string>;
  /** Folded phrases of a collision word in construct with a noun (حسن النية، سلامة الأراضي): no person. */
  collisionPhrases: Set<string>;
  /** Folded state names that are also relative adjectives (مالي) → folded nouns after which they are the adjective. */
  stateAdjectives: Map<string, Set<string>>;
  nameParticles: Set<string>;
  /** Family names that are also ordinary words (الصباح، ثاني), allowed inside a name. */
  families: Set<string>;
  /** Names that begin with ف (فهمي، فتحي), which is not the conjunction inside a name. */
  fNames: Set<string>;
  /** Folded heads of an envoy's title, which names where the envoy is sent after إلى (مبعوث، موفد). */
  destinationHeads: Set<string>;
  /** Folded verbs of a byline opening a line (كتب، بقلم): the name after one is the writer. */
  bylineVerbs: Set<string>;
  /** Given names shaped like a past verb with ت (حكمت، رفعت، نشأت): a name word, not the verb after names. */
  tNames: Set<string>;
  honorifics: Set<string>;
  /** Folded nouns of a platform, an app or an account on one (منصة، تطبيق، حسابه): a name after one is a medium. */
  platformNouns: Set<string>;
  /** Folded indefinite adjectives in construct (رفيع المستوى، متعددة الأطراف) that go on a body's name. */
  orgImproper: Set<string>;
  /** Folded last words that make a centre a venue, a place (للمؤتمرات، للمعارض). */
  orgVenues: Set<string>;
  /** Folded heads whose name is a venue's when it ends in one of orgVenues (مركز، مجمع). */
  orgVenueHeads: Set<string>;
  /** Folded heads of an international body's mission named with the state it serves (بعثة). */
  orgMissionHeads: Set<string>;
  /** Folded heads of institutions named after a person (معهد الأمير …، جامعة الملك …). */
  orgNamedAfter: Set<string>;
  /** Folded words before a listed phrase (الترشح لرئاسة الجمهورية) that make it an office, not a body. */
  orgOfficeSought: Set<string>;
  /** Folded prepositional complements of diaspora portfolios (بالخارج) that go on a body's name. */
  orgAbroad: Set<string>;
  /** Folded generic body names (مجلس الوزراء): not an organisation's name without a country. */
  genericOrgs: Set<string>;
  /** Folded generic names that still name one state's body where they stand (مجلس الوزراء، وزارة الخارجية). */
  stateBodies: Set<string>;
  /** Heads whose names may coordinate two nouns (حزب العدالة والتنمية). */
  orgCoordination: Set<string>;
  /** Words after و that begin another body, not part of the name (والحكومة، والوفد). */
  orgNotJoined: Set<string>;
  /** Folded short forms of bodies (الخارجية) → folded full form (وزارة الخارجية). */
  orgShortForms: Map<string, string>;
  /** Bare heads naming the body under a known person (قوات حفتر، حكومة نتنياهو): with a surname a description. */
  orgLoyalHeads: Set<string>;
  /** Folded beginnings of a phrase that say what kind of thing it is (قوات الإنزال، حركة البضائع), whatever follows. */
  orgDescriptionKinds: string[];
  /** Forces named by their side (org-heads side_kinds), folded. */
  orgSideKinds: Set<string>;
  /** Bare heads of an organ of a body (مجلس، مفوضية): before a known organisation they name that organ. */
  orgOrganHeads: Set<string>;
  /** Folded qualifiers that may stand between a short form and its nationality adjective (البحرية الملكية البريطانية). */
  orgServiceQualifiers: Set<string>;
  /** Folded plural short forms that name a body only with one of their qualifiers (الخطوط الجوية، القوات المسلحة). */
  orgServiceBodies: Map<string, Set<string>>;
  /** Folded adjectives that describe a body without naming it (الدولية، الانتقالية). */
  orgDescriptive: Set<string>;
  /** The parties of a relation (الشعبين، البلدين), folded: no complement of a body's name. */
  orgParties: Set<string>;
  /** Folded kinds of body that are not names (حكومة تصريف الأعمال). */
  orgDescriptions: Set<string>;
  /** Folded nouns in construct a body's name chains through: plurals and portfolios (مجلس رؤساء دول …، مجلس وزراء خارجية …). */
  orgChain: Set<string>;
  /** Bare heads of a person's office, named on over ل + a title (المكتب الإعلامي لرئيس الوزراء). */
  orgOfficeOf: Set<string>;
}

/**
 * Person folding keys as a character trie. A name is matched word by word, each word's key read
 * on from where the last one ended: no joined key is built and hashed per step. Node 0 is the
 * empty key; a node per prefix of a key; -1 is no prefix of any key.
 */
export class KeyTrie {
  /** Per node: its letter (a UTF-16 code unit), first child and next sibling (-1: none). */
  private readonly letter: number[] = [0];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  /** The variant whose key ends at each node (the first one added), if any. */
  private readonly variants: Array<PersonVariant | undefined> = [undefined];

  add(key: string, v: PersonVariant): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = this.child(node, c);
      if (child < 0) {
        child = this.letter.length;
        this.letter.push(c);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[node]);
        this.variants.push(undefined);
        this.firstChild[node] = child;
      }
      node = child;
    }
    this.variants[node] ??= v;
  }

  private child(node: number, c: number): number {
    let k = this.firstChild[node];
    while (k >= 0 && this.letter[k] !== c) k = this.nextSibling[k];
    return k;
  }

  /** The node reached by reading `s` on from `node` (-1: no key continues so). */
  walk(node: number, s: string): number {
    for (let i = 0; i < s.length && node >= 0; i++) node = this.child(node, s.charCodeAt(i));
    return node;
  }

  /** The variant whose whole key ends at `node`. */
  variantAt(node: number): PersonVariant | undefined {
    return this.variants[node];
  }
}

/** Folded tokens of a name as the tokenizer sees them in text. */
export function phraseTokens(name: string): string[] {
  return tokenize(name).map((t) => t.norm).filter(Boolean);
}

function newNode(): TrieNode {
  return { next: new Map(), entry: null };
}

function insert(root: TrieNode, name: string, entry: GazEntry): void {
  const toks = phraseTokens(name);
  if (!toks.length) return;
  let node = root;
  for (const t of toks) {
    let n = node.next.get(t);
    if (!n) node.next.set(t, (n = newNode()));
    node = n;
  }
  if (entry.bracketed && node.entry && !node.tag) node.tag = entry;
  node.entry ??= entry; // the first source to claim a phrase keeps it (states before cities)
}

const EAST_ASIAN_ORDER = new Set(["CN", "TW", "HK", "KR", "KP", "VN"]);

interface StatesFile { states: Array<{ code: string; name: string; name_en: string | null; names: string[]; adjectives: string[] }> }
interface PlacesFile { places: Array<{ name: string; en: string | null; country: string | null; kind: string }> }
interface RegionsFile { regions: Array<{ id: string; en: string; ar: string[] }> }
interface OrgsFile { orgs: Array<{ id: string; name_en: string; wikidata: string | null; country: string | null; names: string[] }> }
interface MiscFile { misc: Array<{ id: string; en: string; ar: string[] }> }
interface OutletsFile { outlets: Array<{ name_en: string; country?: string | null; names_ar?: string[]; aliases?: string[]; ambiguous?: boolean }> }
interface TitlesFile { heads: Record<string, string>; weak_heads: string[]; construct: string[]; glue: string[]; rank_modifiers?: string[]; then_adverbs?: string[]; counterpart: string[]; relatives?: string[]; destination_heads: string[]; byline_verbs: string[] }
interface OrgHeadsFile { heads: string[]; definite_ok: string[]; need_name: string[]; mechanism_words: string[]; generic: string[]; state_bodies?: string[]; coordination: string[]; not_joined: string[]; short_forms: Record<string, string>; descriptive: string[]; parties?: string[]; descriptions: string[]; chain: string[]; office_of: string[]; listed_only: string[]; improper_adjectives: string[]; abroad: string[]; office_sought: string[]; venues: string[]; venue_heads: string[]; mission_heads?: string[]; named_after: string[]; service_qualifiers?: string[]; organ_heads?: string[]; loyal_heads?: string[]; description_kinds?: string[]; side_kinds?: string[]; service_bodies?: Record<string, string[]> }

const folded = (xs: readonly string[]) => new Set(xs.map((x) => normalize(x)));

/** Folded nouns with each attached pronoun of the third person (عقيله → عقيلته، عقيلتها; نجل → نجله، نجلهم). */
function withPronouns(nouns: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const n of nouns) {
    const stem = n.endsWith("ه") ? `${n.slice(0, -1)}ت` : n;
    for (const p of ["ه", "ها", "هما", "هم"]) out.add(stem + p);
  }
  return out;
}
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");

function tryLoad<T>(path: string): T | null {
  try {
    return loadJson<T>(path);
  } catch {
    return null; // optional file another stage owns (data/outlets.json) may be absent
  }
}

function build(): Lexicon {
  const trie = newNode();
  const add = (kind: GazKind, key: string, names: readonly string[], e: Partial<GazEntry> = {}) => {
    const entry: GazEntry = { kind, key, name: e.name ?? names[0], nameEn: e.nameEn ?? null, wikidata: e.wikidata ?? null, country: e.country ?? null };
    if (e.bracketed) entry.bracketed = true;
    for (const n of names) insert(trie, n, entry);
  };

  const people = loadPeople();
  const personByKey = new Map<string, PersonVariant>();
  const personKeys = new KeyTrie();
  const personByLast = new Map<string, PersonVariant[]>();
  const personByFirst = new Map<string, PersonVariant[]>();
  const shortNames = new Map<string, GazEntry[]>();
  const shortsOf = new Map<string, string[]>();
  const nameWords = new Set<string>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const p of people) {
    const entry: GazEntry = { kind: "PER", key: `per:${p.id}`, name: p.names[0], nameEn: p.nameEn, wikidata: p.wikidata, country: p.country, person: p };
    for (const name of p.names) {
      const toks = phraseTokens(name);
      for (const w of toks) if (w.length >= 3) nameWords.add(w);
      const keys = toks.map(wordKey);
      const full = keys.join("");
      if (full.length < 3) continue;
      const v: PersonVariant = { person: p, entry, words: toks, keys, full };
      if (!personByKey.has(full)) personByKey.set(full, v);
      personKeys.add(full, v);
      if (keys.length >= 2) {
        push(personByLast, toks[toks.length - 1], v);
        push(personByFirst, toks[0], v);
      }
    }
    // Short names, by exact folded form: the surname of every variant (the family name first for
    // Chinese and Korean names), or the forms the file gives.
    const shorts = new Set<string>();
    if (p.short) {
      for (const s of p.short) shorts.add(normalize(s));
      // A given short form of two words or more that closes one spelling of the full name (جاووش أوغلو of مولود جاووش أوغلو)
      // is written as the other spellings write it too (تشاووش أوغلو of مولود تشاووش أوغلو).
      const variants = p.names.map((name) => phraseTokens(name));
      for (const s of p.short) {
        const words = phraseTokens(s);
        if (words.length < 2 || !variants.some((v) => v.length > words.length && v.slice(-words.length).join(" ") === words.join(" "))) continue;
        for (const v of variants) if (v.length > words.length) shorts.add(normalize(v.slice(-words.length).join(" ")));
      }
    } else {
      for (const name of p.names) {
        const toks = phraseTokens(name);
        if (toks.length >= 2) shorts.add(EAST_ASIAN_ORDER.has(p.country ?? "") ? toks[0] : toks[toks.length - 1]);
      }
    }
    for (const s of shorts) push(shortNames, s, entry);
    shortsOf.set(p.id, [...shorts]);
  }

  const states = loadJson<StatesFile>("data/gazetteer/states.json");
  for (const s of states.states) add("GPE", `gpe:${s.code}`, [s.name, ...s.names], { nameEn: s.name_en, country: s.code });
  for (const s of states.states) add("ADJ", `adj:${s.code}`, s.adjectives, { country: s.code });
  for (const o of loadJson<OrgsFile>("data/gazetteer/orgs.json").orgs) {
    add("ORG", `org:${o.id}`, o.names, { nameEn: o.name_en, wikidata: o.wikidata, country: o.country });
  }
  for (const p of loadJson<PlacesFile>("data/gazetteer/places.json").places) {
    add(p.kind === "loc" ? "LOC" : "GPE", `gpe:${p.country ?? "XX"}:${normalize(p.name)}`, [p.name], { nameEn: p.en, country: p.country });
  }
  for (const r of loadJson<RegionsFile>("data/gazetteer/regions.json").regions) add("LOC", `loc:${r.id}`, r.ar, { nameEn: r.en });
  const outletNouns = folded(tryLoad<{ outlet_nouns?: string[] }>("data/lexicon/entity-stopwords.json")?.outlet_nouns ?? []);
  const outlets = tryLoad<OutletsFile>("data/outlets.json");
  const quotedOutlets = new Map<string, GazEntry>();
  const quotedFirst = new Set<string>();
  const outletCountry = new Map<string, string>();
  for (const o of outlets?.outlets ?? []) if (o.country) outletCountry.set(o.name_en, o.country);
  for (const o of outlets?.outlets ?? []) {
    if (o.ambiguous) {
      const entry: GazEntry = { kind: "ORG", key: `org:outlet_${slug(o.name_en)}`, name: (o.names_ar ?? [])[0] ?? o.name_en, nameEn: o.name_en, wikidata: null, country: o.country ?? null };
      for (const n of o.names_ar ?? []) {
        const toks = phraseTokens(n);
        quotedOutlets.set(toks.join(" "), entry);
        if (toks.length) quotedFirst.add(toks[0]);
        // Opened by an outlet noun (قناة العربية، صحيفة الوطن) the name is no word or place.
        if (toks.length >= 2 && outletNouns.has(toks[0])) insert(trie, n, entry);
      }
      continue;
    }
    const names = [...(o.names_ar ?? []), ...(o.aliases ?? []).filter((a) => /[^\x00-\x7f]/.test(a) || /^[A-Z]{2,}/.test(a))];
    if (names.length) add("ORG", `org:outlet_${slug(o.name_en)}`, names, { nameEn: o.name_en, country: o.country ?? null });
  }
  // Agency tags (قنا، وام، بنا) are often ordinary words or places: they count only in brackets or slashes.
  for (const o of outlets?.outlets ?? []) {
    const tags = ((o as { tags?: string[] }).tags ?? []).filter((t) => /[^\x00-\x7f]/.test(t));
    // Named as the outlet's full name where it has one (وطنية → الوكالة الوطنية للإعلام), as its other mentions are.
    if (tags.length) add("ORG", `org:outlet_${slug(o.name_en)}`, tags, { name: o.names_ar?.[0], nameEn: o.name_en, country: o.country ?? null, bracketed: true });
  }
  for (const m of loadJson<MiscFile>("data/gazetteer/misc.json").misc) add("MISC", `misc:${m.id}`, m.ar, { nameEn: m.en });

  const titles = loadJson<TitlesFile>("data/lexicon/titles.json");
  const titleHeads = new Map<string, string>();
  for (const [ar, en] of Object.entries(titles.heads)) if (!ar.includes(" ")) titleHeads.set(normalize(ar).replace(/^ال(?=...)/, ""), en);
  const orgHeads = loadJson<OrgHeadsFile>("data/lexicon/org-heads.json");
  const stop = loadJson<{ words: string[]; platform_nouns: string[] }>("data/lexicon/entity-stopwords.json");
  const common = tryLoad<{ words: string[] }>("data/lexicon/common-words.json");
  const collisionsData = loadJson<{ words: string[]; phrases?: string[]; state_adjectives?: Record<string, string[]> }>("data/lexicon/name-collisions.json");
  const nameParts = loadJson<{ particles: string[]; families: string[]; f_names: string[]; t_names: string[]; honorifics: string[]; not_family: string[] }>("data/lexicon/name-parts.json");

  return {
    trie,
    quotedOutlets,
    quotedFirst,
    outletCountry,
    personByKey,
    personKeys,
    personByLast,
    personByFirst,
    shortNames,
    shortsOf,
    people,
    nameWords,
    notFamily: folded(nameParts.not_family),
    titleHeads,
    weakHeads: new Set(titles.weak_heads.map((w) => normalize(w).replace(/^ال(?=...)/, ""))),
    construct: folded(titles.construct),
    glue: folded(titles.glue),
    rankModifiers: folded(titles.rank_modifiers ?? []),
    thenAdverbs: folded(titles.then_adverbs ?? []),
    // Owned by the quotes stage: أكد X حرص الكويت على … puts one right after the speaker's name.
    statementHeads: folded(tryLoad<{ statement_heads?: string[] }>("data/lexicon/reporting-cues.json")?.statement_heads ?? []),
    counterpart: folded(titles.counterpart),
    relatives: folded(titles.relatives ?? []),
    relativesOf: withPronouns(folded(titles.relatives ?? [])),
    destinationHeads: folded(titles.destination_heads),
    bylineVerbs: folded(titles.byline_verbs),
    orgHeads: new Set(orgHeads.heads.map((h) => normalize(h).replace(/^ال(?=...)/, ""))),
    orgDefiniteOk: new Set(orgHeads.definite_ok.map((h) => normalize(h).replace(/^ال(?=...)/, ""))),
    orgNeedName: new Set(orgHeads.need_name.map((h) => normalize(h))),
    orgListedHeads: new Set(orgHeads.listed_only.map((h) => normalize(h.split(" ")[0]))),
    orgListed: folded(orgHeads.listed_only),
    mechanism: folded(orgHeads.mechanism_words),
    stopwords: folded(stop.words),
    platformNouns: folded(stop.platform_nouns),
    common: new Set(common?.words ?? []),
    collisions: folded(collisionsData.words),
    collisionPhrases: folded(collisionsData.phrases ?? []),
    stateAdjectives: new Map(Object.entries(collisionsData.state_adjectives ?? {}).map(([k, v]) => [normalize(k), folded(v)])),
    nameParticles: folded(nameParts.particles),
    families: folded(nameParts.families.flatMap((f) => f.split(" "))),
    fNames: folded(nameParts.f_names.flatMap((f) => f.split(" "))),
    tNames: folded(nameParts.t_names),
    honorifics: folded(nameParts.honorifics),
    genericOrgs: folded(orgHeads.generic),
    stateBodies: folded(orgHeads.state_bodies ?? []),
    orgCoordination: new Set(orgHeads.coordination.map((h) => normalize(h))),
    orgNotJoined: folded(orgHeads.not_joined),
    orgShortForms: new Map([...Object.entries(orgHeads.short_forms), ...Object.keys(orgHeads.service_bodies ?? {}).map((k) => [k, k])].map(([k, v]) => [normalize(k), normalize(v)])),
    orgLoyalHeads: folded(orgHeads.loyal_heads ?? []),
    orgDescriptionKinds: (orgHeads.description_kinds ?? []).map((h) => normalize(h)),
    orgSideKinds: folded(orgHeads.side_kinds ?? []),
    orgOrganHeads: new Set((orgHeads.organ_heads ?? []).map((h) => normalize(h))),
    orgServiceQualifiers: folded(orgHeads.service_qualifiers ?? []),
    orgServiceBodies: new Map(Object.entries(orgHeads.service_bodies ?? {}).map(([k, v]) => [normalize(k), folded(v)])),
    orgDescriptive: folded(orgHeads.descriptive),
    orgParties: folded(orgHeads.parties ?? []),
    orgDescriptions: folded(orgHeads.descriptions),
    orgChain: folded(orgHeads.chain),
    orgOfficeOf: new Set(orgHeads.office_of.map((h) => normalize(h))),
    orgImproper: folded(orgHeads.improper_adjectives),
    orgOfficeSought: folded(orgHeads.office_sought),
    orgVenues: folded(orgHeads.venues),
    orgVenueHeads: folded(orgHeads.venue_heads),
    orgMissionHeads: folded(orgHeads.mission_heads ?? []),
    orgNamedAfter: folded(orgHeads.named_after),
    orgAbroad: folded(orgHeads.abroad),
  };
}

let lexicon: Lexicon | null = null;

/** The entity lexicon, built on first use. */
export function getLexicon(): Lexicon {
  return (lexicon ??= build());
}
