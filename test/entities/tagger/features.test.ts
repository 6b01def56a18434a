import { describe, expect, it } from "vitest";
import { analyse, extractFeatures, hash1, SLOTS } from "../../../src/entities/tagger/features.js";
import { PhraseGazetteer } from "../../../src/entities/tagger/gazetteer.js";

const none = { train: null, external: null };

describe("extractFeatures", () => {
  it("gives every token SLOTS hashed features, deterministic and non-zero where set", () => {
    const words = ["وصل", "وزير", "الخارجية", "إلى", "طوكيو"];
    const a = extractFeatures(words, none);
    const b = extractFeatures(words, none);
    expect(a.length).toBe(words.length * SLOTS);
    expect(Array.from(a)).toEqual(Array.from(b));
    for (let i = 0; i < words.length; i++) {
      const row = a.subarray(i * SLOTS, (i + 1) * SLOTS);
      expect(row.filter((h) => h !== 0).length).toBeGreaterThan(15);
    }
  });

  it("shares the clitic-free base between وطوكيو and طوكيو but not the whole-word feature", () => {
    const [x] = [extractFeatures(["وطوكيو"], none)];
    const [y] = [extractFeatures(["طوكيو"], none)];
    const fx = new Set(x);
    const fy = new Set(y);
    const shared = [...fx].filter((h) => fy.has(h));
    expect(shared.length).toBeGreaterThan(3);
    expect(fx.has(hash1(2, "طوكيو"))).toBe(false); // template W0 = 2 on the whole folded word
    expect(fy.has(hash1(2, "طوكيو"))).toBe(true);
  });

  it("depends on the neighbours", () => {
    const a = extractFeatures(["قال", "السيد", "مارتينيز"], none);
    const b = extractFeatures(["قال", "نهر", "مارتينيز"], none);
    const last = (f: Uint32Array) => Array.from(f.subarray(2 * SLOTS, 3 * SLOTS));
    expect(last(a)).not.toEqual(last(b));
  });
});

describe("PhraseGazetteer", () => {
  it("matches the longest phrase, with the first word's proclitics removed", () => {
    const g = new PhraseGazetteer();
    g.add(["الأمم", "المتحدة"], "ORG");
    g.add(["ألمانيا"], "LOC");
    g.add(["الأمم"], "MISC");
    const { folded, cores } = analyse(["وقالت", "للأمم", "المتحدة", "وألمانيا", "أمس"]);
    expect(cores[1]).toBe("الامم");
    const m = g.match(folded, cores);
    expect(m[0]).toBe(0);
    expect(m[1]).toBe(4 << 1); // ORG, first word
    expect(m[2]).toBe((4 << 1) | 1); // ORG, inside
    expect(m[3]).toBe(2 << 1); // LOC
    expect(m[4]).toBe(0);
  });
  it("round-trips through JSON", () => {
    const g = new PhraseGazetteer();
    g.add(["جامعة", "الدول", "العربية"], "ORG");
    const h = PhraseGazetteer.fromJSON(g.toJSON());
    expect(h.toJSON()).toEqual(g.toJSON());
  });
});
