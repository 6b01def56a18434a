// Opens the Kysely instance for a store URL: a SQLite file through
// better-sqlite3, or PostgreSQL through pg (one schema per store; tests use a
// throwaway schema each).
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect } from "kysely";
import type { Backend } from "./api.js";
import type { Database } from "./schema.js";

export interface Connection {
  db: Kysely<Database>;
  backend: Backend;
  /** Location without password. */
  location: string;
  /** PostgreSQL schema, or null on SQLite. */
  schema: string | null;
}

/** SQLite page cache for readers (search, API): 64 MB. */
export const READ_CACHE_KIB = 65_536;
/**
 * SQLite page cache while a bulk ingest runs: pages are mostly written once, so a large cache
 * only adds to the ingest's memory (the 64 MB one was the ingest's peak RSS above analysis).
 */
export const INGEST_CACHE_KIB = 8_192;

/** WAL size at which SQLite checkpoints it into the database file. */
const WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024;

/** Page size of a new SQLite file (set before its first write; fixed from then on in WAL mode). */
const PAGE_SIZE = 16_384;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function connect(url: string, schemaOpt?: string): Promise<Connection> {
  if (isPostgresUrl(url)) return connectPostgres(url, schemaOpt);
  const file = url.startsWith("sqlite:") ? url.slice("sqlite:".length).replace(/^\/\//, "") : url;
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // A new file gets pages of 16 KiB instead of SQLite's 4 KiB (an existing file keeps its own): the
  // WAL takes a write per page, and at 4 KiB committing a bulk ingest's batches cost ~0.13 ms of CPU
  // per article (2,000 generated articles, store alone: commits 270 -> 90 ms; rows are the same).
  sqlite.pragma(`page_size = ${PAGE_SIZE}`);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`cache_size = -${READ_CACHE_KIB}`);
  // Checkpoint the WAL into the database every 64 MB instead of SQLite's 4 MB: each checkpoint
  // syncs both files, and at 4 MB they took most of a bulk ingest's commit time.
  // (counted in pages: the file's own page size, 4 KiB in stores made before 16 KiB pages).
  const pageSize = Number(sqlite.pragma("page_size", { simple: true }));
  sqlite.pragma(`wal_autocheckpoint = ${Math.round(WAL_CHECKPOINT_BYTES / pageSize)}`);
  const db = new Kysely<Database>({ dialect: new StoreSqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, backend: "sqlite", location: file, schema: null };
}

/**
 * SQLite runs DDL inside a transaction, but Kysely's adapter says it cannot, so its Migrator ran each
 * migration bare: an ingest killed while the first migration ran left tables without the record that
 * the migration was applied, and every later open failed («table "articles" already exists»). With
 * this adapter a migration and its record commit together or not at all, as on PostgreSQL.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class StoreSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

/**
 * Kysely prepares every query afresh; repeated queries (the same SQL text with
 * other parameters) reuse their better-sqlite3 statement instead. Safe because
 * Kysely runs one query at a time on its single SQLite connection.
 */
function cachingStatements(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let st = cache.get(sql);
      if (!st) {
        if (cache.size >= 2000) cache.clear();
        st = sqlite.prepare(sql);
        cache.set(sql, st);
      }
      return st;
    },
  };
}

async function connectPostgres(url: string, schemaOpt?: string): Promise<Connection> {
  const u = new URL(url);
  const schema = schemaOpt ?? u.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}" (lower-case letters, digits, _)`);
  u.searchParams.delete("schema");
  const connectionString = u.toString();
  // Create the schema with a plain client first, so the pool's search_path resolves.
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${schema}"`);
  } finally {
    await client.end();
  }
  const pool = new pg.Pool({ connectionString, max: 4, options: `-c search_path=${schema}` });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  u.password = "";
  return { db, backend: "postgres", location: `${u.toString()}${schema === "public" ? "" : ` (schema ${schema})`}`, schema };
}
