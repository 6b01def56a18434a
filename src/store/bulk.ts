// Multi-row INSERTs for bulk writes, compiled by Kysely once per shape.
// Building an insert of a few hundred rows through Kysely's query builder
// walks every value through its parser and compiler (the largest share of the
// store's CPU time when it did so per row). Here Kysely compiles each shape
// (table, columns, row count, conflict and RETURNING clauses) once, for the
// connection's own dialect, and later inserts of that shape only bind values:
// the SQL text is Kysely's, so SQLite and PostgreSQL share this one path.
import { CompiledQuery, type Generated, type Kysely, type Transaction } from "kysely";
import type { Database } from "./schema.js";

type Db = Kysely<Database> | Transaction<Database>;

/** Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
/** Rows per statement at most (larger gains nothing and costs a bigger prepare). */
const MAX_ROWS = 256;

/** A row as inserted: generated columns are optional values of their own type. */
export type InsertRow<T extends keyof Database> = { [K in keyof Database[T]]: Database[T][K] extends Generated<infer U> ? U : Database[T][K] };

export interface BulkOptions<C extends string> {
  /** `on conflict do nothing`. */
  ignoreConflicts?: boolean;
  /** Columns to return for every inserted row. */
  returning?: readonly C[];
}

// One cache per Kysely instance (the dialect decides the SQL text).
const compiled = new WeakMap<object, Map<string, string>>();

function shapeSql(db: Db, table: keyof Database, columns: readonly string[], rows: number, opts: BulkOptions<string>): string {
  // A transaction's compiler is its database's; key the cache on the executor's adapter-independent object.
  let byShape = compiled.get(db.getExecutor().adapter);
  if (!byShape) compiled.set(db.getExecutor().adapter, (byShape = new Map()));
  const key = `${table}|${columns.join(",")}|${rows}|${opts.ignoreConflicts ? 1 : 0}|${(opts.returning ?? []).join(",")}`;
  let text = byShape.get(key);
  if (text !== undefined) return text;
  // Placeholder rows numbered in order, so the compiled parameters show the binding order.
  let n = 0;
  const values = Array.from({ length: rows }, () => Object.fromEntries(columns.map((c) => [c, n++])));
  // Kysely's generics cannot follow a table and columns chosen at run time.
  let q = db.insertInto(table).values(values as never);
  if (opts.ignoreConflicts) q = q.onConflict((oc) => oc.doNothing());
  const c = (opts.returning?.length ? q.returning(opts.returning as never) : q).compile();
  if (c.parameters.length !== n || c.parameters.some((p, i) => p !== i)) {
    throw new Error(`bulk insert into ${table}: Kysely bound the values out of row order`);
  }
  text = c.sql;
  byShape.set(key, text);
  return text;
}

/** The UPDATE of `columns` where `key` equals a value, as Kysely compiles it for this connection (once per shape). */
function updateSql(db: Db, table: keyof Database, columns: readonly string[], key: string): string {
  let byShape = compiled.get(db.getExecutor().adapter);
  if (!byShape) compiled.set(db.getExecutor().adapter, (byShape = new Map()));
  const shape = `update|${table}|${columns.join(",")}|${key}`;
  let text = byShape.get(shape);
  if (text !== undefined) return text;
  // Values numbered in order, so the compiled parameters show the binding order.
  const c = db
    .updateTable(table)
    .set(Object.fromEntries(columns.map((col, i) => [col, i])) as never)
    .where(key as never, "=", columns.length as never)
    .compile();
  if (c.parameters.length !== columns.length + 1 || c.parameters.some((p, i) => p !== i)) {
    throw new Error(`update of ${table}: Kysely bound the values out of order`);
  }
  text = c.sql;
  byShape.set(shape, text);
  return text;
}

/**
 * Updates rows one statement each, `columns` set where `key` matches the row's: the SQL is
 * compiled once and only values are bound (building every update through Kysely's query builder
 * cost more than running it: ~1,200 entity updates per 1,000 articles).
 */
export async function updateRows<T extends keyof Database, K extends keyof Database[T] & string, W extends keyof Database[T] & string>(
  db: Db,
  table: T,
  columns: readonly K[],
  key: W,
  rows: readonly Pick<InsertRow<T>, K | W>[],
): Promise<void> {
  if (rows.length === 0) return;
  const text = updateSql(db, table, columns, key);
  for (const row of rows) {
    const params: unknown[] = new Array(columns.length + 1);
    for (let i = 0; i < columns.length; i++) params[i] = row[columns[i]] ?? null;
    params[columns.length] = row[key];
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}

/** Row counts per statement: full chunks, then the rest in powers of two (few distinct shapes to prepare). */
export function chunkSizes(total: number, max: number): number[] {
  const out: number[] = [];
  let left = total;
  while (left >= max) {
    out.push(max);
    left -= max;
  }
  for (let p = 1 << 30; p >= 1; p >>= 1) if (left & p) out.push(p);
  return out;
}

/** The bound values of rows [from, from + size), row by row in column order (null for undefined). */
function rowParams<R>(rows: readonly R[], columns: readonly (keyof R)[], from: number, size: number): unknown[] {
  const params: unknown[] = new Array(size * columns.length);
  let k = 0;
  for (let r = from; r < from + size; r++) {
    const row = rows[r];
    for (const c of columns) params[k++] = row[c] ?? null;
  }
  return params;
}

/**
 * Inserts rows (objects with at least `columns`) in as few statements as the
 * parameter limits allow, and returns the RETURNING rows (in no promised order).
 */
export async function insertRows<T extends keyof Database, K extends keyof Database[T] & string, C extends keyof Database[T] & string = never>(
  db: Db,
  table: T,
  columns: readonly K[],
  rows: readonly Pick<InsertRow<T>, K>[],
  opts: BulkOptions<C> = {},
): Promise<Pick<InsertRow<T>, C>[]> {
  const out: Pick<InsertRow<T>, C>[] = [];
  if (rows.length === 0) return out;
  const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  let at = 0;
  for (const size of chunkSizes(rows.length, per)) {
    const text = shapeSql(db, table, columns, size, opts);
    const params = rowParams(rows, columns, at, size);
    at += size;
    const res = await db.executeQuery<Pick<InsertRow<T>, C>>(CompiledQuery.raw(text, params));
    if (opts.returning?.length) for (const r of res.rows) out.push(r);
  }
  return out;
}

/**
 * The values padded to a power-of-two length by repeating the last one, for `in (…)` lists:
 * the list then takes one of a few SQL texts, each prepared once and kept (every distinct
 * length was a statement of its own, ~85 KB each at 400 values, up to the statement cache's 2,000).
 */
export function inList<T>(values: readonly T[]): T[] {
  const out = values.slice();
  if (out.length === 0) return out;
  let n = 1;
  while (n < out.length) n <<= 1;
  while (out.length < n) out.push(out[out.length - 1]);
  return out;
}
