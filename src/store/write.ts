// Writing analyses: one transaction per batch, idempotent by content hash.
// An article whose analysis JSON hashes the same as the stored one is left
// alone; a changed one keeps its row (and seq) and has its facts replaced.
// Corpus entities are merged on Entity.key with running counts that the
// replaced facts decrement, so re-ingesting never drifts the totals.
import type { Selectable, Transaction } from "kysely";
import type { Analysis, Entity } from "../types.js";
import { statementsOf } from "../quotes/statements-of.js";
import type { Backend, UpsertResult } from "./api.js";
import type { Database, EntitiesTable } from "./schema.js";
import { indexTexts, unindexText } from "./text-index.js";
import { bands, fromHex, similarity, toHex, BANDS, SAME_STORY } from "./minhash.js";
import { inList, insertRows, updateRows, type InsertRow } from "./bulk.js";
import { preparedFor, type Prepared } from "./prepare.js";

export { TITLE_BREAK, packAnalysis, unpackAnalysis, contentHash, articleNames, articleTerms, spanTerms } from "./prepare.js";

type Trx = Transaction<Database>;

/**
 * An entities row as written here: the table's columns, with the JSON count maps parsed into Maps
 * (a mention's text is a fresh string per analysis: as an object key it was looked up in V8's string
 * table on every count, ~0.07 ms/article; countsJson writes the JSON an object would have).
 */
type EntityRow = Omit<Selectable<EntitiesTable>, "name" | "names" | "variants"> & {
  names: Map<string, number>;
  variants: Map<string, number>;
};

interface Existing {
  seq: number;
  content_hash: string;
  n_terms: number;
}

/** What writing one analysis did, with what the next write of the same id needs. */
export interface Written extends UpsertResult {
  seq: number;
  hash: string;
  nTerms: number;
}

/** A new or changed analysis on its way in, with what the writer derives from it. */
interface Pending extends Prepared {
  a: Analysis;
  old: Existing | undefined;
  /** The article's seq: the old one, or the new row's once inserted. */
  seq: number;
}

const ARTICLE_COLS = ["id", "source", "raw_hash", "content_hash", "outlet", "published", "title", "url", "dateline", "n_terms", "story_seq", "ingested_at", "updated_at"] as const;
const ENTITY_COLS = ["key", "type", "name", "names", "variants", "name_en", "wikidata", "country", "article_count", "mention_count", "first_seen", "last_seen"] as const;
/** What flush writes back of a merged entity. */
const ENTITY_UPDATE_COLS = ["name", "names", "variants", "name_en", "wikidata", "country", "article_count", "mention_count", "first_seen", "last_seen"] as const;
const AE_COLS = ["article_seq", "local_id", "entity_id", "name", "roles", "office", "mention_count", "confidence", "source"] as const;
const MENTION_COLS = ["article_seq", "entity_id", "span_start", "span_end", "text", "role"] as const;
const EVENT_COLS = ["article_seq", "local_id", "type", "date", "date_text", "main", "initiator_id", "place_id", "plover_event", "plover_mode", "trigger_start", "trigger_end", "trigger_text", "evidence_start", "evidence_end", "evidence_text", "confidence"] as const;
const STATEMENT_COLS = ["article_seq", "local_id", "speaker_id", "joint", "cue", "cue_start", "cue_end", "direct", "span_start", "span_end", "text", "confidence"] as const;
const AGREEMENT_COLS = ["article_seq", "local_id", "kind", "cue", "cue_start", "cue_end", "date", "span_start", "span_end", "text", "confidence"] as const;
/** Candidates compared per article when placing it in a story. */
const STORY_CANDIDATES = 50;
/** Keys per `in (…)` list. */
const IN_LIST = 500;

/**
 * Writes batches of analyses inside one transaction: one multi-row statement
 * per table for all the new and changed articles of a batch, entities
 * resolved for the whole batch at once, and the corpus entities' merged rows
 * and totals written back once in `flush`.
 */
