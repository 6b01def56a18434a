// Hostile requests against the HTTP API over real stores, SQLite and
// PostgreSQL: SQL and full-text query-syntax injection through every free-text
// parameter, hostile write bodies, limits, token and headers. Never a 500, and
// every table keeps every row. (test/server covers the API's normal behaviour;
// test/web/browser.test.ts shows a <script> inside an article never runs.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import type { Store } from "../../src/store/index.js";
import { BACKENDS, digestTables } from "../store/backends.js";
import { goodArticle } from "./cases.js";

const TOKEN = "robustness-token-31c9";
const auth = { authorization: `Bearer ${TOKEN}` };

const SQL = [
  "'; DROP TABLE articles; --",
  "a OR 1=1",
  "' OR '1'='1",
  '" OR ""="',
  "1; DELETE FROM entities",
  "وزير'); DROP TABLE events; --",
  "x' UNION SELECT name FROM sqlite_master --",
  "x' UNION SELECT table_name FROM information_schema.tables --",
  "$1",
  "?",
  "%",
  "_",
  "\\",
  "\\'",
  "::text",
  "pg_sleep(5)",
];
const FTS = [
  '"',
  '""',
  '"وزير',
  "NEAR(وزير الخارجية)",
  "وزير NEAR/2 الخارجية",
  "*",
  "وزير*",
  "^وزير",
  "(((",
  ")",
  "(وزير OR)",
  "NOT",
  "AND AND",
  "OR OR OR",
  "-",
  "--",
  "col:وزير",
  "body:وزير",
  "{وزير}",
  "وزير & الخارجية | !قطر",
  "وزير <-> الخارجية",
  "وزير:*",
  "'وزير'",
  "+وزير -",
  "\u0000",
  "\u202eوزير",
  "ـــ",
  "ً",
];
const HOSTILE = [...SQL, ...FTS];

const enc = encodeURIComponent;

/** Every GET that takes free text, with the hostile string in that parameter. */
function urls(h: string): string[] {
  return [
    `/api/search?q=${enc(h)}`,
    `/api/search?q=${enc("وزير")}&entity=${enc(h)}`,
    `/api/search?q=${enc("وزير")}&outlet=${enc(h)}`,
    `/api/articles?entity=${enc(h)}`,
    `/api/articles?outlet=${enc(h)}`,
    `/api/articles/${enc(h)}`,
    `/api/entities?q=${enc(h)}`,
    `/api/entities/${enc(h)}`,
    `/api/events?actor=${enc(h)}`,
    `/api/events?actor=${enc(h)}&actor=${enc("'")}`,
    `/api/events/timeline?actor=${enc(h)}`,
    `/api/network?actor=${enc(h)}`,
    `/api/statements?q=${enc(h)}`,
    `/api/statements?speaker=${enc(h)}`,
    `/api/export?format=csv&outlet=${enc(h)}`,
  ];
}

