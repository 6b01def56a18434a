// Entity mentions indexed by position, and the title/counterpart resolution a
// statement's subject needs (الرئيس الصيني → the Chinese president named in
// the article; وزير الخارجية السعودي → the Saudi minister; نظيره الروسي → the
// Russian counterpart; سموه → the person addressed as سمو). A person's titles
// are read from the entity (roles) and from the words written around each of
// its mentions in the article (…، وزير الخارجية الروسي سيرغي لافروف، …).
import type { Doc, Entity, EntityType, Token } from "../types.js";
import { normalize } from "../text/normalize.js";
import { lexicon, type Gender } from "./lexicon.js";
import { nationalityCode } from "./nationalities.js";
import { getLexicon } from "../entities/lexicon.js";
import { isComma, verbReading } from "./words.js";

export interface PlacedMention {
  entity: Entity;
  start: number;
  end: number;
  /** Folded bare words written before the mention (nearest last) and after it (nearest first); "," for a comma. */
  before: string[];
  after: string[];
  /** The mention's own words (a title may be part of the name: الملك عبدالله الثاني). */
  self: string[];
  /** Filled on first use: the words before in text order, and all windows (before, after, self, roles). */
  beforeText?: string[];
  texts?: string[][];
  /** Filled on first use by resolveTitle: per adjective whether a window agrees with it / names another state. */
  agrees?: Map<string, boolean>;
  otherState?: Map<string, boolean>;
}

const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 10;

/** A token's word without conjunction (the tokenizer's reading) and article, for title matching. */
export function bareWord(t: Token): string {
  return bareCore(t.core);
}

/** A folded word without the article. */
export function bareCore(x: string): string {
  return x.startsWith("ال") && x.length > 3 ? x.slice(2) : x;
}

/** Folded words of roles as written, article removed (read-only; bounded: roles recur across a corpus's articles). */
let roleWordCache = new Map<string, string[]>();

function roleWords(role: string): string[] {
  let words = roleWordCache.get(role);
  if (!words) {
    words = normalize(role).split(" ").map(bareCore);
    if (roleWordCache.size >= 20_000) roleWordCache = new Map();
    roleWordCache.set(role, words);
  }
  return words;
}

/** Marks that end a title window (a sentence's end, a colon, quotation marks). */
const WINDOW_MARKS = new Set([".", "!", "؟", "?", ":", "«", "»", '"', "“", "”"]);

/** A window's word: "," for a comma, else the bare word. */
function windowWord(t: Token): string {
  return isComma(t) ? "," : bareWord(t);
}

/** Whether the spelling of mentions[i] is written by an earlier mention. */
function writtenBefore(mentions: readonly { text: string }[], i: number): boolean {
  for (let j = 0; j < i; j++) if (mentions[j].text === mentions[i].text) return true;
  return false;
}

/** Folded words of names as written (read-only; bounded: a worker lives for a whole corpus, and names recur across its articles). */
let nameWords = new Map<string, readonly string[]>();

function foldedWords(written: string): readonly string[] {
  let words = nameWords.get(written);
  if (!words) {
    words = normalize(written).split(" ");
    if (nameWords.size >= 20_000) nameWords = new Map();
    nameWords.set(written, words);
  }
  return words;
}

export class MentionIndex {
  readonly all: PlacedMention[];
  private readonly roles = new Map<Entity, string[][]>();
  /** A person's family name (last word of a name or mention, article removed) → the person; null when two share it. */
  private readonly familyNames = new Map<string, Entity | null>();
  /** A person's first name → the person; null when two share it. Used only after a form of address (الشيخ خليفة). */
  private readonly firstNames = new Map<string, Entity | null>();
  constructor(readonly entities: Entity[], doc?: Doc) {
    const all: PlacedMention[] = [];
    for (const entity of entities) {
      for (const m of entity.mentions) all.push({ entity, start: m.start, end: m.end, before: [], after: [], self: [] });
    }
    this.all = all.sort((a, b) => a.start - b.start || b.end - a.end);
    if (doc) this.readWindows(doc.tokens);
    const stop = lexicon().nameStoplist;
    for (const e of entities) {
      if (e.type !== "PER") continue;
      const mentions = e.mentions;
      for (let i = -1; i < mentions.length; i++) {
        const written = i < 0 ? e.name : mentions[i].text;
        // Each spelling once: a repeated one would set the same names again.
        if (i >= 0 && (written === e.name || writtenBefore(mentions, i))) continue;
        const words = foldedWords(written);
        const last = words[words.length - 1];
        // A one-word mention (شي، لافروف) names its person wherever it is written again; so does the
        // last word of a longer name, of two letters too (حسين إبراهيم طه → فيما قال طه) unless it is a common word.
        if (stop.has(last) || bareCore(last).length < 2 || (words.length >= 2 && bareCore(last).length < 3 && getLexicon().common.has(last))) continue;
        const key = bareCore(last);
        const seen = this.familyNames.get(key);
        this.familyNames.set(key, seen === undefined || seen === e ? e : null);
        // يوسف بن علوي بن عبدالله → بن علوي: the word after the first بن names the person written so.
        const ibn = words.indexOf("بن");
        if (ibn > 0 && ibn + 1 < words.length && !stop.has(words[ibn + 1])) {
          const had = this.patronyms.get(words[ibn + 1]);
          this.patronyms.set(words[ibn + 1], had === undefined || had === e ? e : null);
        }
        const first = bareCore(words[0]);
        if (words.length >= 2 && !stop.has(words[0]) && first.length >= 3) {
          const had = this.firstNames.get(first);
          this.firstNames.set(first, had === undefined || had === e ? e : null);
        }
        // موسى فكي محمد → موسى فكي: a name of three words or more is written by its first two as well.
        if (words.length >= 3 && !stop.has(words[0]) && !stop.has(words[1])) {
          const pair = words[0] + " " + words[1];
          const had = this.firstPairs.get(pair);
          this.firstPairs.set(pair, had === undefined || had === e ? e : null);
        }
        this.readInnerNames(e, words);
      }
    }
    // A middle part that is also another person's first or family name tells neither apart.
    for (const [key, e] of this.innerNames) {
      const other = this.familyNames.get(key) ?? this.firstNames.get(key);
      if (e && other !== undefined && other !== e) this.innerNames.set(key, null);
    }
  }

  /** The first two words of an organisation's name of three or more (المجلس الأعلى) → the body; null when two share them (built on first use). */
  private shortForms: Map<string, Entity | null> | null = null;

