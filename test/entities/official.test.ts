// Official releases (palace, court and ministry bulletins): honorific titles, headline verbs,
// venues and adjectives inside titles. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { entitiesOf, names } from "./helpers.js";

const people = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

describe("a headline verb after a title or an honorific ends the phrase", () => {
  it("is never read as a name", () => {
    expect(people("الرئيس التنزاني يتلقى رسالة خطية من نظيره الكيني")).toEqual([]);
    expect(people("جلالة الملك المعظم يبعث برقية تهنئة إلى رئيس فنلندا")).toEqual([]);
    expect(people("خادم الحرمين الشريفين يتسلم رسالة من أمير الكويت")).toEqual([]);
    expect(people("رئيسة الوزراء تستقبل سفيرة هولندا")).toEqual([]);
  });
  it("nor is the greeting a title carries, or بكل", () => {
    expect(people("ونقل الوزير إلى فخامة الرئيس تحيات رئيس وزراء ماليزيا")).toEqual([]);
    expect(people("وجدد السفير لمعالي الوزير تهانيه بمناسبة العيد الوطني")).toEqual([]);
    expect(people("وقد قبل الرئيس الغابوني الدعوة بكل ترحيب")).toEqual([]);
  });
});

describe("a relative adjective after a title's complement stays in the title", () => {
  it("so the name after it is found", () => {
    expect(people("واجتمع مستشار الأمن القومي سليم الحداد بالوفد")).toEqual(["سليم الحداد"]);
    expect(people("وحضر وزير التعاون الإقليمي خليل منصوري الاجتماع")).toEqual(["خليل منصوري"]);
    expect(people("وقالت وزيرة الخارجية الغابونية ريجين ماسامبا إن")).toEqual(["ريجين ماسامبا"]);
  });
  it("a foreign name written with أل still begins the name", () => {
    expect(people("وصرح وزير الخارجية ألبرتو سانشيز بأن")).toEqual(["ألبرتو سانشيز"]);
  });
});

describe("a palace where something happens is a place", () => {
  it("after في, داخل, أمام or ب, with a definite name too", () => {
    for (const text of ["استقبل الأمير ضيفه في قصر السلام بجدة", "وجرت المراسم داخل قصر الضيافة", "تجمع المحتجون أمام قصر العروبة", "عقد الاجتماع بقصر الصنوبر"]) {
      const palace = entitiesOf(text).entities.find((e) => e.name.startsWith("قصر"));
      expect(palace?.type, text).toBe("LOC");
    }
  });
  it("but not a palace that speaks, nor قصر as shortness", () => {
    expect(names(entitiesOf("وأعلن قصر الإليزيه أن الزيارة أرجئت").entities)).not.toContain("قصر الإليزيه");
    expect(entitiesOf("وأشار إلى قصر المدة المتاحة").entities.filter((e) => e.type === "LOC")).toEqual([]);
  });
});
