// The store a command uses when none is named. A module of its own so that the command line can
// show it in --help without loading the store (Kysely, the SQLite and PostgreSQL drivers).

/** `RASD_DB` when set, else ./rasd.db. */
export function defaultStoreUrl(): string {
  return process.env.RASD_DB || "./rasd.db";
}
