// Impact lists: for every term held by more than LIST_SIZE articles, the
// LIST_SIZE articles where the term weighs most in BM25 (its "impact",
// bm25 without the idf), with the term's positions there, and the largest
// impact of any article left out ("bound"). search-topk.ts proves a query's
// top 10 from these lists without scoring every match (Fagin's threshold
// idea): candidates are scored exactly, every other article is bounded by
// idf × bound. Built after a large load (optimizeIndex) from the FTS5 index
// itself (fts5vocab), and valid only while the FTS5 structure record is the
// one recorded here: any later write changes it and search falls back to
// scoring every match. SQLite only; on PostgreSQL the tables stay empty.
// The same pass counts the articles holding each pair of listed words side
// by side (search_phrase_dfs), the document frequency a two-word phrase's
// idf needs (and of three words, where both pairs are frequent), and gives
// pairs held by more than LIST_SIZE articles a list of their own (key "a b").
import { sql, type Kysely, type Transaction } from "kysely";
import type { Backend } from "./api.js";
import type { Database } from "./schema.js";
import { encodeLengths, PostingsWriter } from "./postings-codec.js";
import { KeyCounts } from "./key-counts.js";

type Db = Kysely<Database> | Transaction<Database>;

/** Articles kept per term: 1,000 proves most top-10s of 100,000 articles; lists cost ~4 bytes × (3 + tf) per entry. */
export const LIST_SIZE = 1000;
/**
 * Below this many articles no lists are built: scoring every match stays cheap there, and the build
 * (~0.1–0.2 ms per article: every instance of every listed term is read once) would weigh on ingest.
 */
export const MIN_ROWS = 10_000;
/** Two-word phrases held by fewer articles are not stored (counting them on the index is cheap enough). */
export const PHRASE_DF_MIN = 200;
// FTS5's bm25() constants.
export const K1 = 1.2;
export const B = 0.75;

/** Term impact exactly as FTS5's bm25() computes it for one phrase, before the idf factor. */
export function impact(f: number, len: number, avgdl: number): number {
  return (f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * len) / avgdl));
}

/**
 * bm25()'s idf for these document frequencies: ln((N - df + 0.5) / (df + 0.5)), floored at 1e-6, with
 * SQLite's ln() (the C library's log(), which FTS5 calls; V8's Math.log can differ in the last bit).
 */
export async function bm25Idf(db: Db, rows: number, dfs: number[]): Promise<number[]> {
  const distinct = [...new Set(dfs)];
  const r = await sql<{ d: number; v: number }>`select value as d, ln((${rows} - value + 0.5) / (value + 0.5)) as v from json_each(${JSON.stringify(distinct)})`.execute(db);
  const lnOf = new Map(r.rows.map((x) => [Number(x.d), Number(x.v)]));
  return dfs.map((df) => {
    const v = lnOf.get(df)!;
    return v <= 0 ? 1e-6 : v;
  });
}

/**
 * The indexes of the listSize entries of highest impact (ties: lower article first; `docs` ascending), in
 * that order, and the impact of the best one left out (0 if none): the cut-off is found with a native sort
 * of the impacts alone.
 */
function best(docs: Int32Array, ws: Float64Array, listSize: number): { kept: number[]; bound: number } {
  const n = ws.length;
  const byImpact = (a: number, b: number) => ws[b] - ws[a] || docs[a] - docs[b];
  if (n <= listSize) return { kept: Array.from({ length: n }, (_, i) => i).sort(byImpact), bound: 0 };
  const sorted = Float64Array.from(ws).sort();
  const cut = sorted[n - listSize]; // the listSize-th highest impact
  const bound = sorted[n - listSize - 1];
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (ws[i] > cut) kept.push(i);
  for (let i = 0; i < n && kept.length < listSize; i++) if (ws[i] === cut) kept.push(i); // in article order
  return { kept: kept.sort(byImpact), bound };
}

/** "doc,offset;doc,offset;…" → the instances, ordered by article then offset (FTS5 lists them so; sorted here if not). */
function instancesOf(s: string): { docs: Int32Array; offsets: Int32Array } {
  if (!s) return { docs: new Int32Array(0), offsets: new Int32Array(0) };
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 59) n++;
  n++;
  let docs = new Int32Array(n);
  let offsets = new Int32Array(n);
  let k = 0;
  let v = 0;
  let sorted = true;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 59;
    if (c === 44) {
      docs[k] = v;
      v = 0;
    } else if (c === 59) {
      offsets[k] = v;
      if (k > 0 && (docs[k] < docs[k - 1] || (docs[k] === docs[k - 1] && offsets[k] < offsets[k - 1]))) sorted = false;
      k++;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => docs[a] - docs[b] || offsets[a] - offsets[b]);
    [docs, offsets] = [Int32Array.from(order, (i) => docs[i]), Int32Array.from(order, (i) => offsets[i])];
  }
  return { docs, offsets };
}

