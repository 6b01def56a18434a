// Entities built from a gold annotation ("oracle" entities): every written form of
// every gold entity found in the text, clitics allowed in front. Lets the event and
// agreement stages be measured apart from the entity stage, and gives tests real spans.
import { normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.js";
import type { Entity, EntityType } from "../../src/types.js";

export interface GoldEntity {
  key: string;
  type: EntityType;
  names: string[];
}

export function oracleEntities(text: string, gold: GoldEntity[]): Entity[] {
  const folded = normalizeWithMap(text);
  const taken: [number, number][] = [];
  const forms = gold
    .flatMap((g) => g.names.map((n) => ({ g, n: normalizeWithMap(n).text })))
    .sort((a, b) => b.n.length - a.n.length);
  const byKey = new Map<string, Entity>();
  for (const { g, n } of forms) {
    if (!n) continue;
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?)(${escaped})(?![\\p{L}\\p{N}])`, "gu");
    for (const m of folded.text.matchAll(re)) {
      const a = m.index + m[0].length - m[1].length;
      const b = m.index + m[0].length;
      const span = toOriginalSpan(folded, a, b);
      if (taken.some(([s, e]) => span.start < e && span.end > s)) continue;
      taken.push([span.start, span.end]);
      let e = byKey.get(g.key);
      if (!e) {
        e = {
          id: `e${byKey.size + 1}`,
          type: g.type,
          name: g.names[0],
          mentions: [],
          key: g.key,
          name_en: null,
          wikidata: null,
          country: null,
          roles: [],
          office: null,
          confidence: 1,
          source: "gazetteer",
        };
        byKey.set(g.key, e);
      }
      e.mentions.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
    }
  }
  for (const e of byKey.values()) e.mentions.sort((x, y) => x.start - y.start);
  return [...byKey.values()];
}

/** Entity from spans the caller picks in its own sentence (for unit tests). */
export function entity(id: string, type: EntityType, text: string, forms: string[], country: string | null = null): Entity {
  const mentions = [];
  for (const f of forms) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(f, from);
      if (i < 0) break;
      mentions.push({ start: i, end: i + f.length, text: f });
      from = i + f.length;
    }
  }
  if (!mentions.length) throw new Error(`entity ${id}: none of ${forms.join(" / ")} occurs in the text`);
  return {
    id,
    type,
    name: forms[0],
    mentions: mentions.sort((a, b) => a.start - b.start),
    key: `${type.toLowerCase()}:${id}`,
    name_en: null,
    wikidata: null,
    country,
    roles: [],
    office: null,
    confidence: 1,
    source: "pattern",
  };
}