  /**
   * The organisation written by the first two words of its name from token `k` (أكد المجلس الأعلى …
   * after المجلس الأعلى لمجلس التعاون), a definite head and its adjective, where the article named it
   * in full before and no other body of the article opens its name so.
   */
  bodyByShortForm(tokens: Token[], k: number): Entity | null {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a === undefined || b === undefined || a.kind !== "arabic" || b.kind !== "arabic" || !a.core.startsWith("ال") || !b.norm.startsWith("ال")) return null;
    if (this.at(a.start) !== undefined) return null;
    const e = this.shortFormMap().get(a.core + " " + b.norm) ?? null;
    return e !== null && e.mentions.some((m) => m.end <= a.start) ? e : null;
  }

  private shortFormMap(): Map<string, Entity | null> {
    if (this.shortForms) return this.shortForms;
    const map = new Map<string, Entity | null>();
    for (const e of this.entities) {
      if (e.type !== "ORG") continue;
      const words = foldedWords(e.name);
      if (words.length < 3 || !words[0].startsWith("ال") || !words[1].startsWith("ال")) continue;
      const key = words[0] + " " + words[1];
      const had = map.get(key);
      map.set(key, had === undefined || had === e ? e : null);
    }
    return (this.shortForms = map);
  }

  /** A middle part of a name of three words or more (لولا of لويس إيناسيو لولا دا سيلفا) → the person; null when two share it. */
  private readonly innerNames = new Map<string, Entity | null>();

  /**
   * The middle parts of a name by which wire copy often calls the person alone (لولا، فقي of
   * موسى فقي محمد, whose last part is a common given name): not particles (ولد، دا، بن), forms of
   * address or titles inside the name (الشيخ), words of two letters, nor common words.
   */
  private readInnerNames(e: Entity, words: readonly string[]): void {
    if (words.length < 3) return;
    const particles = getLexicon().nameParticles;
    const lex = lexicon();
    for (let i = 1; i < words.length - 1; i++) {
      const w = words[i];
      const key = bareCore(w);
      if (key.length < 3 || particles.has(w) || lex.nameStoplist.has(w) || lex.titles.has(w) || lex.honorifics.has(w) || getLexicon().common.has(w)) continue;
      const had = this.innerNames.get(key);
      this.innerNames.set(key, had === undefined || had === e ? e : null);
    }
  }

  /**
   * The person a middle part of their name names when written alone as a subject (أما لولا،
   * فدعا …؛ وقال فقي في كلمته) and the entity stage did not mark it; asked after the family name.
   */
  byInnerName(t: Token): Entity | null {
    if (t.kind !== "arabic" || !this.innerNames.size) return null;
    return this.innerNames.get(bareCore(t.core)) ?? null;
  }

  /**
   * The person a token names by family name alone (وقال الوزير اليحيا، عن شكري)
   * when the entity stage did not mark that mention.
   */
  byFamilyName(t: Token): Entity | null {
    if (t.kind !== "arabic") return null;
    return this.familyNames.get(bareCore(t.core)) ?? null;
  }

  /**
   * The person whose name a whole written word is, where the tokenizer took a first letter of it
   * for the conjunction (ويليامز read as و + يليامز, ولد as و + لد): the word as written, and only
   * when it differs from its reading.
   */
  byWholeWord(t: Token): Entity | null {
    if (t.kind !== "arabic" || t.norm === t.core) return null;
    return this.familyNames.get(t.norm) ?? null;
  }

  /** The first two words of a name of three or more (موسى فكي of موسى فكي محمد) → the person; null when two share them. */
  private readonly firstPairs = new Map<string, Entity | null>();

  /** The person written by the first two words of their name (أكد موسى فكي أن …) when the entity stage did not mark that mention. */
  byFirstTwo(a: Token, b: Token | undefined): Entity | null {
    if (a.kind !== "arabic" || b === undefined || b.kind !== "arabic" || !this.firstPairs.size) return null;
    return this.firstPairs.get(a.norm + " " + b.norm) ?? this.firstPairs.get(a.core + " " + b.norm) ?? null;
  }

  /** A person's first patronym (علوي of يوسف بن علوي) → the person; null when two share it. */
  /** The first two folded words of every person's name or mention of two words or more (built on first use). */
  private openingPairs: Set<string> | null = null;

  /**
   * Whether tokens `a` `b` open the name of a person of the article (علي الصادق): folding writes the
   * name علي as the preposition على, which must not end a subject zone there (وأوضح علي الصادق أن).
   */
  opensPersonName(a: Token, b: Token | undefined): boolean {
    if (a.kind !== "arabic" || b === undefined || b.kind !== "arabic") return false;
    if (!this.openingPairs) {
      this.openingPairs = new Set();
      for (const e of this.entities) {
        if (e.type !== "PER") continue;
        for (const written of [e.name, ...e.mentions.map((m) => m.text)]) {
          const words = foldedWords(written);
          if (words.length >= 2) this.openingPairs.add(words[0] + " " + words[1]);
        }
      }
    }
    const pairs = this.openingPairs;
    return pairs.has(a.norm + " " + b.norm) || pairs.has(a.core + " " + b.norm);
  }

  /**
   * The person whose name ends with the words written from token `k` (two words or more, up to
   * `stop`): ولد الشيخ أحمد for إسماعيل ولد الشيخ أحمد, where the entity stage may have read a part
   * of it as another name (الشيخ أحمد). The longest such run wins; ties between persons give null.
   */
  byNameTail(tokens: Token[], k: number, stop: number): { entity: Entity; end: number } | null {
    let best: { entity: Entity; end: number } | null = null;
    let tie = false;
    for (const e of this.entities) {
      if (e.type !== "PER") continue;
      const words = foldedWords(e.name);
      for (let i = 1; i + 2 <= words.length; i++) {
        const n = words.length - i;
        if (k + n > stop) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          const t = tokens[k + j];
          ok = t.kind === "arabic" && (t.norm === words[i + j] || (j === 0 && t.core === words[i + j]));
        }
        if (!ok) continue;
        if (!best || k + n > best.end) {
          best = { entity: e, end: k + n };
          tie = false;
        } else if (k + n === best.end && best.entity !== e) tie = true;
        break;
      }
    }
    return tie ? null : best;
  }

  private readonly patronyms = new Map<string, Entity | null>();

  /** The person written by the first patronym alone (وأكد بن علوي أن …): `t` is the word after بن. */
  byPatronym(t: Token): Entity | null {
    if (t.kind !== "arabic") return null;
    return this.patronyms.get(t.norm) ?? null;
  }

  /** The person a first name written after a form of address names (الشيخ خليفة، الأمير فيصل). */
  byFirstName(t: Token): Entity | null {
    if (t.kind !== "arabic") return null;
    return this.firstNames.get(bareCore(t.core)) ?? null;
  }

  // Loops and methods rather than closures: the windows are read for every person mention of every article.
  private readWindows(tokens: Token[]): void {
    const counterparts = lexicon().counterparts;
    // (تسليم X رئاسة الدورة لنظيره الجزائري: the tokenizer leaves ل or ب on the word.)
    const isCounterpart = (x: Token) => counterparts.has(x.core) || (/^[لب]/.test(x.core) && counterparts.has(x.core.slice(1)));
    const honorifics = lexicon().honorifics;
    let t = 0;
    for (const m of this.all) {
      if (m.entity.type !== "PER") continue;
      while (t < tokens.length && tokens[t].end <= m.start) t++;
      let last = t;
      while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
      // Only definite words inside a name are titles (الملك عبدالله); أمين in أمين فارس is a name.
      for (let k = t; k <= last; k++) if (tokens[k].core.startsWith("ال")) m.self.push(bareWord(tokens[k]));
      const sentence = tokens[t]?.sentence;
      for (let k = t - 1; k >= 0 && t - k <= WINDOW_BEFORE && !this.stops(tokens[k], sentence, m.entity); k--) {
        // …، وزير الخارجية السعودي، والدكتور X: a comma before a و-joined item ends the list item's title.
        if (isComma(tokens[k]) && tokens[k + 1]?.pre.startsWith("و")) break;
        m.before.push(windowWord(tokens[k]));
        // A counterpart (ونظيره الجزائري …) separates two people's titles, and so does a form of address
        // joined by و (وعقد جلالة السلطان المعظم وفخامة الرئيس X: the words before وفخامة are the other's).
        if (isCounterpart(tokens[k]) || (tokens[k].pre.startsWith("و") && honorifics.has(tokens[k].core))) break;
      }
      let k = last + 1;
      // X ووزيرة خارجية Y …: a title joined by و right after the name is another person's (stacked titles come after one of X's own).
      const joined = tokens[k]?.pre.startsWith("و") && lexicon().titles.has(tokens[k].core);
      for (; !joined && k < tokens.length && k - last <= WINDOW_AFTER && !this.stops(tokens[k], sentence, m.entity) && !isCounterpart(tokens[k]); k++) {
        m.after.push(windowWord(tokens[k]));
      }
      this.readHomeState(m, tokens, k);
      // التقت X الرئيس التونسي Y: a title with the article written right before the next
      // person is that person's (the object's), not an apposition of X's.
      if (this.stoppedAtPerson && k < tokens.length) this.dropNextTitle(m, tokens, last + 1, k);
    }
  }

  /**
   * X وزير الشؤون الخارجية والتعاون الدولي في جمهورية رواندا: a title of an office held at home
   * (its first word a home-office head) that goes on with في + a state names the holder's state;
   * the window stopped at في, so the state's words (up to its mention) are added to it.
   */
  private readHomeState(m: PlacedMention, tokens: Token[], k: number): void {
    if (tokens[k]?.norm !== "في" || !m.after.length || !lexicon().homeOfficeHeads.has(m.after[0])) return;
    for (let j = k + 1; j < tokens.length && j - k <= 3 && tokens[j].kind === "arabic"; j++) {
      const place = this.at(tokens[j].start);
      if (place?.entity.type !== "GPE") continue;
      for (let n = k; n < tokens.length && tokens[n].start < place.end; n++) m.after.push(windowWord(tokens[n]));
      return;
    }
  }

  /**
   * Cuts m.after where the title written right before the next person begins (X الرئيس
   * التونسي Y، X وزير الخارجية الألمانية Y): the title phrase nearest Y, whose title words
   * stand together (نائب وزير الخارجية); an earlier apposition stays X's (X ملك الأردن الرئيس Y).
   * A title after a preposition (التقى X بوزير خارجية سنغافورة Y) is the object's too.
   */
  private dropNextTitle(m: PlacedMention, tokens: Token[], first: number, next: number): void {
    const lex = lexicon();
    const listed = (w: string) => lex.titles.has(w) || lex.honorifics.has(w);
    // (X بوزير خارجية سنغافورة Y، X بمعالي Y: the tokenizer leaves ب and ل on the object's title.)
    const titleWord = (t: Token) => listed(t.core) || (/^[بل]/.test(t.core) && listed(t.core.slice(1)));
    // A title built with a state (وزير خارجية اليابان، رئيس وزراء باكستان، أمير دولة قطر) is read through too.
    const inTitle = (t: Token) => t.core.startsWith("ال") || titleWord(t) || lex.titleConstruct.has(t.core) || this.isStateName(bareCore(t.core));
    let cut = -1;
    for (let j = next - 1; j >= first && tokens[j].kind === "arabic" && inTitle(tokens[j]); j--) {
      if (!titleWord(tokens[j])) continue;
      cut = j;
      if (j - 1 < first || !titleWord(tokens[j - 1])) break;
    }
    if (cut >= first) m.after.length = cut - first;
  }

  /** A title is written beside the name: the window ends at a clause, a quotation or another person. */
  private stops(x: Token, sentence: number | undefined, self: Entity): boolean {
    this.stoppedAtPerson = false;
    if (x.sentence !== sentence || WINDOW_MARKS.has(x.text)) return true;
    const other = this.at(x.start);
    if (other !== undefined && other.entity.type === "PER" && other.entity !== self) return (this.stoppedAtPerson = true);
    const lex = lexicon();
    // A clause opener (…، حيث نقل رئيس الوزراء …) too: a title after one is not the name's.
    return verbReading(x) !== null || lex.complementizers.has(x.norm) || lex.breakers.has(x.norm) || lex.clauseOpeners.has(x.norm);
  }

  /** All title windows of a mention, in text order (cached). */
  textsOf(m: PlacedMention): PlacedMention & { beforeText: string[]; texts: string[][] } {
    if (!m.texts || !m.beforeText) {
      m.beforeText = [...m.before].reverse();
      m.texts = [m.beforeText, m.after, m.self, ...this.rolesUpTo(m)];
    }
    // The mention itself, its windows filled: resolveTitle asks for every person mention on each phrase it tries.
    return m as PlacedMention & { beforeText: string[]; texts: string[][] };
  }

  /** Some window of the person's mentions holds the title word (bare), not after a modifier (نائب الرئيس is no رئيس). */
  windowsHoldTitle(id: string, word: string): boolean {
    const modifiers = lexicon().titleModifiers;
    for (const m of this.all) {
      if (m.entity.id !== id) continue;
      for (const w of this.textsOf(m).texts) {
        const i = w.indexOf(word);
        if (i >= 0 && !modifiers.has(w[i - 1] ?? "")) return true;
      }
    }
    return false;
  }

  /** Index of the first mention starting at or after `offset` (binary search). */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions that start in [from, to), in text order. */
  within(from: number, to: number, types?: EntityType[]): PlacedMention[] {
    const out: PlacedMention[] = [];
    for (let i = this.lowerBound(from); i < this.all.length && this.all[i].start < to; i++) {
      const m = this.all[i];
      if (!types || types.includes(m.entity.type)) out.push(m);
    }
    return out;
  }

  /** The mention covering offset `at`, if any (the outermost when mentions nest). */
  at(at: number): PlacedMention | undefined {
    let found: PlacedMention | undefined;
    // Mentions are short: look back over the few that start before `at`.
    for (let i = this.lowerBound(at + 1) - 1, n = 0; i >= 0 && n < 16; i--, n++) {
      const m = this.all[i];
      if (m.start <= at && at < m.end && (!found || m.start <= found.start)) found = m;
    }
    return found;
  }

  /** The last mention of the given types that ends at or before `offset`. */
  lastBefore(offset: number, types: EntityType[], except?: Set<string>): PlacedMention | undefined {
    for (let i = this.all.length - 1; i >= 0; i--) {
      const m = this.all[i];
      if (m.end <= offset && types.includes(m.entity.type) && !except?.has(m.entity.id)) return m;
    }
    return undefined;
  }

  /** Entities of a type by number of mentions before `offset`, most first (ties: earliest first). */
  salient(type: EntityType, offset: number): Entity[] {
    const count = new Map<Entity, { n: number; first: number }>();
    for (const m of this.all) {
      if (m.start >= offset || m.entity.type !== type) continue;
      const c = count.get(m.entity);
      if (c) c.n++;
      else count.set(m.entity, { n: 1, first: m.start });
    }
    return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([e]) => e);
  }

  /** Words from the entity stage's roles (computed once per entity), read like a window after the name. */
  roleWindows(e: Entity): string[][] {
    let w = this.roles.get(e);
    if (!w) {
      w = e.roles.map(roleWords);
      for (const m of e.mentions) if (m.role) w.push(roleWords(m.role.text));
      this.roles.set(e, w);
    }
    return w;
  }

  /**
   * The role windows a reader has seen by mention m: a role the entity stage read beside a later
   * mention only (كما التقى ولي العهد الرئيس X, where ولي العهد is the subject's) does not tell
   * whom a title written before it means.
   */
  private rolesUpTo(m: PlacedMention): string[][] {
    const e = m.entity;
    const all = this.roleWindows(e);
    let later = false;
    for (const x of e.mentions) if (x.role && x.start > m.start) later = true;
    if (!later) return all;
    const out: string[][] = [];
    for (const r of e.roles) {
      let first = -1;
      for (const x of e.mentions) if (x.role?.text === r && (first < 0 || x.start < first)) first = x.start;
      if (first <= m.start) out.push(roleWords(r));
    }
    for (const x of e.mentions) if (x.role && x.start <= m.start) out.push(roleWords(x.role.text));
    return out;
  }

  /** The entity with this id (a loop: an article has a few dozen, and most ask once or twice). */
  byId(id: string): Entity | undefined {
    for (const e of this.entities) if (e.id === id) return e;
    return undefined;
  }

  /** Set by stops(): the window ended at another person's mention. */
  private stoppedAtPerson = false;
  private genders: Map<Entity, Gender> | null = null;
  private feminine: boolean | null = null;

  /** Whether a feminine title stands before some person's mention (cheap test before genderOf's per-person reading). */
  anyFeminineTitle(): boolean {
    if (this.feminine === null) {
      const fem = lexicon().feminineTitles;
      this.feminine = false;
      outer: for (const m of this.all) {
        if (m.entity.type !== "PER") continue;
        for (let i = 0; i < m.before.length && i < 5; i++) if (fem.has(m.before[i])) { this.feminine = true; break outer; }
        for (let i = 0; i < m.self.length && i < 2; i++) if (fem.has(m.self[i])) { this.feminine = true; break outer; }
      }
      if (!this.feminine) for (const e of this.entities) if (e.type === "PER" && this.roleWindows(e).some((w) => w.some((x) => fem.has(x)))) { this.feminine = true; break; }
    }
    return this.feminine;
  }

  /**
   * A person's gender as the article writes it: a feminine title or form of address
   * right before any of their mentions or in their roles (الرئيسة سامية، وزيرة الخارجية X)
   * says "f"; else a masculine one says "m"; null when nothing does.
   */
  genderOf(e: Entity): Gender {
    this.genders ??= new Map();
    let g = this.genders.get(e);
    if (g !== undefined) return g;
    const lex = lexicon();
    let fem = false;
    let masc = false;
    const look = (words: readonly string[], n: number) => {
      for (let i = 0; i < words.length && i < n && words[i] !== ","; i++) {
        if (lex.feminineTitles.has(words[i])) fem = true;
        else if (lex.masculineTitles.has(words[i])) masc = true;
      }
    };
    if (e.type === "PER") {
      for (const m of this.all) {
        if (m.entity !== e) continue;
        look(m.before, 5);
        look(m.self, 2);
      }
      for (const w of this.roleWindows(e)) look(w, 3);
    }
    g = fem ? "f" : masc ? "m" : null;
    this.genders.set(e, g);
    return g;
  }

  private stateNames: Set<string> | null = null;
  private personWords: Set<string> | null = null;

  /** Every word of every person's title windows (a title none of whose holders' windows has a word names nobody). */
  titleWords(): Set<string> {
    if (!this.personWords) {
      this.personWords = new Set();
      for (const m of this.all) if (m.entity.type === "PER") for (const w of this.textsOf(m).texts) for (const x of w) this.personWords.add(x);
    }
    return this.personWords;
  }
  private readonly nationalities = new Map<string, boolean>();
  private titleAdjectives: Map<string, boolean> | null = null;
  private stateBare: [Entity, string][] | null = null;

  /** The article's states with their folded names, article removed (folded once per article, not per adjective asked). */
  private stateBareNames(): [Entity, string][] {
    if (!this.stateBare) {
      this.stateBare = [];
      for (const e of this.entities) {
        if (e.type !== "GPE") continue;
        const name = normalize(e.name);
        this.stateBare.push([e, name.startsWith("ال") ? name.slice(2) : name]);
      }
    }
    return this.stateBare;
  }
  private adjectiveCountries: Map<string, string | null> | null = null;

  /** A title's last word that is its nationality adjective: of a state of the article, or any masculine one, or a feminine one the gazetteer knows (memoised). */
  isTitleAdjective(w: string): boolean {
    this.titleAdjectives ??= new Map();
    let hit = this.titleAdjectives.get(w);
    if (hit === undefined) {
      hit = this.isNationality(w) || (/^ال..+ي$/.test(w) && !lexicon().titles.has(w)) || (/^ال..+يه$/.test(w) && nationalityCode(w) !== null);
      this.titleAdjectives.set(w, hit);
    }
    return hit;
  }

  /** The country code a nationality adjective names: the gazetteer's, else that of a state of the article it matches (memoised). */
  countryOfAdjective(adjective: string): string | null {
    this.adjectiveCountries ??= new Map();
    let code = this.adjectiveCountries.get(adjective);
    if (code === undefined) {
      code = nationalityCode(adjective);
      if (code === null) for (const [g, bare] of this.stateBareNames()) if (g.country && nameMatchesAdjective(bare, adjective)) { code = g.country; break; }
      this.adjectiveCountries.set(adjective, code);
    }
    return code;
  }

  /** True when a folded word (article removed) is the name of a state mentioned in the article. */
  isStateName(bare: string): boolean {
    this.stateNames ??= new Set(this.entities.filter((e) => e.type === "GPE").map((e) => bareCore(normalize(e.name))));
    return this.stateNames.has(bare);
  }

  /** True when a folded adjective (الروسي، السعودية) names a state mentioned in the article. */
  isNationality(word: string): boolean {
    let hit = this.nationalities.get(word);
    if (hit === undefined) {
      hit = false;
      for (const [, bare] of this.stateBareNames()) if (nameMatchesAdjective(bare, word)) { hit = true; break; }
      this.nationalities.set(word, hit);
    }
    return hit;
  }
}