export class BatchWriter {
  private entities = new Map<string, EntityRow>();
  private dirty = new Set<EntityRow>();
  private articleDelta = 0;
  private termDelta = 0;
  private readonly now = new Date().toISOString();

  constructor(private trx: Trx, private backend: Backend) {}

  async existing(ids: string[]): Promise<Map<string, Existing>> {
    const out = new Map<string, Existing>();
    for (let i = 0; i < ids.length; i += IN_LIST) {
      const rows = await this.trx.selectFrom("articles").select(["id", "seq", "content_hash", "n_terms"]).where("id", "in", inList(ids.slice(i, i + IN_LIST))).execute();
      for (const r of rows) out.set(r.id, { seq: r.seq, content_hash: r.content_hash, n_terms: Number(r.n_terms) });
    }
    return out;
  }

  /**
   * Writes analyses in order; `existing` (from `existing()`) is kept up to date.
   * Analyses are written together in runs of distinct ids: a repeated id starts
   * a new run, so its later version meets the earlier one as stored.
   */
  async writeAll(analyses: Analysis[], existing: Map<string, Existing>): Promise<Written[]> {
    const out: Written[] = [];
    let run: Analysis[] = [];
    const ids = new Set<string>();
    const flushRun = async () => {
      for (const w of await this.writeRun(run, existing)) {
        existing.set(w.id, { seq: w.seq, content_hash: w.hash, n_terms: w.nTerms });
        out.push(w);
      }
      run = [];
      ids.clear();
    };
    for (const a of analyses) {
      validate(a);
      if (ids.has(a.id)) await flushRun();
      run.push(a);
      ids.add(a.id);
    }
    if (run.length) await flushRun();
    return out;
  }

  /** Writes analyses of distinct ids. */
  private async writeRun(run: Analysis[], existing: Map<string, Existing>): Promise<Written[]> {
    const slots: (Written | Pending)[] = [];
    const todo: Pending[] = [];
    for (const a of run) {
      const old = existing.get(a.id);
      const prepared = preparedFor(a);
      if (old && old.content_hash === prepared.hash) {
        slots.push({ id: a.id, status: "unchanged", seq: old.seq, hash: prepared.hash, nTerms: old.n_terms });
        continue;
      }
      const p: Pending = { ...prepared, a, old, seq: old?.seq ?? 0 };
      todo.push(p);
      slots.push(p);
    }
    if (todo.length > 0) {
      await this.writeArticles(todo);
      await indexTexts(this.trx, this.backend, "articles", todo.map((p) => ({ key: p.seq, text: p.termsText })));
      await this.placeInStories(todo);
      await this.writeFacts(todo);
    }
    return slots.map((s) => ("a" in s ? { id: s.a.id, status: s.old ? "updated" : "new", seq: s.seq, hash: s.hash, nTerms: s.nTerms } : s));
  }

