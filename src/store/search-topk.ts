// Top k by BM25 without scoring every match, proven exact or given up (null:
// the caller then scores every match with FTS5's bm25()).
//
// Candidates are the articles of the query terms' impact lists
// (search-impacts.ts). A candidate in the lists of every word of a ranking
// phrase gets that phrase's exact frequency from the stored positions;
// otherwise the phrase is bounded: its frequency is at most each word's, so
// its impact is at most each known word's impact and each missing word's
// list bound. An article in no list scores at most Σ idf × min bound over the
// phrases' words (bOut). Walking candidates by upper bound, the top k is
// proven once k matching candidates with exact scores all score above bOut
// and above every unresolved candidate's upper bound. Scores are computed
// with FTS5's bm25() formula, in its order of operations and phrases, with
// idf from SQLite's ln() (bit for bit what bm25() returns).
//
// Matching comes from the counted prefix of matches where it covers the
// article, else from the stored positions, else from the index (rowid seeks).
// Candidates without an exact score wait until the exact walk is done; those
// that can still rank get their missing phrase frequencies read back from
// bm25() on their rowids (one statement per phrase).
//
// A two-word phrase held by more than 1,000 articles has its own list (its
// top articles are often weak in each word alone: 5 of the top 10 of
// «التبادل التجاري» are in neither word's list). What still falls back:
// conjunctions of words that co-occur weakly; longer phrases whose top
// articles miss their words' lists; terms held by <= 1,000 articles (no list:
// scoring their matches is cheap anyway); stale lists.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import { gatedRankingPhrases, rankingPhrases, toFts5, type TermExpr } from "../search/compile.js";
import { B, K1, bm25Idf, impact, loadImpacts, type ImpactList } from "./search-impacts.js";
import { inSorted, type SortedKeys } from "./int-lists.js";

/** The first matches (filters applied) in key order; `complete` when that is all of them. */
export interface MatchPrefix {
  keys: SortedKeys;
  complete: boolean;
}

/** Which of these article keys pass the query's article filters (null: no filters). */
export type FilterCheck = ((keys: number[]) => Promise<Set<number>>) | null;

export interface Ranked {
  key: number;
  score: number;
}

const BATCH = 32;
/** Statements asking the index about candidates (a scan of the query's or a phrase's matches at worst). */
const MAX_READS = 4;

type Tri = 0 | 1 | 2; // no, yes, unknown
type Lists = Map<string, ImpactList>;

