// Builds a Doc and Entity values from a sentence written for a test: each
// entity lists the names it is written as; every occurrence becomes a mention.
import type { EntityType, Quote } from "../../src/types.js";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { articleFromText, oracleEntities } from "./oracle.js";

export type Ents = Record<string, [EntityType, ...string[]]>;

export function quotesOf(text: string, ents: Ents): Quote[] {
  const gold = Object.entries(ents).map(([key, [type, ...names]]) => ({ key, type, names }));
  const article = articleFromText("t", text);
  return extractQuotes(buildDoc(article), oracleEntities(text, gold));
}

/** The essentials of a quote, for compact assertions. */
export function brief(q: Quote): { speaker: string | null; cue: string; text: string; direct: boolean } {
  return { speaker: q.speaker, cue: q.cue, text: q.text, direct: q.direct };
}
