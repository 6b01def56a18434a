// The only backend-specific part of the store: how analysed terms are
// indexed and matched. SQLite keeps them in FTS5 tables (rowid = article seq
// or statement id) and ranks with bm25(); PostgreSQL keeps a tsvector column
// built from the same terms (positions as FTS5 counts them) and ranks with
// the same BM25 formula computed in SQL. Everything around these fragments
// (filters, paging, facets) is one Kysely query for both.
import { CompiledQuery, sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
import type { Backend } from "./api.js";
import type { Database } from "./schema.js";
import { gatedRankingPhrases, toFts5, toTsquery, type TermExpr } from "../search/compile.js";
import { chunkSizes, inList } from "./bulk.js";
import { refreshImpacts } from "./search-impacts.js";
import { INGEST_CACHE_KIB, READ_CACHE_KIB } from "./connect.js";

type Db = Kysely<Database> | Transaction<Database>;
export type TextTable = "articles" | "statements";

const FTS = { articles: "articles_fts", statements: "statements_fts" } as const;
const KEY = { articles: "seq", statements: "id" } as const;
// FTS5's bm25() defaults.
const K1 = 1.2;
const B = 0.75;

/** tsvector literal: 'term':pos,pos … (positions 1-based, capped at 16383 as PostgreSQL requires). */
export function tsvectorLiteral(terms: string[]): string {
  const pos = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const p = pos.get(t);
    const at = Math.min(i + 1, 16383);
    if (!p) pos.set(t, [at]);
    else if (p.length < 256 && p[p.length - 1] !== at) p.push(at);
  });
  return [...pos].map(([t, p]) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${p.join(",")}`).join(" ");
}

export async function indexText(db: Db, backend: Backend, table: TextTable, key: number, terms: string[]): Promise<void> {
  if (backend === "sqlite") {
    await sql`insert into ${sql.id(FTS[table])} (rowid, body) values (${key}, ${terms.join(" ")})`.execute(db);
  } else {
    await sql`update ${sql.id(table)} set tsv = ${tsvectorLiteral(terms)}::tsvector where ${sql.id(KEY[table])} = ${key}`.execute(db);
  }
}

/** Rows indexed per statement at most (2 bound values each); fewer in power-of-two chunks (few statement shapes). */
const INDEX_ROWS = 500;

/**
 * Indexes many rows' terms (`text`: the terms space-separated, as terms hold no spaces): one
 * multi-row statement per chunk instead of one per row.
 */
// The multi-row FTS5 insert's text per table and row count (few shapes: chunkSizes), built once instead
// of compiled by Kysely per statement (~0.05 ms/article of the writer).
const ftsInserts = new Map<string, string>();
function ftsInsertSql(fts: string, rows: number): string {
  const key = `${fts}|${rows}`;
  let text = ftsInserts.get(key);
  if (text === undefined) ftsInserts.set(key, (text = `insert into "${fts}" (rowid, body) values ${Array(rows).fill("(?, ?)").join(", ")}`));
  return text;
}

export async function indexTexts(db: Db, backend: Backend, table: TextTable, rows: { key: number; text: string }[]): Promise<void> {
  let i = 0;
  for (const size of chunkSizes(rows.length, INDEX_ROWS)) {
    const part = rows.slice(i, (i += size));
    if (backend === "sqlite") {
      const params: unknown[] = new Array(2 * part.length);
      part.forEach((r, j) => {
        params[2 * j] = r.key;
        params[2 * j + 1] = r.text;
      });
      await db.executeQuery(CompiledQuery.raw(ftsInsertSql(FTS[table], part.length), params));
    } else {
      const values = sql.join(part.map((r) => sql`(${r.key}::int, ${tsvectorLiteral(r.text === "" ? [] : r.text.split(" "))}::text)`));
      await sql`update ${sql.id(table)} as x set tsv = v.tsv::tsvector from (values ${values}) as v(key, tsv) where x.${sql.id(KEY[table])} = v.key`.execute(db);
    }
  }
}

export async function unindexText(db: Db, backend: Backend, table: TextTable, keys: number[]): Promise<void> {
  if (backend !== "sqlite" || keys.length === 0) return; // the tsvector goes with its row
  for (let i = 0; i < keys.length; i += 500) {
    await sql`delete from ${sql.id(FTS[table])} where rowid in (${sql.join(inList(keys.slice(i, i + 500)))})`.execute(db);
  }
}

/**
 * A subquery of the matching rows, `(key, score)`, scores higher-is-better.
 * On PostgreSQL the BM25 document frequencies are looked up first (one query).
 */
export async function matchRows(
  db: Db,
  backend: Backend,
  table: TextTable,
  expr: TermExpr,
  rank: boolean,
): Promise<RawBuilder<{ key: number; score: number }>> {
  if (backend === "sqlite") {
    const fts = sql.id(FTS[table]);
    return rank
      ? sql`(select rowid as key, -bm25(${fts}) as score from ${fts} where ${fts} match ${toFts5(expr)})`
      : sql`(select rowid as key, 0 as score from ${fts} where ${fts} match ${toFts5(expr)})`;
  }
  const t = sql.id(table);
  const k = sql.id(KEY[table]);
  const tsq = toTsquery(expr);
  if (!rank) return sql`(select ${k} as key, 0 as score from ${t} where tsv @@ ${tsq}::tsquery)`;
  // BM25 exactly as FTS5's bm25() computes it: per phrase, the rows holding the
  // phrase (document frequency) and its occurrences in the row (positions in sequence).
  const ranking = gatedRankingPhrases(expr);
  const phrases = ranking.map((r) => r.phrase);
  const stats = await sql<{ n: string | number; total: string | number }>`select articles as n, terms as total from corpus_totals where id = 1`.execute(db);
  const n = Number(stats.rows[0]?.n ?? 0);
  const avgdl = n ? Number(stats.rows[0]?.total ?? 0) / n || 1 : 1;
  const distinct = [...new Set(phrases.map((p) => p.join(" ")))];
  const dfs = await sql<{ p: string; df: string | number }>`
    select u.p, (select count(*) from ${t} where tsv @@ u.q::tsquery) as df
    from unnest(${distinct}::text[], ${distinct.map((p) => toTsquery({ kind: "seq", positions: p.split(" ").map((w) => [w]) }))}::text[]) as u(p, q)`.execute(db);
  const df = new Map(dfs.rows.map((r) => [r.p, Number(r.df)]));
  const terms = ranking.map(({ phrase: p, gates }) => {
    const d = df.get(p.join(" ")) ?? 0;
    const v = Math.log((n - d + 0.5) / (d + 0.5));
    const idf = v > 0 ? v : 1e-6; // FTS5 clamps non-positive idf the same way
    // As FTS5: a phrase under an AND group counts only in rows that group matches.
    const raw = phraseFrequency(p);
    const tf = gates.length ? sql<number>`(case when ${sql.join(gates.map((g) => sql`x.tsv @@ ${toTsquery(g)}::tsquery`), sql` and `)} then ${raw} else 0 end)` : raw;
    return sql`${idf}::float8 * (${tf}) * ${K1 + 1}::float8 / ((${tf}) + ${K1}::float8 * (${1 - B}::float8 + ${B}::float8 * x.n_terms / ${avgdl}::float8))`;
  });
  return sql`(select x.${k} as key, (${sql.join(terms, sql` + `)}) as score from ${t} as x where x.tsv @@ ${tsq}::tsquery)`;
}

/** Occurrences of a phrase in row x's tsvector: positions p of its first term with term i at p + i. */
function phraseFrequency(p: string[]): RawBuilder<number> {
  if (p.length === 1) return sql<number>`coalesce((select array_length(u.positions, 1) from unnest(x.tsv) u where u.lexeme = ${p[0]}), 0)`;
  const follow = p.slice(1).map((w, i) => sql`exists (select 1 from unnest(x.tsv) v where v.lexeme = ${w} and (pos + ${i + 1}::int) = any(v.positions))`);
  return sql<number>`(select count(*) from unnest(x.tsv) u, unnest(u.positions) as pos where u.lexeme = ${p[0]} and ${sql.join(follow, sql` and `)})`;
}

/** After a large load: merge the FTS5 index segments (SQLite) or refresh planner statistics (both), then rebuild search's impact lists. */
export async function optimizeIndex(db: Db, backend: Backend, impacts?: Parameters<typeof refreshImpacts>[2]): Promise<void> {
  if (backend !== "sqlite") {
    await sql`analyze`.execute(db);
    return refreshImpacts(db, backend, impacts);
  }
  // The ingest's small page cache: merging and reading the whole index once gains nothing from a large one,
  // and the lists' build holds the corpus's tokens in memory meanwhile.
  await sql`pragma cache_size = ${sql.raw(String(-INGEST_CACHE_KIB))}`.execute(db);
  try {
    for (const t of Object.values(FTS)) await sql`insert into ${sql.id(t)} (${sql.id(t)}) values ('optimize')`.execute(db);
    await sql`analyze`.execute(db);
    await refreshImpacts(db, backend, impacts);
  } finally {
    await sql`pragma cache_size = ${sql.raw(String(-READ_CACHE_KIB))}`.execute(db);
  }
}
