// Counting a query's matches and their stories, up to SEARCH_COUNT_CAP (one
// past it, to know the count stopped), in key order, returning the keys
// counted: search-topk.ts reads matching from them.
//
// On SQLite without article filters the keys come from the FTS5 index alone
// (rowids, no join), and stories from the few articles whose story is not
// themselves (a partial index, article_keys_story_other): every other article
// is its own story. With date and outlet filters only, the keys passing them
// are read once from a covering index (article_keys_published, _outlet) and
// intersected with the rowids in JS (filteredKeys); with other filters the
// matches are joined to article_keys, which gives their story too.
// (PostgreSQL counts in SQL: query-search.ts.)
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import { SEARCH_COUNT_CAP } from "./api.js";
import type { Database } from "./schema.js";
import type { TermExpr } from "../search/compile.js";
import { toFts5 } from "../search/compile.js";
import { matchesAtMost, type MatchPrefix } from "./search-topk.js";
import { inSorted, parseInts, type SortedKeys } from "./int-lists.js";

export interface Counted {
  total: number;
  stories: number;
  totalExact: boolean;
  prefix: MatchPrefix;
  /** With filters: every counted match's bm25() score (computed after the filters, so only for them). */
  scores: Map<number, number> | null;
}

/** The first `limit` filtered matches in key order, with their story (the caller's join to article_keys). */
export type FilteredRows = (limit: number) => Promise<{ key: number; story: number | null; score: number }[]>;

/** SQLite: counts from the keys themselves (see above); `filteredRows` may be every filtered match's key, sorted (filteredKeys). */
export async function countMatches(db: Kysely<Database>, expr: TermExpr, filteredRows: FilteredRows | SortedKeys | null): Promise<Counted> {
  let keys: number[];
  let stories: number;
  let scores: Map<number, number> | null = null;
  if (!filteredRows) {
    // One row of text, not 10,001 row objects: a third of the time (the FTS5 scan itself is ~0.5 ms).
    const r = await sql<{ ks: string | null }>`select group_concat(k) as ks from (select rowid as k from articles_fts where articles_fts match ${toFts5(expr)} order by rowid limit ${SEARCH_COUNT_CAP + 1})`.execute(db);
    keys = parseInts(r.rows[0]?.ks ?? "");
    stories = keys.length ? await storiesOf(db, keys) : 0;
  } else if (typeof filteredRows !== "function") {
    return countKeys(db, filteredRows);
  } else {
    const rows = await filteredRows(SEARCH_COUNT_CAP + 1);
    keys = rows.map((x) => Number(x.key));
    stories = new Set(rows.filter((x) => x.story !== null).map((x) => Number(x.story))).size;
    scores = new Map(rows.map((x) => [Number(x.key), Number(x.score)]));
  }
  const n = keys.length;
  return {
    total: Math.min(n, SEARCH_COUNT_CAP),
    stories: Math.min(stories, SEARCH_COUNT_CAP),
    totalExact: n <= SEARCH_COUNT_CAP,
    prefix: { keys, complete: n <= SEARCH_COUNT_CAP },
    scores,
  };
}
/** Counts of these sorted keys (every filtered match), stopping one past the cap as the join does. */
async function countKeys(db: Kysely<Database>, all: SortedKeys): Promise<Counted> {
  const keys = all.length > SEARCH_COUNT_CAP + 1 ? all.slice(0, SEARCH_COUNT_CAP + 1) : all;
  const stories = keys.length ? await storiesOf(db, keys) : 0;
  const n = keys.length;
  return {
    total: Math.min(n, SEARCH_COUNT_CAP),
    stories: Math.min(stories, SEARCH_COUNT_CAP),
    totalExact: n <= SEARCH_COUNT_CAP,
    prefix: { keys: all, complete: true },
    scores: null,
  };
}

/** Date and outlet conditions on article_keys, the only ones filteredKeys reads from an index. */
export interface KeyFilter {
  from?: string;
  to?: string;
  outlets: string[];
}

