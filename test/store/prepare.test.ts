// What the store derives from an analysis must not depend on the shortcuts prepareAnalysis takes:
// the body tokens handed over by the worker, and the packed JSON cut out of the whole JSON.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { packAnalysis, prepareAnalysis } from "../../src/store/prepare.js";
import { tokenize } from "../../src/text/tokenize.js";
import type { Analysis } from "../../src/types.js";
import { fixtureAnalyses } from "./fixtures.js";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The fixtures, and one whose strings hold what the cut must not be fooled by. */
function analyses(): Analysis[] {
  const tricky = { ...fixtureAnalyses()[0] };
  const { text, ...rest } = tricky;
  // Written for this test: the key's own spelling inside strings, quotes and backslashes.
  return [
    ...fixtureAnalyses(),
    { ...rest, title: 'قال ,"text": "x"', text: `${text} ,"text":"\\" \\\\",\n"text" ,\\"text\\":` },
  ];
}

describe("prepareAnalysis", () => {
  it("gives the same result with the body's tokens handed over", () => {
    for (const a of analyses()) {
      const alone = prepareAnalysis(a);
      expect(prepareAnalysis(a, tokenize(a.text))).toEqual(alone);
    }
  });

  it("packs the analysis without its text and hashes the whole JSON", () => {
    for (const a of analyses()) {
      const p = prepareAnalysis(a);
      expect(p.packed).toBe(packAnalysis(a));
      expect(p.hash).toBe(sha256(JSON.stringify(a)));
    }
  });

  it("takes the slow path when text is not the last field", () => {
    const { text, ...rest } = fixtureAnalyses()[0];
    const a = { text, ...rest } as Analysis;
    const p = prepareAnalysis(a);
    expect(p.packed).toBe(packAnalysis(a));
    expect(p.hash).toBe(sha256(JSON.stringify(a)));
  });
});
