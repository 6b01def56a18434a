// The Store implementation: one class over Kysely for both backends.
import type { Kysely } from "kysely";
import type { Analysis } from "../types.js";
import type * as api from "./api.js";
import type { Database } from "./schema.js";
import type { Connection } from "./connect.js";
import { ingestStream, upsertAll } from "./ingest.js";
import { BatchWriter } from "./write.js";
import { search } from "./query-search.js";
import { corpusStats, getArticle, listArticles } from "./query-articles.js";
import { entityProfile, listEntities } from "./query-entities.js";
import { listEvents, network, timeline } from "./query-events.js";
import { listAgreements, listStatements } from "./query-statements.js";
import { exportLines } from "./export.js";
import { ResultCache } from "./result-cache.js";
import { optimizeIndex } from "./text-index.js";

export class CorpusStore implements api.Store {
  readonly backend: api.Backend;
  readonly location: string;
  private readonly db: Kysely<Database>;
  private readonly cache: ResultCache;

  constructor(conn: Connection, opts: api.OpenStoreOptions = {}) {
    this.db = conn.db;
    this.backend = conn.backend;
    this.location = conn.location;
    this.cache = new ResultCache(conn.db, conn.backend, opts.resultCache ?? 256);
  }

  async upsert(analyses: Analysis[]) {
    try {
      return await upsertAll(this.db, this.backend, analyses);
    } finally {
      this.cache.invalidate();
    }
  }

  async ingest(source: AsyncIterable<Analysis | api.IngestFailure> | Iterable<Analysis | api.IngestFailure>, opts?: api.IngestOptions) {
    try {
      return await ingestStream(this.db, this.backend, source, {
        ...opts,
        onProgress: (p) => {
          this.cache.invalidate();
          opts?.onProgress?.(p);
        },
      });
    } finally {
      this.cache.invalidate();
    }
  }

  async optimize(): Promise<void> {
    try {
      await optimizeIndex(this.db, this.backend);
    } finally {
      this.cache.invalidate();
    }
  }

  async remove(id: string): Promise<boolean> {
    this.cache.invalidate();
    return this.db.transaction().execute(async (trx) => {
      const w = new BatchWriter(trx, this.backend);
      const old = (await w.existing([id])).get(id);
      if (!old) return false;
      await w.remove(old.seq, old.n_terms);
      await w.flush();
      return true;
    });
  }

  search(q: api.SearchQuery) {
    return search(this.db, this.backend, q, this.cache);
  }
  article(id: string) {
    return getArticle(this.db, id);
  }
  articles(q?: api.ArticleListQuery) {
    return listArticles(this.db, q);
  }
  entities(q?: api.EntityQuery) {
    return listEntities(this.db, q);
  }
  entity(ref: number | string) {
    return entityProfile(this.db, this.backend, ref);
  }
  events(q?: api.EventQuery) {
    return listEvents(this.db, q);
  }
  timeline(q: api.EventQuery & { interval?: api.Interval }) {
    return timeline(this.db, q);
  }
  network(q?: api.NetworkQuery) {
    return network(this.db, q);
  }
  statements(q?: api.StatementQuery) {
    return listStatements(this.db, this.backend, q);
  }
  agreements(q?: api.AgreementQuery) {
    return listAgreements(this.db, q);
  }
  export(q: api.ExportQuery) {
    return exportLines(this.db, q);
  }
  stats() {
    return corpusStats(this.db, this.backend);
  }
  async close(): Promise<void> {
    await this.db.destroy();
  }
}
