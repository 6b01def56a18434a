// Within-article resolution: one entity per real-world referent. Mentions with the same
// gazetteer key meet; unknown names meet by folding key, by being a part of a longer name
// (وانغ → وانغ يي), or by a guarded edit distance (one letter in a long name). Short names
// written alone are tied to a full name only when that name is in the article.
import { distance } from "fastest-levenshtein";
import type { Doc } from "../types.js";
import { normalize } from "../text/normalize.js";
import { nameKey, wordKey } from "./fold.js";
import type { Lexicon } from "./lexicon.js";
import { tokenReadings } from "./readings.js";
import { mentionName, mentionStart } from "./span.js";
import type { Candidate } from "./types.js";
import { makeCandidate } from "./candidate.js";
import { COMPLEMENTIZER, ENCOUNTER_VERB, REPORTING } from "./ordinary.js";
import { afterTitleWord, joinedToPerson } from "./joined-names.js";

export interface Cluster {
  key: string;
  mentions: Candidate[];
}

const EAST_ASIAN = new Set(["CN", "TW", "HK", "KR", "KP", "VN", "SG"]);

export function candidateKey(c: Candidate): string {
  if (c.entry) return c.entry.key;
  return `${c.type.toLowerCase()}:${c.type === "PER" ? nameKey(normalize(c.name)) : normalize(c.keyName ?? c.name).replace(/^ال/, "")}`;
}

const wordsCache = new WeakMap<Candidate, string[]>();
function wordsOf(c: Candidate): string[] {
  let w = wordsCache.get(c);
  if (!w) wordsCache.set(c, (w = normalize(c.name).split(" ").filter(Boolean)));
  return w;
}

/**
 * Groups mentions into clusters, merging unknown people into known or longer names. `generic` holds the
 * folded generic body names (مجلس الوزراء، وزارة الخارجية), which are never another body's short form;
 * `home` is the country of the outlet, whose own body a bare name is where several states' are named.
 */
export function cluster(mentions: readonly Candidate[], generic: ReadonlySet<string> = new Set(), home: string | null = null): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const m of mentions) {
    const k = candidateKey(m);
    const c = byKey.get(k);
    if (c) c.mentions.push(m);
    else byKey.set(k, { key: k, mentions: [m] });
  }
  // An unknown place the tagger calls LOC and a pattern calls GPE (مدينة جدة … بجدة) is one place, the GPE.
  for (const [k, c] of byKey) {
    if (!k.startsWith("loc:") || c.mentions.some((m) => m.entry)) continue;
    const town = byKey.get(`gpe:${k.slice(4)}`);
    if (!town || town.mentions.some((m) => m.entry)) continue;
    for (const m of c.mentions) town.mentions.push(makeCandidate({ ...m, type: "GPE" }));
    town.mentions.sort((a, b) => a.start - b.start);
    byKey.delete(k);
  }
  const clusters = [...byKey.values()];
  const isKnown = (c: Cluster) => c.mentions.some((m) => m.entry);
  const longest = (c: Cluster) => c.mentions.reduce((a, m) => (wordsOf(m).length > wordsOf(a).length ? m : a));
  // Each person's word keys, as written and as the gazetteer knows them, computed once (again after a merge into it).
  const keys = new Map<Cluster, { written: string[]; full: string[] }>();
  const keysOf = (c: Cluster) => {
    let k = keys.get(c);
    if (!k) {
      const written = wordsOf(longest(c));
      const entry = c.mentions.find((m) => m.entry?.kind === "PER")?.entry;
      const known = entry ? normalize(entry.name).split(" ") : [];
      const w = nameWordKeys(written);
      keys.set(c, (k = { written: w, full: known.length > written.length ? nameWordKeys(known) : w }));
    }
    return k;
  };
  // Unknown people, shortest first, fold into a person whose name contains theirs or is one letter away.
  const people = clusters.filter((c) => c.mentions[0].type === "PER");
  people.sort((a, b) => wordsOf(longest(a)).length - wordsOf(longest(b)).length);
  const gone = new Set<Cluster>();
  for (const a of people) {
    if (isKnown(a)) continue;
    const aw = keysOf(a).written;
    let target: Cluster | null = null;
    for (const b of people) {
      if (b === a || gone.has(b)) continue;
      // A known person written by surname alone so far (الخليفي) is matched by the full name the gazetteer has,
      // with a name of two words or more: محمد بن عبد العزيز الخليفي is محمد بن عبدالعزيز بن صالح الخليفي.
      const bw = aw.length > 1 ? keysOf(b).full : keysOf(b).written;
      const part = aw.length < bw.length && inOrder(aw, bw) && (aw.length > 1 || wordsOf(longest(a))[0].length >= 2);
      const near = aw.length === bw.length && oneSlip(aw, bw);
      if (part || near) {
        if (!target || (isKnown(b) && !isKnown(target))) target = b;
      }
    }
    if (target) {
      target.mentions.push(...a.mentions);
      keys.delete(target);
      gone.add(a);
    }
  }
  mergeNationalBodies(clusters, gone, home);
  mergeShortBodies(clusters, gone, generic);
  mergeSurnamesTagged(clusters, people, gone);
  return clusters.filter((c) => !gone.has(c));
}