  /** The article rows: changed ones replaced in place (their facts removed), new ones inserted. */
  private async writeArticles(todo: Pending[]): Promise<void> {
    const changed = todo.filter((p) => p.old);
    for (const p of changed) await this.removeFacts(p.seq);
    await unindexText(this.trx, this.backend, "articles", changed.map((p) => p.seq));
    for (const p of changed) {
      await this.trx.updateTable("articles").set({ ...this.articleRow(p), story_seq: null }).where("seq", "=", p.seq).execute();
      await this.trx.updateTable("article_texts").set(textRow(p)).where("seq", "=", p.seq).execute();
      await this.trx.updateTable("article_keys").set({ published: p.a.published, outlet: p.a.outlet }).where("seq", "=", p.seq).execute();
      this.termDelta += p.nTerms - p.old!.n_terms;
    }
    const fresh = todo.filter((p) => !p.old);
    if (fresh.length === 0) return;
    const got = await insertRows(this.trx, "articles", ARTICLE_COLS, fresh.map((p) => ({ ...this.articleRow(p), story_seq: null, ingested_at: this.now })), { returning: ["seq", "id"] });
    const seqOf = new Map(got.map((r) => [r.id, Number(r.seq)]));
    for (const p of fresh) {
      const seq = seqOf.get(p.a.id);
      if (seq === undefined) throw new Error(`article ${JSON.stringify(p.a.id)}: no row came back from its insert`);
      p.seq = seq;
      this.termDelta += p.nTerms;
    }
    this.articleDelta += fresh.length;
    await insertRows(this.trx, "article_texts", ["seq", "text", "analysis", "names", "minhash"], fresh.map((p) => ({ seq: p.seq, ...textRow(p) })));
    await insertRows(this.trx, "article_keys", ["seq", "story_seq", "published", "outlet"], fresh.map((p) => ({ seq: p.seq, story_seq: null, published: p.a.published, outlet: p.a.outlet })));
  }

  private articleRow(p: Pending) {
    const a = p.a;
    return {
      id: a.id,
      source: a.source,
      raw_hash: a.raw_hash,
      content_hash: p.hash,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      url: a.url,
      dateline: a.dateline ? JSON.stringify(a.dateline) : null,
      n_terms: p.nTerms,
      updated_at: this.now,
    };
  }

  /** Removes an article and its facts. */
  async remove(seq: number, nTerms: number): Promise<void> {
    await this.removeFacts(seq);
    await unindexText(this.trx, this.backend, "articles", [seq]);
    await this.trx.deleteFrom("articles").where("seq", "=", seq).execute();
    await this.trx.deleteFrom("article_texts").where("seq", "=", seq).execute();
    await this.trx.deleteFrom("article_keys").where("seq", "=", seq).execute();
    this.articleDelta -= 1;
    this.termDelta -= nTerms;
  }

  /** Writes back merged entity rows and corpus totals; call once before commit. */
  async flush(): Promise<void> {
    await updateRows(this.trx, "entities", ENTITY_UPDATE_COLS, "id", [...this.dirty].map((e) => ({
      id: e.id,
      name: topName(e.names) ?? e.key,
      names: countsJson(e.names),
      variants: countsJson(e.variants),
      name_en: e.name_en,
      wikidata: e.wikidata,
      country: e.country,
      article_count: e.article_count,
      mention_count: e.mention_count,
      first_seen: e.first_seen,
      last_seen: e.last_seen,
    })));
    this.dirty.clear();
    if (this.articleDelta || this.termDelta) {
      await this.trx
        .updateTable("corpus_totals")
        .set((eb) => ({
          articles: eb("articles", "+", this.articleDelta),
          terms: eb("terms", "+", this.termDelta),
        }))
        .where("id", "=", 1)
        .execute();
      this.articleDelta = this.termDelta = 0;
    }
  }

  // ------------------------------------------------------------ stories

