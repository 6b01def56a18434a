// A visit whose host state the article never names (only a city, the state as an adjective at most): the
// visitor(s) alone are its parties, the city its place (the tenth round's settled convention). Where the
// state is named, visitor + host state stays. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyse, parties } from "./pipeline-helpers.js";

const placeName = (a: ReturnType<typeof analyse>, type: string) => {
  const e = a.events.find((x) => x.type === type);
  return a.entities.find((x) => x.id === e?.place)?.name ?? null;
};

describe("a visit to a city of an unnamed state", () => {
  it("وصل X إلى مدينة جدة …، المسؤولين السعوديين: the visitor alone, Jeddah the place", () => {
    const a = analyse("جدة - وصل رئيس الوزراء الماليزي أنور إبراهيم إلى مدينة جدة مساء اليوم في زيارة رسمية يلتقي خلالها عددا من كبار المسؤولين السعوديين.", "2025-04-01");
    const v = parties(a, "visit");
    expect(v.length).toBe(1);
    expect(v[0]).toEqual(["أنور إبراهيم"]);
    expect(placeName(a, "visit")).toBe("جدة");
  });

  it("وصل X إلى الدوحة (a gazetteer city), the state only as an adjective: the visitor alone", () => {
    const a = analyse("وصل وزير الخارجية التركي هاكان فيدان إلى الدوحة اليوم في زيارة رسمية يبحث خلالها مع المسؤولين القطريين الملفات الإقليمية.", "2025-04-01");
    expect(parties(a, "visit")).toEqual([["هاكان فيدان"]]);
  });

  it("the host state named elsewhere in the article: visitor + host state", () => {
    const a = analyse("وصل وزير الخارجية التركي هاكان فيدان إلى الدوحة اليوم في زيارة رسمية. وتأتي الزيارة في إطار تعزيز العلاقات بين تركيا وقطر.", "2025-04-01");
    const v = parties(a, "visit");
    expect(v.length).toBe(1);
    expect(v[0]).toContain("قطر");
  });
});
