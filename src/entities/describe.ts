// Describes each resolved entity: canonical name, mentions with their roles, country,
// the office held on the article's date, the corpus-level key, confidence and source.
import type { Article, Entity, EvidenceSource, Mention } from "../types.js";
import { normalize } from "../text/normalize.js";
import { officeOn } from "./people.js";
import type { Cluster } from "./resolve.js";

const SOURCE_RANK: Record<EvidenceSource, number> = { gazetteer: 3, pattern: 2, model: 1 };

/** The date an office is looked up on: publication, else the dateline's date. */
export function articleDate(article: Article): string | null {
  return article.published ?? article.dateline?.date ?? null;
}

/** Words in a name (its spaces plus one), without splitting it. */
function wordCount(name: string): number {
  let n = 1;
  for (let k = name.indexOf(" "); k >= 0; k = name.indexOf(" ", k + 1)) n++;
  return n;
}

export function describe(article: Article, clusters: readonly Cluster[]): Entity[] {
  const date = articleDate(article);
  const entities: Entity[] = [];
  // Clusters in order of their first mention (each cluster's first start found once, not per comparison).
  const first = clusters.map((c) => {
    let min = Infinity;
    for (const m of c.mentions) if (m.start < min) min = m.start;
    return min;
  });
  const order = clusters.map((_, k) => k).sort((a, b) => first[a] - first[b]);
  for (const k of order) {
    const c = clusters[k];
    const ms = c.mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const entry = ms.find((m) => m.entry)?.entry ?? null;
    const kind = entry ? entry.kind : ms[0].type;
    if (kind === "ADJ") continue;
    const type = kind;
    const mentions: Mention[] = [];
    const roles: string[] = [];
    let maxConfidence = -Infinity;
    for (const m of ms) {
      if (m.role && !roles.includes(m.role.text)) roles.push(m.role.text);
      maxConfidence = Math.max(maxConfidence, m.confidence);
      // Sorted by start (longer first): a mention overlapping a kept one can only overlap the last
      // kept, and one with a kept one's span can only repeat the last kept.
      const last = mentions[mentions.length - 1];
      if (last && ((last.start === m.start && last.end === m.end) || m.start < last.end)) continue;
      const mention: Mention = { start: m.start, end: m.end, text: article.text.slice(m.start, m.end) };
      if (m.role) mention.role = m.role;
      mentions.push(mention);
    }
    const full = ms.filter((m) => !m.short);
    const pool = full.length ? full : ms;
    let written = pool[0];
    let writtenWords = wordCount(written.name);
    for (let k = 1; k < pool.length; k++) {
      const words = wordCount(pool[k].name);
      if (words > writtenWords) {
        written = pool[k];
        writtenWords = words;
      }
    }
    const name = entry ? entry.name : written.name;
    const person = entry?.person;
    const country = entry?.country ?? ms.find((m) => m.country)?.country ?? null;
    const best = ms.reduce((a, m) => (SOURCE_RANK[m.source] > SOURCE_RANK[a.source] ? m : a));
    const confidence = Math.min(0.99, maxConfidence + (mentions.length > 1 ? 0.02 : 0));
    entities.push({
      id: `e${entities.length + 1}`,
      type,
      name,
      mentions,
      key: entry ? entry.key : `${type.toLowerCase()}:${normalize(name)}`,
      name_en: entry?.nameEn ?? null,
      wikidata: entry?.wikidata ?? null,
      country: type === "MISC" ? null : country,
      roles,
      office: person ? officeOn(person, date, roles) : null,
      confidence: Math.round(confidence * 100) / 100,
      source: best.source,
    });
  }
  return entities;
}