  /**
   * Puts each article in the story of its most similar earlier article (stored
   * before, or earlier in this batch) that shares a MinHash band with it, or
   * makes it a story of its own; then records its bands.
   */
  private async placeInStories(ps: Pending[]): Promise<void> {
    const hs = ps.map((p) => bands(p.sig));
    const own = new Set(ps.map((p) => p.seq));
    // Stored articles sharing a band with any of these: per band, one indexed lookup of the hashes.
    const stored = bandMaps();
    for (let b = 0; b < BANDS; b++) {
      const want = [...new Set(hs.map((h) => h[b]))];
      for (let i = 0; i < want.length; i += IN_LIST) {
        const rows = await this.trx.selectFrom("minhash_bands").select(["hash", "article_seq"]).where("band", "=", b).where("hash", "in", inList(want.slice(i, i + IN_LIST))).execute();
        for (const r of rows) if (!own.has(r.article_seq)) addToBand(stored[b], r.hash, r.article_seq);
      }
    }
    const storedCands = hs.map((h) => candidates(new Set<number>(), stored, h));
    const placed = new Map<number, { story: number; sig: Uint32Array }>();
    const need = [...new Set(storedCands.flat())];
    for (let i = 0; i < need.length; i += IN_LIST) {
      const rows = await this.trx
        .selectFrom("articles as a")
        .innerJoin("article_texts as t", "t.seq", "a.seq")
        .select(["a.seq", "a.story_seq", "t.minhash"])
        .where("a.seq", "in", inList(need.slice(i, i + IN_LIST)))
        .execute();
      for (const r of rows) placed.set(r.seq, { story: r.story_seq ?? r.seq, sig: fromHex(r.minhash) });
    }
    const { roots, joined } = placeBatch(ps, hs, storedCands, placed);
    for (let i = 0; i < roots.length; i += IN_LIST) {
      const part = inList(roots.slice(i, i + IN_LIST));
      await this.trx.updateTable("articles").set((eb) => ({ story_seq: eb.ref("seq") })).where("seq", "in", part).execute();
      await this.trx.updateTable("article_keys").set((eb) => ({ story_seq: eb.ref("seq") })).where("seq", "in", part).execute();
    }
    for (const [story, seqs] of joined) {
      await this.trx.updateTable("articles").set({ story_seq: story }).where("seq", "in", inList(seqs)).execute();
      await this.trx.updateTable("article_keys").set({ story_seq: story }).where("seq", "in", inList(seqs)).execute();
    }
    const bandRows = ps.flatMap((p, k) => hs[k].map((hash, band) => ({ band, hash, article_seq: p.seq })));
    await insertRows(this.trx, "minhash_bands", ["band", "hash", "article_seq"], bandRows, { ignoreConflicts: true });
  }

  // ------------------------------------------------------------ facts

  /** Loads (or creates) the corpus rows of these entities into the batch's cache, in first-seen order. */
  private async loadEntities(es: Pick<Entity, "key" | "type" | "name" | "name_en" | "wikidata" | "country">[]): Promise<void> {
    const first = new Map<string, (typeof es)[number]>();
    for (const e of es) if (!this.entities.has(e.key) && !first.has(e.key)) first.set(e.key, e);
    if (first.size === 0) return;
    const keys = [...first.keys()];
    for (let i = 0; i < keys.length; i += IN_LIST) {
      const rows = await this.trx.selectFrom("entities").selectAll().where("key", "in", inList(keys.slice(i, i + IN_LIST))).execute();
      for (const r of rows) {
        this.entities.set(r.key, { ...r, names: parseCounts(r.names), variants: parseCounts(r.variants), article_count: Number(r.article_count), mention_count: Number(r.mention_count) });
      }
    }
    const missing = [...first.values()].filter((e) => !this.entities.has(e.key));
    const fresh = missing.map((e) => ({ key: e.key, type: e.type, name: e.name, names: "{}", variants: "{}", name_en: e.name_en ?? null, wikidata: e.wikidata ?? null, country: e.country ?? null, article_count: 0, mention_count: 0, first_seen: null, last_seen: null }));
    const got = await insertRows(this.trx, "entities", ENTITY_COLS, fresh, { returning: ["id", "key"] });
    const idOf = new Map(got.map((r) => [r.key, Number(r.id)]));
    for (const f of fresh) {
      const id = idOf.get(f.key);
      if (id === undefined) throw new Error(`entity ${JSON.stringify(f.key)}: no row came back from its insert`);
      this.entities.set(f.key, { ...f, id, names: new Map(), variants: new Map() });
    }
  }

  private entityRow(key: string): EntityRow {
    const row = this.entities.get(key);
    if (!row) throw new Error(`entity ${JSON.stringify(key)} was not loaded`);
    return row;
  }