/**
 * Folded nationality adjective → the stem a country name has (الروسي → روس: روسيا). Not memoised:
 * two slices cost less than a lookup in a map of every word seen.
 */
function adjectiveStem(word: string): string | null {
  let w = word.startsWith("ال") ? word.slice(2) : word;
  if (w.endsWith("يه")) w = w.slice(0, -2);
  else if (w.endsWith("ي")) w = w.slice(0, -1);
  else return null;
  return w.length >= 2 ? w : null;
}

/** A state's folded name, article removed (روسيا), is the one a nationality adjective (الروسي) is formed from. */
function nameMatchesAdjective(bare: string, adjective: string): boolean {
  const stem = adjectiveStem(adjective);
  if (!stem) return false;
  return bare === stem || bare === stem + "ا" || bare === stem + "ه" || bare === stem + "ات" || bare === stem + "يا";
}

/**
 * Words after which a country's name belongs to a title (رئيس دولة الإمارات، وزير خارجية سلطنة عمان);
 * في only reaches a window after a home office's title (readHomeState: وزير الخارجية في رواندا).
 */
const TITLE_GENITIVE = new Set(["دوله", "رييس", "امير", "ملك", "عاهل", "خارجيه", "سلطنه", "مملكه", "جمهوريه", "سفير", "حكومه", "في"]);

