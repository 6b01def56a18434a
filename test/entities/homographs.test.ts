// Names that are also ordinary words of news writing (sentences written for these tests): حسن in
// construct with a noun (حسن النية، حسن الجوار) and مالي as the adjective "financial".
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { docOf, entitiesOf } from "./helpers.js";

const tagged = (text: string) => recognizeEntities(docOf(text));

describe("a name that is also a word, in construct with a noun", () => {
  it("makes no person of حسن النية or حسن الجوار", () => {
    for (const text of [
      "وأكد الوزير أن بلاده أبدت قدرا كبيرا من المرونة وحسن النية طوال المفاوضات.",
      "ودعا البيان إلى إقامة علاقات حسن الجوار بين البلدين الجارين.",
      "وشكر الرئيس مضيفيه على حسن الاستقبال وكرم الضيافة.",
    ]) {
      expect(tagged(text).filter((e) => e.type === "PER")).toHaveLength(0);
    }
  });

  it("keeps حسن as a given name before a family name", () => {
    const { entities } = entitiesOf("واستقبل الرئيس حسن روحاني وزير الخارجية الياباني.");
    expect(entities.some((e) => e.type === "PER" && e.name === "حسن روحاني")).toBe(true);
  });
});

describe("مالي, the state or the adjective", () => {
  it("reads مالي after a noun it qualifies as the adjective", () => {
    for (const text of [
      "وربط الجانب الخليجي أي دعم مالي كبير بإصلاحات اقتصادية واضحة.",
      "وتعاني الحكومة من عجز مالي متزايد منذ سنوات.",
      "وتعهد الصندوق بتقديم عون مالي عاجل للاجئين.",
    ]) {
      const { entities } = entitiesOf(text);
      expect(entities.some((e) => e.name === "مالي")).toBe(false);
    }
  });

  it("keeps the state after a title, a preposition or a verb", () => {
    for (const text of ["واستقبل الوزير رئيس مالي في قصر الضيافة.", "ووصل الوزير إلى باماكو في زيارة إلى مالي تستغرق يومين.", "وزار الوفد مالي الأسبوع الماضي."]) {
      const { entities } = entitiesOf(text);
      expect(entities.some((e) => e.name === "مالي" && e.type === "GPE")).toBe(true);
    }
  });
});