/** SQLite varint (as FTS5 writes its records): [value, next offset]. */
function varint(b: Uint8Array, i: number): [number, number] {
  let v = 0;
  for (let k = 0; k < 9; k++) {
    const c = b[i++];
    if (k === 8) return [v * 256 + c, i];
    v = v * 128 + (c & 0x7f);
    if (!(c & 0x80)) break;
  }
  return [v, i];
}

export interface FtsState {
  /** Rows and tokens as FTS5's bm25() reads them (the averages record). */
  rows: number;
  tokens: number;
  /** The structure record: changes with every write to the index. */
  structure: Uint8Array;
}

/** The articles index's row and token totals and structure record, read from its shadow table. */
export async function ftsState(db: Db): Promise<FtsState | null> {
  const r = await sql<{ id: number; block: Uint8Array }>`select id, block from articles_fts_data where id in (1, 10)`.execute(db);
  const avg = r.rows.find((x) => x.id === 1)?.block;
  const structure = r.rows.find((x) => x.id === 10)?.block;
  if (!avg || !structure) return null;
  const [rows, i] = varint(avg, 0);
  const [tokens] = varint(avg, i);
  return { rows, tokens, structure };
}

/**
 * Where each article's tokens lie in the corpus-wide token map (articles ascending, one after another),
 * in arrays indexed by article (rowid): the build reads them per token instance, where Maps cost most of its time.
 */
interface TokenLayout {
  /** The articles, ascending. */
  docs: Int32Array;
  /** Each article's first token in the map; -1 for a rowid without a length. */
  start: Int32Array;
  /** Each article's length in tokens; 0 for a rowid without one. */
  len: Int32Array;
  /** Tokens in all. */
  total: number;
  /** The longest article's length (at least 1). */
  longest: number;
}

function tokenLayout(lengths: Map<number, number>): TokenLayout {
  const docs = Int32Array.from(lengths.keys()).sort();
  const size = docs.length ? docs[docs.length - 1] + 1 : 0;
  const start = new Int32Array(size).fill(-1);
  const len = new Int32Array(size);
  let total = 0;
  let longest = 1;
  for (const d of docs) {
    const l = lengths.get(d)!;
    start[d] = total;
    len[d] = l;
    total += l;
    longest = Math.max(longest, l);
  }
  return { docs, start, len, total, longest };
}

function lengthOf(t: TokenLayout, doc: number): number {
  return doc < t.len.length ? t.len[doc] : 0;
}

/** Rebuilds the lists from the index as it is now (call after FTS5 'optimize'), in one transaction. */
export async function refreshImpacts(db: Db, backend: Backend, opts: { listSize?: number; minRows?: number; phraseDfMin?: number } = {}): Promise<void> {
  const o = { listSize: opts.listSize ?? LIST_SIZE, minRows: opts.minRows ?? MIN_ROWS, phraseDfMin: opts.phraseDfMin ?? PHRASE_DF_MIN };
  if (db.isTransaction) return rebuild(db, backend, o);
  await db.transaction().execute((trx) => rebuild(trx, backend, o));
}