/**
 * An unknown body written once in full and elsewhere by its first words (صندوق النقد الدولي /
 * صندوق النقد، اللجنة العليا الأردنية المصرية المشتركة / اللجنة العليا، مجلس السيادة الانتقالي /
 * مجلس السيادة) is one body: the short form of two words or more is the start of exactly one longer
 * name of the article. Where two bodies begin so (اللجنة العليا الكويتية العمانية / القطرية …) it stays
 * apart, and a generic body (وزارة الخارجية beside وزارة الخارجية الأمريكية) is the reporting state's own.
 */
function mergeShortBodies(clusters: readonly Cluster[], gone: Set<Cluster>, generic: ReadonlySet<string>): void {
  const orgs = clusters.filter((c) => c.mentions[0].type === "ORG" && !gone.has(c));
  if (orgs.length < 2) return;
  const names = new Map<Cluster, string[][]>();
  for (const c of orgs) names.set(c, c.mentions.map((m) => wordsOf(m).map(wordKey)));
  for (const a of orgs) {
    if (gone.has(a) || a.mentions.some((m) => m.entry || m.country || generic.has(normalize(m.name)))) continue;
    const aw = names.get(a)!;
    if (aw.some((w) => w.length < 2)) continue;
    let into: Cluster | null = null;
    let ambiguous = false;
    for (const b of orgs) {
      if (b === a || gone.has(b)) continue;
      const starts = names.get(b)!.some((bw) => aw.every((w) => w.length < bw.length && w.every((x, i) => x === bw[i])));
      if (!starts) continue;
      if (into) ambiguous = true;
      into = b;
    }
    if (!into || ambiguous) continue;
    into.mentions.push(...a.mentions);
    names.get(into)!.push(...aw);
    gone.add(a);
  }
}

/**
 * A tagger's span of another type that is the last two words or more of a person's name found in
 * the article (فون دير لاين after أورسولا فون دير لاين) is that person's surname, not a body.
 */
function mergeSurnamesTagged(clusters: readonly Cluster[], people: readonly Cluster[], gone: Set<Cluster>): void {
  if (!people.length) return;
  for (const c of clusters) {
    if (gone.has(c) || c.mentions[0].type === "PER" || c.mentions[0].type === "ADJ") continue;
    if (!c.mentions.every((m) => m.source === "model" && !m.entry)) continue;
    const w = wordsOf(c.mentions[0]);
    if (w.length < 2 || c.mentions.some((m) => wordsOf(m).join(" ") !== w.join(" "))) continue;
    const owner = people.find((p) => !gone.has(p) && p.mentions.some((m) => {
      const pw = wordsOf(m);
      return pw.length > w.length && w.every((x, i) => x === pw[pw.length - w.length + i]);
    }));
    if (!owner) continue;
    for (const m of c.mentions) owner.mentions.push(makeCandidate({ ...m, type: "PER", short: true }));
    gone.add(c);
  }
}

