// Test support: articles straight from the seed files and "oracle" entities
// built from a gold file's names (every written occurrence becomes a mention),
// so the statement stage can be measured apart from the entity stage.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Article, Entity, EntityType } from "../../src/types.js";
import { normalizeWithMap, normalize, toOriginalSpan } from "../../src/text/normalize.js";

export interface GoldEntity {
  key: string;
  type: EntityType;
  names: string[];
}
export interface GoldArticle {
  id: string;
  entities: GoldEntity[];
  quotes: { speaker: string; begins: string }[];
}

export function readGold(path: string): GoldArticle[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { articles: GoldArticle[] }).articles;
}

export function articleFromText(id: string, text: string): Article {
  return { id, source: id, rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null };
}

export function readSeedArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => articleFromText(basename(f, ".txt"), readFileSync(join(dir, f), "utf8")));
}

const CLITIC = /[وفبلك]/;
const LETTER = /[\p{L}\p{M}]/u;

/** Entities whose mentions are every occurrence of the gold names (a clitic letter before a name allowed). */
export function oracleEntities(text: string, gold: GoldEntity[]): Entity[] {
  const n = normalizeWithMap(text);
  const taken = new Uint8Array(n.text.length);
  const names = gold.flatMap((g, gi) => g.names.map((name) => ({ gi, name: normalize(name) }))).sort((a, b) => b.name.length - a.name.length);
  const mentions = new Map<number, { start: number; end: number }[]>();
  for (const { gi, name } of names) {
    if (!name) continue;
    let at = n.text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      let okBefore = at === 0 || !LETTER.test(n.text[at - 1]);
      if (!okBefore && CLITIC.test(n.text[at - 1])) {
        let k = at - 1;
        while (k > 0 && CLITIC.test(n.text[k - 1]) && at - k < 3) k--;
        okBefore = k === 0 || !LETTER.test(n.text[k - 1]);
      }
      const okAfter = end >= n.text.length || !LETTER.test(n.text[end]);
      if (okBefore && okAfter && !taken.subarray(at, end).some((x) => x)) {
        taken.fill(1, at, end);
        const span = toOriginalSpan(n, at, end);
        if (!mentions.has(gi)) mentions.set(gi, []);
        mentions.get(gi)!.push(span);
      }
      at = n.text.indexOf(name, at + 1);
    }
  }
  return gold.map((g, gi) => ({
    id: g.key,
    type: g.type,
    name: g.names[0],
    mentions: (mentions.get(gi) ?? []).sort((a, b) => a.start - b.start).map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
    key: g.key,
    name_en: null,
    wikidata: null,
    country: null,
    roles: [],
    office: null,
    confidence: 1,
    source: "gazetteer" as const,
  }));
}