  /**
   * The facts' rows. Built by the synchronous entityFacts and ownedFacts, so this async method holds only
   * the inserts: V8 re-optimises hot code after every forced collection between batches, and one large
   * async function with every row loop in it took ~150 ms of compiler time each time.
   */
  private async writeFacts(ps: Pending[]): Promise<void> {
    await this.loadEntities(ps.flatMap((p) => p.a.entities));
    const ent = this.entityFacts(ps);
    await insertRows(this.trx, "article_entities", AE_COLS, ent.ae);
    await insertRows(this.trx, "mentions", MENTION_COLS, ent.mentions);
    await insertRows(this.trx, "entity_names", ["norm", "entity_id"], ent.names, { ignoreConflicts: true });
    await insertRows(this.trx, "name_terms", ["term"], ent.nameTerms, { ignoreConflicts: true });

    const own = ownedFacts(ps, ent.localIds);
    const evIds = await this.insertOwned("events", EVENT_COLS, own.events);
    await insertRows(this.trx, "event_participants", ["event_id", "entity_id"], linkRows(own.eventEntities, evIds, "event_id"));
    const stIds = await this.insertOwned("statements", STATEMENT_COLS, own.statements);
    await insertRows(this.trx, "statement_speakers", ["statement_id", "entity_id"], linkRows(own.statementEntities, stIds, "statement_id"));
    await indexTexts(this.trx, this.backend, "statements", own.statementTerms.map((text, i) => ({ key: stIds[i], text })));
    const agIds = await this.insertOwned("agreements", AGREEMENT_COLS, own.agreements);
    await insertRows(this.trx, "agreement_parties", ["agreement_id", "entity_id"], linkRows(own.agreementEntities, agIds, "agreement_id"));
  }

  /** Merges the articles' entities into their corpus rows and builds the rows that link them to the articles. */
  private entityFacts(ps: Pending[]) {
    const ae: Pick<InsertRow<"article_entities">, (typeof AE_COLS)[number]>[] = [];
    const mentions: Pick<InsertRow<"mentions">, (typeof MENTION_COLS)[number]>[] = [];
    const names = new Map<string, { norm: string; entity_id: number }>();
    const nameTerms = new Set<string>();
    /** Per article: its entities' local ids to corpus entity ids. */
    const localIds: Map<string, number>[] = [];
    for (const p of ps) {
      const { a, seq } = p;
      const ids = new Map<string, number>();
      localIds.push(ids);
      a.entities.forEach((e, i) => {
        const row = this.entityRow(e.key);
        ids.set(e.id, row.id);
        row.article_count += 1;
        row.mention_count += e.mentions.length;
        bump(row.names, e.name, 1);
        for (const m of e.mentions) bump(row.variants, m.text, 1);
        row.name_en ??= e.name_en;
        row.wikidata ??= e.wikidata;
        row.country ??= e.country;
        if (a.published) {
          if (!row.first_seen || a.published < row.first_seen) row.first_seen = a.published;
          if (!row.last_seen || a.published > row.last_seen) row.last_seen = a.published;
        }
        this.dirty.add(row);
        ae.push({
          article_seq: seq,
          local_id: e.id,
          entity_id: row.id,
          name: e.name,
          roles: JSON.stringify(e.roles),
          office: e.office ? JSON.stringify(e.office) : null,
          mention_count: e.mentions.length,
          confidence: e.confidence,
          source: e.source,
        });
        for (const m of e.mentions) mentions.push({ article_seq: seq, entity_id: row.id, span_start: m.start, span_end: m.end, text: m.text, role: m.role?.text ?? null });
        for (const norm of p.entityNameKeys[i]) names.set(`${norm}\u0000${row.id}`, { norm, entity_id: row.id });
      });
      for (const t of p.names) nameTerms.add(t);
    }
    return { ae, mentions, names: [...names.values()], nameTerms: [...nameTerms].map((term) => ({ term })), localIds };
  }