/**
 * An unknown body written once with its nationality adjective and once without (المجلس الرئاسي الليبي /
 * المجلس الرئاسي، حكومة الوحدة الوطنية الليبية / حكومة الوحدة الوطنية) is one body: the longer name is
 * the shorter one's words and one definite word that gave it a country. Where two countries extend it
 * (وزارة الخارجية القطرية / الباكستانية), the bare name is the outlet's own state's body (QNA's
 * الأمين العام لوزارة الخارجية is Qatar's), and stays apart when the outlet is of neither.
 */
function mergeNationalBodies(clusters: readonly Cluster[], gone: Set<Cluster>, home: string | null): void {
  const bare = new Map<string, Cluster>();
  const unknownOrg = (c: Cluster) => c.mentions[0].type === "ORG" && !gone.has(c) && !c.mentions.some((m) => m.entry);
  for (const c of clusters) if (unknownOrg(c) && !c.mentions.some((m) => m.country)) for (const m of c.mentions) bare.set(wordsOf(m).join(" "), c);
  if (!bare.size) return;
  const extended = new Map<Cluster, { into: Cluster; country: string } | null>();
  for (const c of clusters) {
    if (!unknownOrg(c) || bare.has(wordsOf(c.mentions[0]).join(" "))) continue;
    for (const m of c.mentions) {
      const w = wordsOf(m);
      const base = w.length >= 3 && w[w.length - 1].startsWith("ال") && m.country ? bare.get(w.slice(0, -1).join(" ")) : undefined;
      if (!base || base === c) continue;
      const seen = extended.get(base);
      const mine = { into: c, country: m.country! };
      if (seen === undefined || seen?.into === c) extended.set(base, mine);
      else if (seen?.country !== home) extended.set(base, home && mine.country === home ? mine : null);
    }
  }
  for (const [base, x] of extended) {
    if (!x) continue;
    x.into.mentions.push(...base.mentions);
    gone.add(base);
  }
}

/** Particles written apart or joined to the next word (عبد العزيز / عبدالعزيز، أبو ظبي / أبوظبي). */
const JOINED = new Set(["عبد", "ابو"]);

/** Folding keys of a name's words, a particle joined to the word after it. */
function nameWordKeys(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (JOINED.has(words[i]) && i + 1 < words.length) out.push(wordKey(words[i] + words[++i]));
    else out.push(wordKey(words[i]));
  }
  return out;
}

/** `a`'s words appear in `b` in the same order (محمد بن عبدالعزيز الخليفي in محمد بن عبدالعزيز بن صالح الخليفي; not راشد بن سعود in سعود بن راشد). */
function inOrder(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j++ >= b.length) return false;
  }
  return true;
}

/**
 * Names of as many words, equal but for one letter in one long word (a spelling slip: ماكرون / ماكرن);
 * a short word a letter apart is another given name (ريم / سامي, رم / سم folded).
 */
function oneSlip(a: readonly string[], b: readonly string[]): boolean {
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return a.join("").length >= 7;
  return Math.min(a[diff].length, b[diff].length) >= 4 && a.join("").length >= 7 && distance(a[diff], b[diff]) <= 1;
}

// Quotation marks too: وكالة الأنباء الإسبانية "إفي"، الوكالة الرسمية «واس».
const OPEN = new Set(["(", "[", "\"", "«", "“"]);
const CLOSE = new Set([")", "]", "\"", "»", "”"]);

/** The gazetteer identity of a cluster, if any of its mentions has one. */
function gazetteerKey(c: Cluster): string | undefined {
  return c.mentions.find((k) => k.entry)?.entry?.key;
}

/**
 * A one-word name only the tagger found, which it took for a person: in brackets after a body's name it
 * is the body's acronym (الوكالة اليابانية للتعاون الدولي (جايكا)), as a person is never written so.
 */
function taggedWordPerson(c: Cluster): boolean {
  return c.mentions[0].type === "PER" && c.mentions.every((m) => m.source === "model" && !m.entry && m.tokEnd - m.tokStart === 1);
}

/**
 * A name in brackets or quotation marks right after an organisation's or a named thing's name is its short form:
 * منتدى التعاون الصيني-الأفريقي (فوكاك)، مجموعة دول … (سيلاك). The two clusters become one; a
 * gazetteer identity wins, and two different ones stay apart.
 */