async function rebuild(db: Db, backend: Backend, { listSize, minRows, phraseDfMin }: { listSize: number; minRows: number; phraseDfMin: number }): Promise<void> {
  await db.deleteFrom("search_impacts_state").execute();
  await db.deleteFrom("search_impacts").execute();
  await db.deleteFrom("search_phrase_dfs").execute();
  await db.deleteFrom("search_postings").execute();
  if (backend !== "sqlite") return;
  const state = await ftsState(db);
  if (!state || state.rows === 0 || state.rows < minRows) return;
  const avgdl = state.tokens / state.rows;
  const lengths = new Map<number, number>();
  const sizes = await sql<{ id: number; sz: Uint8Array }>`select id, sz from articles_fts_docsize`.execute(db);
  for (const r of sizes.rows) lengths.set(Number(r.id), varint(r.sz, 0)[0]);
  const terms = await sql<{ term: string; doc: number }>`select term, doc from articles_fts_terms where doc > ${listSize}`.execute(db);
  // Every article's tokens as listed-term ids (-1 for others), to count two-word phrases afterwards.
  const layout = tokenLayout(lengths);
  // Two bytes a token while the listed terms fit (the array spans the whole corpus: ~60M tokens at 100,000 articles).
  const tokens = (terms.rows.length < 0x7fff ? new Int16Array(layout.total) : new Int32Array(layout.total)).fill(-1);
  for (const [ti, { term, doc: df }] of terms.rows.entries()) {
    // Every instance of the term as one "doc,offset;…" text (no row object per article: a term held by
    // every article would make 100,000 of them), in index order, and its articles in typed arrays.
    const r = await sql<{ s: string | null }>`select group_concat(doc || ',' || offset, ';') as s from articles_fts_instances where term = ${term}`.execute(db);
    const { docs, offsets } = instancesOf(r.rows[0]?.s ?? "");
    const { ds, tfs, first } = markInstances(term, Number(df), docs, offsets, layout, tokens, ti);
    const held = ds.length;
    const ws = new Float64Array(held);
    for (let j = 0; j < held; j++) ws[j] = impact(tfs[j], lengthOf(layout, ds[j]), avgdl);
    const { kept, bound } = best(ds, ws, listSize);
    // Positions of a kept article: its instances' offsets (ascending) that the token map holds.
    const out: number[] = [];
    for (const j of kept) {
      const doc = ds[j];
      const dl = lengthOf(layout, doc);
      const pos: number[] = [];
      if (doc < layout.start.length && layout.start[doc] >= 0) for (let i = first[j]; i < first[j] + tfs[j]; i++) if (offsets[i] < dl) pos.push(offsets[i]);
      out.push(doc, dl, pos.length, ...pos);
    }
    const list = new Uint8Array(Int32Array.from(out).buffer);
    await db.insertInto("search_impacts").values({ term, df: held, bound, list }).execute();
    const postings = new PostingsWriter();
    for (let j = 0; j < held; j++) postings.push(ds[j], tfs[j]);
    await db.insertInto("search_postings").values({ key: term, data: postings.finish() }).execute();
  }
  // Document frequencies of two listed words side by side (a phrase's idf would otherwise cost a pass over
  // all its matches), kept where at least phraseDfMin articles hold the pair.
  const nt = terms.rows.length;
  const dfs = pairDfs(tokens, layout, nt);
  // Three words side by side, where both their pairs are that frequent (no other triple can be).
  const dfs3 = tripleDfs(tokens, layout, nt, dfs, phraseDfMin);
  const word = (id: number) => terms.rows[id].term;
  const rows = [
    ...dfs.keys.filter((key) => dfs.get(key) >= phraseDfMin).map((key) => ({ phrase: `${word(Math.floor(key / nt))} ${word(key % nt)}`, df: dfs.get(key) })),
    ...dfs3.keys.filter((key) => dfs3.get(key) >= phraseDfMin).map((key) => ({ phrase: `${word(Math.floor(key / nt / nt))} ${word(Math.floor(key / nt) % nt)} ${word(key % nt)}`, df: dfs3.get(key) })),
  ];
  for (let i = 0; i < rows.length; i += 500) await db.insertInto("search_phrase_dfs").values(rows.slice(i, i + 500)).execute();
  await pairLists(db, { tokens, layout, nt, terms: terms.rows.map((r) => r.term), dfs, listSize, avgdl });
  await db.insertInto("search_impacts_state").values({ id: 1, structure: state.structure, lengths: encodeLengths(lengths) }).execute();
}

/**
 * The articles holding a term (ascending, at most `n`: the index's count), its frequency in each and
 * where each one's instances begin, from its instances in index order; marks its positions in the token map
 * with its id `ti`.
 */
function markInstances(term: string, n: number, docs: Int32Array, offsets: Int32Array, layout: TokenLayout, tokens: Int16Array | Int32Array, ti: number): { ds: Int32Array; tfs: Int32Array; first: Int32Array } {
  const { start, len } = layout;
  const ds = new Int32Array(n);
  const tfs = new Int32Array(n);
  const first = new Int32Array(n);
  let k = -1;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    if (k < 0 || ds[k] !== doc) {
      if (++k >= n) throw new Error(`search lists: "${term}" is held by more articles than the index says (${n})`);
      ds[k] = doc;
      first[k] = i;
    }
    tfs[k]++;
    if (doc >= start.length) continue;
    const at = start[doc];
    const v = offsets[i];
    if (at >= 0 && v < len[doc]) tokens[at + v] = ti;
  }
  return { ds: ds.subarray(0, k + 1), tfs: tfs.subarray(0, k + 1), first: first.subarray(0, k + 1) };
}

