// Ingest over the shared seeds: outlet, published and dateline against the gold file, and
// span integrity of everything analyzeArticle returns. Skips when ../shared is absent.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { goldPath, hasShared, seedsDir } from "../shared.js";
import { readInputs } from "../../src/ingest/read.js";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis, TextSpan } from "../../src/types.js";
import { statementsOf } from "../../src/quotes/statements-of.js";

interface GoldArticle {
  id: string;
  outlet: string | null;
  published: string | null;
}

async function analyses(): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const item of readInputs([seedsDir])) {
    if (!item.ok) throw new Error(`seed failed to read: ${item.error.source}: ${item.error.message}`);
    out.push(analyzeArticle(toArticle(item.raw)));
  }
  return out;
}

/** Every span in an analysis, with where it sits, for the integrity check. */
function spans(a: Analysis): [string, TextSpan][] {
  const out: [string, TextSpan][] = [];
  if (a.dateline) out.push(["dateline", a.dateline]);
  for (const e of a.entities)
    for (const m of e.mentions) {
      out.push([`entity ${e.id}`, m]);
      if (m.role) out.push([`role of ${e.id}`, m.role]);
    }
  for (const ev of a.events) out.push([`trigger ${ev.id}`, ev.trigger], [`evidence ${ev.id}`, ev.evidence]);
  for (const q of statementsOf(a)) out.push([`quote ${q.id}`, q]);
  for (const g of a.agreements) out.push([`agreement ${g.id}`, g]);
  return out;
}

describe.skipIf(!hasShared)("ingest over the shared seeds", () => {
  const gold = hasShared ? (JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] }).articles : [];
  let all: Analysis[] = [];
  beforeAll(async () => {
    all = await analyses();
  });

  it("gets outlet and published right for every seed", async () => {
    const byId = new Map(all.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(gold.map((g) => g.id).sort());
    for (const g of gold) {
      const a = byId.get(g.id)!;
      expect({ id: g.id, outlet: a.outlet }).toEqual({ id: g.id, outlet: g.outlet });
      expect({ id: g.id, published: a.published }).toEqual({ id: g.id, published: g.published });
    }
  });

  it("finds a dateline exactly where the article opens with one, and its date agrees with the text", async () => {
    for (const a of all) {
      const gold = a.published;
      if (!a.dateline) continue;
      expect(a.text.slice(a.dateline.start, a.dateline.end)).toBe(a.dateline.text);
      // A dateline opens a body paragraph.
      expect(a.dateline.start === 0 || a.text[a.dateline.start - 1] === "\n").toBe(true);
      if (a.dateline.date && gold) {
        const days = Math.abs(Date.parse(a.dateline.date) - Date.parse(gold)) / 86_400_000;
        expect(days).toBeLessThanOrEqual(2);
      }
    }
    const withDateline = all.filter((a) => a.dateline).map((a) => a.id);
    // Every seed whose gold states a publication date opens with a dateline; it must be found.
    for (const g of gold.filter((x) => x.published)) expect(withDateline).toContain(g.id);
  });

  it("keeps every span equal to the text it points into", async () => {
    for (const a of all) {
      for (const [where, s] of spans(a)) {
        expect({ id: a.id, where, text: a.text.slice(s.start, s.end) }).toEqual({ id: a.id, where, text: s.text });
      }
    }
  });

  it("drops web furniture from the seeds but keeps their bodies", async () => {
    for (const a of all) {
      expect(a.text).not.toMatch(/الصفحة الرئيسية\s*>>/);
      expect(a.text).not.toMatch(/^(?:مشاركة\s*:|صور ساخنة)$/m);
      expect(a.text.length).toBeGreaterThan(1000);
    }
  });
});
