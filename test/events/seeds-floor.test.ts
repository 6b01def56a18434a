// Scorer floor over ../shared/seeds (skipped when absent): the event stage with the gold
// entities (so only this stage is measured) and the whole pipeline, scored by the shared scorer.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { readInputs } from "../../src/ingest/read.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { extractEvents } from "../../src/events/extract.js";
import { buildDoc } from "../../src/text/doc.js";
import type { Article } from "../../src/types.js";
import { goldPath, hasShared, seedsDir, sharedDir } from "../shared.js";
import { oracleEntities, type GoldEntity } from "./oracle.js";

async function seedArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([seedsDir])) if (item.ok) out.push(toArticle(item.raw));
  return out;
}

function score(lines: object[]): { events: { P: number; R: number; F1: number } } {
  const dir = mkdtempSync(join(tmpdir(), "rasd-events-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, lines.map((l) => JSON.stringify(l)).join("\n"));
  const out = execFileSync(process.execPath, [join(sharedDir, "eval", "score.mjs"), "--gold", goldPath, "--pred", pred, "--json"], {
    encoding: "utf8",
  });
  return JSON.parse(out);
}

describe.skipIf(!hasShared)("events on the seeds (shared scorer)", () => {
  it("with gold entities: events F1 >= 0.90", async () => {
    const gold = JSON.parse(readFileSync(goldPath, "utf8")).articles as { id: string; entities: GoldEntity[] }[];
    const lines = [];
    for (const article of await seedArticles()) {
      const g = gold.find((x) => x.id === article.id);
      if (!g) continue;
      const entities = oracleEntities(article.text, g.entities);
      lines.push({ id: article.id, entities, events: extractEvents(buildDoc(article), entities), quotes: [], text: article.text });
    }
    const s = score(lines);
    expect(s.events.F1).toBeGreaterThanOrEqual(0.9);
  });

  it("whole pipeline: events F1 >= 0.90", async () => {
    const s = score((await seedArticles()).map(analyzeArticle));
    expect(s.events.F1).toBeGreaterThanOrEqual(0.9);
  });
});