/** Articles holding each pair of listed words side by side (key a × nt + b). */
function pairDfs(tokens: Int16Array | Int32Array, layout: TokenLayout, nt: number): KeyCounts {
  const dfs = new KeyCounts(nt * nt);
  // Per-article keys in a typed array: its native numeric sort is several times faster than a comparator.
  const scratch = new Float64Array(layout.longest);
  for (const d of layout.docs) {
    let m = 0;
    const at = layout.start[d];
    const end = at + layout.len[d];
    for (let i = at; i + 1 < end; i++) if (tokens[i] >= 0 && tokens[i + 1] >= 0) scratch[m++] = tokens[i] * nt + tokens[i + 1];
    const keys = scratch.subarray(0, m).sort();
    for (let i = 0; i < m; i++) if (i === 0 || keys[i] !== keys[i - 1]) dfs.add(keys[i]);
  }
  return dfs;
}

/** Articles holding each triple of listed words side by side whose two pairs are held by at least `min` ((a × nt + b) × nt + c). */
function tripleDfs(tokens: Int16Array | Int32Array, layout: TokenLayout, nt: number, pairs: KeyCounts, min: number): KeyCounts {
  const dfs = new KeyCounts(nt * nt * nt);
  const scratch = new Float64Array(layout.longest);
  for (const d of layout.docs) {
    let m = 0;
    const at = layout.start[d];
    const end = at + layout.len[d];
    for (let i = at; i + 2 < end; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      const c = tokens[i + 2];
      if (a < 0 || b < 0 || c < 0 || pairs.get(a * nt + b) < min || pairs.get(b * nt + c) < min) continue;
      scratch[m++] = (a * nt + b) * nt + c;
    }
    const keys = scratch.subarray(0, m).sort();
    for (let i = 0; i < m; i++) if (i === 0 || keys[i] !== keys[i - 1]) dfs.add(keys[i]);
  }
  return dfs;
}

/**
 * Lists for two-word phrases held by more than listSize articles, keyed "a b", built like a term's
 * (impact of the phrase's frequency; positions are where the phrase starts): a phrase's top articles
 * are often not in its words' lists (each word alone weighs little there). Per pair at most
 * 2 × listSize entries are held while the tokens are read, cut back to the best listSize when full;
 * the bound is the best impact ever cut.
 */
type PairInput = { tokens: Int16Array | Int32Array; layout: TokenLayout; nt: number; terms: string[]; dfs: KeyCounts; listSize: number; avgdl: number };

/** Pairs built per pass over the token map: bounds the memory of their candidates and postings (~300 MB for every pair of 100,000 articles at once). */
const PAIRS_PER_PASS = 512;

async function pairLists(db: Db, p: PairInput): Promise<void> {
  const frequent = p.dfs.keys.filter((key) => p.dfs.get(key) > p.listSize);
  for (let i = 0; i < frequent.length; i += PAIRS_PER_PASS) await pairGroup(db, p, frequent.slice(i, i + PAIRS_PER_PASS));
}

