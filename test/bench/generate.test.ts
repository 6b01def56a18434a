import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticles, writeCorpus } from "../../src/bench/generate.js";
import type { GeneratedArticle } from "../../src/bench/article.js";
import { EVENT_TYPES } from "../../src/types.js";
import { inOffice, loadActors } from "../../src/bench/actors.js";
import { Rng, seedFrom } from "../../src/bench/prng.js";
import { readInputs } from "../../src/ingest/read.js";
import { toArticle } from "../../src/ingest/article.js";
import { repoRoot } from "../shared.js";

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), "rasd-gen-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const sample: GeneratedArticle[] = [...generateArticles(400, 11)];

describe("PRNG", () => {
  it("is a pure function of seed and stream", () => {
    const a = new Rng(5, 3);
    const b = new Rng(5, 3);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(new Rng(5, 4).next()).not.toBe(xs[0]);
  });

  it("turns numeric and text seeds into 32-bit numbers", () => {
    expect(seedFrom("42")).toBe(42);
    expect(seedFrom(42)).toBe(42);
    expect(seedFrom("demo")).toBe(seedFrom("demo"));
    expect(seedFrom("demo")).not.toBe(seedFrom("demo2"));
  });
});

describe("rasd bench generate", () => {
  it("writes the same bytes for the same seed, other bytes for another seed", async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await writeCorpus({ n: 120, seed: 7, outDir: a, shardSize: 50 });
    await writeCorpus({ n: 120, seed: 7, outDir: b, shardSize: 50 });
    await writeCorpus({ n: 120, seed: 8, outDir: c, shardSize: 50 });
    const files = readdirSync(a).sort();
    expect(files).toEqual(["corpus-00000.jsonl", "corpus-00001.jsonl", "corpus-00002.jsonl"]);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f)))).toBe(true);
    expect(readFileSync(join(c, files[0])).equals(readFileSync(join(a, files[0])))).toBe(false);
  });

  it("makes article i independently of the ones before it", () => {
    const [tenth] = generateArticles(11, 11, { start: 10 });
    expect(tenth).toEqual(sample[10]);
  });

  it("writes one .txt file per article in the txt format", async () => {
    const d = tmp();
    const s = await writeCorpus({ n: 30, seed: 3, outDir: d, format: "txt" });
    expect(s.articles).toBe(30);
    const files = readdirSync(join(d, "0000"));
    expect(files).toHaveLength(30);
    expect(readFileSync(join(d, "0000", files[0]), "utf8")).toMatch(/[\u0600-\u06FF]/);
  });

  it("makes articles of about 4 KB", () => {
    const sizes = sample.map((a) => Buffer.byteLength(a.text, "utf8"));
    const mean = sizes.reduce((x, y) => x + y, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3600);
    expect(mean).toBeLessThan(4600);
    expect(Math.min(...sizes)).toBeGreaterThan(3000);
    expect(Math.max(...sizes)).toBeLessThan(6000);
  });

  it("covers every event type, many outlets, and both quotation styles", () => {
    expect(new Set(sample.map((a) => a.truth.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(sample.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(12);
    expect(sample.some((a) => /«[^»]+»/.test(a.text))).toBe(true);
    expect(sample.some((a) => /"[^"]+"/.test(a.text))).toBe(true);
    for (const cue of ["قال", "أكد", "أشار", "أوضح", "شدد", "أعرب", "دعا", "حث", "مضيفا", "من جانبه", "وفقا لما"]) {
      expect(sample.some((a) => a.text.includes(cue)), cue).toBe(true);
    }
    expect(sample.some((a) => /اتفق الجانبان|أكد الجانبان/.test(a.text))).toBe(true);
  });

  it("gives every record the JSONL article fields, with outlets the project knows", () => {
    const outlets = JSON.parse(readFileSync(join(repoRoot, "data/outlets.json"), "utf8")) as { outlets: { name_en: string }[] };
    const known = new Set(outlets.outlets.map((o) => o.name_en));
    for (const a of sample) {
      expect(a.id).toMatch(/^bench-11-\d{7}$/);
      expect(a.url).toMatch(/^https:\/\//);
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.published >= "2019-01-01" && a.published <= "2026-06-30").toBe(true);
      expect(known.has(a.outlet), a.outlet).toBe(true);
      expect(a.truth.statements).toBeGreaterThan(0);
    }
  });

  it("names only people who held their office on the article's date", () => {
    const actors = loadActors();
    for (const a of sample) {
      for (const name of a.truth.participants) {
        const held = [...actors.people, ...actors.organisations.map((o) => ({ name: o.head, from: o.from, to: o.to }))]
          .filter((p) => p.name === name)
          .some((p) => inOffice(p, a.truth.date) || inOffice(p, a.published));
        expect(held, `${name} on ${a.truth.date}`).toBe(true);
      }
    }
  });

  it("is read back by rasd's own ingest, which finds outlet and date in the text alone", async () => {
    const d = tmp();
    await writeCorpus({ n: 60, seed: 21, outDir: d });
    const byId = new Map([...generateArticles(60, 21)].map((a) => [a.id, a]));
    let n = 0;
    for await (const item of readInputs([d])) {
      expect(item.ok).toBe(true);
      if (!item.ok) continue;
      n++;
      const article = toArticle({ ...item.raw, outlet: null, published: null });
      const want = byId.get(item.raw.id)!;
      expect(article.outlet).toBe(want.outlet);
      expect(article.published).toBe(want.published);
    }
    expect(n).toBe(60);
  });
});

describe("actor table", () => {
  it("adds the gazetteer's office-holders to the hand-written table", () => {
    const own = loadActors(undefined, null);
    const all = loadActors();
    expect(own.countries.map((c) => c.code)).toContain("SA");
    expect(all.people.length).toBeGreaterThan(own.people.length);
    expect(all.countries.filter((c) => c.gazetteer).every((c) => c.adj.startsWith("ال") && !own.countries.some((o) => o.code === c.code))).toBe(true);
  });
});
