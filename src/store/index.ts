// The corpus store. `openStore(url)` opens (and migrates) a SQLite file or a
// PostgreSQL database and returns the Store API (see api.ts for every type).
//
//   const store = await openStore("./rasd.db");                 // SQLite file (created)
//   const store = await openStore("postgres://u@host/db?schema=team");
//   await store.upsert([analysis]);
//   const r = await store.search({ q: '"وزير الخارجية" لافروف', from: "2021-01-01", limit: 10 });
//   await store.close();
export type * from "./api.js";
export { openStore, defaultStoreUrl } from "./open.js";
export { SEARCH_COUNT_CAP } from "./api.js";
