// A query-result cache in the manner of Solr's queryResultCache: for a
// compiled query, its filters and page, the ranked keys and the counts. Entries
// carry the store's generation (bumped by this process's writes, and on SQLite
// by PRAGMA data_version, which changes when another connection commits), so a
// cached answer is never served after the corpus changed. Snippets and article
// fields are always read fresh.
import { sql, type Kysely } from "kysely";
import type { Backend } from "./api.js";
import type { Database } from "./schema.js";

export interface CachedMatch {
  total: number;
  stories: number;
  totalExact: boolean;
  top: { key: number; score: number }[];
}

export class ResultCache {
  private entries = new Map<string, { gen: string; value: CachedMatch }>();
  private writes = 0;

  constructor(private readonly db: Kysely<Database>, private readonly backend: Backend, private readonly size: number) {}

  get enabled(): boolean {
    // Other processes' writes to a PostgreSQL corpus cannot be seen cheaply: no cache there.
    return this.size > 0 && this.backend === "sqlite";
  }

  /** Call after every write this process makes. */
  invalidate(): void {
    this.writes++;
    this.entries.clear();
  }

  async generation(): Promise<string> {
    const r = await sql<{ data_version: number }>`pragma data_version`.execute(this.db);
    return `${this.writes}:${r.rows[0]?.data_version ?? 0}`;
  }

  get(key: string, gen: string): CachedMatch | undefined {
    const e = this.entries.get(key);
    if (!e || e.gen !== gen) return undefined;
    // Refresh its place for LRU eviction.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, gen: string, value: CachedMatch): void {
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { gen, value });
  }
}
