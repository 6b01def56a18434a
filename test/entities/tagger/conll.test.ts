import { describe, expect, it } from "vitest";
import { readConll, writeConlleval } from "../../../src/entities/tagger/conll.js";

describe("CoNLL reader and writer", () => {
  it("reads tokens and last-column tags, sentences split by blank lines", () => {
    const text = "\uFEFFزار B-X-ignored O\nرئيس O\nالوزراء O\n\n\nباريس NNP B-LOC\n.\tO\n";
    const s = readConll(text.replace("B-X-ignored ", ""), "t.conll");
    expect(s).toEqual([
      { words: ["زار", "رئيس", "الوزراء"], tags: ["O", "O", "O"] },
      { words: ["باريس", "."], tags: ["B-LOC", "O"] },
    ]);
  });
  it("names file and line on a malformed line", () => {
    expect(() => readConll("زار O\nبلا\n", "bad.conll")).toThrow(/bad\.conll:2/);
    expect(() => readConll("زار PERSON\n", "bad.conll")).toThrow(/bad\.conll:1.*BIO/);
  });
  it("writes token gold predicted with blank lines between sentences", () => {
    const out = writeConlleval([
      { words: ["أ", "ب"], gold: ["B-PER", "O"], pred: ["B-PER", "B-LOC"] },
      { words: ["ج"], gold: ["O"], pred: ["O"] },
    ]);
    expect(out).toBe("أ B-PER B-PER\nب O B-LOC\n\nج O O\n\n");
  });
});