/**
 * Every match passing date and outlet filters, in key order (uncapped: the exact filtered match set, so the
 * top k needs no filter look-ups). The matches are `known` (from the postings, with the corpus size) or the rowids of one FTS5 scan; the filter's side is whichever is
 * cheaper by the counts: the keys in the filter's range read from a covering index into a bitmap (about
 * 0.1 µs a key), or the matches looked up by key (about 0.3 µs a match, ~F/M).
 * Null when the filter keeps so many that the count stops well before the last match (filtered matches
 * estimated from the range's share of the corpus and the lists' bound on the matches, past `wide`: 3 × the
 * cap; at 1 × the join was slower on the bench's borderline filters): joining the matches in key order
 * then stops early, reading less.
 */
export async function filteredKeys(db: Kysely<Database>, expr: TermExpr, f: KeyFilter, wide = 3 * SEARCH_COUNT_CAP, known?: { matches: Int32Array; rows: number }): Promise<SortedKeys | null> {
  const where = <Q>(b: Q): Q => {
    let q = b as unknown as SelectQueryBuilder<Database, "article_keys", object>;
    if (f.from) q = q.where("published", ">=", f.from);
    if (f.to) q = q.where("published", "<=", f.to);
    if (f.outlets.length) q = q.where("outlet", "in", f.outlets);
    return q as unknown as Q;
  };
  // The range's keys counted up to `limit` (one past it: more).
  const inRange = async (limit: number) => Number((await db.selectFrom(where(db.selectFrom("article_keys").select("seq").limit(limit + 1)).as("r")).select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
  // Before scanning the matches: a range so wide that range share × matches (bounded by the lists) passes the cap.
  const most = known ? { matches: known.matches.length, rows: known.rows } : await matchesAtMost(db, expr);
  let inFilter: number | null = null;
  const limit = most && most.matches > 0 ? Math.ceil((wide * most.rows) / most.matches) : Infinity;
  if (most && limit < most.rows) {
    // (A limit past the corpus size can never be passed: nothing to count.)
    const n = await inRange(limit);
    if (n > limit) return null;
    inFilter = n;
  }
  const matches: SortedKeys = known ? known.matches : parseInts((await sql<{ ks: string | null }>`select group_concat(k) as ks from (select rowid as k from articles_fts where articles_fts match ${toFts5(expr)} order by rowid)`.execute(db)).rows[0]?.ks ?? "");
  if (!matches.length) return matches;
  // The range's keys read up to the point of choosing (one scan, not a count and then a read): a wide range
  // costs no more than 3 keys a match.
  const side = 3 * matches.length;
  if (inFilter === null || inFilter <= side) {
    const ks = await db.selectFrom(where(db.selectFrom("article_keys").select("seq").limit(side + 1)).as("r")).select(sql<string | null>`group_concat(seq)`.as("ks")).executeTakeFirstOrThrow();
    const range = parseInts(ks.ks ?? "");
    if (range.length <= side) {
      const last = matches[matches.length - 1];
      const pass = new Uint8Array(last + 1);
      for (const k of range) if (k <= last) pass[k] = 1;
      return matches.filter((k) => pass[k] === 1);
    }
  }
  const listed = sql<number>`(select value from json_each(${JSON.stringify(Array.from(matches))}))`;
  const ks = await where(db.selectFrom("article_keys").select(sql<string | null>`group_concat(seq)`.as("ks")).where("seq", "in", listed)).executeTakeFirstOrThrow();
  return parseInts(ks.ks ?? "").sort((a, b) => a - b);
}


/**
 * Distinct non-null stories of these articles (sorted keys), as count(distinct story_seq) over their
 * rows: every key that is its own story, plus the other stories of the few that are not.
 */
async function storiesOf(db: Kysely<Database>, keys: SortedKeys): Promise<number> {
  // The condition is the partial index's own, so SQLite reads only that index.
  const other = await sql<{ seq: number; story: number | null }>`
    select seq, story_seq as story from article_keys
    where (story_seq is null or story_seq <> seq) and seq between ${keys[0]} and ${keys[keys.length - 1]}`.execute(db);
  const storyOf = new Map(other.rows.map((r) => [Number(r.seq), r.story === null ? null : Number(r.story)]));
  let own = keys.length;
  const more = new Set<number>();
  for (const [seq, s] of storyOf) {
    if (!inSorted(keys, seq)) continue;
    own--;
    if (s !== null && !(!storyOf.has(s) && inSorted(keys, s))) more.add(s);
  }
  return own + more.size;
}

