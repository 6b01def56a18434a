// The entity stage over the real seed articles (../shared/seeds) and the project's examples:
// spans are exact slices, and entity F1 by the evaluation contract's rules stays above a floor.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { toArticle } from "../../src/ingest/article.js";
import { readInputs } from "../../src/ingest/read.js";
import { buildDoc } from "../../src/text/doc.js";
import type { Article, Entity } from "../../src/types.js";
import { goldPath, hasShared, repoRoot, seedsDir, sharedDir } from "../shared.js";

async function articlesIn(dir: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([dir])) if (item.ok) out.push(toArticle(item.raw));
  return out;
}

/** Entity F1 from ../shared/eval/score.mjs (the contract's scorer) over the entity stage's output. */
function scoreEntities(gold: string, analysed: Array<{ article: Article; entities: Entity[] }>): { F1: number; P: number; R: number } {
  const dir = mkdtempSync(join(tmpdir(), "rasd-entities-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, analysed.map(({ article, entities }) => JSON.stringify({ id: article.id, entities, events: [], quotes: [] })).join("\n") + "\n");
  const out = execFileSync(process.execPath, [join(sharedDir, "eval", "score.mjs"), "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
  return JSON.parse(out).entities;
}

describe.skipIf(!hasShared)("entities over ../shared/seeds", () => {
  it("give mentions whose text is the slice they point to, and reach the F1 floor", async () => {
    const articles = await articlesIn(seedsDir);
    expect(articles.length).toBeGreaterThanOrEqual(5);
    const analysed = articles.map((article) => ({ article, entities: recognizeEntities(buildDoc(article)) }));
    for (const { article, entities } of analysed) {
      const ids = new Set<string>();
      for (const e of entities) {
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        // The one entity without a mention: the outlet named only in a line cleaning dropped (credited-outlet.ts).
        const credited = e.key.startsWith("org:outlet_") && (article.credited?.length ?? 0) > 0;
        if (!credited) expect(e.mentions.length).toBeGreaterThan(0);
        for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    const s = scoreEntities(goldPath, analysed);
    expect(s.F1).toBeGreaterThanOrEqual(0.93);
  });
});

const examplesGold = join(repoRoot, "examples", "expected.json");
describe.skipIf(!hasShared || !existsSync(examplesGold))("entities over examples/", () => {
  it("reach the F1 floor on the project's own example articles", async () => {
    const articles = await articlesIn(join(repoRoot, "examples"));
    const analysed = articles.map((article) => ({ article, entities: recognizeEntities(buildDoc(article)) }));
    const s = scoreEntities(examplesGold, analysed);
    expect(s.F1).toBeGreaterThanOrEqual(0.9);
  });
});
