// Full postings (every article and its frequency) of the terms and two-word
// phrases that have impact lists, and every article's length, stored with the
// lists (search-impacts.ts builds them in the same pass) and valid while they
// are. They let a known set of matching articles, such as the matches passing
// a date or outlet filter, be ranked in JS with FTS5's bm25() formula, bit for
// bit, instead of by bm25() itself, which walks every match of the query and
// counts each phrase's document frequency again before scoring any row.
//
// Only for queries whose every phrase has postings (words and two-word
// phrases held by more than a list's length). A phrase counts in a row as
// FTS5 counts it: only where the AND groups above it match (see
// gatedRankingPhrases).
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import { expand, gatedRankingPhrases, type TermExpr } from "../search/compile.js";
import { bm25Idf, freshSnapshot, impact } from "./search-impacts.js";
import { decodePostings, LENGTH_CAP, type Postings } from "./postings-codec.js";

type Db = Kysely<Database> | Transaction<Database>;


export interface Ranked {
  key: number;
  score: number;
}

/**
 * The postings of these terms or phrases ("a b"), with the article lengths and the index's totals;
 * null when the stored snapshot is missing or stale. Keys without postings are left out.
 */
export async function loadPostings(db: Db, keys: string[]): Promise<{ rows: number; tokens: number; lengths: Uint16Array; postings: Map<string, Postings> } | null> {
  const snap = await freshSnapshot(db);
  if (!snap?.lengths) return null;
  const rows = keys.length ? await db.selectFrom("search_postings").select(["key", "data"]).where("key", "in", keys).execute() : [];
  const postings = new Map(rows.map((r) => [r.key, decodePostings(r.data)]));
  const l = snap.lengths;
  const lengths = new Uint16Array(l.buffer.slice(l.byteOffset, l.byteOffset + l.byteLength));
  return { rows: snap.rows, tokens: snap.tokens, lengths, postings };
}

/** A query fully covered by postings: its exact match set, and its ranking. */
export interface PostingsPlan {
  /** Every matching article, ascending: what the FTS5 MATCH returns. */
  matches: Int32Array;
  /** Articles in the corpus. */
  rows: number;
  /** The page of these matching keys ranked as bm25() ranks them (score descending, then key); null for an article too long for the stored lengths. */
  rank(keys: ArrayLike<number>, limit: number, offset: number): Promise<Ranked[] | null>;
}

/**
 * The plan for a query whose every phrase (NOT branches included) is a word or two with postings; null
 * otherwise, or when the snapshot is stale (the caller then asks the FTS5 index).
 */
export async function postingsPlan(db: Db, expr: TermExpr): Promise<PostingsPlan | null> {
  const keys = [...new Set(everyPhrase(expr).map((p) => p.join(" ")))];
  if (keys.some((k) => k.split(" ").length > 2)) return null;
  const got = await loadPostings(db, keys);
  if (!got || keys.some((k) => !got.postings.has(k))) return null;
  const { postings, lengths, rows } = got;
  const rank = async (docs: ArrayLike<number>, limit: number, offset: number): Promise<Ranked[] | null> => {
    if (limit <= 0) return [];
    const ranking = gatedRankingPhrases(expr);
    const lists = ranking.map((r) => postings.get(r.phrase.join(" "))!);
    // Where a phrase only counts in rows matching its groups: those rows (else null: every row).
    const gates = ranking.map((r) => (r.gates.length ? r.gates.map((g) => matchSet(g, postings)).reduce(intersect) : null));
    const gateAt = new Int32Array(lists.length);
    const idf = await bm25Idf(db, rows, lists.map((p) => p.docs.length));
    const avgdl = got.tokens / rows;
    const at = new Int32Array(lists.length); // each list's cursor: docs arrive ascending
    const need = offset + limit;
    const best: Ranked[] = [];
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      const len = d < lengths.length ? lengths[d] : LENGTH_CAP;
      if (len === LENGTH_CAP) return null;
      // FTS5's sum, phrase by phrase in query order (bm25() returns its negation; the store negates back).
      let score = 0;
      for (let p = 0; p < lists.length; p++) {
        const l = lists[p];
        let j = at[p];
        while (j < l.docs.length && l.docs[j] < d) j++;
        at[p] = j;
        let f = j < l.docs.length && l.docs[j] === d ? l.tfs[j] : 0;
        const g = gates[p];
        if (g && f) {
          let h = gateAt[p];
          while (h < g.length && g[h] < d) h++;
          gateAt[p] = h;
          if (h === g.length || g[h] !== d) f = 0;
        }
        score += idf[p] * impact(f, len, avgdl);
      }
      if (best.length === need && !(score > best[need - 1].score)) continue; // a tie keeps the lower key, already in
      let k = best.length;
      while (k > 0 && best[k - 1].score < score) k--;
      best.splice(k, 0, { key: d, score });
      if (best.length > need) best.pop();
    }
    return best.slice(offset);
  };
  return { matches: matchSet(expr, postings), rows, rank };
}

/** The articles matching the expression, from the postings (every phrase of it has some). */
function matchSet(e: TermExpr, postings: Map<string, Postings>): Int32Array {
  switch (e.kind) {
    case "seq":
      return unionAll(expand(e.positions).map((p) => postings.get(p.join(" "))!.docs));
    case "any":
      return unionAll(e.items.map((i) => matchSet(i, postings)));
    case "all": {
      let out = e.items.map((i) => matchSet(i, postings)).reduce(intersect);
      for (const n of e.not) out = difference(out, matchSet(n, postings));
      return out;
    }
  }
}


function everyPhrase(e: TermExpr): string[][] {
  if (e.kind === "seq") return expand(e.positions);
  return [...e.items.flatMap(everyPhrase), ...(e.kind === "all" ? e.not.flatMap(everyPhrase) : [])];
}

function unionAll(xs: Int32Array[]): Int32Array {
  return xs.length === 0 ? new Int32Array(0) : xs.reduce(union);
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0, j = 0, o = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out[o++] = a[i++];
    else if (a[i] > b[j]) out[o++] = b[j++];
    else { out[o++] = a[i++]; j++; }
  }
  while (i < a.length) out[o++] = a[i++];
  while (j < b.length) out[o++] = b[j++];
  return out.subarray(0, o);
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0, j = 0, o = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else { out[o++] = a[i++]; j++; }
  }
  return out.subarray(0, o);
}

function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let j = 0, o = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j >= b.length || b[j] !== a[i]) out[o++] = a[i];
  }
  return out.subarray(0, o);
}
