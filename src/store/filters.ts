// Shared pieces of the read queries: paging, date bounds, entity references.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { PageQuery } from "./api.js";
import { nameKey } from "../search/compile.js";
import { cliticReadings } from "../text/clitics.js";

export function page(q: PageQuery | undefined): { limit: number; offset: number } {
  const limit = Math.min(1000, Math.max(0, Math.floor(q?.limit ?? 20)));
  const offset = Math.max(0, Math.floor(q?.offset ?? 0));
  if (!Number.isFinite(limit) || !Number.isFinite(offset)) throw new RangeError("limit and offset must be numbers");
  return { limit, offset };
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Inclusive lower bound for ISO-date text ("2021" → "2021", compares before "2021-01-01"). */
export function fromBound(d: string | undefined): string | undefined {
  if (d === undefined || d === "") return undefined;
  if (!PARTIAL_DATE.test(d)) throw new RangeError(`invalid date "${d}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d;
}

/** Inclusive upper bound ("2021" → "2021-12-31", "2021-06" → "2021-06-31": text comparison is enough). */
export function toBound(d: string | undefined): string | undefined {
  if (d === undefined || d === "") return undefined;
  if (!PARTIAL_DATE.test(d)) throw new RangeError(`invalid date "${d}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

export function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Store ids of the entities a reference names: a store id ("12"), a key
 * ("per:lavrov"), or any name or spelling (with or without a proclitic, or the English name).
 */
export async function resolveEntities(db: Kysely<Database>, ref: string | number): Promise<number[]> {
  if (typeof ref === "number" || /^\d+$/.test(ref)) {
    const r = await db.selectFrom("entities").select("id").where("id", "=", Number(ref)).execute();
    return r.map((x) => x.id);
  }
  const byKey = await db.selectFrom("entities").select("id").where("key", "=", ref).execute();
  if (byKey.length) return byKey.map((x) => x.id);
  const key = nameKey(ref);
  if (!key) return [];
  const [first, ...rest] = key.split(" ");
  const norms = cliticReadings(first).map((r) => [r.core, ...rest].join(" "));
  const rows = await db.selectFrom("entity_names").select("entity_id").distinct().where("norm", "in", norms).execute();
  return rows.map((x) => x.entity_id);
}

/** Like resolveEntities, but never empty: an unknown reference yields an id that matches nothing. */
export async function requireEntities(db: Kysely<Database>, ref: string | number): Promise<number[]> {
  const ids = await resolveEntities(db, ref);
  return ids.length ? ids : [-1]; // matches nothing: an unknown actor has no events
}
