// Full-text search: the query is parsed and analysed in JS (search/), matched
// by the backend's text index (text-index.ts), and filtered, ranked, paged and
// faceted by one Kysely query shared by both backends. On SQLite the ranked
// page comes first from the impact lists (search-topk.ts, exact or given up),
// and counts from the FTS5 rowids alone (search-count.ts), intersected with
// the keys of a date or outlet filter read from an index (no per-match join).
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from "kysely";
import { SEARCH_COUNT_CAP, type Backend, type FacetCount, type SearchFacets, type SearchHit, type SearchQuery, type SearchResult } from "./api.js";
import type { Database } from "./schema.js";
import { parseQuery } from "../search/query.js";
import { compileQuery, describe, positivePhrases, positiveTerms, QueryError, toFts5, type TermExpr } from "../search/compile.js";
import { findHighlights, makeSnippet } from "../search/snippet.js";
import { loadLexicon } from "./lexicon.js";
import { matchRows } from "./text-index.js";
import { fromBound, list, page, resolveEntities, toBound } from "./filters.js";
import { storyRefs } from "./stories.js";
import type { CachedMatch, ResultCache } from "./result-cache.js";
import { countMatches, filteredKeys, type FilteredRows } from "./search-count.js";
import { estimateFiltered, rankAmong, topFromImpacts, type FilterCheck } from "./search-topk.js";
import { postingsPlan, type PostingsPlan } from "./search-postings.js";

/** Up to this many matches, scoring them all (bm25() on those rows) is cheaper than a proof from the impact lists. */
const SMALL_MATCH_SET = 3000;

export interface ArticleFilter {
  from?: string;
  to?: string;
  outlets: string[];
  /** Entity ids; the article must mention one of them. Empty: no entity filter; [-1]: nothing matches. */
  entities: number[] | null;
  eventType?: string;
}

export async function articleFilter(db: Kysely<Database>, q: { from?: string; to?: string; outlet?: string | string[]; entity?: string; eventType?: string }): Promise<ArticleFilter> {
  let entities: number[] | null = null;
  if (q.entity) {
    entities = await resolveEntities(db, q.entity);
    if (entities.length === 0) entities = [-1];
  }
  return { from: fromBound(q.from), to: toBound(q.to), outlets: list(q.outlet), entities, eventType: q.eventType };
}

/** Compiles the query text, with the corpus's names and spellings. */
export async function compileText(db: Kysely<Database>, text: string): Promise<TermExpr> {
  const node = parseQuery(text);
  if (!node) throw new QueryError("empty query: give at least one word");
  return compileQuery(node, await loadLexicon(db, node));
}