async function pairGroup(db: Db, p: PairInput, keys: number[]): Promise<void> {
  const { tokens, nt, listSize, avgdl } = p;
  const { start, len: lengths } = p.layout;
  if (keys.length === 0) return;
  // Each pair's slot + 1 (0: not in this group).
  const slot = new KeyCounts(nt * nt);
  keys.forEach((key, s) => slot.set(key, s + 1));
  const cap = 2 * listSize;
  const docs = new Int32Array(keys.length * cap);
  const ws = new Float64Array(keys.length * cap);
  const count = new Int32Array(keys.length);
  const bound = new Float64Array(keys.length);
  // Every article of each pair in article order (the walk below is), with the pair's frequency there.
  const postings = Array.from({ length: keys.length }, () => new PostingsWriter());
  const order = (s: number) => {
    const idx = Array.from({ length: count[s] }, (_, i) => s * cap + i);
    return idx.sort((a, b) => ws[b] - ws[a] || docs[a] - docs[b]);
  };
  // Once a pair holds listSize candidates, the impact of its last: an article arriving later with no more
  // cannot enter the list (a tie keeps the lower article), and is only counted in the bound.
  const floor = new Float64Array(keys.length).fill(-Infinity);
  const cut = (s: number) => {
    const idx = order(s);
    if (idx.length > listSize) bound[s] = Math.max(bound[s], ws[idx[listSize]]);
    const keep = idx.slice(0, listSize).map((i) => [docs[i], ws[i]] as const);
    keep.forEach(([d, w], i) => { docs[s * cap + i] = d; ws[s * cap + i] = w; });
    count[s] = keep.length;
    if (keep.length === listSize) floor[s] = keep[listSize - 1][1];
  };
  const scratch = new Float64Array(p.layout.longest);
  for (const d of p.layout.docs) {
    let m = 0;
    const at = start[d];
    const len = lengths[d];
    for (let i = at; i + 1 < at + len; i++) {
      if (tokens[i] < 0 || tokens[i + 1] < 0) continue;
      const key = tokens[i] * nt + tokens[i + 1];
      if (slot.get(key) !== 0) scratch[m++] = key;
    }
    const here = scratch.subarray(0, m).sort();
    for (let i = 0; i < m; ) {
      let j = i;
      while (j < m && here[j] === here[i]) j++;
      const s = slot.get(here[i]) - 1;
      postings[s].push(d, j - i);
      const w = impact(j - i, len, avgdl);
      i = j;
      if (w <= floor[s]) {
        bound[s] = Math.max(bound[s], w);
        continue;
      }
      if (count[s] === cap) cut(s);
      docs[s * cap + count[s]] = d;
      ws[s * cap + count[s]] = w;
      count[s]++;
    }
  }
  for (let s = 0; s < keys.length; s++) {
    const key = keys[s];
    cut(s);
    const [a, b] = [Math.floor(key / nt), key % nt];
    const out: number[] = [];
    for (let i = 0; i < count[s]; i++) {
      const d = docs[s * cap + i];
      const at = start[d];
      const len = lengths[d];
      const pos: number[] = [];
      for (let o = 0; o + 1 < len; o++) if (tokens[at + o] === a && tokens[at + o + 1] === b) pos.push(o);
      out.push(d, len, pos.length, ...pos);
    }
    const list = new Uint8Array(Int32Array.from(out).buffer);
    const phrase = `${p.terms[a]} ${p.terms[b]}`;
    await db.insertInto("search_impacts").values({ term: phrase, df: p.dfs.get(key), bound: bound[s], list }).execute();
    await db.insertInto("search_postings").values({ key: phrase, data: postings[s].finish() }).execute();
  }
}

/**
 * One term's list, decoded lazily: `docs` maps an article to its entry's offset in `data`
 * (article, length, tf, tf sorted positions), so a query allocates little per candidate.
 */
export class ImpactList {
  constructor(readonly df: number, readonly bound: number, private readonly data: Int32Array, readonly docs: Map<number, number>) {}
  len(d: number): number {
    return this.data[this.docs.get(d)! + 1];
  }
  tf(d: number): number | undefined {
    const o = this.docs.get(d);
    return o === undefined ? undefined : this.data[o + 2];
  }
  pos(d: number): Int32Array | undefined {
    const o = this.docs.get(d);
    return o === undefined ? undefined : this.data.subarray(o + 3, o + 3 + this.data[o + 2]);
  }
}

export interface Impacts {
  rows: number;
  tokens: number;
  lists: Map<string, ImpactList>;
}

/** The lists of the given terms, or null when the snapshot is missing or stale. Terms without a list are left out. */
/**
 * The index's totals and the stored article lengths while the lists and postings were built from the index
 * as it is now; null when none were built or a write changed the index since.
 */
export async function freshSnapshot(db: Db): Promise<{ rows: number; tokens: number; lengths: Uint8Array | null } | null> {
  const now = await ftsState(db);
  if (!now) return null;
  const saved = await db.selectFrom("search_impacts_state").select(["structure", "lengths"]).where("id", "=", 1).executeTakeFirst();
  if (!saved || !sameBytes(saved.structure, now.structure)) return null;
  return { rows: now.rows, tokens: now.tokens, lengths: saved.lengths };
}

export async function loadImpacts(db: Db, terms: string[]): Promise<Impacts | null> {
  const now = await freshSnapshot(db);
  if (!now) return null;
  const rows = terms.length ? await db.selectFrom("search_impacts").selectAll().where("term", "in", terms).execute() : [];
  const lists = new Map<string, ImpactList>();
  for (const r of rows) {
    const b = r.list;
    const a = new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    const docs = new Map<number, number>();
    for (let i = 0; i < a.length; i += 3 + a[i + 2]) docs.set(a[i], i);
    lists.set(r.term, new ImpactList(Number(r.df), Number(r.bound), a, docs));
  }
  return { rows: now.rows, tokens: now.tokens, lists };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