/**
 * Some word of a window (in text order) agrees with a nationality adjective:
 * the same adjective in either gender (الروسي / الروسية), or the country's
 * name inside a title (أمير دولة الكويت ~ الكويتي).
 */
function windowHasAdjective(words: string[], adjective: string): boolean {
  const stem = adjectiveStem(adjective);
  if (stem === null) return windowHasCountry(words, bareCore(adjective));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (stemIs(w, stem)) return true;
    // (ة folds to ه: جمهورية سنغافورة ~ السنغافوري; only for a nationality of the gazetteer: رئيس الدولة is no الدولي.)
    const isCountry = bareIs(w, stem, "") || bareIs(w, stem, "ا") || bareIs(w, stem, "يا") || bareIs(w, stem, "ات") || (bareIs(w, stem, "ه") && nationalityCode(adjective) !== null);
    if (isCountry && i > 0 && TITLE_GENITIVE.has(words[i - 1])) return true;
  }
  return false;
}

// The window tests compare words in place: they run for every word of every window of every
// person against each adjective, and a slice or a concatenation per comparison was most of the
// statement stage's garbage.

/** bareCore(w) === stem + suffix, without building either string. */
function bareIs(w: string, stem: string, suffix: string): boolean {
  const a = w.startsWith("ال") && w.length > 3 ? 2 : 0;
  return w.length - a === stem.length + suffix.length && w.startsWith(stem, a) && w.endsWith(suffix);
}