export async function search(db: Kysely<Database>, backend: Backend, q: SearchQuery, cache?: ResultCache): Promise<SearchResult> {
  const t0 = performance.now();
  const { limit, offset } = page(q);
  const expr = await compileText(db, q.q);
  const filter = await articleFilter(db, q);
  const cacheKey = JSON.stringify([toFts5(expr), filter, limit, offset]);
  const gen = cache?.enabled ? await cache.generation() : null;
  let found = gen !== null ? cache!.get(cacheKey, gen) : undefined;
  if (!found) {
    found = await matchPage(db, backend, expr, filter, limit, offset);
    if (gen !== null) cache!.set(cacheKey, gen, found);
  }
  const { total, stories: storyCount, totalExact, top } = found;
  const keys = top.map((r) => r.key);
  const details = keys.length
    ? await db
        .selectFrom("articles as a")
        .innerJoin("article_texts as t", "t.seq", "a.seq")
        .select(["a.seq", "a.id", "a.title", "a.outlet", "a.published", "a.url", "a.source", "a.story_seq", "t.text", "t.names"])
        .where("a.seq", "in", keys)
        .execute()
    : [];
  const bySeq = new Map(details.map((d) => [d.seq, d]));
  const rows = top.map((r) => ({ ...bySeq.get(r.key)!, score: r.score }));

  const stories = await storyRefs(db, rows);
  const terms = new Set(positiveTerms(expr));
  const phrases = positivePhrases(expr);
  const hits: SearchHit[] = rows.map((r) => {
    const names = new Set<string>(r.names ? r.names.split(" ") : []);
    const highlights = findHighlights(r.text, names, terms, phrases);
    return {
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      url: r.url,
      source: r.source,
      story: stories.get(r.seq)!,
      score: Number(r.score),
      snippet: makeSnippet(r.text, highlights, q.snippetLength ?? 160),
      highlights,
    };
  });

  let facets: SearchFacets | undefined;
  if (q.facets) {
    const unranked = await matchRows(db, backend, "articles", expr, false);
    const base = () => filteredMatch(db, unranked, filter);
    const count = sql<number>`count(distinct a.seq)`;
    const top = (rs: { value: string | null; label?: string | null; count: number | string }[]): FacetCount[] =>
      rs.filter((r) => r.value !== null).map((r) => ({ value: String(r.value), ...(r.label ? { label: r.label } : {}), count: Number(r.count) }));
    const [outlet, eventType, entity, year, month] = await Promise.all([
      base().select(["a.outlet as value", count.as("count")]).groupBy("a.outlet").orderBy("count", "desc").orderBy("value").limit(50).execute(),
      base().innerJoin("events as e", "e.article_seq", "a.seq").select(["e.type as value", count.as("count")]).groupBy("e.type").orderBy("count", "desc").orderBy("value").execute(),
      base()
        .innerJoin("article_entities as ae", "ae.article_seq", "a.seq")
        .innerJoin("entities as en", "en.id", "ae.entity_id")
        .select(["en.key as value", "en.name as label", count.as("count")])
        .groupBy(["en.key", "en.name"])
        .orderBy("count", "desc")
        .orderBy("value")
        .limit(20)
        .execute(),
      base().select([sql<string>`substr(a.published, 1, 4)`.as("value"), count.as("count")]).groupBy(sql`substr(a.published, 1, 4)`).orderBy("value").execute(),
      base().select([sql<string>`substr(a.published, 1, 7)`.as("value"), count.as("count")]).groupBy(sql`substr(a.published, 1, 7)`).orderBy("value").execute(),
    ]);
    facets = { outlet: top(outlet), eventType: top(eventType), entity: top(entity), year: top(year), month: top(month) };
  }

  return {
    parsed: describe(expr),
    total,
    stories: storyCount,
    totalExact,
    hits,
    facets,
    limit,
    offset,
    tookMs: Math.round((performance.now() - t0) * 100) / 100,
  };
}

/** Matching rows joined to their article keys, with the filters applied. */
function filteredMatch(db: Kysely<Database>, match: RawBuilder<{ key: number; score: number }>, filter: ArticleFilter) {
  return withFilter(db.selectFrom(match.as("m")).innerJoin("article_keys as a", "a.seq", "m.key"), filter);
}

/** The article filters as conditions on article_keys (alias a). */
function withFilter<Q>(b: Q, filter: ArticleFilter): Q {
  // Typed as the narrowest query that has article_keys as a; every caller's query has it.
  let q = b as unknown as SelectQueryBuilder<Database & { a: Database["article_keys"] }, "a", object>;
  if (filter.from) q = q.where("a.published", ">=", filter.from);
  if (filter.to) q = q.where("a.published", "<=", filter.to);
  if (filter.outlets.length) q = q.where("a.outlet", "in", filter.outlets);
  if (filter.entities) {
    const ids = filter.entities;
    q = q.where((eb) => eb.exists(eb.selectFrom("article_entities as ae").select("ae.entity_id").whereRef("ae.article_seq", "=", "a.seq").where("ae.entity_id", "in", ids)));
  }
  if (filter.eventType) {
    const type = filter.eventType;
    q = q.where((eb) => eb.exists(eb.selectFrom("events as ev").select("ev.id").whereRef("ev.article_seq", "=", "a.seq").where("ev.type", "=", type)));
  }
  return q as unknown as Q;
}

const isFiltered = (f: ArticleFilter) => Boolean(f.from || f.to || f.outlets.length || f.entities || f.eventType);

