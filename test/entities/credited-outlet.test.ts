// An outlet named only in lines cleaning drops (masthead, credit, copyright) is still an ORG of the
// article: annotators count it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";

const analyse = (text: string) => analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }));
const orgs = (text: string) => analyse(text).entities.filter((e) => e.type === "ORG");

const BODY = "بحث وزير الخارجية الأردني مع نظيره العماني اليوم الثلاثاء سبل تعزيز العلاقات الثنائية بين البلدين في المجالات كافة.";

describe("an outlet named in a dropped line", () => {
  it("a masthead line above the body makes the outlet an ORG with no mention in text", () => {
    const a = analyse(`الأردن وعمان يبحثان التعاون\n\nقناة العالم\nالثلاثاء 3 مارس 2020 - 10:15 بتوقيت غرينتش\n\n${BODY}`);
    expect(a.outlet).toBe("Al-Alam");
    const e = a.entities.find((x) => x.name_en === "Al-Alam");
    expect(e).toMatchObject({ type: "ORG", name: "قناة العالم", mentions: [] });
    expect(a.text).not.toContain("قناة العالم");
  });

  it("a copyright footer names it too, its form written without the proclitic", () => {
    const found = orgs(`الأردن وعمان يبحثان التعاون\n\n${BODY}\n\nجميع الحقوق محفوظة لمؤسسة الأهرام`);
    expect(found.map((e) => e.name)).toContain("مؤسسة الأهرام");
  });

  it("a mixed-script site line (TRT عربي) and a multi-word agency masthead", () => {
    expect(orgs(`عنوان الخبر عن التعاون\n\nTRT عربي\n22/04/2024\n\n${BODY}`).map((e) => e.name)).toContain("TRT عربي");
    expect(orgs(`عنوان الخبر عن التعاون\n\nوكالة تسنيم الدولية للأنباء\n2023/08/18\n\n${BODY}`).map((e) => e.name)).toContain("وكالة تسنيم الدولية للأنباء");
  });

  it("adds nothing where the body already names the outlet, or no line names one", () => {
    const both = orgs(`عنوان الخبر عن التعاون\n\nقناة العالم\n2020/03/03\n\nوقال الوزير لمراسل قناة العالم إن العلاقات جيدة. ${BODY}`);
    expect(both.filter((e) => e.name_en === "Al-Alam")).toHaveLength(1);
    expect(both.find((e) => e.name_en === "Al-Alam")!.mentions.length).toBeGreaterThan(0);
    expect(orgs(`عنوان الخبر عن التعاون\n\n${BODY}`).some((e) => e.key.startsWith("org:outlet_"))).toBe(false);
  });
});

describe("agencies of the Horn and Yemen in a dateline", () => {
  it("ENA's tag (إينا) is the agency, not a person; Saba's web name (سبأنت) after a city", () => {
    const ena = analyse(`عنوان الخبر عن التعاون\n\nأديس أبابا، 8 مارس 2022 (إينا) -- ${BODY}`);
    expect(ena.outlet).toBe("ENA");
    expect(ena.entities.find((e) => e.mentions.some((m) => m.text === "إينا"))?.type).toBe("ORG");
    const saba = analyse(`عنوان الخبر عن التعاون\nالثلاثاء 12 يوليو 2022\nعدن - سبأنت\n\n${BODY}`);
    expect(saba.outlet).toBe("Saba");
    expect(saba.entities.some((e) => e.type === "ORG" && e.name_en === "Saba")).toBe(true);
  });
});
