// The article view's run splitter over real analyses and random spans: runs
// tile the text exactly, and each fact covers exactly its own spans.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collectFacts, selectionSpans, splitRuns, type Fact } from "../../src/web/article-facts.js";
import { analyseInputs, examplesDir } from "../server/fixture.js";

function checkTiling(length: number, facts: Fact[]) {
  const runs = splitRuns(length, facts);
  expect(runs[0]?.start ?? 0).toBe(0);
  for (let i = 1; i < runs.length; i++) expect(runs[i].start).toBe(runs[i - 1].end);
  expect(runs.at(-1)?.end ?? 0).toBe(length);
  for (const f of facts) {
    const valid = f.spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
    const covered = new Set<number>();
    for (const r of runs) if (r.facts.includes(f.id)) for (let i = r.start; i < r.end; i++) covered.add(i);
    const expected = new Set<number>();
    for (const s of valid) for (let i = s.start; i < s.end; i++) expected.add(i);
    expect(covered).toEqual(expected);
  }
}

describe("splitRuns", () => {
  it("tiles real articles and marks every fact's spans", async () => {
    const analyses = await analyseInputs([examplesDir]);
    expect(analyses.length).toBeGreaterThan(0);
    for (const a of analyses) {
      const facts = collectFacts(a);
      checkTiling(a.text.length, facts);
      for (const q of a.quotes) expect(selectionSpans(a, `quote:${q.id}`)).toEqual([{ start: q.start, end: q.end }]);
    }
  });

  it("holds for any spans, including empty, reversed and out-of-range ones", () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    const fact = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), kind: fc.constant("entity" as const), spans: fc.array(span, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.uniqueArray(fact, { selector: (f) => f.id, maxLength: 6 }), (length, facts) => {
        checkTiling(length, facts);
      }),
    );
  });

  it("orders covering facts outermost first, so a click picks the innermost", () => {
    const runs = splitRuns(20, [
      { id: "quote:q1", kind: "quote", spans: [{ start: 0, end: 20 }] },
      { id: "entity:e1", kind: "entity", spans: [{ start: 5, end: 9 }] },
    ]);
    expect(runs.find((r) => r.start === 5)?.facts).toEqual(["quote:q1", "entity:e1"]);
  });
});