/**
 * adjectiveStem(w) === stem, without building the stem. Window words have lost their
 * article already, so one whose state's name opens with ال (المانيه for الألمانية) is
 * also read whole.
 */
function stemIs(w: string, stem: string): boolean {
  const e = stemEnd(w);
  if (e < 0) return false;
  if (w.startsWith("ال") && e === stem.length && w.startsWith(stem)) return true;
  const a = w.startsWith("ال") ? 2 : 0;
  return e - a === stem.length && w.startsWith(stem, a);
}

/** Where adjectiveStem's stem of `word` ends (it starts after the article), or -1 when it has none. */
function stemEnd(word: string): number {
  const a = word.startsWith("ال") ? 2 : 0;
  const e = word.endsWith("يه") ? word.length - 2 : word.endsWith("ي") ? word.length - 1 : -1;
  return e - a >= 2 ? e : -1;
}

/** name === adjectiveStem(w) + suffix, without building the stem. */
function nameIsStemOf(name: string, w: string, suffix: string): boolean {
  const e = stemEnd(w);
  if (e < 0) return false;
  const a = w.startsWith("ال") ? 2 : 0;
  if (name.length !== e - a + suffix.length || !name.endsWith(suffix)) return false;
  for (let i = a; i < e; i++) if (name.charCodeAt(i - a) !== w.charCodeAt(i)) return false;
  return true;
}

/** A country's name (folded, no article) or its adjective is written in the window (ملك البحرين ~ عاهل مملكة البحرين، البحريني). */
function windowHasCountry(words: string[], name: string): boolean {
  for (const w of words) {
    if (bareIs(w, name, "")) return true;
    if (nameIsStemOf(name, w, "") || nameIsStemOf(name, w, "ا") || nameIsStemOf(name, w, "ه") || nameIsStemOf(name, w, "يا") || nameIsStemOf(name, w, "ات")) return true;
  }
  return false;
}

/** A nationality adjective, or a country name used as one (ملك البحرين), agrees with a word of the window, wherever written. */
function looseAgrees(words: string[], marker: string): boolean {
  const stem = adjectiveStem(marker);
  if (stem === null) return windowHasCountry(words, bareCore(marker));
  return words.some((w) => {
    const bare = bareCore(w);
    return stem === adjectiveStem(w) || bare === stem || bare === stem + "ا" || bare === stem + "يا" || bare === stem + "ات" || bare === stem + "ه";
  });
}

const LOOSE_WINDOW = 14;

/**
 * A last resort for a title no window matched: a long title runs over
 * prepositions the windows stop at (المبعوث الخاص للأمين العام للأمم المتحدة
 * إلى سوريا X). The latest person whose preceding words in the sentence hold
 * the title's head word, and the adjective or country when one is given.
 */
export function resolveTitleLoose(index: MentionIndex, tokens: Token[], head: string, marker: string | null, before: number): Entity | null {
  let t = tokens.length;
  for (let i = index.all.length - 1; i >= 0; i--) {
    const m = index.all[i];
    if (m.entity.type !== "PER" || m.start >= before) continue;
    while (t > 0 && tokens[t - 1].start >= m.start) t--;
    const words = looseWords(index, tokens, m, t);
    const after = index.textsOf(m).texts[1];
    if (!words.includes(head)) continue;
    if (marker && !looseAgrees([...words, ...after], marker)) continue;
    return m.entity;
  }
  return null;
}

/**
 * The person holds a title word by their windows or by the long title written before one of
 * their mentions (وزير الشؤون الخارجية والتعاون …، السيد X: further back than a window reaches).
 */
export function holdsTitle(index: MentionIndex, tokens: Token[], id: string, word: string): boolean {
  if (index.windowsHoldTitle(id, word)) return true;
  let t = 0;
  for (const m of index.all) {
    if (m.entity.id !== id) continue;
    while (t < tokens.length && tokens[t].start < m.start) t++;
    if (looseWords(index, tokens, m, t).includes(word)) return true;
  }
  return false;
}

/**
 * Bare words before a mention (token index `t`) in its sentence, nearest first, up to another
 * person, a reporting verb or a complementizer (صرح المتحدث الرسمي بأن الرئيس X: the spokesman's
 * title is the reporter's, not X's).
 */
