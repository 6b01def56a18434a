import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAnercorpSplit, readAqmar, readFane } from "../../../src/entities/tagger/corpora.js";
import { LABELS } from "../../../src/entities/tagger/labels.js";
import { hasShared, sharedDir } from "../../shared.js";

const ner = join(sharedDir, "data", "ner");

describe.skipIf(!hasShared)("NER corpora readers", () => {
  it("re-derives the ANERcorp CAMeL split: about 125k train / 25k test tokens, sentences end at periods", () => {
    const { train, test } = readAnercorpSplit(join(ner, "anercorp-original", "ANERCorp"));
    const count = (s: { words: string[] }[]) => s.reduce((a, x) => a + x.words.length, 0);
    const total = count(train) + count(test);
    expect(total).toBe(150095); // 150,286 tokens less the 191 that are empty once U+200F is removed
    expect(Math.abs(count(test) - 25008)).toBeLessThan(60);
    for (const s of train.slice(0, -1)) expect(s.words[s.words.length - 1]).toMatch(/^\.+$/);
    const words = new Set(test.flatMap((s) => s.words));
    expect(words.has("\u200F")).toBe(false);
    for (const s of [...train, ...test]) for (const l of s.labels) expect(LABELS).toContain(l);
  });
  it("reads AQMAR articles and WikiFANE with four classes", () => {
    const aqmar = readAqmar(join(ner, "aqmar"));
    expect(aqmar.length).toBe(28);
    expect(aqmar.flatMap((a) => a.sentences).reduce((a, s) => a + s.words.length, 0)).toBe(73853);
    const wiki = readFane(join(ner, "fane-gold", "WikiFANE_Gold_2014_500K.txt"));
    expect(wiki.length).toBeGreaterThan(15000);
    const labels = new Set(wiki.flatMap((s) => s.labels));
    expect([...labels].sort()).toEqual([...LABELS].sort());
    // و is re-attached to the following word, as in running text (33k split-off و in the file)
    expect(wiki.reduce((a, s) => a + s.words.filter((w) => w === "و").length, 0)).toBeLessThan(1000);
  });
});
