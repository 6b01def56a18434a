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
import { bm25Idf, ftsState, impact } from "./search-impacts.js";

type Db = Kysely<Database> | Transaction<Database>;

/** One term's or phrase's articles in ascending order, with its frequency in each. */
export interface Postings {
  docs: Int32Array;
  tfs: Int32Array;
}

export interface Ranked {
  key: number;
  score: number;
}

/** Lengths at or past this are stored as it, and such articles are not ranked here. */
const LENGTH_CAP = 0xffff;

/** Growable bytes of unsigned LEB128 varints. */
class Varints {
  bytes = new Uint8Array(64);
  length = 0;
  put(v: number): void {
    if (this.length + 10 > this.bytes.length) {
      const more = new Uint8Array(this.bytes.length * 2);
      more.set(this.bytes);
      this.bytes = more;
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }
}

/**
 * Encodes postings as they come, articles ascending: the count, the article gaps, then the frequencies,
 * all varints (about 2 bytes a posting; a build holds millions of them).
 */
export class PostingsWriter {
  private gaps = new Varints();
  private tfs = new Varints();
  private n = 0;
  private last = 0;
  push(doc: number, tf: number): void {
    this.gaps.put(doc - this.last);
    this.tfs.put(tf);
    this.last = doc;
    this.n++;
  }
  finish(): Uint8Array {
    const head = new Varints();
    head.put(this.n);
    const out = new Uint8Array(head.length + this.gaps.length + this.tfs.length);
    out.set(head.bytes.subarray(0, head.length));
    out.set(this.gaps.bytes.subarray(0, this.gaps.length), head.length);
    out.set(this.tfs.bytes.subarray(0, this.tfs.length), head.length + this.gaps.length);
    return out;
  }
}

export function decodePostings(b: Uint8Array): Postings {
  // Inlined varints with a one-byte fast path: most gaps and frequencies are below 128, and a
  // common term has ~100,000 of each to read per query.
  let o = 0;
  const slow = (): number => {
    let v = 0;
    let m = 1;
    for (;;) {
      const c = b[o++];
      v += (c & 0x7f) * m;
      if (c < 0x80) return v;
      m *= 128;
    }
  };
  const n = slow();
  const docs = new Int32Array(n);
  const tfs = new Int32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = b[o];
    if (c < 0x80) {
      o++;
      prev += c;
    } else prev += slow();
    docs[i] = prev;
  }
  for (let i = 0; i < n; i++) {
    const c = b[o];
    if (c < 0x80) {
      o++;
      tfs[i] = c;
    } else tfs[i] = slow();
  }
  return { docs, tfs };
}

/** Every article's length (tokens), indexed by rowid, capped at LENGTH_CAP. */
export function encodeLengths(lengths: Map<number, number>): Uint8Array {
  let last = 0;
  for (const d of lengths.keys()) last = Math.max(last, d);
  const a = new Uint16Array(last + 1);
  for (const [d, len] of lengths) a[d] = Math.min(len, LENGTH_CAP);
  return new Uint8Array(a.buffer);
}

/**
 * The postings of these terms or phrases ("a b"), with the article lengths and the index's totals;
 * null when the stored snapshot is missing or stale. Keys without postings are left out.
 */
export async function loadPostings(db: Db, keys: string[]): Promise<{ rows: number; tokens: number; lengths: Uint16Array; postings: Map<string, Postings> } | null> {
  const now = await ftsState(db);
  if (!now) return null;
  const saved = await db.selectFrom("search_impacts_state").select(["structure", "lengths"]).where("id", "=", 1).executeTakeFirst();
  if (!saved?.lengths || !sameBytes(saved.structure, now.structure)) return null;
  const rows = keys.length ? await db.selectFrom("search_postings").select(["key", "data"]).where("key", "in", keys).execute() : [];
  const postings = new Map(rows.map((r) => [r.key, decodePostings(r.data)]));
  const l = saved.lengths;
  const lengths = new Uint16Array(l.buffer.slice(l.byteOffset, l.byteOffset + l.byteLength));
  return { rows: now.rows, tokens: now.tokens, lengths, postings };
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
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
