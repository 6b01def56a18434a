// An outlet named only in lines cleaning dropped (masthead «قناة العالم», copyright «لمؤسسة الأهرام»):
// the article names it, so it is an organisation, with no mention in `text` to point to.
// A body mention of the same outlet already makes it an entity; then nothing is added.
import type { Article, Entity } from "../types.js";
import type { Lexicon } from "./lexicon.js";

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");

export function creditedOutlet(article: Article, lex: Lexicon, entities: readonly Entity[]): Entity | null {
  const written = article.credited;
  if (!article.outlet || !written?.length) return null;
  const key = `org:outlet_${slug(article.outlet)}`;
  if (entities.some((e) => e.key === key || (e.type === "ORG" && e.name_en === article.outlet))) return null;
  return {
    id: `e${entities.length + 1}`,
    type: "ORG",
    name: written[0],
    mentions: [],
    key,
    name_en: article.outlet,
    wikidata: null,
    country: lex.outletCountry.get(article.outlet) ?? null,
    roles: [],
    office: null,
    confidence: 0.9,
    source: "gazetteer",
  };
}
