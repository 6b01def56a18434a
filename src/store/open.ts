import { Migrator } from "kysely";
import type { OpenStoreOptions, Store } from "./api.js";
import { connect } from "./connect.js";
import { migrations } from "./migrations.js";
import { CorpusStore } from "./corpus-store.js";
import { defaultStoreUrl } from "./default-url.js";

export { defaultStoreUrl };

/**
 * Open a store. `url` is a file path (SQLite; ":memory:" works) or a
 * postgres:// / postgresql:// URL (optionally `?schema=NAME`). Runs pending
 * migrations before returning.
 */
export async function openStore(url: string = defaultStoreUrl(), opts: OpenStoreOptions = {}): Promise<Store> {
  const conn = await connect(url, opts.schema);
  const migrator = new Migrator({
    db: conn.db,
    provider: migrations(conn.backend),
    ...(conn.schema ? { migrationTableSchema: conn.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await conn.db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`cannot migrate the store at ${conn.location}${failed ? ` (migration ${failed})` : ""}: ${(error as Error).message ?? String(error)}`);
  }
  return new CorpusStore(conn, opts);
}
