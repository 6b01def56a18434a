// What the crash-safety test and `npm run robustness` both need to kill an
// ingest at reproducible points and watch its progress from outside.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";

/** A small deterministic PRNG, so the kill points are the same on every run. */
export function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Articles committed so far, read through a read-only connection (0 before the tables exist). */
export function committed(db: string): number {
  if (!existsSync(db)) return 0;
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare("select count(*) from articles").pluck().get() as number;
  } catch {
    return 0;
  } finally {
    d.close();
  }
}
