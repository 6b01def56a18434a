// The HTTP API over a real SQLite store filled with real articles, through
// fastify's inject (no sockets). Writes, limits and the listening server have
// their own files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Analysis } from "../../src/types.js";
import { buildServer } from "../../src/server/app.js";
import { makeCorpus, type Corpus } from "./fixture.js";
import { statementsOf } from "../../src/quotes/statements-of.js";

let corpus: Corpus;
let app: FastifyInstance;

beforeAll(async () => {
  corpus = await makeCorpus();
  app = await buildServer({ store: corpus.store, webRoot: null });
});

afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
});

async function get(url: string) {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() as any };
}

function q(params: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
}

/** An Arabic word of the article's title (or text) long enough to be a content word. */
function wordOf(a: Analysis): string {
  const words = (a.title ?? a.text).match(/[\u0621-\u064A]{5,}/g) ?? [];
  return words[words.length > 1 ? 1 : 0];
}

function allSpans(a: Analysis): { start: number; end: number; text: string }[] {
  return [
    ...a.entities.flatMap((e) => e.mentions),
    ...a.events.flatMap((e) => [e.trigger, e.evidence]),
    ...statementsOf(a),
    ...a.agreements,
  ];
}

describe("corpus and meta", () => {
  it("has ingested real articles with facts", () => {
    expect(corpus.analyses.length).toBeGreaterThanOrEqual(12);
    expect(corpus.analyses.some((a) => a.entities.length > 0)).toBe(true);
  });

  it("reports health and read-only mode", async () => {
    const r = await get("/api/health");
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, backend: "sqlite", writable: false });
  });

  it("counts the corpus", async () => {
    const s = (await get("/api/stats")).json();
    expect(s.articles).toBe(new Set(corpus.analyses.map((a) => a.id)).size);
    expect(s.statements).toBe(corpus.analyses.reduce((n, a) => n + statementsOf(a).length, 0));
  });
});

describe("search", () => {
  it("finds an article by a word of its title, with highlighted snippet and facets", async () => {
    const a = corpus.analyses.find((x) => x.title) ?? corpus.analyses[0];
    const word = wordOf(a);
    const r = await get(`/api/search?${q({ q: word, limit: 50 })}`);
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.items.map((h: { id: string }) => h.id)).toContain(a.id);
    for (const hit of body.items) {
      expect(hit.snippet.highlights.length).toBeGreaterThan(0);
      for (const h of hit.snippet.highlights) expect(hit.snippet.text.slice(h.start, h.end).length).toBe(h.end - h.start);
    }
    expect(Array.isArray(body.facets.outlet)).toBe(true);
    const outletTotal = body.facets.outlet.reduce((n: number, f: { count: number }) => n + f.count, 0);
    expect(outletTotal).toBeLessThanOrEqual(body.total);
  });

  it("pages with limit and offset, keeping the total", async () => {
    const a = corpus.analyses[0];
    const word = "وزير";
    const all = (await get(`/api/search?${q({ q: word, limit: 100 })}`)).json();
    const first = (await get(`/api/search?${q({ q: word, limit: 1, offset: 0 })}`)).json();
    const second = (await get(`/api/search?${q({ q: word, limit: 1, offset: 1 })}`)).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(first.total).toBe(all.total);
    expect(first.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(first).toMatchObject({ limit: 1, offset: 0 });
    void a;
  });

  it("filters by outlet", async () => {
    const a = corpus.analyses.find((x) => x.outlet)!;
    const body = (await get(`/api/search?${q({ q: "وزير", outlet: a.outlet!, limit: 100 })}`)).json();
    for (const hit of body.items) expect(hit.outlet).toBe(a.outlet);
  });

  it("never lets a query inject full-text or SQL syntax", async () => {
    const hostile = ['"', '""', "NEAR(وزير الخارجية)", "*", "^وزير", "(((", ")", "وزير OR", "NOT", "AND AND", "'; DROP TABLE articles; --", "وزير\" OR 1=1 --", "col:وزير", "{وزير}", "\\"];
    for (const h of hostile) {
      for (const path of ["/api/search", "/api/statements"]) {
        const r = await get(`${path}?${q({ q: h })}`);
        expect([200, 400], `${path} query ${h}`).toContain(r.status);
        expect(r.json()).toHaveProperty(r.status === 200 ? "total" : "message");
      }
      for (const path of ["/api/entities", "/api/events", "/api/articles"]) {
        const param = path === "/api/entities" ? "q" : path === "/api/events" ? "actor" : "entity";
        expect((await get(`${path}?${q({ [param]: h })}`)).status, `${path} ${param}=${h}`).toBe(200);
      }
    }
    const s = (await get("/api/stats")).json();
    expect(s.articles).toBe(new Set(corpus.analyses.map((a) => a.id)).size);
  });
});

