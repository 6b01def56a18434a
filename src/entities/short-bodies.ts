// Short forms of bodies within an article: a body named in full once (المجلس العسكري الانتقالي،
// المجلس الرئاسي لحكومة الوفاق الوطني، الحرس الثوري الإيراني) is often named later by its definite
// head and first adjective alone (المجلس العسكري، المجلس الرئاسي، الحرس الثوري), or by those and a
// nationality adjective (المجلس الرئاسي الليبي). Such a short form is a mention of that body where
// exactly one body of the article begins so. A head alone (البعثة، المجلس) names nothing, and a
// generic body (وزارة الخارجية) is the reporting state's own (resolve.ts), never a short form.
import type { Doc } from "../types.js";
import { normalize } from "../text/normalize.js";
import type { Lexicon } from "./lexicon.js";
import { bareOf, tokenReadings } from "./readings.js";
import type { Cluster } from "./resolve.js";
import { mentionName, mentionStart } from "./span.js";
import type { Candidate } from "./types.js";
import { makeCandidate } from "./candidate.js";

/** A definite relative adjective (العسكري، الرئاسي، الانتقالية), folded. */
const RELATIVE_ADJ = /^ال.{2,}(ي|يه)$/;

const wordsOf = (m: Candidate) => normalize(m.name).split(" ").filter(Boolean);

/** A state's nationality adjective (الليبي، السودانية) in the gazetteer. */
function nationality(lex: Lexicon, w: string): boolean {
  const e = lex.trie.next.get(w)?.entry;
  return e?.kind === "ADJ" && !!e.country;
}

/** The short form a body's words begin with: a definite head and a relative adjective; null when none. */
function shortKey(lex: Lexicon, w: readonly string[]): string | null {
  if (w.length < 2 || !w[0].startsWith("ال") || !lex.orgHeads.has(bareOf(w[0])) || !RELATIVE_ADJ.test(w[1]) || nationality(lex, w[1])) return null;
  const key = `${w[0]} ${w[1]}`;
  return lex.genericOrgs.has(key) ? null : key;
}

/** A mention that is the short form alone or with a nationality adjective only. */
function onlyShort(lex: Lexicon, w: readonly string[]): boolean {
  return w.length === 2 || (w.length === 3 && nationality(lex, w[2]));
}

const countryOf = (c: Cluster) => c.mentions.find((m) => m.country)?.country ?? null;
const entryOf = (c: Cluster) => c.mentions.find((m) => m.entry)?.entry?.key ?? null;

/**
 * Merges clusters that are only a short form into the one body named in full with it, and adds the
 * short forms written alone after the full name as its mentions. Returns the clusters left.
 */
export function resolveShortBodies(doc: Doc, lex: Lexicon, clusters: Cluster[], taken: Uint8Array): Cluster[] {
  const full = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    if (c.mentions[0].type !== "ORG") continue;
    for (const m of c.mentions) {
      const w = wordsOf(m);
      const key = shortKey(lex, w);
      if (!key || onlyShort(lex, w)) continue;
      const set = full.get(key) ?? new Set<Cluster>();
      full.set(key, set.add(c));
    }
  }
  if (!full.size) return clusters;
  const owner = (key: string | null): Cluster | null => {
    const set = key ? full.get(key) : undefined;
    return set && set.size === 1 ? [...set][0] : null;
  };

  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (c.mentions[0].type !== "ORG") continue;
    const keys = new Set(c.mentions.map((m) => wordsOf(m)).map((w) => (onlyShort(lex, w) ? shortKey(lex, w) : null)));
    if (keys.size !== 1) continue;
    const into = owner([...keys][0]);
    if (!into || into === c || gone.has(into)) continue;
    const a = countryOf(c);
    const b = countryOf(into);
    const ea = entryOf(c);
    if ((a && b && a !== b) || (ea && ea !== entryOf(into))) continue;
    into.mentions.push(...c.mentions);
    gone.add(c);
  }

  const toks = doc.tokens;
  const readings = tokenReadings(doc);
  for (let i = 0; i + 1 < toks.length; i++) {
    const next = toks[i + 1];
    if (taken[i] || taken[i + 1] || toks[i].kind !== "arabic" || next.kind !== "arabic" || next.pre || next.sentence !== toks[i].sentence) continue;
    // A definite word after the adjective makes another name (المجلس العسكري الأعلى) or a phrase: not the short form.
    const after = toks[i + 2];
    if (after && after.sentence === next.sentence && after.kind === "arabic" && !after.pre && after.core.startsWith("ال")) continue;
    for (const r of readings[i]) {
      const into = owner(r.core.startsWith("ال") ? `${r.core} ${next.norm}` : null);
      if (!into || gone.has(into)) continue;
      const firstFull = Math.min(...into.mentions.filter((m) => !onlyShort(lex, wordsOf(m))).map((m) => m.start));
      if (toks[i].start < firstFull) continue;
      const m0 = into.mentions[0];
      into.mentions.push(makeCandidate({
        type: "ORG",
        tokStart: i,
        tokEnd: i + 2,
        start: mentionStart(toks[i], r),
        end: next.end,
        name: mentionName(doc.article.text, toks[i], r, next.end),
        source: m0.source,
        confidence: 0.7,
        short: true,
        entry: m0.entry,
        country: m0.country,
      }));
      taken[i] = taken[i + 1] = 1;
      break;
    }
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : clusters;
}