export async function topFromImpacts(db: Kysely<Database>, expr: TermExpr, k: number, prefix: MatchPrefix, filterCheck: FilterCheck): Promise<Ranked[] | null> {
  // The lists hold raw frequencies: a phrase under an AND group inside an OR counts only where that group matches.
  if (gatedRankingPhrases(expr).some((r) => r.gates.length)) return null;
  const phrases = rankingPhrases(expr);
  const rankTerms = [...new Set(phrases.flat())];
  // Two-word ranking phrases: their own lists, where built, give candidates with exact frequencies and a
  // tighter bound. (For longer phrases a pair's articles would be candidates without an exact score, each
  // costing a read; their words' lists do better there.)
  const pairOf = (p: string[], j: number) => `${p[j]} ${p[j + 1]}`;
  const pairKeys = [...new Set(phrases.filter((p) => p.length === 2).map((p) => pairOf(p, 0)))];
  const imp = await loadImpacts(db, [...new Set([...rankTerms, ...allTerms(expr), ...pairKeys])]);
  if (!imp || rankTerms.some((t) => !imp.lists.has(t))) return null;
  const { lists, rows: n } = imp;
  const pairLists = pairKeys.filter((k) => lists.has(k));
  const avgdl = imp.tokens / n;

  // idf per ranking phrase as bm25() computes it; a phrase's document frequency is counted on the index.
  const dfs = new Map<string, number>();
  const pairs = [...new Set(phrases.filter((p) => p.length === 2 || p.length === 3).map((p) => p.join(" ")))];
  if (pairs.length) for (const r of await db.selectFrom("search_phrase_dfs").selectAll().where("phrase", "in", pairs).execute()) dfs.set(r.phrase, Number(r.df));
  for (const p of phrases) {
    const key = p.join(" ");
    if (dfs.has(key)) continue;
    if (p.length === 1) dfs.set(key, lists.get(p[0])!.df);
    else if (prefix.complete && !filterCheck && expr.kind === "seq" && phrases.length === 1) dfs.set(key, prefix.keys.length);
    else dfs.set(key, await phraseCount(db, p));
  }
  const idf = await bm25Idf(db, n, phrases.map((p) => dfs.get(p.join(" "))!));
  const bounds = phrases.map((p) => Math.min(...p.map((t) => lists.get(t)!.bound), p.length === 2 ? (lists.get(pairOf(p, 0))?.bound ?? Infinity) : Infinity));
  let bOut = 0;
  for (let i = 0; i < phrases.length; i++) bOut += idf[i] * bounds[i];

  // A candidate's exact score, or its upper bound and which ranking phrases lack an exact frequency.
  // `freqs`: phrase frequencies read from the index for candidates the lists do not cover.
  const freqs = new Map<number, Map<number, number>>();
  const scoreOf = (d: number, len: number) => {
    let hi = 0;
    const unknown: number[] = [];
    const known = freqs.get(d);
    for (let i = 0; i < phrases.length; i++) {
      const f0 = known?.get(i);
      if (f0 !== undefined) { hi += idf[i] * impact(f0, len, avgdl); continue; }
      const p = phrases[i];
      if (p.length === 1) {
        const l = lists.get(p[0])!;
        const f = l.tf(d);
        hi += idf[i] * (f === undefined ? l.bound : impact(f, len, avgdl));
        if (f === undefined) unknown.push(i);
        continue;
      }
      const es = p.map((w) => lists.get(w)!.pos(d));
      const pair = p.length === 2 ? lists.get(pairOf(p, 0))?.tf(d) : undefined;
      if (es.every((x) => x !== undefined)) {
        hi += idf[i] * impact(phraseFrequency(es as Int32Array[]), len, avgdl);
      } else if (pair !== undefined) {
        hi += idf[i] * impact(pair, len, avgdl); // a two-word phrase's own list holds its frequency
      } else {
        let ub = Infinity;
        p.forEach((w, j) => (ub = Math.min(ub, es[j] ? impact(es[j]!.length, len, avgdl) : lists.get(w)!.bound)));
        const pl = p.length === 2 ? lists.get(pairOf(p, 0)) : undefined;
        if (pl) ub = Math.min(ub, pl.bound); // not in the phrase's own list
        hi += idf[i] * ub;
        unknown.push(i);
      }
    }
    return { hi, exact: unknown.length === 0, unknown };
  };
  // `order`: the first upper bound, the walk's order and stopping rule (hi only falls as frequencies are read).
  const cands: { key: number; len: number; order: number; hi: number; exact: boolean; unknown: number[] }[] = [];
  const seen = new Set<number>();
  for (const t of [...rankTerms, ...pairLists]) {
    const l = lists.get(t)!;
    for (const d of l.docs.keys()) {
      if (seen.has(d)) continue;
      seen.add(d);
      const len = l.len(d);
      const sc = scoreOf(d, len);
      cands.push({ key: d, len, order: sc.hi, ...sc });
    }
  }
  cands.sort((a, b) => b.order - a.order || a.key - b.key);

  // Only articles scoring above bOut can be proven into the top k: the walk ignores the rest, and
  // gives up before any index work when fewer than k candidates could score above it.
  if (cands.filter((c) => c.order > bOut).length < k) return null;
  const top: Ranked[] = [];
  const kth = () => (top.length >= k ? top[k - 1].score : bOut);
  const last = prefix.keys.length ? prefix.keys[prefix.keys.length - 1] : 0;
  // Matching: from the prefix where it covers the article, else from the lists, else from the index (and the filters).
  const truth = new Map<number, boolean>();
  const needsIndex = new Set<number>();
  const local = (d: number): boolean | undefined => {
    if (prefix.complete || d <= last) return inSorted(prefix.keys, d);
    const t = evaluate(expr, d, lists);
    if (t === 0) return false;
    if (t === 2) needsIndex.add(d);
    return t === 1 && !filterCheck ? true : undefined;
  };
  let reads = 0;
  const pending: typeof cands = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.order < kth() || c.order <= bOut) break;
    if (c.hi < kth() || c.hi <= bOut) continue;
    if (!c.exact) {
      pending.push(c); // matching and frequencies settled after the walk, if it still needs them
      continue;
    }
    if (!truth.has(c.key)) {
      const t = local(c.key);
      if (t !== undefined) truth.set(c.key, t);
      else {
        // This candidate and the next ones that may still rank and need the index (or the filters): one
        // statement each. Up to 2 × BATCH, looked up by rowid: the k-th score usually settles within them.
        const batch = [c.key];
        for (let j = i + 1; j < cands.length && batch.length < 2 * BATCH && cands[j].order >= kth() && cands[j].order > bOut; j++) {
          const d = cands[j].key;
          if (!cands[j].exact || truth.has(d) || cands[j].hi < kth() || cands[j].hi <= bOut) continue;
          const tj = local(d);
          if (tj !== undefined) truth.set(d, tj);
          else batch.push(d);
        }
        if (++reads > MAX_READS) return null;
        const askIndex = batch.filter((d) => needsIndex.has(d));
        const hits = askIndex.length ? await indexMatches(db, expr, askIndex) : new Set<number>();
        const pass = filterCheck ? await filterCheck(batch) : null;
        for (const d of batch) truth.set(d, (!needsIndex.has(d) || hits.has(d)) && (!pass || pass.has(d)));
      }
    }
    if (truth.get(c.key)) insert(top, { key: c.key, score: c.hi }, k);
  }
  // Matches without an exact score that may still rank: their missing phrase frequencies, one statement per
  // phrase. Inserting them only raises the k-th score, so the walk's stopping point stays valid.
  const rest = pending.filter((c) => c.hi >= kth() && c.hi > bOut);
  if (top.length + rest.length < k) return null;
  // Reading a phrase's frequencies scans all its matches twice (bm25() counts them again): worth it only to
  // settle a few against a full exact top k. A phrase whose top articles are missing from its words' lists
  // would fail anyway (their bound stays above the k-th score), after that cost.
  if (top.length < k && rest.some((c) => c.unknown.some((p) => phrases[p].length > 1))) return null;
  const ask = rest.filter((c) => !truth.has(c.key) && local(c.key) === undefined).map((c) => c.key);
  if (ask.length) {
    if (++reads > MAX_READS) return null;
    const askIndex = ask.filter((d) => needsIndex.has(d));
    const hits = askIndex.length ? await indexMatches(db, expr, askIndex) : new Set<number>();
    const pass = filterCheck ? await filterCheck(ask) : null;
    for (const d of ask) truth.set(d, (!needsIndex.has(d) || hits.has(d)) && (!pass || pass.has(d)));
  }
  for (const c of rest) if (!truth.has(c.key)) truth.set(c.key, local(c.key)!);
  rest.splice(0, rest.length, ...rest.filter((c) => truth.get(c.key)));
  for (const p of new Set(rest.flatMap((b) => b.unknown))) {
    if (++reads > MAX_READS) return null;
    const docs = rest.filter((b) => b.unknown.includes(p));
    const got = await phraseFrequencies(db, phrases[p], idf[p], docs, avgdl);
    if (!got) return null;
    for (const b of docs) {
      if (!freqs.has(b.key)) freqs.set(b.key, new Map());
      freqs.get(b.key)!.set(p, got.get(b.key) ?? 0);
    }
  }
  for (const c of rest) {
    Object.assign(c, scoreOf(c.key, c.len));
    if (!c.exact) return null;
    if (c.hi > bOut) insert(top, { key: c.key, score: c.hi }, k);
  }
  if (top.length < k || !(kth() > bOut)) return null;
  return top;
}

