// Writes over HTTP (bearer token, JSON and JSON Lines), body limits and rate
// limiting, each against its own real SQLite store in a temp folder.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../../src/store/index.js";
import { buildServer, type ServerOptions } from "../../src/server/app.js";
import { AnalysisPool } from "../../src/server/analysis-pool.js";
import { repoRoot } from "../shared.js";

const TOKEN = "test-token-5b0f";
const open: { app: FastifyInstance; store: Store; dir: string }[] = [];

async function server(opts: Partial<ServerOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "rasd-writes-"));
  const store = await openStore(join(dir, "w.db"));
  const app = await buildServer({ store, webRoot: null, ...opts });
  open.push({ app, store, dir });
  return { app, store };
}

afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.app.close();
    await o.store.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

// Written for this test: a short wire-style report.
const record = (id: string, extra = "") => ({
  id,
  title: "وزير الخارجية يستقبل نظيره",
  outlet: "QNA",
  published: "2024-03-05",
  text: `الدوحة - استقبل وزير الخارجية اليوم نظيره في العاصمة، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها. ${extra}\nوقال الوزير إن البلدين يعملان على توسيع التعاون.`,
});

const auth = { authorization: `Bearer ${TOKEN}` };

describe("writes", () => {
  it("are refused with 403 when the server has no token", async () => {
    const { app } = await server();
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: record("a1") });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ error: "Forbidden", statusCode: 403, message: expect.stringContaining("read-only") });
  });

  it("need the right bearer token", async () => {
    const { app, store } = await server({ token: TOKEN });
    const none = await app.inject({ method: "POST", url: "/api/articles", payload: record("a1") });
    expect(none.statusCode).toBe(401);
    expect(none.headers["www-authenticate"]).toContain("Bearer");
    const wrong = await app.inject({ method: "POST", url: "/api/articles", headers: { authorization: "Bearer nope" }, payload: record("a1") });
    expect(wrong.statusCode).toBe(401);
    expect((await store.stats()).articles).toBe(0);
  });

  it("store a JSON article idempotently and make it searchable", async () => {
    const { app } = await server({ token: TOKEN });
    const first = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: record("a1") });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ received: 1, new: 1, failed: 0, ids: ["a1"] });
    const again = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: record("a1") });
    expect(again.json()).toMatchObject({ new: 0, unchanged: 1 });
    const got = await app.inject({ method: "GET", url: "/api/articles/a1" });
    expect(got.json().analysis.text).toContain("استقبل وزير الخارجية");
    const found = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent("نظيره")}` });
    expect(found.json().items.map((h: { id: string }) => h.id)).toEqual(["a1"]);
  });

  it("accept JSON arrays and JSON Lines", async () => {
    const { app, store } = await server({ token: TOKEN });
    const arr = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: [record("b1"), record("b2", "وأضاف.")] });
    expect(arr.json()).toMatchObject({ received: 2, new: 2 });
    const lines = [record("c1"), record("c2", "إضافة")].map((r) => JSON.stringify(r)).join("\n") + "\n\n";
    const jl = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/x-ndjson" }, payload: lines });
    expect(jl.statusCode).toBe(200);
    expect(jl.json()).toMatchObject({ received: 2, new: 2, ids: ["c1", "c2"] });
    expect((await store.stats()).articles).toBe(4);
  });

  it("reject malformed bodies with the line or field, storing nothing", async () => {
    const { app, store } = await server({ token: TOKEN });
    const badLine = `${JSON.stringify(record("d1"))}\n{"id": "d2", "text": \n`;
    const r1 = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/x-ndjson" }, payload: badLine });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().message).toMatch(/^line 2: invalid JSON/);
    const r2 = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: { id: "d3", title: "x" } });
    expect(r2.statusCode).toBe(400);
    const r3 = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: { ...record("d4"), colour: "red" } });
    expect(r3.statusCode).toBe(400);
    expect(r3.json().message).toContain("colour");
    const r4 = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "text/plain" }, payload: "hello" });
    expect(r4.statusCode).toBe(415);
    expect(r4.json().message).toContain("application/x-ndjson");
    const r5 = await app.inject({ method: "POST", url: "/api/articles", headers: { ...auth, "content-type": "application/json" }, payload: "{not json" });
    expect(r5.statusCode).toBe(400);
    expect((await store.stats()).articles).toBe(0);
  });

  it("report records that cannot be analysed and store the others", async () => {
    const { app, store } = await server({ token: TOKEN });
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: [record("e1"), { id: "e2", text: "   \n  " }] });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ received: 2, new: 1, failed: 1, failures: [{ index: 1, source: "http:2" }] });
    expect((await store.stats()).articles).toBe(1);
  });
});

// The pool's workers run the compiled worker (npm test builds it first).
const hasBuild = existsSync(join(repoRoot, "dist", "pipeline", "worker.js"));
if (!hasBuild) console.warn("[rasd tests] dist/ is not built: the worker-pool write test is skipped (run npm run build).");

describe.skipIf(!hasBuild)("writes in worker threads", () => {
  it("store the same analyses as the inline path", async () => {
    const threaded = new AnalysisPool(2);
    const inline = new AnalysisPool(0);
    try {
      const batch = Array.from({ length: 40 }, (_, i) => record(`p${i}`, `الجولة ${i}.`));
      const a = await threaded.analyze(batch);
      const b = await inline.analyze(batch);
      expect(a.failures).toEqual([]);
      expect(a.analyses).toHaveLength(40);
      expect(a.analyses).toEqual(b.analyses);
      const { app, store } = await server({ token: TOKEN, analysis: threaded });
      const r = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: batch });
      expect(r.json()).toMatchObject({ received: 40, new: 40, failed: 0 });
      expect((await store.stats()).articles).toBe(40);
    } finally {
      await threaded.close();
    }
  });
});

describe("limits", () => {
  it("refuse bodies over the limit with 413 stating it", async () => {
    const { app } = await server({ token: TOKEN, bodyLimit: 2048 });
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: auth, payload: record("big", "و".repeat(4000)) });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ error: "Payload Too Large", message: expect.stringContaining("2048 bytes") });
  });

  it("rate-limit each client with a JSON 429", async () => {
    const { app } = await server({ rateLimitPerMinute: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await app.inject({ method: "GET", url: "/api/health" })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const r = await app.inject({ method: "GET", url: "/api/health" });
    expect(r.json()).toMatchObject({ error: "Too Many Requests", statusCode: 429 });
    expect(r.headers["retry-after"]).toBeDefined();
  });
});
