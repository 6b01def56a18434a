// Writing analyses: one transaction per batch, idempotent by content hash.
// An article whose analysis JSON hashes the same as the stored one is left
// alone; a changed one keeps its row (and seq) and has its facts replaced.
// Corpus entities are merged on Entity.key with running counts that the
// replaced facts decrement, so re-ingesting never drifts the totals.
import { createHash } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import type { Analysis, Entity } from "../types.js";
import type { Backend, UpsertResult } from "./api.js";
import type { Database, EntitiesTable } from "./schema.js";
import { analyseText, entityNameTerms } from "../search/analyzer.js";
import { nameKey } from "../search/compile.js";
import { indexText, unindexText } from "./text-index.js";
import { bands, fromHex, signature, similarity, toHex, SAME_STORY } from "./minhash.js";

type Trx = Transaction<Database>;

/** Title and body are indexed as one term sequence, parted by this term (no query produces it). */
export const TITLE_BREAK = "_";
const NAME_TYPES = new Set(["PER", "GPE", "LOC"]);

/** An entities row as written here: the table's columns, with the JSON count maps parsed. */
type EntityRow = Omit<Selectable<EntitiesTable>, "name" | "names" | "variants"> & {
  names: Record<string, number>;
  variants: Record<string, number>;
};

interface Existing {
  seq: number;
  content_hash: string;
  n_terms: number;
}

/** The analysis as stored: without its text, which the row keeps once in `text`. */
export function packAnalysis(a: Analysis): string {
  const { text: _text, ...rest } = a;
  return JSON.stringify(rest);
}

/** The stored analysis with its text put back, fields in the original order (text last). */
export function unpackAnalysis(json: string, text: string): Analysis {
  return { ...(JSON.parse(json) as Omit<Analysis, "text">), text };
}

export function contentHash(a: Analysis): string {
  return createHash("sha256").update(JSON.stringify(a)).digest("hex");
}

/** Name terms an article's analysis protects from stemming (its PER/GPE/LOC names and mentions). */
export function articleNames(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const e of a.entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    for (const t of entityNameTerms(e.name, e.mentions.map((m) => m.text))) out.add(t);
  }
  return out;
}

/** Terms indexed for an article: title, a break, then the body. */
export function articleTerms(a: Pick<Analysis, "title" | "text">, names: ReadonlySet<string>): string[] {
  const body = analyseText(a.text, names).map((t) => t.term);
  if (!a.title) return body;
  return [...analyseText(a.title, names).map((t) => t.term), TITLE_BREAK, ...body];
}

export class BatchWriter {
  private entities = new Map<string, EntityRow>();
  private dirty = new Set<EntityRow>();
  private articleDelta = 0;
  private termDelta = 0;
  private readonly now = new Date().toISOString();

  constructor(private trx: Trx, private backend: Backend) {}