function looseWords(index: MentionIndex, tokens: Token[], m: PlacedMention, t: number): string[] {
  const words: string[] = [];
  const complementizers = lexicon().complementizers;
  for (let k = t - 1; k >= 0 && t - k <= LOOSE_WINDOW && tokens[k].sentence === tokens[t]?.sentence; k--) {
    const x = index.at(tokens[k].start);
    if ((x && x.entity.type === "PER" && x.entity !== m.entity) || verbReading(tokens[k]) !== null || complementizers.has(tokens[k].norm)) break;
    words.push(bareWord(tokens[k]));
  }
  return words;
}

/** The person (by id) fits a nationality adjective by the titles beside their names, their country, or a long title before a name. */
export function fitsAdjective(index: MentionIndex, tokens: Token[], id: string, adjective: string): boolean {
  const e = index.byId(id);
  return e !== undefined && e.type === "PER" && (fitsNationality(index, tokens, e, adjective, false) || fitsNationality(index, tokens, e, adjective, true));
}

/**
 * Whether a person fits a nationality adjective (الصيني، الروسية): a window of one of
 * their mentions holds it, or the long title written before a mention does (نائب وزير
 * الخارجية الروسي والمبعوث الخاص … إلى الشرق الأوسط X), or the entity stage's country
 * is the country of a state of the article the adjective names.
 */
function fitsNationality(index: MentionIndex, tokens: Token[], e: Entity, adjective: string, loose: boolean): boolean {
  let t = tokens.length;
  for (let i = index.all.length - 1; i >= 0; i--) {
    const m = index.all[i];
    if (m.entity !== e) continue;
    if (!loose) {
      if (index.textsOf(m).texts.some((w) => windowHasAdjective(w, adjective))) return true;
      continue;
    }
    while (t > 0 && tokens[t - 1].start >= m.start) t--;
    if (looseAgrees(looseWords(index, tokens, m, t), adjective)) return true;
  }
  return !loose && countryAgrees(index, e, adjective);
}

/**
 * The entity stage's country of a person (the gazetteer's) is the state a nationality
 * adjective names (وانغ يي ~ الوزير الصيني where no title beside the name says الصيني).
 */
function countryAgrees(index: MentionIndex, e: Entity, adjective: string): boolean {
  return e.country !== null && e.country !== "" && index.countryOfAdjective(adjective) === e.country;
}

/** A known gender that contradicts the wanted one. */
export function contradicts(have: Gender, want: Gender | undefined): boolean {
  return !!want && !!have && have !== want;
}

/**
 * A definite noun that refers back to a person (وأكد المسؤول الصيني، وقالت الضيفة):
 * the last speaker when they fit the adjective and gender, else the latest person
 * mentioned before `before` who does; null when none fits. With `knownGender` only a person
 * the article writes as of that gender fits (a noun that is also abstract: الدبلوماسية).
 */
export function resolveAnaphor(index: MentionIndex, tokens: Token[], adjective: string | null, gender: Gender, lastSpeaker: string | null, before: number, knownGender = false): Entity | null {
  const last = lastSpeaker ? index.byId(lastSpeaker) : undefined;
  // Titles written beside a name (or the entity's country) first; the long title before a name only then.
  for (const loose of adjective ? [false, true] : [false]) {
    const fits = (e: Entity) =>
      e.type === "PER" && (knownGender ? index.genderOf(e) === gender : !contradicts(index.genderOf(e), gender)) && (!adjective || fitsNationality(index, tokens, e, adjective, loose));
    if (last && fits(last)) return last;
    const tried = new Set<Entity>();
    for (let i = index.all.length - 1; i >= 0; i--) {
      const m = index.all[i];
      if (m.start >= before || m.entity.type !== "PER" || tried.has(m.entity)) continue;
      tried.add(m.entity);
      if (fits(m.entity)) return m.entity;
    }
  }
  return null;
}

/** Where `seq` occurs contiguously in `words`, or -1. */
function indexOfSeq(words: string[], seq: string[]): number {
  if (!seq.length) return -1;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let n = 0; n < seq.length; n++) if (words[i + n] !== seq[n]) continue outer;
    return i;
  }
  return -1;
}

/** Forms of address that do not tell holders of a title apart. */
const COMMON_ADDRESS = new Set(["سيد", "سيده", "شيخ", "صاحب"]);

let honorificForms: { of: ReadonlySet<string>; forms: Set<string> } | null = null;

/** The honorifics and their forms with the article (a word w is one when w or bareCore(w) is listed), built once. */
function honorificWords(): Set<string> {
  const listed = lexicon().honorifics;
  if (honorificForms?.of !== listed) {
    const forms = new Set(listed);
    const bareOnly = lexicon().honorificsBareOnly;
    for (const h of listed) if (h.length > 1 && !bareOnly.has(h)) forms.add("ال" + h);
    honorificForms = { of: listed, forms };
  }
  return honorificForms.forms;
}

/**
 * The person a title phrase (folded words, as written after the verb) refers
 * to: the nationality adjective, when written, must match; the title itself
 * scores best written right beside the name, less anywhere in the window, and
 * not at all after a modifier (نائب رئيس الدولة is not رئيس الدولة). The
 * most recently mentioned of the best wins.
 */
