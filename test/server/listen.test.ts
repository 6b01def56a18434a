// The real listening server (port 0): the API, the OpenAPI document and the
// web app's page over a socket, as a browser or curl sees them.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { makeCorpus, type Corpus } from "./fixture.js";
import { buildWebApp } from "../web/build.js";

let corpus: Corpus;
let app: FastifyInstance;
let base: string;
let webRoot: string;

beforeAll(async () => {
  webRoot = await buildWebApp();
  corpus = await makeCorpus();
  app = await buildServer({ store: corpus.store, webRoot });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  if (!addr || typeof addr === "string") throw new Error("server has no port");
  base = `http://127.0.0.1:${addr.port}`;
});

afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe("listening server", () => {
  it("serves the RTL web app with its assets under the CSP", async () => {
    expect(existsSync(join(webRoot, "index.html"))).toBe(true);
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // No inline script: every <script> has a src on this origin.
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/src="\/assets\//);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("answers the API and the OpenAPI document over HTTP", async () => {
    const stats = await (await fetch(`${base}/api/stats`)).json();
    expect(stats.articles).toBe(new Set(corpus.analyses.map((a) => a.id)).size);
    const search = await fetch(`${base}/api/search?q=${encodeURIComponent("وزير")}&limit=3`);
    expect(search.status).toBe(200);
    expect((await search.json()).items.length).toBeGreaterThan(0);
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(10);
    const bad = await fetch(`${base}/api/events?unknown=1`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
  });

  it("refuses writes when started without a token", async () => {
    const r = await fetch(`${base}/api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(r.status).toBe(403);
  });
});
