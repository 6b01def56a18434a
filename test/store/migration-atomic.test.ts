// A migration that stops halfway (the process killed, or a statement failing) must leave a SQLite
// store as it was before it: its tables and its record commit together or not at all, so the next
// open runs it again. Without this a kill during `rasd ingest`'s first seconds left a store that
// could never be opened again («table "articles" already exists»).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql, type Kysely, type Migration } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../src/store/connect.js";
import { openStore } from "../../src/store/open.js";

const dir = mkdtempSync(join(tmpdir(), "rasd-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The tables of a SQLite store, without Kysely's own bookkeeping. */
async function tables(db: Kysely<unknown>): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'kysely_%' order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

describe("SQLite migrations are atomic", () => {
  it("a migration failing after its first table leaves no table and no record behind", async () => {
    const file = join(dir, "half.db");
    const conn = await connect(file);
    const db = conn.db as unknown as Kysely<unknown>;
    const halfway: Migration = {
      async up(trx) {
        await sql`create table first_half (id integer primary key)`.execute(trx);
        throw new Error("stopped halfway");
      },
    };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ "0001_halfway": halfway }) } });
    const { error } = await migrator.migrateToLatest();
    expect(String(error)).toContain("stopped halfway");
    expect(await tables(db)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    expect(applied.rows).toEqual([]);
    await conn.db.destroy();
  });

  it("the store's own migrations still open, and reopen, a new file", async () => {
    const file = join(dir, "store.db");
    const first = await openStore(file);
    await first.close();
    const again = await openStore(file);
    await again.close();
  });
});