export function resolveTitle(index: MentionIndex, words: string[], before: number, unmatchedAdjective: string | null = null): Entity | null {
  const lex = lexicon();
  const honorifics = honorificWords();
  // A distinctive form of address (جلالة، سمو، فخامة) breaks ties between holders of the same title.
  const address: string[] = [];
  let rest: string[] = [];
  for (const w of words) {
    if (!honorifics.has(w)) {
      if (w !== "،") rest.push(w);
      continue;
    }
    const b = bareCore(w);
    if (!COMMON_ADDRESS.has(b)) address.push(b);
  }
  let adjective: string | null = null;
  const lastWord = rest[rest.length - 1];
  const countryName = rest.length >= 2 && index.isStateName(bareCore(lastWord)) && !lex.titles.has(lastWord);
  // A nationality of a state the article does not name counts too (الوزيرة الألمانية: the feminine
  // form, which the pattern for the masculine one does not take, from the gazetteer).
  if (rest.length && (countryName || index.isTitleAdjective(lastWord))) {
    adjective = lastWord;
    rest = rest.slice(0, -1);
  }
  if (!rest.length && !adjective) return null;
  // Without an adjective a person scores only when all the title's words are in their windows
  // (asked before the words are copied: most phrases a title holder tries end here).
  if (!adjective && !allBareIn(rest, index.titleWords())) return null;
  const core = rest.map(bareCore);
  const former = core.some((w) => lex.formerMarkers.has(w));
  const withAdjective = adjective && core.length ? [...core, bareCore(adjective)] : null;
  let best: { e: Entity; score: number; at: number } | null = null;
  for (const m of index.all) {
    if (m.start >= before) break; // mentions are in text order: none after this one comes before `before`
    if (m.entity.type !== "PER") continue;
    const { beforeText: beforeNear, texts } = index.textsOf(m); // texts[0] is beforeNear
    let adjScore = 0;
    if (adjective) {
      m.agrees ??= new Map();
      let agrees = m.agrees.get(adjective);
      if (agrees === undefined) m.agrees.set(adjective, (agrees = texts.some((w) => windowHasAdjective(w, adjective!)) || countryAgrees(index, m.entity, adjective)));
      if (!agrees) continue;
      adjScore = 2;
    } else if (core.length) {
      // Without an adjective only the title's words can score, written together in one window.
      if (!allInWindows(core, texts)) continue;
    }
    // The full title named a nationality nobody matched (الرئيس الإماراتي when the text wrote
    // رئيس الدولة): a person whose title names another state is not the one meant.
    if (unmatchedAdjective) {
      m.otherState ??= new Map();
      let other = m.otherState.get(unmatchedAdjective);
      if (other === undefined) {
        other = texts.some((w) => w.some((x, i) => i > 0 && TITLE_GENITIVE.has(w[i - 1]) && index.isStateName(x) && !windowHasAdjective([w[i - 1], x], unmatchedAdjective)));
        m.otherState.set(unmatchedAdjective, other);
      }
      if (other) continue;
    }
    let nounScore = 0;
    // الرئيس الأسبق X is not who ودعا الرئيس الجزائري means, unless the phrase says الأسبق too.
    if (core.length && !former && heldBefore(texts, core, lex.formerMarkers)) continue;
    if (core.length) {
      for (let n = 1; n < texts.length; n++) {
        const w = texts[n];
        const i = indexOfSeq(w, core);
        // Written right after the name, unless the words go on into a longer or a foreign title.
        // (In the mention's own words (texts[2]: الملك محمد السادس) what follows the title is the name, not a longer title.)
        // (After the name: past a family part the mention left out, X آل سعود ولي العهد.)
        const beside = i === 0 || (n === 1 && i === familyTail(w));
        if (i >= 0 && !lex.titleModifiers.has(w[i - 1] ?? "")) nounScore = Math.max(nounScore, beside && (adjective || n === 2 || !goesOn(w, i + core.length)) ? 3 : 2);
        // The title's words in order with a word or two between (الملك المعظم ~ ملك البلاد المعظم، وزير
        // الخارجية ~ وزير الشؤون الخارجية): weaker than written together, enough where no one has that.
        else if (i < 0 && core.length >= 2 && inOrder(w, core, 2)) nounScore = Math.max(nounScore, 1);
      }
      const j = indexOfSeq(beforeNear, core);
      if (j >= 0 && !lex.titleModifiers.has(beforeNear[j - 1] ?? "")) nounScore = Math.max(nounScore, besideName(beforeNear, j + core.length) ? 3 : 2);
      if (!nounScore && !adjective) continue;
      // مساعد الرئيس الروسي، نائب وزير الخارجية الصيني: an office under another's is not that other's
      // holder, however well the nationality fits; only a person whose windows hold the phrase is meant.
      if (!nounScore && core.length >= 2 && lex.titleModifiers.has(core[0])) continue;
      // السفير الأوزبكي is not the Uzbek minister whose titles never say سفير (nor the reverse).
      if (!nounScore && otherKindOfOffice(texts, core[0])) continue;
      // الرئيس المصري is not the one whose title is written with another nationality (الرئيس التركي X).
      if (adjective && anyTitledOther(index, texts, core, adjective)) continue;
      // The title and its adjective written together (وزير الخارجية السعودي), not the adjective of a neighbour's apposition.
      if (withAdjective && anyHasSeq(texts, withAdjective)) nounScore += 1;
    }
    const addressed = address.length > 0 && addressedAs(m, texts, address);
    const score = adjScore + nounScore + (addressed ? 0.5 : 0);
    if (score > 0 && (!best || score > best.score || (score === best.score && m.start > best.at && (best.e === m.entity || adjective || !moreMentioned(index, best.e, m.entity, before))))) best = { e: m.entity, score, at: m.start };
  }
  return best?.e ?? null;
}

/**
 * The title's head (bare) is a representative's post (سفير، متحدث) and the person's windows name
 * only home offices (وزير، رئيس), or the reverse: the title means another person of that state.
 */
function otherKindOfOffice(texts: string[][], head: string): boolean {
  const lex = lexicon();
  const representative = lex.representativeHeads.has(head);
  if (!representative && !lex.homeOfficeHeads.has(head)) return false;
  let home = false;
  let represents = false;
  for (const w of texts) {
    for (const x of w) {
      if (lex.homeOfficeHeads.has(x)) home = true;
      else if (lex.representativeHeads.has(x)) represents = true;
    }
  }
  return representative ? home && !represents : represents && !home;
}

/**
 * Every window that holds the title has a former-office marker right after it or after its
 * nationality (الرئيس الأسبق، الرئيس الجزائري الأسبق): the person held it before.
 */
function heldBefore(texts: string[][], core: string[], markers: ReadonlySet<string>): boolean {
  let held = false;
  for (const w of texts) {
    const i = indexOfSeq(w, core);
    if (i < 0) continue;
    const after = i + core.length;
    if (!markers.has(w[after] ?? "") && !markers.has(w[after + 1] ?? "")) return false;
    held = true;
  }
  return held;
}

/**
 * A bare title (الرئيس، وزير الخارجية) two persons hold alike is the one the article is about:
 * `a` was mentioned more often than `b` before `before` (the home president of a presidency's
 * account, not a president named once in passing: نقل تحيات الرئيس X). Asked only on ties.
 */
function moreMentioned(index: MentionIndex, a: Entity, b: Entity, before: number): boolean {
  let n = 0;
  for (const m of index.all) {
    if (m.start >= before) break;
    if (m.entity === a) n++;
    else if (m.entity === b) n--;
  }
  return n > 0;
}

/** `seq` occurs in `words` in order, its first word not after a modifier, with at most `gap` other words between each two. */
function inOrder(words: string[], seq: string[], gap: number): boolean {
  const modifiers = lexicon().titleModifiers;
  outer: for (let i = 0; i < words.length; i++) {
    if (words[i] !== seq[0] || modifiers.has(words[i - 1] ?? "")) continue;
    let at = i;
    for (let n = 1; n < seq.length; n++) {
      let j = at + 1;
      while (j < words.length && j - at - 1 <= gap && words[j] !== seq[n] && words[j] !== ",") j++;
      if (j >= words.length || words[j] !== seq[n] || j - at - 1 > gap) continue outer;
      at = j;
    }
    return true;
  }
  return false;
}

function anyHasSeq(texts: string[][], seq: string[]): boolean {
  for (const w of texts) if (indexOfSeq(w, seq) >= 0) return true;
  return false;
}

function anyTitledOther(index: MentionIndex, texts: string[][], core: string[], adjective: string): boolean {
  for (const w of texts) if (titledOther(index, w, core, adjective)) return true;
  return false;
}

/** Window w holds the title followed by a nationality adjective of another state than `adjective`. */
function titledOther(index: MentionIndex, w: string[], core: string[], adjective: string): boolean {
  const i = indexOfSeq(w, core);
  const x = i >= 0 ? w[i + core.length] : undefined;
  if (x === undefined) return false;
  const stem = adjectiveStem(x);
  return stem !== null && stem !== adjectiveStem(adjective) && index.isNationality(x);
}

