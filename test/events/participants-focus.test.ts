// analyseEvents keeps a first-pass participant result for the second pass when the result says
// the pair in focus played no part in it (focusFree): check that claim against a recomputation
// under other pairs, for every trigger of generated wire reports.
import { describe, expect, it } from "vitest";
import { generateArticles } from "../../src/bench/generate.js";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { docContext } from "../../src/events/context.js";
import { resolveParticipants } from "../../src/events/participants.js";
import { findTriggers } from "../../src/events/triggers.js";
import { buildDoc } from "../../src/text/doc.js";

describe("resolveParticipants' focusFree", () => {
  it("marks exactly the results that no pair in focus changes", () => {
    let free = 0;
    let bound = 0;
    let changed = 0;
    for (const g of generateArticles(80, 5)) {
      const doc = buildDoc({ id: g.id, source: g.id, rawHash: "", text: g.text, title: null, outlet: null, published: g.published, dateline: null, url: null });
      const ctx = docContext(doc, recognizeEntities(doc));
      const persons = ctx.entities.filter((e) => e.type === "PER").map((e) => e.id);
      const pairs = [persons.slice(0, 2), persons.slice(-2), [...persons].reverse()];
      for (const t of findTriggers(ctx)) {
        const alone = resolveParticipants(ctx, t.type, t.sentence, t.tokenStart, t.tokenEnd, { pair: [] });
        const others = pairs.map((pair) => resolveParticipants(ctx, t.type, t.sentence, t.tokenStart, t.tokenEnd, { pair }));
        if (alone.focusFree) {
          free++;
          for (const o of others) expect(o).toEqual(alone);
        } else {
          bound++;
          if (others.some((o) => JSON.stringify(o) !== JSON.stringify(alone))) changed++;
        }
      }
    }
    // Both kinds occur, and a result marked bound to the focus does change with it somewhere.
    expect(free).toBeGreaterThan(50);
    expect(bound).toBeGreaterThan(5);
    expect(changed).toBeGreaterThan(0);
  });
});
