// Spurious events (ninth blind round): one gathering written twice, … On sentences written for
// these tests and run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string, published: string | null = "2024-05-14"): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** Names of the participants of each event of a type, sorted. */
const persons = (a: Analysis, type: string) => {
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => name.get(p) ?? "").sort());
};

describe("one gathering written twice on one day", () => {
  it("القمة العربية الصينية … أعمال أول قمة عربية صينية برئاسة X وY: one multilateral event with all", () => {
    const a = analyse(
      "بحث الرئيس الصيني شي جين بينغ اليوم الجمعة مع الرئيس المصري عبد الفتاح السيسي، الذي يشارك في القمة العربية الصينية المنعقدة في الرياض، تعزيز التعاون الثنائي. " +
        "وانطلقت اليوم في الرياض أعمال أول قمة عربية صينية، برئاسة مشتركة لشي وولي العهد السعودي الأمير محمد بن سلمان، وبمشاركة قادة الدول العربية.",
    );
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].join()).toContain("السيسي");
    expect(gatherings[0].join()).toContain("محمد بن سلمان");
  });

  it("two gatherings of different names on one day stay two", () => {
    const a = analyse(
      "شارك الرئيس الفرنسي إيمانويل ماكرون اليوم الجمعة في القمة الأوروبية في بروكسل مع المستشار الألماني أولاف شولتس. " +
        "كما شارك ماكرون اليوم في قمة أفريقية مع الرئيس السنغالي ماكي سال.",
    );
    expect(persons(a, "multilateral").length).not.toBe(1);
  });
});

describe("a spokesperson named before the title", () => {
  it("وصرح X، المتحدث الرسمي باسم الرئاسة، بأن الرئيس … لقاء ثنائي: the spokesperson takes part in nothing", () => {
    const a = analyse(
      "استقبل الرئيس التونسي قيس سعيد، اليوم الثلاثاء، بقصر قرطاج، الرئيس السنغالي ماكي سال. " +
        "وصرح وليد الحجام، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس عقد مع ضيفه لقاء ثنائيا مغلقا تناول سبل تعزيز التعاون.",
    );
    const all = a.events.flatMap((e) => e.participants.map((p) => a.entities.find((x) => x.id === p)?.name ?? ""));
    expect(all.join()).not.toContain("الحجام");
    expect(persons(a, "meeting")).toHaveLength(1);
  });
});
