// Ordinary words inflected as verbs, plurals or duals are no names (sentences written for rasd): a
// past dual (خسرتا), an imperfect dual whose stem begins with و (يواصلان), a feminine plural after a
// title with a state (مستجدات), a dual taken up by هما, and a law named by a proper name (قانون X),
// whose name is no person.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/entities/lexicon.js";
import { inflectedOrdinary } from "../../src/entities/ordinary.js";
import { entitiesOf, withTaggerSpan } from "./helpers.js";

describe("inflected ordinary words", () => {
  it("reads the stems of verbs and plurals against the common words", () => {
    const lex = getLexicon();
    expect(inflectedOrdinary(lex, "يوقعان")).toBe(true);
    expect(inflectedOrdinary(lex, "فقدتا")).toBe(true);
    expect(inflectedOrdinary(lex, "تطورات")).toBe(true);
    for (const name of ["ياسين", "يوهان", "بركات", "عرفات", "سلمان"]) expect(inflectedOrdinary(lex, name)).toBe(false);
  });

  it("keeps a tagger's span that opens with an inflected verb out", () => {
    expect(withTaggerSpan("قال الوزير إن الدولتين فقدتا برحيله صديقا كبيرا.", "فقدتا", "برحيله", "PER")).toEqual([]);
    expect(withTaggerSpan("البلدان يوقعان اتفاقا للتعاون في مجال الطاقة.", "يوقعان", "يوقعان", "LOC")).toEqual([]);
  });

  it("makes no name of a dual the next word takes up with هما", () => {
    expect(withTaggerSpan("وقال المتحدث إن البلدين جاران تجمعهما روابط عميقة.", "جاران", "جاران", "LOC")).toEqual([]);
    expect(withTaggerSpan("ووصل إلى المدينة الوزير غوران في زيارة.", "غوران", "غوران", "PER").map((c) => c.name)).toEqual(["غوران"]);
  });

  it("reads no name in a plural noun after a title with a state", () => {
    const people = entitiesOf("وبحث الوزير مع وزيرة الخارجية الكينية تطورات ملف المياه في المنطقة.").entities.filter((e) => e.type === "PER");
    expect(people).toEqual([]);
  });

  it("names a law by its proper name, with no person in it", () => {
    const found = entitiesOf("وتخضع الشركات لعقوبات بموجب قانون ماغنيتسكي الأمريكي منذ عامين.").entities;
    expect(found.some((e) => e.type === "MISC" && e.name.startsWith("قانون ماغنيتسكي"))).toBe(true);
    expect(entitiesOf("وأقر البرلمان قانون الاستثمار الجديد أمس.").entities.filter((e) => e.type === "MISC")).toEqual([]);
  });
});