  async existing(ids: string[]): Promise<Map<string, Existing>> {
    const out = new Map<string, Existing>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.trx.selectFrom("articles").select(["id", "seq", "content_hash", "n_terms"]).where("id", "in", ids.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.id, { seq: r.seq, content_hash: r.content_hash, n_terms: Number(r.n_terms) });
    }
    return out;
  }

  async write(a: Analysis, old: Existing | undefined): Promise<UpsertResult & { seq: number; hash: string; nTerms: number }> {
    validate(a);
    const hash = contentHash(a);
    if (old && old.content_hash === hash) return { id: a.id, status: "unchanged", seq: old.seq, hash, nTerms: old.n_terms };
    const names = articleNames(a);
    const terms = articleTerms(a, names);
    const sig = signature(terms.filter((t) => t !== TITLE_BREAK));
    const row = {
      id: a.id,
      source: a.source,
      raw_hash: a.raw_hash,
      content_hash: hash,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      url: a.url,
      dateline: a.dateline ? JSON.stringify(a.dateline) : null,
      n_terms: terms.length,
      updated_at: this.now,
    };
    const body = { text: a.text, analysis: packAnalysis(a), names: [...names].join(" "), minhash: toHex(sig) };
    let seq: number;
    if (old) {
      seq = old.seq;
      await this.removeFacts(seq);
      await unindexText(this.trx, this.backend, "articles", [seq]);
      await this.trx.updateTable("articles").set({ ...row, story_seq: null }).where("seq", "=", seq).execute();
      await this.trx.updateTable("article_texts").set(body).where("seq", "=", seq).execute();
      await this.trx.updateTable("article_keys").set({ published: a.published, outlet: a.outlet }).where("seq", "=", seq).execute();
      this.termDelta += terms.length - old.n_terms;
    } else {
      const r = await this.trx.insertInto("articles").values({ ...row, story_seq: null, ingested_at: this.now }).returning("seq").executeTakeFirstOrThrow();
      seq = r.seq;
      await this.trx.insertInto("article_texts").values({ seq, ...body }).execute();
      await this.trx.insertInto("article_keys").values({ seq, story_seq: null, published: a.published, outlet: a.outlet }).execute();
      this.articleDelta += 1;
      this.termDelta += terms.length;
    }
    await indexText(this.trx, this.backend, "articles", seq, terms);
    await this.placeInStory(seq, sig);
    await this.writeFacts(seq, a, names);
    return { id: a.id, status: old ? "updated" : "new", seq, hash, nTerms: terms.length };
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
    for (const e of this.dirty) {
      await this.trx
        .updateTable("entities")
        .set({
          name: topName(e.names) ?? e.key,
          names: JSON.stringify(e.names),
          variants: JSON.stringify(e.variants),
          name_en: e.name_en,
          wikidata: e.wikidata,
          country: e.country,
          article_count: e.article_count,
          mention_count: e.mention_count,
          first_seen: e.first_seen,
          last_seen: e.last_seen,
        })
        .where("id", "=", e.id)
        .execute();
    }
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

  private async placeInStory(seq: number, sig: Uint32Array): Promise<void> {
    const hs = bands(sig);
    // Articles sharing a band with this one (each OR arm is one primary-key lookup), then their signatures.
    const hits = await this.trx
      .selectFrom("minhash_bands")
      .select("article_seq")
      .distinct()
      .where((eb) => eb.or(hs.map((h, i) => eb.and([eb("band", "=", i), eb("hash", "=", h)]))))
      .limit(51)
      .execute();
    const others = hits.map((h) => h.article_seq).filter((s) => s !== seq).slice(0, 50);
    const cands = others.length
      ? await this.trx
          .selectFrom("articles as a")
          .innerJoin("article_texts as t", "t.seq", "a.seq")
          .select(["a.seq", "a.story_seq", "t.minhash"])
          .where("a.seq", "in", others)
          .execute()
      : [];
    let best: { story: number; sim: number } | null = null;
    for (const c of cands) {
      const sim = similarity(sig, fromHex(c.minhash));
      if (sim >= SAME_STORY && (!best || sim > best.sim)) best = { story: c.story_seq ?? c.seq, sim };
    }
    const story_seq = best ? best.story : seq;
    await this.trx.updateTable("articles").set({ story_seq }).where("seq", "=", seq).execute();
    await this.trx.updateTable("article_keys").set({ story_seq }).where("seq", "=", seq).execute();
    await this.trx.insertInto("minhash_bands").values(hs.map((hash, band) => ({ band, hash, article_seq: seq }))).onConflict((oc) => oc.doNothing()).execute();
  }

  // ------------------------------------------------------------ facts

  private async entityRow(e: Entity): Promise<EntityRow> {
    const cached = this.entities.get(e.key);
    if (cached) return cached;
    const r = await this.trx.selectFrom("entities").selectAll().where("key", "=", e.key).executeTakeFirst();
    let row: EntityRow;
    if (r) {
      row = { ...r, names: JSON.parse(r.names), variants: JSON.parse(r.variants), article_count: Number(r.article_count), mention_count: Number(r.mention_count) };
    } else {
      const ins = await this.trx
        .insertInto("entities")
        .values({ key: e.key, type: e.type, name: e.name, names: "{}", variants: "{}", name_en: e.name_en, wikidata: e.wikidata, country: e.country, article_count: 0, mention_count: 0, first_seen: null, last_seen: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      row = { id: ins.id, key: e.key, type: e.type, names: {}, variants: {}, name_en: e.name_en, wikidata: e.wikidata, country: e.country, article_count: 0, mention_count: 0, first_seen: null, last_seen: null };
    }
    this.entities.set(e.key, row);
    return row;
  }

  private async writeFacts(seq: number, a: Analysis, names: Set<string>): Promise<void> {
    const ids = new Map<string, number>();
    const aeRows: Database["article_entities"][] = [];
    const mentionRows: Database["mentions"][] = [];
    const nameRows = new Map<string, { norm: string; entity_id: number }>();
    for (const e of a.entities) {
      const row = await this.entityRow(e);
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
      aeRows.push({
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
      for (const m of e.mentions) mentionRows.push({ article_seq: seq, entity_id: row.id, span_start: m.start, span_end: m.end, text: m.text, role: m.role?.text ?? null });
      for (const n of [e.name, ...e.mentions.map((m) => m.text), e.name_en ?? ""]) {
        const norm = nameKey(n);
        if (norm) nameRows.set(`${norm}\u0000${row.id}`, { norm, entity_id: row.id });
      }
    }
    await insertMany(this.trx, "article_entities", aeRows);
    await insertMany(this.trx, "mentions", mentionRows);
    await insertMany(this.trx, "entity_names", [...nameRows.values()], true);
    await insertMany(this.trx, "name_terms", [...names].map((term) => ({ term })), true);

    const ref = (local: string | null): number | null => (local ? ids.get(local) ?? null : null);
    for (const ev of a.events) {
      const r = await this.trx
        .insertInto("events")
        .values({
          article_seq: seq,
          local_id: ev.id,
          type: ev.type,
          date: ev.date,
          date_text: ev.date_text,
          main: ev.main ? 1 : 0,
          initiator_id: ref(ev.initiator),
          place_id: ref(ev.place),
          plover_event: ev.plover.event,
          plover_mode: ev.plover.mode,
          trigger_start: ev.trigger.start,
          trigger_end: ev.trigger.end,
          trigger_text: ev.trigger.text,
          evidence_start: ev.evidence.start,
          evidence_end: ev.evidence.end,
          evidence_text: ev.evidence.text,
          confidence: ev.confidence,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const parts = unique(ev.participants.map(ref));
      await insertMany(this.trx, "event_participants", parts.map((entity_id) => ({ event_id: r.id, entity_id })));
    }
    // Joint statements are statements too; `joint` and the speakers table tell them apart.
    for (const q of [...a.quotes, ...(a.joint_statements ?? [])]) {
      const r = await this.trx
        .insertInto("statements")
        .values({
          article_seq: seq,
          local_id: q.id,
          speaker_id: ref(q.speaker),
          joint: q.joint ? 1 : 0,
          cue: q.cue,
          cue_start: q.cue_span.start,
          cue_end: q.cue_span.end,
          direct: q.direct ? 1 : 0,
          span_start: q.start,
          span_end: q.end,
          text: q.text,
          confidence: q.confidence,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const speakers = unique([...q.speakers, q.speaker].map(ref));
      await insertMany(this.trx, "statement_speakers", speakers.map((entity_id) => ({ statement_id: r.id, entity_id })));
      await indexText(this.trx, this.backend, "statements", r.id, analyseText(q.text, names).map((t) => t.term));
    }
    for (const g of a.agreements) {
      const r = await this.trx
        .insertInto("agreements")
        .values({
          article_seq: seq,
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
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const parties = unique(g.parties.map(ref));
      await insertMany(this.trx, "agreement_parties", parties.map((entity_id) => ({ agreement_id: r.id, entity_id })));
    }
  }

  /** Deletes an article's facts and takes them out of the corpus entities' counts. */
  private async removeFacts(seq: number): Promise<void> {
    const trx = this.trx;
    const ae = await trx
      .selectFrom("article_entities as ae")
      .innerJoin("entities as e", "e.id", "ae.entity_id")
      .select(["e.key", "e.type", "e.name", "ae.name as local_name", "ae.mention_count"])
      .where("ae.article_seq", "=", seq)
      .execute();
    const mentions = await trx.selectFrom("mentions as m").innerJoin("entities as e", "e.id", "m.entity_id").select(["e.key", "m.text"]).where("m.article_seq", "=", seq).execute();
    for (const r of ae) {
      const row = await this.entityRow({ key: r.key, type: r.type, name: r.name } as Entity);
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

function bump(counts: Record<string, number>, k: string, by: number): void {
  const v = (counts[k] ?? 0) + by;
  if (v > 0) counts[k] = v;
  else delete counts[k];
}

function topName(counts: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [k, v] of Object.entries(counts)) if (best === null || v > counts[best] || (v === counts[best] && k < best)) best = k;
  return best;
}

function unique(xs: (number | null)[]): number[] {
  return [...new Set(xs.filter((x): x is number => x !== null))];
}

type Insertable<T extends keyof Database> = { [K in keyof Database[T]]: Database[T][K] extends import("kysely").Generated<infer U> ? U | undefined : Database[T][K] };

async function insertMany<T extends keyof Database>(trx: Trx, table: T, rows: Insertable<T>[] | Database[T][], ignoreConflicts = false): Promise<void> {
  if (rows.length === 0) return;
  const width = Object.keys(rows[0] as object).length || 1;
  const chunk = Math.max(1, Math.floor(30000 / width / 10));
  for (let i = 0; i < rows.length; i += chunk) {
    // Kysely's generics cannot follow a table name held in a type parameter.
    let q = trx.insertInto(table).values(rows.slice(i, i + chunk) as never);
    if (ignoreConflicts) q = q.onConflict((oc) => oc.doNothing());
    await q.execute();
  }
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
}