/**
 * Roughly how many articles match with the filters: the document frequency of the rarest term every
 * match must hold, times the share of its listed articles that pass the filters. Null without lists
 * or such a term. Only chooses a plan; results never depend on it.
 */
export async function estimateFiltered(db: Kysely<Database>, expr: TermExpr, filterCheck: NonNullable<FilterCheck>): Promise<number | null> {
  const required = requiredTerms(expr);
  if (!required.length) return null;
  const imp = await loadImpacts(db, required);
  if (!imp) return null;
  const lists = [...imp.lists.values()].sort((a, b) => a.df - b.df);
  if (!lists.length) return null;
  const keys = [...lists[0].docs.keys()];
  return (lists[0].df * (await filterCheck(keys)).size) / keys.length;
}

/**
 * At most how many articles match, from the impact lists: the least document frequency of a term every
 * match holds (0 when such a term has no list: it is held by fewer articles than a list keeps), with the
 * corpus size. Null without lists or such a term. Only chooses a plan; results never depend on it.
 */
export async function matchesAtMost(db: Kysely<Database>, expr: TermExpr): Promise<{ matches: number; rows: number } | null> {
  const required = [...new Set(requiredTerms(expr))];
  if (!required.length) return null;
  const imp = await loadImpacts(db, required);
  if (!imp) return null;
  const dfs = required.map((t) => imp.lists.get(t)?.df ?? 0);
  return { matches: Math.min(...dfs), rows: imp.rows };
}