  /** Inserts rows of a table keyed (article_seq, local_id) and returns their new ids, in row order. */
  private async insertOwned<T extends "events" | "statements" | "agreements", K extends keyof InsertRow<T> & string>(
    table: T,
    columns: readonly K[],
    rows: (Pick<InsertRow<T>, K> & { article_seq: number; local_id: string })[],
  ): Promise<number[]> {
    // RETURNING promises no row order: match the rows up by their (article, local id) key.
    const got = (await insertRows(this.trx, table, columns, rows, { returning: ["id", "article_seq", "local_id"] as never[] })) as unknown as { id: number; article_seq: number; local_id: string }[];
    const idOf = new Map(got.map((r) => [`${r.article_seq}\u0000${r.local_id}`, Number(r.id)]));
    return rows.map((r) => {
      const id = idOf.get(`${r.article_seq}\u0000${r.local_id}`);
      if (id === undefined) throw new Error(`${table} row ${JSON.stringify(r.local_id)} of article ${r.article_seq}: no id came back from its insert`);
      return id;
    });
  }

  /** Deletes an article's facts and takes them out of the corpus entities' counts. */
  private async removeFacts(seq: number): Promise<void> {
    const trx = this.trx;
    const ae = await trx
      .selectFrom("article_entities as ae")
      .innerJoin("entities as e", "e.id", "ae.entity_id")
      .select(["e.key", "e.type", "e.name", "e.name_en", "e.wikidata", "e.country", "ae.name as local_name", "ae.mention_count"])
      .where("ae.article_seq", "=", seq)
      .execute();
    const mentions = await trx.selectFrom("mentions as m").innerJoin("entities as e", "e.id", "m.entity_id").select(["e.key", "m.text"]).where("m.article_seq", "=", seq).execute();
    await this.loadEntities(ae.map((r) => ({ ...r, type: r.type as Entity["type"] })));
    for (const r of ae) {
      const row = this.entityRow(r.key);
      row.article_count -= 1;
      row.mention_count -= Number(r.mention_count);
      bump(row.names, r.local_name, -1);
      this.dirty.add(row);
    }
    for (const m of mentions) {
      const row = this.entities.get(m.key);
      if (row) bump(row.variants, m.text, -1);
    }
    const stmtIds = (await trx.selectFrom("statements").select("id").where("article_seq", "=", seq).execute()).map((r) => r.id);
    await unindexText(trx, this.backend, "statements", stmtIds);
    await trx.deleteFrom("statement_speakers").where("statement_id", "in", trx.selectFrom("statements").select("id").where("article_seq", "=", seq)).execute();
    await trx.deleteFrom("statements").where("article_seq", "=", seq).execute();
    await trx.deleteFrom("event_participants").where("event_id", "in", trx.selectFrom("events").select("id").where("article_seq", "=", seq)).execute();
    await trx.deleteFrom("events").where("article_seq", "=", seq).execute();
    await trx.deleteFrom("agreement_parties").where("agreement_id", "in", trx.selectFrom("agreements").select("id").where("article_seq", "=", seq)).execute();
    await trx.deleteFrom("agreements").where("article_seq", "=", seq).execute();
    await trx.deleteFrom("mentions").where("article_seq", "=", seq).execute();
    await trx.deleteFrom("article_entities").where("article_seq", "=", seq).execute();
    await trx.deleteFrom("minhash_bands").where("article_seq", "=", seq).execute();
  }
}

/** Articles by band hash, one map per band. */
type BandMaps = Map<number, number[]>[];

function bandMaps(): BandMaps {
  return Array.from({ length: BANDS }, () => new Map<number, number[]>());
}

function addToBand(band: Map<number, number[]>, hash: number, seq: number): void {
  const l = band.get(hash);
  if (l) l.push(seq);
  else band.set(hash, [seq]);
}

