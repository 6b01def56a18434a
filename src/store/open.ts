import type { OpenStoreOptions, Store } from "./api.js";

/** `RASD_DB` when set, else ./rasd.db. */
export function defaultStoreUrl(): string {
  return process.env.RASD_DB || "./rasd.db";
}

/**
 * Open a store. `url` is a file path (SQLite; ":memory:" works) or a
 * postgres:// / postgresql:// URL (optionally `?schema=NAME`). Runs pending
 * migrations before returning.
 */
export async function openStore(url: string = defaultStoreUrl(), opts: OpenStoreOptions = {}): Promise<Store> {
  void url;
  void opts;
  throw new Error("store: not implemented yet");
}
