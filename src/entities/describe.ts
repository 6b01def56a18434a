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

export function describe(article: Article, clusters: readonly Cluster[]): Entity[] {
  const date = articleDate(article);
  const entities: Entity[] = [];
  const ordered = [...clusters].sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  for (const c of ordered) {
    const ms = [...c.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const entry = ms.find((m) => m.entry)?.entry ?? null;
    const kind = entry ? entry.kind : ms[0].type;
    if (kind === "ADJ") continue;
    const type = kind;
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const m of ms) {
      const id = `${m.start}:${m.end}`;
      // Sorted by start (longer first): a mention overlapping a kept one can only overlap the last kept.
      const last = mentions[mentions.length - 1];
      if (seen.has(id) || (last && m.start < last.end)) continue;
      seen.add(id);
      const mention: Mention = { start: m.start, end: m.end, text: article.text.slice(m.start, m.end) };
      if (m.role) mention.role = m.role;
      mentions.push(mention);
    }
    const roles = [...new Set(ms.filter((m) => m.role).map((m) => m.role!.text))];
    const full = ms.filter((m) => !m.short);
    const pool = full.length ? full : ms;
    const written = pool.reduce((a, m) => (m.name.split(" ").length > a.name.split(" ").length ? m : a)).name;
    const name = entry ? entry.name : written;
    const person = entry?.person;
    const country = entry?.country ?? ms.find((m) => m.country)?.country ?? null;
    const best = ms.reduce((a, m) => (SOURCE_RANK[m.source] > SOURCE_RANK[a.source] ? m : a));
    const confidence = Math.min(0.99, Math.max(...ms.map((m) => m.confidence)) + (mentions.length > 1 ? 0.02 : 0));
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
