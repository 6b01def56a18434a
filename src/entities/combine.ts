// Combines the three kinds of evidence into one set of mentions. Precedence: gazetteer
// (high precision) over patterns over the tagger; nested organisations are kept (each is
// a name of its own), crossing spans are not. Nationality adjectives are never mentions.
import type { Doc } from "../types.js";
import { normalize } from "../text/normalize.js";
import type { Lexicon, TrieNode } from "./lexicon.js";
import { phraseTokens } from "./lexicon.js";
import { tokenReadings } from "./readings.js";
import type { RolePhrase } from "./patterns/titles.js";
import type { Candidate, GazEntry } from "./types.js";

const overlaps = (a: Candidate, b: { tokStart: number; tokEnd: number }) => a.tokStart < b.tokEnd && b.tokStart < a.tokEnd;
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

export function combine(doc: Doc, lex: Lexicon, ev: Evidence): Candidate[] {
  // 1. Gazetteer: people win crossings with phrases unless the phrase is longer.
  const gaz: Candidate[] = [...ev.people];
  for (const p of ev.phrases) {
    const clash = ev.people.find((q) => overlaps(p, q));
    if (!clash) gaz.push(p);
    else if (p.tokEnd - p.tokStart > clash.tokEnd - clash.tokStart && p.type !== "ADJ") {
      gaz.splice(gaz.indexOf(clash), 1);
      gaz.push(p);
    }
  }
  const kept = gaz.filter((c) => c.type !== "ADJ");
  const adjectives = gaz.filter((c) => c.type === "ADJ");

  // 2. Pattern organisations: a known name keeps its gazetteer identity; an extension of a known
  //    organisation into a national body (مجلس الأمن الروسي) replaces it.
  for (const o of ev.orgs) {
    const entry = lookupName(lex, o.name);
    if (entry && entry.kind !== "ORG") continue; // الاتحاد الروسي is a state
    if (entry) {
      if (kept.some((k) => k.tokStart === o.tokStart && k.tokEnd === o.tokEnd)) continue;
      o.entry = entry;
      o.source = "gazetteer";
      o.confidence = 0.95;
      o.country = entry.country ?? o.country;
    } else if (kept.some((k) => k.tokStart === o.tokStart && k.tokEnd === o.tokEnd)) continue;
    if (kept.some((k) => k.type === "PER" && overlaps(k, o))) continue;
    if (kept.some((k) => overlaps(k, o) && !contains(k, o) && !contains(o, k))) continue;
    if (o.extendsGazetteer) {
      const inner = kept.find((k) => k.type === "ORG" && k.tokStart === o.tokStart && k.tokEnd < o.tokEnd);
      if (inner) {
        if (!o.country || o.country === inner.country) continue;
        kept.splice(kept.indexOf(inner), 1);
      }
    }
    // Inside a known non-organisation name (a treaty, a war) an organisation head is part of that name.
    if (kept.some((k) => k.type !== "ORG" && k.type !== "GPE" && contains(k, o) && !(k.tokStart === o.tokStart && k.tokEnd === o.tokEnd))) continue;
    kept.push(o);
  }

  // Named things: where no known name or organisation crosses them (a known organisation inside is fine).
  for (const m of ev.things) {
    if (kept.some((k) => k.tokStart === m.tokStart)) continue; // a known name there already (الحرب الباردة [الجديدة])
    if (kept.some((k) => overlaps(k, m) && !contains(m, k))) continue;
    kept.push(m);
  }

  // 3. Unknown names after titles, where nothing else claims the words.
  //    A one-word name needs the tagger's agreement (a verb or a noun can follow a title too).
  for (const p of ev.patternPeople) {
    if (kept.some((k) => overlaps(k, p))) continue;
    if (p.tokEnd - p.tokStart === 1 && !ev.model.some((m) => m.type === "PER" && overlaps(m, p))) continue;
    kept.push(p);
  }

  // 4. The tagger, for names no gazetteer or pattern has. Not over adjectives or role words.
  const roleTok = new Uint8Array(doc.tokens.length);
  for (const r of ev.roles) for (let k = r.tokStart; k < r.tokEnd; k++) roleTok[k] = 1;
  // Words of the people already found: a tagger span over one of them (بوتين لشي، فيدان read as ف+يدان)
  // is a short name the resolution step ties to its person.
  const personWords = new Set<string>();
  for (const k of kept) if (k.type === "PER") for (const w of normalize(k.name).split(" ")) if (w.length >= 2) personWords.add(w);
  for (const sn of lex.shortNames.keys()) personWords.add(sn);
  const readings = tokenReadings(doc);
  for (const raw of ev.model) {
    if (raw.type === "MISC") continue;
    const m = raw.type === "PER" ? trimVerbs(doc, lex, raw) : raw;
    if (!m) continue;
    if (m.type === "PER") {
      let known = false;
      for (let k = m.tokStart; k < m.tokEnd && !known; k++) known = readings[k].some((r) => personWords.has(r.core));
      if (known) continue;
    }
    if (kept.some((k) => overlaps(k, m)) || adjectives.some((a) => overlaps(a, m))) continue;
    let inRole = false;
    for (let k = m.tokStart; k < m.tokEnd; k++) if (roleTok[k]) inRole = true;
    if (inRole) continue;
    const words = doc.tokens.slice(m.tokStart, m.tokEnd);
    if (words.every((t) => lex.stopwords.has(t.core) || lex.common.has(t.norm) || lex.collisions.has(t.core) || t.kind === "punct")) continue;
    if (words.some((t) => lex.titleHeads.has(t.core.replace(/^ال/, "")))) continue;
    if (normalize(m.name).length < 2) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

const VERB_LIKE = /^[يت].{2,}(ان|ون|ين|ا)$/;

/** A tagger's person span without trailing verbs or ordinary words (عطاف يوقعان → عطاف); null when nothing is left. */
function trimVerbs(doc: Doc, lex: Lexicon, m: Candidate): Candidate | null {
  let end = m.tokEnd;
  while (end > m.tokStart) {
    const t = doc.tokens[end - 1];
    if (t.kind === "arabic" && (VERB_LIKE.test(t.norm) || lex.common.has(t.norm) || lex.stopwords.has(t.norm))) end--;
    else break;
  }
  if (end === m.tokEnd) return m;
  if (end === m.tokStart) return null;
  const endOffset = doc.tokens[end - 1].end;
  return { ...m, tokEnd: end, end: endOffset, name: doc.article.text.slice(m.start, endOffset).replace(/\s+/g, " ").trim() };
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
    const before = comma && /^[،,]$/.test(comma.text) ? byEnd.get(r.tokStart - 1) : r.country ? byEnd.get(r.tokStart) : undefined;
    const target = after ?? (r.counterpart ? undefined : before);
    if (!target) continue;
    target.role ??= { start: r.start, end: r.end, text: r.text };
    if (!target.country && r.country && !r.counterpart) target.country = r.country;
    if (r.counterpart && r.country && !target.country) target.country = r.country;
  }
}