/**
 * The ranked page of matching article keys with the total and story counts: the only part that grows with the corpus.
 * `tune` (tests lower them): `small`, up to this many date/outlet-filtered matches are scored directly;
 * `wide`, past this many estimated, such a filter is joined to the matches (filteredKeys); `postings: false`,
 * the stored postings are not used (search-postings.ts).
 * On SQLite the page is first proven from the impact lists (search-topk.ts) and only scored over every match when that fails.
 */
export async function matchPage(db: Kysely<Database>, backend: Backend, expr: TermExpr, filter: ArticleFilter, limit: number, offset: number, tune: { small?: number; wide?: number; postings?: boolean } = {}): Promise<CachedMatch> {
  if (backend !== "sqlite") return matchPageFull(db, backend, expr, filter, limit, offset);
  const filtered = isFiltered(filter);
  // Queries covered by the stored postings get their matches and ranking from them, not from FTS5.
  const plan = tune.postings === false ? null : await postingsPlan(db, expr);
  if ((filtered || plan) && !filter.entities && !filter.eventType) {
    const byKeys = await matchPageByKeys(db, backend, expr, filter, limit, offset, tune.small ?? SMALL_MATCH_SET, tune.wide, plan);
    if (byKeys) return byKeys;
  }
  // With filters the count reads every filtered match anyway. Up to SMALL_MATCH_SET of them it also scores
  // them: SQLite flattens the ranked match into the join, so bm25() runs only for rows that pass the filters,
  // and the count is the ranking too. Past that, the count runs again unscored and the lists rank.
  // When the lists say the filtered matches are clearly more, that first statement is skipped (it would be
  // wasted: bm25()'s document-frequency pass and up to SMALL_MATCH_SET scores).
  let rows: FilteredRows | null = null;
  let smallScored: Awaited<ReturnType<FilteredRows>> | null = null;
  const check: FilterCheck = filtered
    ? async (keys) => {
        const listed = sql<number>`(select value from json_each(${JSON.stringify(keys)}))`;
        const rs = await withFilter(db.selectFrom("article_keys as a").select("a.seq").where("a.seq", "in", listed), filter).execute();
        return new Set(rs.map((r) => Number(r.seq)));
      }
    : null;
  if (filtered) {
    const estimate = await estimateFiltered(db, expr, check!);
    if (estimate === null || estimate <= 2 * SMALL_MATCH_SET) {
      const ranked = await matchRows(db, backend, "articles", expr, true);
      const first = await filteredMatch(db, ranked, filter).select(["m.key", "a.story_seq as story", "m.score"]).orderBy("m.key").limit(SMALL_MATCH_SET + 1).execute();
      if (first.length <= SMALL_MATCH_SET) smallScored = first;
    }
    const unranked = await matchRows(db, backend, "articles", expr, false);
    rows = smallScored
      ? async () => smallScored!
      : (n) => filteredMatch(db, unranked, filter).select(["m.key", "a.story_seq as story", sql<number>`0`.as("score")]).orderBy("m.key").limit(n).execute();
  }
  const counted = await countMatches(db, expr, rows);
  const { keys, complete } = counted.prefix;
  let top: { key: number; score: number }[] | null = [];
  if (limit === 0) top = [];
  else if (smallScored && counted.scores) {
    const all = [...counted.scores].map(([key, score]) => ({ key, score }));
    top = all.sort((a, b) => b.score - a.score || a.key - b.key).slice(offset, offset + limit);
  }
  else {
    // Every match known from counting: ranked from the postings, or when few, scored just those.
    top = complete && plan ? await plan.rank(keys, limit, offset) : null;
    if (!top && complete && keys.length <= SMALL_MATCH_SET) top = await rankAmong(db, expr, keys, limit, offset);
    if (!top) top = (await topFromImpacts(db, expr, offset + limit, counted.prefix, check))?.slice(offset) ?? null;
    if (!top) top = await rankAll(db, backend, expr, filter, limit, offset);
  }
  return { total: counted.total, stories: counted.stories, totalExact: counted.totalExact, top };
}