describe("input validation", () => {
  it("rejects unknown parameters with a JSON 400 naming them", async () => {
    const r = await get(`/api/search?${q({ q: "وزير", bogus: 1 })}`);
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ error: "Bad Request", statusCode: 400, message: expect.stringContaining('unknown parameter "bogus"') });
    for (const url of ["/api/events?colour=red", "/api/network?x=1", "/api/statements?speeker=a", "/api/articles/x?y=1", "/api/health?a=b"]) {
      expect((await get(url)).status, url).toBe(400);
    }
  });

  it("rejects bad values and missing required ones", async () => {
    for (const url of [
      "/api/search",
      "/api/search?q=",
      "/api/search?q=a&limit=0",
      "/api/search?q=a&limit=abc",
      "/api/search?q=a&limit=1000",
      "/api/search?q=a&offset=-1",
      "/api/search?q=a&from=yesterday",
      "/api/events?type=party",
      "/api/events/timeline?interval=year",
      "/api/entities?type=PERSON",
      "/api/export?format=xml",
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.json().message.length, url).toBeGreaterThan(0);
    }
  });

  it("bounds query length and URL length", async () => {
    expect((await get(`/api/search?${q({ q: "و".repeat(501) })}`)).status).toBe(400);
    expect((await get(`/api/search?${q({ q: "و".repeat(500) })}`)).status).toBe(200);
    const long = await get(`/api/search?q=${"a".repeat(5000)}`);
    expect(long.status).toBe(414);
    expect(long.json().error).toBe("URI Too Long");
  });

  it("answers unknown routes with JSON 404", async () => {
    const r = await get("/api/nothing-here");
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ error: "Not Found", statusCode: 404 });
  });
});