export function mergeBracketed(doc: Doc, clusters: Cluster[]): Cluster[] {
  const toks = doc.tokens;
  // Most articles have no mention in brackets: nothing is indexed then.
  let any = false;
  for (let c = 0; c < clusters.length && !any; c++) {
    if (clusters[c].mentions[0].type === "PER" && !taggedWordPerson(clusters[c])) continue;
    for (const m of clusters[c].mentions) {
      const open = toks[m.tokStart - 1];
      if (open && open.kind === "punct" && OPEN.has(open.text)) {
        any = true;
        break;
      }
    }
  }
  if (!any) return clusters;
  const endsAt = new Map<number, Cluster>();
  for (const c of clusters) {
    const t = c.mentions[0].type;
    if (t !== "ORG" && t !== "MISC") continue;
    for (const m of c.mentions) if (!endsAt.has(m.tokEnd)) endsAt.set(m.tokEnd, c);
  }
  if (!endsAt.size) return clusters;
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (gone.has(c) || c.mentions[0].type === "PER" && !taggedWordPerson(c)) continue;
    for (const m of c.mentions) {
      const open = toks[m.tokStart - 1];
      const close = toks[m.tokEnd];
      if (!open || !close || !OPEN.has(open.text) || !CLOSE.has(close.text)) continue;
      const outer = endsAt.get(m.tokStart - 1);
      if (!outer || outer === c || gone.has(outer)) continue;
      const a = gazetteerKey(outer);
      const b = gazetteerKey(c);
      if (a && b && a !== b) continue;
      const [into, from] = b && !a ? [c, outer] : [outer, c];
      for (const k of from.mentions) into.mentions.push(makeCandidate({ ...k, type: into.mentions[0].type }));
      gone.add(from);
      break;
    }
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : clusters;
}

/**
 * The owner of a short name at `start`: the one whose name came last before it, else the first.
 * Apart from findShortMentions' token loop: a closure over the token there would cost every
 * iteration a context object.
 */
function ownerAt<T extends { firstStart: number }>(owners: readonly T[], start: number): T {
  const before = owners.filter((o) => o.firstStart < start);
  return (before.length ? before : owners).reduce((a, b) => (b.firstStart > a.firstStart && b.firstStart < start ? b : a));
}

/**
 * Finds short names (a surname, or the family name first for Chinese and Korean names) of the
 * people already found, where they stand alone: وقال وانغ، أكد لافروف، لبوتين. A short name that is
 * also an ordinary word (لي) counts only next to a reporting verb.
 */