describe.each(BACKENDS)("hostile requests on $name", (backend) => {
  let store: Store;
  let url: string;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (!backend.available) return;
    ({ store, url, dispose } = await backend.fresh());
    app = await buildServer({ store, token: TOKEN, webRoot: null, rateLimitPerMinute: false });
    const records = [1, 2, 3, 4].map((k) => goodArticle(100 + k));
    // Articles that carry the attacks in their own text and fields.
    records.push({ id: "'; DROP TABLE articles; --", title: "<script>alert(1)</script>", text: `${goodArticle(105).text}\n<script>alert("x")</script> ' OR 1=1 -- NEAR(a b) *` });
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/x-ndjson" }, payload: records.map((x) => JSON.stringify(x)).join("\n") });
    expect(r.statusCode, r.body).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
    await dispose?.();
  });

  it.skipIf(!backend.available)("answers every injection attempt with 200 or a clean 400/404, and no row changes", async () => {
    const before = await digestTables(backend.name, url);
    const seen = new Map<number, number>();
    for (const h of HOSTILE) {
      for (const u of urls(h)) {
        const r = await app.inject({ method: "GET", url: u });
        seen.set(r.statusCode, (seen.get(r.statusCode) ?? 0) + 1);
        expect([200, 400, 404], `${r.statusCode} for ${u}: ${r.body.slice(0, 300)}`).toContain(r.statusCode);
        if (r.statusCode !== 200) expect(r.json().message, u).toEqual(expect.any(String));
      }
    }
    // Most of them are ordinary searches that simply find nothing, or something.
    expect(seen.get(200)!).toBeGreaterThan(HOSTILE.length * 5);
    expect(await digestTables(backend.name, url)).toEqual(before);
    expect((await store.stats()).articles).toBe(5);
  }, 180_000);

  it.skipIf(!backend.available)("stores an article whose id and text are SQL as plain data, and finds it by words of its text", async () => {
    const a = await app.inject({ method: "GET", url: `/api/articles/${enc("'; DROP TABLE articles; --")}` });
    expect(a.statusCode).toBe(200);
    expect(JSON.stringify(a.json())).toContain("<script>alert(\\\"x\\\")</script>");
    const s = await app.inject({ method: "GET", url: `/api/search?q=${enc("NEAR")}` });
    expect(s.statusCode).toBe(200);
  });

  it.skipIf(!backend.available)("refuses hostile write bodies cleanly and without writing", async () => {
    const before = await digestTables(backend.name, url);
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const bodies: { payload: string; type: string; expect: number[] }[] = [
      { payload: deep, type: "application/json", expect: [400] },
      { payload: '{"id": "p", "text": "نص", "__proto__": {"admin": true}}', type: "application/json", expect: [200, 400] },
      { payload: '{"id": "p2", "constructor": {"prototype": {"x": 1}}, "text": 5}', type: "application/json", expect: [400] },
      { payload: "{not json", type: "application/json", expect: [400] },
      { payload: "<id>x</id>", type: "application/xml", expect: [415] },
      { payload: "id=x&text=y", type: "application/x-www-form-urlencoded", expect: [415] },
    ];
    for (const b of bodies) {
      const r = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": b.type }, payload: b.payload });
      expect(b.expect, `${r.statusCode} for ${b.payload.slice(0, 40)}: ${r.body.slice(0, 200)}`).toContain(r.statusCode);
      expect(r.json().message ?? r.json().stored, b.payload.slice(0, 40)).toBeDefined();
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // Only the prototype-free record may have been stored; nothing else changed.
    const after = await digestTables(backend.name, url);
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    if ((await store.stats()).articles === 5) expect(changed).toEqual([]);
    const del = await app.inject({ method: "POST", url: "/api/articles", payload: { id: "no-token", text: "نص" } });
    expect(del.statusCode).toBe(401);
  }, 120_000);

  it.skipIf(!backend.available)("reports an article over the size limit as a failed record, storing nothing", async () => {
    const payload = JSON.stringify({ id: "big", text: "و".repeat(3 * 1024 * 1024) });
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/json" }, payload });
    expect([200, 400, 413]).toContain(r.statusCode);
    if (r.statusCode === 200) expect(r.json()).toMatchObject({ new: 0, failed: 1, failures: [{ error: expect.stringContaining("article too large") }] });
    expect((await app.inject({ method: "GET", url: "/api/articles/big" })).statusCode).toBe(404);
  }, 60_000);
});

describe("defaults of a server started without options", () => {
  it("limits bodies and rate, and sends a Content-Security-Policy", async () => {
    const backend = BACKENDS[0];
    const { store, dispose } = await backend.fresh();
    const app = await buildServer({ store, webRoot: null, token: TOKEN });
    try {
      const big = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/json" }, payload: "x".repeat(17 * 1024 * 1024) });
      expect(big.statusCode).toBe(413);
      const health = await app.inject({ method: "GET", url: "/api/health" });
      expect(health.headers["content-security-policy"]).toMatch(/default-src 'none'/);
      expect(health.headers["x-ratelimit-limit"]).toBeDefined();
      const write = await app.inject({ method: "POST", url: "/api/articles", payload: { id: "a", text: "نص" } });
      expect(write.statusCode).toBe(401);
    } finally {
      await app.close();
      await store.close();
      await dispose();
    }
  });
});
