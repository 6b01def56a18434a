// No visit is read where a person goes home (وصل X إلى عاصمة بلده عائدا من …، تأتي زيارة جلالته بعد
// الزيارة التي قام بها Y إلى بلد جلالته) or where a visit is only planned (سيزور، من المقرر أن يزور،
// يعتزم زيارة). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-06-10" }));
}

/** Each visit as its participants' last words, in order. */
function visits(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === "visit").map((e) => e.participants.map((id) => byId.get(id)!.split(" ").pop()).join(" + "));
}

describe("a person going home visits nobody", () => {
  it("وصل X إلى عاصمة بلده عائدا من …", () => {
    const a = analyse("وصل الرئيس الكيني وليام روتو إلى نيروبي اليوم عائدا من أديس أبابا بعد مشاركته في القمة.");
    expect(visits(a).some((v) => v.includes("روتو") && v.includes("نيروبي"))).toBe(false);
  });

  it("his visit after his host's earlier visit to his own country: only the host's visit there", () => {
    const a = analyse(
      "وصل الرئيس الغاني جون ماهاما اليوم إلى أبوجا في زيارة رسمية. وتأتي زيارة الرئيس ماهاما بعد عام من الزيارة التي قام بها الرئيس النيجيري بولا تينوبو إلى غانا.",
    );
    const v = visits(a);
    expect(v.some((x) => x.startsWith("ماهاما") && x.endsWith("غانا"))).toBe(false);
    expect(v).toContain("تينوبو + غانا");
  });
});

describe("a planned visit is not one made", () => {
  it.each([
    "ومن المقرر أن يزور رئيس الوزراء الكندي مارك كارني المكسيك الشهر المقبل.",
    "وقال المتحدث إن الرئيس الكوري الجنوبي لي جيه ميونغ سيزور اليابان قريبا.",
    "ويعتزم وزير الخارجية الفيتنامي بوي ثانه سون زيارة كمبوديا في الأسبوع المقبل.",
  ])("%s", (text) => {
    expect(visits(analyse(text))).toEqual([]);
  });
});
