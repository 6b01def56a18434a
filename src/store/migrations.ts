// Versioned schema migrations (Kysely's Migrator records applied ones in
// kysely_migration). Never edit a released migration: add the next one.
import { sql, type Kysely, type Migration, type MigrationProvider, type CreateTableBuilder } from "kysely";
import type { Backend } from "./api.js";

type Db = Kysely<any>; // migrations run before the typed schema exists

function serialId<T extends string>(backend: Backend) {
  return (t: CreateTableBuilder<T, never>, name: string) =>
    t.addColumn(name, "integer", (c) =>
      backend === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
    );
}

function initial(backend: Backend): Migration {
  const real = backend === "sqlite" ? "real" : "double precision";
  const id = serialId(backend);
  return {
    async up(db: Db) {
      await id(db.schema.createTable("articles"), "seq")
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("raw_hash", "text", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("outlet", "text")
        .addColumn("published", "text")
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("dateline", "text")
        .addColumn("n_terms", "integer", (c) => c.notNull())
        .addColumn("story_seq", "integer")
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      // What search filters and counts read for every match: a tiny row per article.
      await db.schema.createTable("article_keys")
        .addColumn("seq", "integer", (c) => c.primaryKey())
        .addColumn("story_seq", "integer")
        .addColumn("published", "text")
        .addColumn("outlet", "text")
        .execute();
      // The bulky per-article columns live apart, so the rows that filters,
      // joins and counts touch stay small and cache-friendly.
      await db.schema.createTable("article_texts")
        .addColumn("seq", "integer", (c) => c.primaryKey())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("analysis", "text", (c) => c.notNull())
        .addColumn("names", "text", (c) => c.notNull())
        .addColumn("minhash", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("articles_published").on("articles").columns(["published"]).execute();
      await db.schema.createIndex("articles_outlet").on("articles").columns(["outlet", "published"]).execute();
      await db.schema.createIndex("articles_story").on("articles").column("story_seq").execute();

      await id(db.schema.createTable("entities"), "id")
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("names", "text", (c) => c.notNull())
        .addColumn("variants", "text", (c) => c.notNull())
        .addColumn("name_en", "text")
        .addColumn("wikidata", "text")
        .addColumn("country", "text")
        .addColumn("article_count", "integer", (c) => c.notNull())
        .addColumn("mention_count", "integer", (c) => c.notNull())
        .addColumn("first_seen", "text")
        .addColumn("last_seen", "text")
        .execute();
      await db.schema.createIndex("entities_articles").on("entities").columns(["article_count"]).execute();

      await db.schema.createTable("entity_names")
        .addColumn("norm", "text", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("entity_names_pk", ["norm", "entity_id"])
        .execute();
      await db.schema.createTable("name_terms").addColumn("term", "text", (c) => c.primaryKey()).execute();

      await db.schema.createTable("article_entities")
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("roles", "text", (c) => c.notNull())
        .addColumn("office", "text")
        .addColumn("mention_count", "integer", (c) => c.notNull())
        .addColumn("confidence", real, (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_entities_pk", ["article_seq", "local_id"])
        .execute();
      await db.schema.createIndex("article_entities_entity").on("article_entities").columns(["entity_id", "article_seq"]).execute();

      await db.schema.createTable("mentions")
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("role", "text")
        .execute();
      await db.schema.createIndex("mentions_article").on("mentions").column("article_seq").execute();
      await db.schema.createIndex("mentions_entity").on("mentions").column("entity_id").execute();

      await id(db.schema.createTable("events"), "id")
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("date_text", "text")
        .addColumn("main", "integer", (c) => c.notNull())
        .addColumn("initiator_id", "integer")
        .addColumn("place_id", "integer")
        .addColumn("plover_event", "text", (c) => c.notNull())
        .addColumn("plover_mode", "text")
        .addColumn("trigger_start", "integer", (c) => c.notNull())
        .addColumn("trigger_end", "integer", (c) => c.notNull())
        .addColumn("trigger_text", "text", (c) => c.notNull())
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("evidence_text", "text", (c) => c.notNull())
        .addColumn("confidence", real, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_article").on("events").column("article_seq").execute();
      await db.schema.createIndex("events_type_date").on("events").columns(["type", "date"]).execute();
      await db.schema.createIndex("events_date").on("events").column("date").execute();

      await db.schema.createTable("event_participants")
        .addColumn("event_id", "integer", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_participants_pk", ["event_id", "entity_id"])
        .execute();
      await db.schema.createIndex("event_participants_entity").on("event_participants").columns(["entity_id", "event_id"]).execute();

      await id(db.schema.createTable("statements"), "id")
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("speaker_id", "integer")
        .addColumn("joint", "integer", (c) => c.notNull())
        .addColumn("cue", "text", (c) => c.notNull())
        .addColumn("cue_start", "integer", (c) => c.notNull())
        .addColumn("cue_end", "integer", (c) => c.notNull())
        .addColumn("direct", "integer", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("confidence", real, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("statements_article").on("statements").column("article_seq").execute();

      await db.schema.createTable("statement_speakers")
        .addColumn("statement_id", "integer", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("statement_speakers_pk", ["statement_id", "entity_id"])
        .execute();
      await db.schema.createIndex("statement_speakers_entity").on("statement_speakers").columns(["entity_id", "statement_id"]).execute();

      await id(db.schema.createTable("agreements"), "id")
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("cue", "text", (c) => c.notNull())
        .addColumn("cue_start", "integer", (c) => c.notNull())
        .addColumn("cue_end", "integer", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("confidence", real, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("agreements_article").on("agreements").column("article_seq").execute();

      await db.schema.createTable("agreement_parties")
        .addColumn("agreement_id", "integer", (c) => c.notNull())
        .addColumn("entity_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("agreement_parties_pk", ["agreement_id", "entity_id"])
        .execute();
      await db.schema.createIndex("agreement_parties_entity").on("agreement_parties").columns(["entity_id", "agreement_id"]).execute();

      await db.schema.createTable("minhash_bands")
        .addColumn("band", "integer", (c) => c.notNull())
        .addColumn("hash", "integer", (c) => c.notNull())
        .addColumn("article_seq", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("minhash_bands_pk", ["band", "hash", "article_seq"])
        .$call((t) => (backend === "sqlite" ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
      await db.schema.createIndex("minhash_bands_article").on("minhash_bands").column("article_seq").execute();

      await db.schema.createTable("corpus_totals")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("articles", "integer", (c) => c.notNull())
        .addColumn("terms", "bigint", (c) => c.notNull())
        .execute();
      await db.insertInto("corpus_totals").values({ id: 1, articles: 0, terms: 0 }).execute();

      // Full-text indexes over our own analysed terms (search/analyzer.ts), never the engine's tokenizer.
      if (backend === "sqlite") {
        // ascii tokenizer: every non-ASCII character is a token character, so Arabic terms
        // stay whole; "_" joins number parts. Contentless: the terms are not stored twice.
        for (const t of ["articles_fts", "statements_fts"]) {
          await sql`create virtual table ${sql.id(t)} using fts5(body, tokenize = "ascii tokenchars '_'", content = '', contentless_delete = 1)`.execute(db);
        }
      } else {
        for (const t of ["articles", "statements"]) {
          await sql`alter table ${sql.id(t)} add column tsv tsvector`.execute(db);
          await sql`create index ${sql.id(`${t}_tsv`)} on ${sql.id(t)} using gin (tsv)`.execute(db);
        }
      }
    },
  };
}

/**
 * Search acceleration (search-impacts.ts): per-term top-R impact lists, the
 * FTS5 state they were built from, and the articles whose story is not
 * themselves (so story counts need no join for the rest). On SQLite, an
 * fts5vocab view of the index's term instances to build the lists from.
 */
function searchImpacts(backend: Backend): Migration {
  const blob = backend === "sqlite" ? "blob" : "bytea";
  return {
    async up(db: Db) {
      await db.schema.createTable("search_impacts")
        .addColumn("term", "text", (c) => c.primaryKey())
        .addColumn("df", "integer", (c) => c.notNull())
        .addColumn("bound", backend === "sqlite" ? "real" : "double precision", (c) => c.notNull())
        .addColumn("list", blob, (c) => c.notNull())
        .execute();
      await db.schema.createTable("search_impacts_state")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("structure", blob, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("article_keys_story_other").on("article_keys").columns(["seq", "story_seq"])
        .where(sql<boolean>`story_seq is null or story_seq <> seq`)
        .execute();
      if (backend === "sqlite") {
        await sql`create virtual table articles_fts_instances using fts5vocab(articles_fts, instance)`.execute(db);
        await sql`create virtual table articles_fts_terms using fts5vocab(articles_fts, row)`.execute(db);
      }
    },
  };
}

/** Document frequencies of frequent two-word phrases, rebuilt with the impact lists. */
const phraseDfs: Migration = {
  async up(db: Db) {
    await db.schema.createTable("search_phrase_dfs")
      .addColumn("phrase", "text", (c) => c.primaryKey())
      .addColumn("df", "integer", (c) => c.notNull())
      .execute();
  },
};

/**
 * Covering indexes for search's date and outlet filters (the row id, seq, rides along): the keys of a
 * filter's range are read from them instead of joining every text match to article_keys.
 */
const articleKeyFilters: Migration = {
  async up(db: Db) {
    await db.schema.createIndex("article_keys_published").on("article_keys").column("published").execute();
    await db.schema.createIndex("article_keys_outlet").on("article_keys").columns(["outlet", "published"]).execute();
  },
};

/**
 * Full postings of the listed terms and phrases, and every article's length (search-postings.ts): filtered
 * matches are ranked from them instead of by bm25(). Filled by the next rebuild of the lists.
 */
function searchPostings(backend: Backend): Migration {
  const blob = backend === "sqlite" ? "blob" : "bytea";
  return {
    async up(db: Db) {
      await db.schema.createTable("search_postings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("data", blob, (c) => c.notNull())
        .execute();
      await db.schema.alterTable("search_impacts_state").addColumn("lengths", blob).execute();
    },
  };
}

export function migrations(backend: Backend): MigrationProvider {
  return {
    async getMigrations() {
      return { "0001_initial": initial(backend), "0002_search_impacts": searchImpacts(backend), "0003_search_phrase_dfs": phraseDfs, "0004_article_key_filters": articleKeyFilters, "0005_search_postings": searchPostings(backend) };
    },
  };
}