describe("articles", () => {
  it("lists articles with a total", async () => {
    const body = (await get("/api/articles?limit=5")).json();
    expect(body.total).toBe(new Set(corpus.analyses.map((a) => a.id)).size);
    expect(body.items.length).toBe(5);
  });

  it("returns every fact of an article with spans that match the text", async () => {
    for (const a of corpus.analyses) {
      const r = await get(`/api/articles/${encodeURIComponent(a.id)}`);
      expect(r.status).toBe(200);
      const stored = r.json();
      expect(stored.analysis.text).toBe(a.text);
      expect(stored.analysis.entities.length).toBe(a.entities.length);
      expect(stored.analysis.events.length).toBe(a.events.length);
      expect(stored.analysis.quotes.length).toBe(a.quotes.length);
      for (const s of allSpans(stored.analysis)) expect(stored.analysis.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("gives a JSON 404 for an unknown article", async () => {
    const r = await get("/api/articles/no-such-article");
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ error: "Not Found", statusCode: 404, message: 'no article with id "no-such-article"' });
  });
});

describe("entities", () => {
  it("lists entities most mentioned first and pages them", async () => {
    const body = (await get("/api/entities?limit=10")).json();
    expect(body.total).toBeGreaterThan(0);
    const counts = body.items.map((e: { articleCount: number }) => e.articleCount);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
  });

  it("builds a person's profile: roles over time, events, statements, co-occurring entities", async () => {
    const people = (await get("/api/entities?type=PER&limit=50")).json().items as { key: string; articleCount: number }[];
    expect(people.length).toBeGreaterThan(0);
    const person = people[0];
    const r = await get(`/api/entities/${encodeURIComponent(person.key)}`);
    expect(r.status).toBe(200);
    const p = r.json();
    expect(p.key).toBe(person.key);
    expect(p.articlesScanned).toBe(Math.min(person.articleCount, 100));
    expect(Array.isArray(p.roleHistory)).toBe(true);
    for (const role of p.roleHistory) {
      expect(role.articles).toBeGreaterThan(0);
      if (role.first && role.last) expect(role.first <= role.last).toBe(true);
    }
    expect(p.cooccurring.every((c: { key: string }) => c.key !== person.key)).toBe(true);
    expect(p.events).toMatchObject({ total: expect.any(Number), items: expect.any(Array) });
    for (const ev of p.events.items) expect(ev.participants.map((x: { key: string }) => x.key)).toContain(person.key);
    expect(p.statements).toMatchObject({ total: expect.any(Number), items: expect.any(Array) });
  });

  it("gives a JSON 404 for an unknown entity", async () => {
    expect((await get("/api/entities/per:nobody_at_all")).status).toBe(404);
  });
});

describe("events, timeline, network", () => {
  const eventsOf = (type?: string) => corpus.analyses.flatMap((a) => a.events.filter((e) => !type || e.type === type));

  it("filters events by type and pages them", async () => {
    const all = (await get("/api/events?limit=200")).json();
    expect(all.total).toBe(eventsOf().length);
    const type = eventsOf()[0]?.type ?? "meeting";
    const body = (await get(`/api/events?type=${type}&limit=200`)).json();
    expect(body.total).toBe(eventsOf(type).length);
    for (const ev of body.items) {
      expect(ev.type).toBe(type);
      expect(ev.participants.every((p: { name_en?: unknown }) => "name_en" in p)).toBe(true);
    }
  });

  it("counts events by month, week and day", async () => {
    const total = (await get("/api/events?limit=1")).json().total;
    for (const [interval, pattern] of [["month", /^\d{4}-\d{2}$/], ["week", /^\d{4}-\d{2}-\d{2}$/], ["day", /^\d{4}-\d{2}-\d{2}$/]] as const) {
      const t = (await get(`/api/events/timeline?interval=${interval}`)).json();
      expect(t.interval).toBe(interval);
      for (const b of t.buckets) expect(b.period).toMatch(pattern);
      const sum = t.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0);
      expect(sum).toBeLessThanOrEqual(total);
      expect(sum).toBeGreaterThan(0);
    }
    const weeks = (await get("/api/events/timeline?interval=week")).json().buckets as { period: string }[];
    for (const w of weeks) expect(new Date(`${w.period}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it("draws who met or called whom, and honours the date range", async () => {
    const net = (await get("/api/network?node_type=PER&node_type=GPE&node_type=ORG")).json();
    expect(net.nodes.length).toBeGreaterThan(0);
    const ids = new Set(net.nodes.map((n: { id: number }) => n.id));
    for (const e of net.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThanOrEqual(1);
    }
    const none = (await get("/api/network?from=2100-01-01")).json();
    expect(none.nodes).toEqual([]);
    expect(none.from).toBe("2100-01-01");
  });
});

describe("statements and export", () => {
  it("lists statements with speaker, date and outlet, by speaker and by words", async () => {
    const total = corpus.analyses.reduce((n, a) => n + statementsOf(a).length, 0);
    const all = (await get("/api/statements?limit=200")).json();
    expect(all.total).toBe(total);
    const withSpeaker = all.items.find((s: { speaker: unknown }) => s.speaker);
    if (withSpeaker) {
      const by = (await get(`/api/statements?${q({ speaker: withSpeaker.speaker.key })}`)).json();
      expect(by.total).toBeGreaterThanOrEqual(1);
      for (const s of by.items) expect([s.speaker?.key, ...s.speakers.map((x: { key: string }) => x.key)]).toContain(withSpeaker.speaker.key);
    }
    const s0 = all.items[0];
    const a = corpus.analyses.find((x) => x.id === s0.articleId)!;
    expect(a.text.slice(s0.start, s0.end)).toBe(s0.text);
  });

  it("exports every article as JSON Lines and events as CSV with a BOM", async () => {
    const jsonl = await get("/api/export?format=jsonl");
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers["content-type"]).toContain("application/x-ndjson");
    const lines = jsonl.body.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBe(new Set(corpus.analyses.map((a) => a.id)).size);
    expect(lines.every((l) => l.schema === "rasd.analysis/1")).toBe(true);
    const csv = await get("/api/export?format=csv");
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.headers["content-disposition"]).toContain("rasd-export.csv");
  });
});

describe("OpenAPI and headers", () => {
  it("publishes an OpenAPI document built from the route schemas", async () => {
    const doc = (await get("/openapi.json")).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ["/api/search", "/api/articles", "/api/articles/{id}", "/api/entities/{key}", "/api/events", "/api/events/timeline", "/api/network", "/api/statements", "/api/export"]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const qParam = doc.paths["/api/search"].get.parameters.find((p: { name: string }) => p.name === "q");
    expect(qParam).toMatchObject({ in: "query", required: true, schema: { maxLength: 500 } });
    expect(doc.paths["/api/articles"].post.security).toEqual([{ bearer: [] }]);
  });

  it("sends security headers with a strict Content-Security-Policy", async () => {
    for (const url of ["/api/health", "/api/nothing", "/openapi.json"]) {
      const r = await get(url);
      const csp = String(r.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBe("DENY");
      expect(r.headers["referrer-policy"]).toBe("no-referrer");
    }
  });
});
