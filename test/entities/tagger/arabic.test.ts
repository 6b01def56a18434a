import { describe, expect, it } from "vitest";
import { foldWord, segment, shapeOf } from "../../../src/entities/tagger/arabic.js";

describe("foldWord", () => {
  it("drops diacritics, tatweel and direction marks and folds letter variants", () => {
    expect(foldWord("أَعْلَنَ")).toBe("اعلن");
    expect(foldWord("إيران\u200F")).toBe("ايران");
    expect(foldWord("القاهرة")).toBe("القاهره");
    expect(foldWord("مستشفى")).toBe("مستشفي");
    expect(foldWord("عـــام")).toBe("عام");
    expect(foldWord("٢٠٢٣")).toBe("2023");
    expect(foldWord("NATO")).toBe("nato");
  });
  it("returns the same string when nothing folds", () => {
    const w = "سوريا";
    expect(foldWord(w)).toBe(w);
  });
});

describe("segment", () => {
  it("separates conjunction, preposition and article", () => {
    expect(segment(foldWord("وبالصين"))).toMatchObject({ pre: "وب", base: "صين", article: true });
    expect(segment(foldWord("للأمم"))).toMatchObject({ pre: "ل", base: "امم", article: true });
    expect(segment(foldWord("وفرنسا"))).toMatchObject({ pre: "و", base: "فرنسا", article: false });
    expect(segment(foldWord("الرياض"))).toMatchObject({ pre: "", base: "رياض", article: true });
  });
  it("leaves short words whole", () => {
    expect(segment("وزن")).toMatchObject({ pre: "", base: "وزن" });
    expect(segment("في")).toMatchObject({ pre: "", base: "في" });
  });
  it("strips a pronoun suffix only into the stem", () => {
    const s = segment(foldWord("سفيرها"));
    expect(s).toMatchObject({ base: "سفيرها", stem: "سفير" });
  });
});

describe("shapeOf", () => {
  it("classifies scripts", () => {
    expect(shapeOf("بغداد")).toBe("ar");
    expect(shapeOf("opec")).toBe("latin");
    expect(shapeOf("1999")).toBe("digit");
    expect(shapeOf("«")).toBe("punct");
    expect(shapeOf("g20")).toBe("mixed");
  });
});