export function findShortMentions(doc: Doc, lex: Lexicon, clusters: Cluster[], taken: Uint8Array): void {
  const toks = doc.tokens;
  const shortOwners = new Map<string, Array<{ cluster: Cluster; firstStart: number }>>();
  for (const c of clusters) {
    if (c.mentions[0].type !== "PER") continue;
    const person = c.mentions.find((m) => m.entry?.person)?.entry?.person;
    const country = person?.country ?? c.mentions.find((m) => m.country)?.country ?? null;
    const shorts = new Set<string>();
    if (person) {
      for (const s of lex.shortsOf.get(person.id) ?? []) shorts.add(s);
    }
    for (const m of c.mentions) {
      const words = wordsOf(m);
      if (words.length < 2 || m.short) continue;
      if (person?.short) continue;
      // A Mauritanian surname of more words after ولد is named whole or by its start (إسماعيل ولد الشيخ أحمد:
      // ولد الشيخ أحمد، ولد الشيخ); its last word alone (أحمد) is a given name of its own.
      const ould = words.indexOf("ولد");
      if (ould >= 1 && words.length - ould >= 3) {
        for (let e = ould + 2; e <= words.length; e++) shorts.add(words.slice(ould, e).join(" "));
        continue;
      }
      shorts.add(EAST_ASIAN.has(country ?? "") ? words[0] : words[words.length - 1]);
      // A family name with a particle is written whole: أبو زيد، بن سلمان، ولد الغزواني.
      if (words.length >= 3 && lex.nameParticles.has(words[words.length - 2])) shorts.add(words.slice(-2).join(" "));
    }
    const firstStart = Math.min(...c.mentions.map((m) => m.start));
    for (const s of shorts) {
      const l = shortOwners.get(s) ?? [];
      if (!l.some((o) => o.cluster === c)) l.push({ cluster: c, firstStart });
      shortOwners.set(s, l);
    }
  }
  if (!shortOwners.size) return;
  // Short names of more words by their first word, longest first (ولد الشيخ أحمد before ولد الشيخ).
  const longer = new Map<string, string[][]>();
  for (const k of shortOwners.keys()) {
    if (!k.includes(" ")) continue;
    const w = k.split(" ");
    const l = longer.get(w[0]) ?? [];
    l.push(w.slice(1));
    longer.set(w[0], l.sort((a, b) => b.length - a.length));
  }
  const readings = tokenReadings(doc);
  // Tokens of persons' mentions, to tell a short name joined by و to another name (أردوغان ورئيسي).
  const persons = new Uint8Array(toks.length);
  for (const c of clusters) for (const m of c.mentions) if (m.type === "PER") for (let k = m.tokStart; k < m.tokEnd; k++) persons[k] = 1;
  const isPerson = (j: number): boolean => persons[j] === 1 || (!taken[j] && readings[j].some((q) => !q.restored && shortOwners.has(q.core) && q.core.length > 2 && !lex.common.has(q.core) && !lex.stopwords.has(q.core) && !lex.collisions.has(q.core)));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (taken[i] || t.kind !== "arabic") continue;
    for (const r of readings[i]) {
      if (r.restored) continue;
      // Short names of more words first (أبو زيد، ولد الشيخ أحمد), then one word.
      const rest = longer.get(r.core)?.find((ws) => ws.every((w, n) => i + 1 + n < toks.length && taken[i + 1 + n] !== 1 && toks[i + 1 + n].norm === w && toks[i + 1 + n].sentence === t.sentence));
      const two = rest ? shortOwners.get([r.core, ...rest].join(" ")) : undefined;
      const owners = two ?? shortOwners.get(r.core);
      if (!owners) continue;
      const span = two ? rest!.length + 1 : 1;
      const last = toks[i + span - 1];
      if (r.core.length < 2) continue;
      const ordinary = !two && lex.common.has(r.core) || lex.stopwords.has(r.core) || lex.collisions.has(r.core) || r.core.length <= 2;
      if (ordinary) {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        // Where a name stands: by a reporting verb (وأكد شكري)، opening a clause after أن (بأن شكري عقد)، or as whose
        // words are relayed (نقل المتحدث عن شكري قوله).
        const nearVerb = (prev && REPORTING.test(prev.norm)) || (next && REPORTING.test(next.norm));
        const subjectOfClause = prev !== undefined && COMPLEMENTIZER.test(prev.norm);
        const relayed = prev?.norm === "عن" && next !== undefined && /^قول(ه|ها)$/.test(next.norm);
        // The subject of an encounter's verb (وأجرى شكري اتصالا) or of a pluperfect (وكان شكري قد أجرى).
        const subjectOfEncounter = (prev !== undefined && ENCOUNTER_VERB.test(prev.norm)) || (prev !== undefined && /^(و|ف)?(كان|كانت)$/.test(prev.norm) && next?.norm === "قد");
        // Joined by و to another person's name (أردوغان ورئيسي، رئيسي وبوتين) or right after a title (الرئيس رئيسي).
        const paired = r.core.length >= 4 && (joinedToPerson(doc, i, r, isPerson) || (!r.pre && afterTitleWord(doc, lex, i)));
        if (!paired && (!(nearVerb || subjectOfClause || relayed || subjectOfEncounter) || r.pre)) continue;
      }
      const owner = ownerAt(owners, t.start);
      const start = mentionStart(t, r);
      owner.cluster.mentions.push(makeCandidate({
        type: "PER",
        tokStart: i,
        tokEnd: i + span,
        start,
        end: last.end,
        name: mentionName(doc.article.text, t, r, last.end),
        source: owner.cluster.mentions[0].source,
        confidence: 0.75,
        short: true,
      }));
      for (let n = 0; n < span; n++) {
        taken[i + n] = 1;
        persons[i + n] = 1;
      }
      break;
    }
  }
}
