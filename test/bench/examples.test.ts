// examples/ and its hand annotation (examples/expected.json) must agree: every id is an
// article rasd reads, and every annotated name and statement is in the cleaned text, read
// through rasd's own ingest (so the Windows-1256 file and the HTML page are decoded as users get them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/read.js";
import { toArticle } from "../../src/ingest/article.js";
import type { Article } from "../../src/types.js";
import { repoRoot } from "../shared.js";

interface GoldArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  entities: { key: string; type: string; names: string[] }[];
  events: { type: string; participants: string[]; date: string | null; main: boolean }[];
  quotes: { speaker: string; begins: string }[];
  statements: { attributed: number; joint: number };
}

// The comparison the scorer (../shared/eval/score.mjs) makes.
const norm = (s: string): string =>
  s.normalize("NFC").replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه")
    .replace(/ؤ/g, "و").replace(/ئ/g, "ي").replace(/[«»"]/g, "").replace(/\s+/g, " ").trim();

const gold = (JSON.parse(readFileSync(join(repoRoot, "examples/expected.json"), "utf8")) as { articles: GoldArticle[] }).articles;
const articles = new Map<string, Article>();
beforeAll(async () => {
  for await (const item of readInputs([join(repoRoot, "examples")])) {
    if (!item.ok) throw new Error(`examples: ${item.error.source}: ${item.error.message}`);
    articles.set(item.raw.id, toArticle(item.raw));
  }
});

describe("examples/", () => {
  it("has at least 14 articles, all annotated, covering every event type", () => {
    expect(articles.size).toBeGreaterThanOrEqual(14);
    expect(new Set(gold.map((g) => g.id))).toEqual(new Set(articles.keys()));
    const types = new Set(gold.flatMap((g) => g.events.map((e) => e.type)));
    expect([...types].sort()).toEqual(["consultation", "meeting", "message", "multilateral", "phone_call", "signing", "video_call", "visit"]);
  });

  it("annotates only names and statements the cleaned text contains", () => {
    for (const g of gold) {
      const text = norm(articles.get(g.id)!.text);
      for (const e of g.entities) {
        for (const name of e.names) {
          const n = norm(name);
          // A name written after ل loses the alef of its article (للجنة): the scorer accepts that too.
          expect(text.includes(n) || (n.startsWith("ال") && text.includes("ل" + n.slice(2))), `${g.id}: ${name}`).toBe(true);
        }
      }
      for (const q of g.quotes) expect(text.includes(norm(q.begins).split(" ").slice(0, 5).join(" ")), `${g.id}: ${q.begins}`).toBe(true);
      const keys = new Set(g.entities.map((e) => e.key));
      for (const ev of g.events) for (const p of ev.participants) expect(keys.has(p), `${g.id}: ${p}`).toBe(true);
      for (const q of g.quotes) expect(keys.has(q.speaker), `${g.id}: ${q.speaker}`).toBe(true);
      expect(g.statements.attributed).toBe(g.quotes.length);
    }
  });

  it("states outlet and publication date where the annotation says so, and rasd reads them", () => {
    for (const g of gold) {
      const a = articles.get(g.id)!;
      if (g.outlet) expect(a.outlet, g.id).toBe(g.outlet);
      if (g.published) expect(a.published, g.id).toBe(g.published);
    }
  });
});