/** Terms every match holds: single-spelling words of phrases under AND. */
function requiredTerms(e: TermExpr): string[] {
  if (e.kind === "seq") return e.positions.filter((alts) => alts.length === 1).map((alts) => alts[0]);
  if (e.kind === "any") return [];
  return e.items.flatMap(requiredTerms);
}

function insert(top: Ranked[], r: Ranked, k: number): void {
  let i = top.length;
  while (i > 0 && (top[i - 1].score < r.score || (top[i - 1].score === r.score && top[i - 1].key > r.key))) i--;
  top.splice(i, 0, r);
  if (top.length > k) top.pop();
}


/** Occurrences of a phrase: positions p of its first word with word i at p + i (as FTS5 counts phrase instances). */
function phraseFrequency(pos: Int32Array[]): number {
  let n = 0;
  for (const p of pos[0]) if (pos.every((q, i) => i === 0 || q.includes(p + i))) n++;
  return n;
}

function allTerms(e: TermExpr): string[] {
  if (e.kind === "seq") return e.positions.flat();
  return [...e.items.flatMap(allTerms), ...(e.kind === "all" ? e.not.flatMap(allTerms) : [])];
}

/** Whether the article matches, from the lists alone: unknown when a term's list does not hold it (it may hold the term below the bound). */
function evaluate(e: TermExpr, d: number, lists: Lists): Tri {
  if (e.kind === "seq") {
    if (e.positions.length === 2 && e.positions.every((a) => a.length === 1) && lists.get(`${e.positions[0][0]} ${e.positions[1][0]}`)?.docs.has(d)) return 1;
    let known = true;
    const sets = e.positions.map((alts) =>
      alts.flatMap((t) => {
        const x = lists.get(t)?.pos(d);
        if (!x) known = false;
        return x ? [x] : [];
      }),
    );
    const occurs = sets[0].some((first) => first.some((p) => sets.every((s, i) => i === 0 || s.some((q) => q.includes(p + i)))));
    return occurs ? 1 : known ? 0 : 2;
  }
  if (e.kind === "any") {
    const ts = e.items.map((i) => evaluate(i, d, lists));
    return ts.includes(1) ? 1 : ts.every((t) => t === 0) ? 0 : 2;
  }
  const ts = e.items.map((i) => evaluate(i, d, lists));
  const ns = e.not.map((i) => evaluate(i, d, lists));
  if (ts.includes(0) || ns.includes(1)) return 0;
  return ts.every((t) => t === 1) && ns.every((t) => t === 0) ? 1 : 2;
}

/**
 * Articles among `keys` that match: a few are looked up by rowid (FTS5 seeks; `rowid IN (…)` would
 * scan every match), many by one scan of the matches filtered by an expression on rowid.
 */
