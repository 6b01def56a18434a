// The two backends every store and search test runs against: SQLite in a
// temp folder, and the real PostgreSQL server (RASD_TEST_PG, default
// postgres://postgres@127.0.0.1:5432/test) in a schema of its own per store,
// dropped afterwards, so parallel runs never meet.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.js";

export const PG_URL = process.env.RASD_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export const hasPg = await pgReachable();
if (!hasPg) console.warn(`[rasd tests] PostgreSQL at ${PG_URL} is unreachable: PostgreSQL store tests are skipped (.ci/run starts it).`);

export interface Backend {
  name: "sqlite" | "postgres";
  available: boolean;
  /** Opens a fresh, empty store; `dispose` removes it. */
  fresh(): Promise<{ store: Store; url: string; dispose: () => Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: "sqlite",
    available: true,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), "rasd-store-"));
      const url = join(dir, "corpus.db");
      const store = await openStore(url);
      return { store, url, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    available: hasPg,
    async fresh() {
      const schema = `rasd_test_${process.pid}_${randomBytes(4).toString("hex")}`;
      const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}schema=${schema}`;
      const store = await openStore(url);
      return {
        store,
        url,
        dispose: async () => {
          const c = new pg.Client({ connectionString: PG_URL });
          await c.connect();
          await c.query(`drop schema if exists ${schema} cascade`);
          await c.end();
        },
      };
    },
  },
];

/** Row counts of every table: "changes no row" is checked on these plus content hashes. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const s = await store.stats();
  return { articles: s.articles, stories: s.stories, entities: s.entities, mentions: s.mentions, events: s.events, statements: s.statements, agreements: s.agreements };
}

/**
 * A digest of every row of every table (full-text index shadow tables
 * included on SQLite): equal digests mean no row was added, removed or changed.
 */
export async function digestTables(backend: Backend["name"], url: string): Promise<Record<string, string>> {
  const { createHash } = await import("node:crypto");
  const digest = (rows: string[]) => createHash("sha256").update(rows.sort().join("\n")).digest("hex").slice(0, 16) + `:${rows.length}`;
  const out: Record<string, string> = {};
  if (backend === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(url, { readonly: true });
    try {
      const tables = db.prepare("select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%' order by name").all() as { name: string }[];
      for (const { name } of tables) {
        const rows = db.prepare(`select * from "${name}"`).all().map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString("hex") : v)));
        out[name] = digest(rows);
      }
    } finally {
      db.close();
    }
    return out;
  }
  const schema = new URL(url).searchParams.get("schema")!;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const tables = await c.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = $1 order by 1", [schema]);
    for (const { table_name } of tables.rows) {
      const rows = await c.query<{ r: string }>(`select t::text as r from "${schema}"."${table_name}" t`);
      out[table_name] = digest(rows.rows.map((x) => x.r));
    }
  } finally {
    await c.end();
  }
  return out;
}