/**
 * SQLite with date and outlet filters only, or none with a postings plan: every (filtered) match's key, from
 * the postings or the FTS5 rowids and a covering index (search-count.ts, no per-match join), counts from them,
 * and the page ranked from the postings, or scored on those rows (few), or proven from the impact lists with
 * the exact filtered set (no filter look-ups), else scored on every match.
 * Null for a filter wide enough that the count stops at its cap.
 */
async function matchPageByKeys(db: Kysely<Database>, backend: Backend, expr: TermExpr, filter: ArticleFilter, limit: number, offset: number, small: number, wide: number | undefined, plan: PostingsPlan | null): Promise<CachedMatch | null> {
  const all = isFiltered(filter) || !plan ? await filteredKeys(db, expr, filter, wide, plan ?? undefined) : plan.matches;
  if (!all) return null; // a wide filter: the join below stops at the count's cap
  const counted = await countMatches(db, expr, all);
  let passing: Set<number> | null = null;
  // Never called with the complete set as prefix; passed so that the lists treat the prefix as filtered.
  const check: FilterCheck = async (keys) => {
    passing ??= new Set(all);
    return new Set(keys.filter((k) => passing!.has(k)));
  };
  if (limit === 0 || all.length === 0) return { total: counted.total, stories: counted.stories, totalExact: counted.totalExact, top: [] };
  // Ranked in JS from the stored postings where they cover the query (search-postings.ts); else
  // few are scored on those rows (one FTS5 scan, bm25() for them only), cheaper than a proof from the lists
  // (100k bench: 1.8 vs 2.0 ms for 914 matches, 3.5 vs 5.5 for 818 of a phrase, 6.1 vs 1.3 + a fallback).
  let top = plan ? await plan.rank(all, limit, offset) : null;
  if (!top && all.length <= small) top = await rankAmong(db, expr, all, limit, offset);
  if (!top) top = (await topFromImpacts(db, expr, offset + limit, counted.prefix, check))?.slice(offset) ?? null;
  if (!top) top = await rankAll(db, backend, expr, filter, limit, offset);
  return { total: counted.total, stories: counted.stories, totalExact: counted.totalExact, top };
}

/** Every match scored by the backend (FTS5 bm25(), or the same formula on PostgreSQL), the page taken from them. */
async function rankAll(db: Kysely<Database>, backend: Backend, expr: TermExpr, filter: ArticleFilter, limit: number, offset: number): Promise<{ key: number; score: number }[]> {
  const ranked = await matchRows(db, backend, "articles", expr, true);
  // The page is ranked on the match alone (no join) when nothing filters on article fields.
  const page = isFiltered(filter)
    ? filteredMatch(db, ranked, filter).select(["m.key", "m.score"]).orderBy("m.score", "desc").orderBy("m.key")
    : db.selectFrom(ranked.as("m")).select(["m.key", "m.score"]).orderBy("m.score", "desc").orderBy("m.key");
  const top = await page.limit(limit).offset(offset).execute();
  return top.map((r) => ({ key: Number(r.key), score: Number(r.score) }));
}

/** Counts in SQL and every match scored: PostgreSQL's path, and the reference the fast path is tested against. */
export async function matchPageFull(db: Kysely<Database>, backend: Backend, expr: TermExpr, filter: ArticleFilter, limit: number, offset: number): Promise<CachedMatch> {
  const unranked = await matchRows(db, backend, "articles", expr, false);
  // Counted in store order (the FTS5 rowid order SQLite reads anyway), stopping one past the cap.
  const counted = filteredMatch(db, unranked, filter).select(["m.key", "a.story_seq as story"]).orderBy("m.key").limit(SEARCH_COUNT_CAP + 1);
  const counts = await db
    .selectFrom(counted.as("c"))
    .select((eb) => [eb.fn.countAll<number>().as("total"), sql<number>`count(distinct c.story)`.as("stories")])
    .executeTakeFirstOrThrow();
  const top = await rankAll(db, backend, expr, filter, limit, offset);
  const n = Number(counts.total);
  return {
    total: Math.min(n, SEARCH_COUNT_CAP),
    stories: Math.min(Number(counts.stories), SEARCH_COUNT_CAP),
    totalExact: n <= SEARCH_COUNT_CAP,
    top,
  };
}