/** `into` plus the articles sharing a band hash with `h`, the first STORY_CANDIDATES by seq. */
function candidates(into: Set<number>, byBand: BandMaps, h: number[]): number[] {
  for (let b = 0; b < BANDS; b++) {
    const l = byBand[b].get(h[b]);
    if (l) for (const s of l) into.add(s);
  }
  return [...into].sort((x, y) => x - y).slice(0, STORY_CANDIDATES);
}

/**
 * Each article's story, in input order so that each also meets those placed before it in this batch:
 * that of its most similar candidate (stored ones, `storedCands`, and earlier ones of the batch sharing
 * a band) at SAME_STORY or above, else its own. `placed` gains the batch's articles.
 */
function placeBatch(ps: Pending[], hs: number[][], storedCands: number[][], placed: Map<number, { story: number; sig: Uint32Array }>) {
  const batchBands = bandMaps();
  const roots: number[] = [];
  const joined = new Map<number, number[]>();
  ps.forEach((p, k) => {
    const cands = new Set(storedCands[k]);
    for (let b = 0; b < BANDS; b++) {
      const l = batchBands[b].get(hs[k][b]);
      if (l) for (const s of l) cands.add(s);
    }
    cands.delete(p.seq);
    let best: { story: number; sim: number } | null = null;
    for (const c of [...cands].sort((x, y) => x - y).slice(0, STORY_CANDIDATES)) {
      const other = placed.get(c);
      if (!other) continue;
      const sim = similarity(p.sig, other.sig);
      if (sim >= SAME_STORY && (!best || sim > best.sim)) best = { story: other.story, sim };
    }
    const story = best ? best.story : p.seq;
    placed.set(p.seq, { story, sig: p.sig });
    for (let b = 0; b < BANDS; b++) addToBand(batchBands[b], hs[k][b], p.seq);
    if (story === p.seq) roots.push(p.seq);
    else {
      const l = joined.get(story);
      if (l) l.push(p.seq);
      else joined.set(story, [p.seq]);
    }
  });
  return { roots, joined };
}

/** A fact's entity reference (an entity's local id in its article) as a corpus entity id. */
function ref(ids: Map<string, number>, local: string | null): number | null {
  return local ? ids.get(local) ?? null : null;
}

/**
 * The rows of the articles' events, statements (joint ones too: `joint` and the speakers table tell them
 * apart) and agreements, in article order, each with the distinct corpus entities it links to.
 */
function ownedFacts(ps: Pending[], localIds: Map<string, number>[]) {
  const events: Pick<InsertRow<"events">, (typeof EVENT_COLS)[number]>[] = [];
  const eventEntities: number[][] = [];
  const statements: Pick<InsertRow<"statements">, (typeof STATEMENT_COLS)[number]>[] = [];
  const statementEntities: number[][] = [];
  const statementTerms: string[] = [];
  const agreements: Pick<InsertRow<"agreements">, (typeof AGREEMENT_COLS)[number]>[] = [];
  const agreementEntities: number[][] = [];
  ps.forEach((p, k) => {
    const ids = localIds[k];
    for (const ev of p.a.events) {
      events.push({
        article_seq: p.seq,
        local_id: ev.id,
        type: ev.type,
        date: ev.date,
        date_text: ev.date_text,
        main: ev.main ? 1 : 0,
        initiator_id: ref(ids, ev.initiator),
        place_id: ref(ids, ev.place),
        plover_event: ev.plover.event,
        plover_mode: ev.plover.mode,
        trigger_start: ev.trigger.start,
        trigger_end: ev.trigger.end,
        trigger_text: ev.trigger.text,
        evidence_start: ev.evidence.start,
        evidence_end: ev.evidence.end,
        evidence_text: ev.evidence.text,
        confidence: ev.confidence,
      });
      eventEntities.push(unique(ev.participants.map((l) => ref(ids, l))));
    }
    statementsOf(p.a).forEach((q, j) => {
      statements.push({
        article_seq: p.seq,
        local_id: q.id,
        speaker_id: ref(ids, q.speaker),
        joint: q.joint ? 1 : 0,
        cue: q.cue,
        cue_start: q.cue_span.start,
        cue_end: q.cue_span.end,
        direct: q.direct ? 1 : 0,
        span_start: q.start,
        span_end: q.end,
        text: q.text,
        confidence: q.confidence,
      });
      statementEntities.push(unique([...q.speakers, q.speaker].map((l) => ref(ids, l))));
      statementTerms.push(p.statementTerms[j]);
    });
    for (const g of p.a.agreements) {
      agreements.push({
        article_seq: p.seq,
        local_id: g.id,
        kind: g.kind,
        cue: g.cue,
        cue_start: g.cue_span.start,
        cue_end: g.cue_span.end,
        date: g.date,
        span_start: g.start,
        span_end: g.end,
        text: g.text,
        confidence: g.confidence,
      });
      agreementEntities.push(unique(g.parties.map((l) => ref(ids, l))));
    }
  });
  return { events, eventEntities, statements, statementEntities, statementTerms, agreements, agreementEntities };
}