/**
 * A title written bare (الرئيس، وزير الخارجية) is the one written so beside a name, not a longer
 * one it opens (رئيس مجلس الوزراء، وزير خارجية جمهورية مصر) nor one marked with another state
 * (وزير الخارجية المصري): the home official of the outlet's copy is written unmarked. Whether
 * window w goes on at `at` with a word of the title (a comma or an adverb of time ends it).
 */
function goesOn(w: string[], at: number): boolean {
  const next = w[at];
  if (next === undefined || next === "," || windowAdverbs().has(next)) return false;
  // ولي العهد رئيس مجلس الوزراء: another title stacked after it; أمير البلاد، عاهل البلاد: the home
  // state's own word, which marks the outlet's home holder, not another state. The title ends there.
  if (titleWord(next)) return false;
  const after = w[at + 1];
  return !(next === HOME && (after === undefined || after === "," || titleWord(after) || addressWord(after)));
}

/** A window word (article removed) is a title's head (رئيس، ولي، شيخ). */
function titleWord(w: string): boolean {
  const titles = lexicon().titles;
  return titles.has(w) || titles.has("ال" + w);
}

/** A window word (article removed) is a form of address (سمو، شيخ، معالي). */
function addressWord(w: string): boolean {
  const forms = honorificWords();
  return forms.has(w) || forms.has("ال" + w);
}

/** The family part (آل سعود، آل نهيان) that opens a window after a mention which left it out: its length, else 0. */
function familyTail(after: string[]): number {
  return after.length > 2 && after[0] === "ال" && after[1] !== "," ? 2 : 0;
}

/** The word with which home copy writes its own state in a title (أمير البلاد، ملك البلاد، عاهل البلاد), as window words hold it. */
const HOME = "بلاد";

/**
 * A title found in the words before a name ends right beside it (حضرة صاحب السمو أمير البلاد
 * الشيخ X): nothing after it but the home state's word and forms of address.
 */
function besideName(beforeNear: string[], at: number): boolean {
  for (let k = at; k < beforeNear.length; k++) if (!(k === at && beforeNear[k] === HOME) && !addressWord(beforeNear[k])) return false;
  return true;
}

let windowAdverbSet: { of: ReadonlySet<string>; bare: Set<string> } | null = null;

/** The zone adverbs as window words hold them (article removed), built once. */
function windowAdverbs(): Set<string> {
  const listed = lexicon().zoneAdverbs;
  if (windowAdverbSet?.of !== listed) windowAdverbSet = { of: listed, bare: new Set([...listed].map(bareCore)) };
  return windowAdverbSet.bare;
}

// Loops rather than every/some with closures: resolveTitle runs for every phrase length of every title.

/** Every word is in some window (a scan: the windows are short and a set of their words cost more to build than it saved). */
function allInWindows(words: string[], texts: string[][]): boolean {
  outer: for (const w of words) {
    for (const x of texts) if (x.includes(w)) continue outer;
    return false;
  }
  return true;
}

function allBareIn(words: string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (!set.has(bareCore(w))) return false;
  return true;
}

/** One of the forms of address is written before the mention or in a role window (texts[3] on). */
function addressedAs(m: PlacedMention, texts: string[][], address: string[]): boolean {
  for (const h of address) {
    if (m.before.includes(h)) return true;
    for (let n = 3; n < texts.length; n++) if (texts[n].includes(h)) return true;
  }
  return false;
}

/** Prepositions written on a form of address (بمعالي، لسمو، وبفخامة read without و). */
const ADDRESS_PREPOSITIONS = ["ب", "ل"];

let addressForms: { of: ReadonlyMap<string, string>; forms: Map<string, string> } | null = null;

/**
 * The forms of address an honorific pronoun stands for (سمو، جلالة، فخامة …) as window words
 * hold them, each mapped to itself; a window word loses a first letter the tokenizer reads as a
 * clitic (فخامة → خامه), or keeps a preposition it did not read as one (بمعالي), so those forms
 * map to the whole one too. Built once.
 */
function addressWords(): Map<string, string> {
  const pronouns = lexicon().honorificPronouns;
  if (addressForms?.of !== pronouns) {
    const forms = new Map<string, string>();
    for (const h of pronouns.values()) {
      forms.set(h, h);
      if (/^[فوبلك]/.test(h) && h.length > 3) forms.set(h.slice(1), h);
      // التقى X بمعالي Y، برقية لفخامة الرئيس: the window keeps a preposition the tokenizer left on the word.
      for (const p of ADDRESS_PREPOSITIONS) if (!forms.has(p + h)) forms.set(p + h, h);
    }
    addressForms = { of: pronouns, forms };
  }
  return addressForms.forms;
}

/**
 * The form of address written nearest before the mention is `honorific`: استقبل جلالة الملك
 * فخامة الرئيس X addresses X as فخامة, though جلالة stands in X's window too.
 */
export function addressedBefore(m: PlacedMention, honorific: string): boolean {
  const forms = addressWords();
  for (const w of m.before) {
    const h = forms.get(w);
    if (h !== undefined) return h === honorific;
  }
  return false;
}

/** The person addressed with an honorific (سمو، معالي) — the last speaker when it fits, else the latest such mention; one of the other gender than the pronoun's never. */
export function resolveHonorific(index: MentionIndex, honorific: string, lastSpeaker: string | null, before: number, isObject: (m: PlacedMention) => boolean = () => false, gender: Gender = null): Entity | null {
  const has = (m: PlacedMention) => (addressedBefore(m, honorific) || m.after.slice(0, 2).includes(honorific)) && !contradicts(index.genderOf(m.entity), gender);
  const persons = index.all.filter((m) => m.entity.type === "PER" && m.start < before);
  if (lastSpeaker && persons.some((m) => m.entity.id === lastSpeaker && has(m))) return persons.find((m) => m.entity.id === lastSpeaker)!.entity;
  // A cable's recipient (إلى جلالة الملك Y) is addressed so too: the latest holder who is a clause's subject first.
  for (let i = persons.length - 1; i >= 0; i--) if (has(persons[i]) && !isObject(persons[i])) return persons[i].entity;
  for (let i = persons.length - 1; i >= 0; i--) if (has(persons[i])) return persons[i].entity;
  return null;
}

/** A counterpart (نظيره الروسي): the latest person other than `self` matching the adjective, if given. */
export function resolveCounterpart(index: MentionIndex, adjective: string | null, self: string | null, before: number): Entity | null {
  for (let i = index.all.length - 1; i >= 0; i--) {
    const m = index.all[i];
    if (m.start >= before || m.entity.type !== "PER" || m.entity.id === self) continue;
    if (!adjective) return m.entity;
    if (index.textsOf(m).texts.some((w) => windowHasAdjective(w, adjective)) || countryAgrees(index, m.entity, adjective)) return m.entity;
  }
  return null;
}
