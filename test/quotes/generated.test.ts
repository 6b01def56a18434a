// Generated wire reports (src/bench, deterministic, written for the project)
// know how many statements they hold: every one is found, the direct ones as
// direct, and every span equals its slice — with no entities at all, so the
// count does not depend on the entity stage.
import { describe, expect, it } from "vitest";
import { loadActors } from "../../src/bench/actors.js";
import { generateArticle } from "../../src/bench/article.js";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { articleFromText } from "./oracle.js";

describe("generated wire reports", () => {
  it("finds exactly the statements the generator wrote", () => {
    const actors = loadActors();
    for (let i = 0; i < 60; i++) {
      const g = generateArticle(i, actors, { seed: 5 });
      const quotes = extractQuotes(buildDoc(articleFromText(g.id, g.text)), []);
      const single = quotes.filter((q) => !q.joint);
      expect([g.id, single.length, quotes.filter((q) => q.direct).length]).toEqual([g.id, g.truth.statements, g.truth.direct]);
      for (const q of quotes) {
        expect(q.text).toBe(g.text.slice(q.start, q.end));
        expect(q.cue).toBe(g.text.slice(q.cue_span.start, q.cue_span.end));
      }
    }
  });
});