/** Link-table rows: each owner id (`ids[i]`) with each of its entities (`entities[i]`). */
function linkRows<K extends string>(entities: number[][], ids: number[], key: K): (Record<K, number> & { entity_id: number })[] {
  const out: (Record<K, number> & { entity_id: number })[] = [];
  entities.forEach((es, i) => {
    for (const entity_id of es) out.push({ [key]: ids[i], entity_id } as Record<K, number> & { entity_id: number });
  });
  return out;
}

function textRow(p: Pending) {
  return { text: p.a.text, analysis: p.packed, names: [...p.names].join(" "), minhash: toHex(p.sig) };
}

function bump(counts: Map<string, number>, k: string, by: number): void {
  const v = (counts.get(k) ?? 0) + by;
  if (v > 0) counts.set(k, v);
  else counts.delete(k);
}

/** A stored JSON count map, its keys in the object's order (what JSON.parse gave the code before Maps). */
function parseCounts(json: string): Map<string, number> {
  return new Map(Object.entries(JSON.parse(json) as Record<string, number>));
}

/**
 * The JSON of a count map exactly as the object it stands for would give it: built as an object in
 * the Map's order, so integer-like keys come first in numeric order as they would have.
 */
function countsJson(counts: Map<string, number>): string {
  const o: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of counts) o[k] = v;
  return JSON.stringify(o);
}

function topName(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [k, v] of counts) {
    if (best === null || v > bestCount || (v === bestCount && k < best)) {
      best = k;
      bestCount = v;
    }
  }
  return best;
}

function unique(xs: (number | null)[]): number[] {
  return [...new Set(xs.filter((x): x is number => x !== null))];
}

/** A clear error for analyses that do not have the shape the store needs. */
function validate(a: Analysis): void {
  const need = (ok: boolean, field: string) => {
    if (!ok) throw new Error(`analysis ${JSON.stringify(a?.id ?? "?")} (${a?.source ?? "?"}): invalid or missing field "${field}"`);
  };
  need(typeof a?.id === "string" && a.id.length > 0, "id");
  need(typeof a.text === "string", "text");
  need(typeof a.source === "string", "source");
  need(Array.isArray(a.entities) && Array.isArray(a.events) && Array.isArray(a.quotes) && Array.isArray(a.agreements), "entities/events/quotes/agreements");
  need(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published), "published");
  // Facts are matched to their stored rows by (article, id).
  const distinct = (xs: { id: string }[]) => new Set(xs.map((x) => x.id)).size === xs.length;
  need(distinct(a.events), "events[].id (distinct)");
  need(distinct(statementsOf(a)), "quotes[].id (distinct, joint and unattributed statements included)");
  need(distinct(a.agreements), "agreements[].id (distinct)");
}