async function indexMatches(db: Kysely<Database>, e: TermExpr, keys: number[]): Promise<Set<number>> {
  const m = toFts5(e);
  const out = new Set<number>();
  if (keys.length > 2 * BATCH) {
    const r = await sql<{ k: number }>`select rowid as k from articles_fts where articles_fts match ${m} and rowid + 0 in (select value from json_each(${JSON.stringify(keys)}))`.execute(db);
    for (const x of r.rows) out.add(Number(x.k));
    return out;
  }
  for (let i = 0; i < keys.length; i += BATCH) {
    const part = keys.slice(i, i + BATCH);
    while (part.length < BATCH) part.push(part[part.length - 1]); // one statement shape, prepared once
    // cast: FTS5 ignores a rowid constraint whose value is REAL, as better-sqlite3 binds numbers.
    const parts = part.map((d) => sql`select cast(${d} as integer) as k where exists (select 1 from articles_fts where articles_fts match ${m} and rowid = cast(${d} as integer))`);
    const r = await sql<{ k: number }>`${sql.join(parts, sql` union all `)}`.execute(db);
    for (const x of r.rows) out.add(Number(x.k));
  }
  return out;
}

/**
 * A phrase's frequency in these articles, read back from FTS5's own bm25() (score = idf × impact(f, length)):
 * f = w·K / (k1 + 1 − w), rounded, and checked to give bm25()'s score again; null if it does not.
 * The rowid test is an expression so that SQLite filters (FTS5 would scan every match anyway and compute
 * bm25() only for these rows).
 */
async function phraseFrequencies(db: Kysely<Database>, p: string[], idf: number, docs: { key: number; len: number }[], avgdl: number): Promise<Map<number, number> | null> {
  const m = toFts5({ kind: "seq", positions: p.map((w) => [w]) });
  const r = await sql<{ k: number; s: number }>`select rowid as k, -bm25(articles_fts) as s from articles_fts where articles_fts match ${m} and rowid + 0 in (select value from json_each(${JSON.stringify(docs.map((d) => d.key))}))`.execute(db);
  const len = new Map(docs.map((d) => [d.key, d.len]));
  const out = new Map<number, number>();
  for (const { k, s } of r.rows) {
    const l = len.get(Number(k))!;
    const w = s / idf;
    const kk = K1 * (1 - B + (B * l) / avgdl);
    const f = Math.round((w * kk) / (K1 + 1 - w));
    if (f < 1 || Math.abs(idf * impact(f, l, avgdl) - s) > 1e-9 * Math.abs(s)) return null;
    out.set(Number(k), f);
  }
  return out;
}

/**
 * The top of a small, fully known match set, scored by FTS5's bm25() for those rows only (the rowid
 * test is an expression, evaluated before the score), so exactly what scoring every match gives
 * (bm25()'s document frequencies are counted over the whole index, whatever the rowid range).
 */
export async function rankAmong(db: Kysely<Database>, expr: TermExpr, keys: SortedKeys, limit: number, offset: number): Promise<Ranked[]> {
  if (!keys.length) return [];
  // The keys' range bounds the scan (FTS5 seeks to it): keys stored close together, as a date range of
  // articles stored in date order, skip the rest of the matches. (cast: see indexMatches.)
  let [lo, hi] = [keys[0], keys[0]];
  for (const k of keys) if (k < lo) lo = k; else if (k > hi) hi = k;
  const r = await sql<Ranked>`select rowid as key, -bm25(articles_fts) as score from articles_fts
    where articles_fts match ${toFts5(expr)} and rowid >= cast(${lo} as integer) and rowid <= cast(${hi} as integer)
      and rowid + 0 in (select value from json_each(${JSON.stringify(Array.from(keys))}))
    order by score desc, key limit ${limit} offset ${offset}`.execute(db);
  return r.rows.map((x) => ({ key: Number(x.key), score: Number(x.score) }));
}

async function phraseCount(db: Kysely<Database>, p: string[]): Promise<number> {
  const m = toFts5({ kind: "seq", positions: p.map((w) => [w]) });
  const r = await sql<{ n: number }>`select count(*) as n from articles_fts where articles_fts match ${m}`.execute(db);
  return Number(r.rows[0].n);
}
