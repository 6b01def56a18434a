// Looks up what the corpus knows about a query's names before it is compiled:
// which words are indexed unstemmed as names, and every spelling of the
// entities a word span names.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import { nameCandidates, nameKey, type Lexicon } from "../search/compile.js";
import type { QueryNode } from "../search/query.js";

const CHUNK = 500;

export async function loadLexicon(db: Kysely<Database>, node: QueryNode): Promise<Lexicon> {
  const { terms, names } = nameCandidates(node);
  const nameTerms = new Set<string>();
  for (let i = 0; i < terms.length; i += CHUNK) {
    const rows = await db.selectFrom("name_terms").select("term").where("term", "in", terms.slice(i, i + CHUNK)).execute();
    for (const r of rows) nameTerms.add(r.term);
  }
  const byNorm = new Map<string, number[]>();
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = await db.selectFrom("entity_names").select(["norm", "entity_id"]).where("norm", "in", names.slice(i, i + CHUNK)).execute();
    for (const r of rows) byNorm.set(r.norm, [...(byNorm.get(r.norm) ?? []), r.entity_id]);
  }
  const variants = new Map<string, string[]>();
  const ids = [...new Set([...byNorm.values()].flat())];
  if (ids.length) {
    const rows = await db.selectFrom("entities").select(["id", "names", "variants"]).where("id", "in", ids.slice(0, CHUNK)).execute();
    const spellings = new Map(rows.map((r) => [r.id, [...Object.keys(JSON.parse(r.names)), ...Object.keys(JSON.parse(r.variants))]]));
    for (const [norm, es] of byNorm) variants.set(norm, [...new Set(es.flatMap((e) => spellings.get(e) ?? []))]);
    // The spellings' words are names too (indexed unstemmed where recognised).
    const more = [...new Set([...variants.values()].flat().flatMap((s) => nameKey(s).split(" ")))];
    for (let i = 0; i < more.length; i += CHUNK) {
      const rows = await db.selectFrom("name_terms").select("term").where("term", "in", more.slice(i, i + CHUNK)).execute();
      for (const r of rows) nameTerms.add(r.term);
    }
  }
  return { nameTerms, variants };
}
