// A meeting whose guest is an object pronoun (ثم استقبله الرئيس X، واستقبلهما X، التقاه X): the
// pronoun points back to the person(s) of the clause before, of another state than the host. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-06-10" }));
}

/** Each meeting as its participants' last words, sorted. */
function meetings(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((id) => byId.get(id)!.split(" ").pop()).sort().join(" + "));
}

describe("a meeting verb's object pronoun", () => {
  it("ثم استقبله X after the visitor's arrival: the visitor", () => {
    const a = analyse("وصل وزير الخارجية البرتغالي باولو رانجيل اليوم إلى تونس في زيارة رسمية. ثم استقبله الرئيس التونسي قيس سعيد في قصر قرطاج.");
    expect(meetings(a)).toEqual(["رانجيل + سعيد"]);
  });

  it("واستقبلهما X: each of the two visitors, one meeting each", () => {
    const a = analyse(
      "وصل وزير الخارجية الهولندي كاسبار فيلدكامب ووزيرة التجارة الهولندية راينيته كليفر اليوم إلى عمّان. واستقبلهما رئيس الوزراء الأردني جعفر حسان في دار الرئاسة.",
    );
    expect(meetings(a).sort()).toEqual(["حسان + فيلدكامب", "حسان + كليفر"]);
  });

  it("التقاه X after a meeting with the host: the guest, not his compatriot host", () => {
    const a = analyse(
      "استقبل الرئيس الكيني وليام روتو اليوم في نيروبي وزير الخارجية الياباني تاكيشي إيوايا. وعقب ذلك التقاه وزير الخارجية الكيني موساليا مودافادي.",
    );
    expect(meetings(a).sort()).toEqual(["إيوايا + روتو", "إيوايا + مودافادي"]);
  });

  it("التقتها X: the woman the feminine pronoun points to", () => {
    const a = analyse(
      "وصلت وزيرة الخارجية الأسترالية بيني وونغ اليوم إلى جاكرتا يرافقها وزير التجارة الأسترالي دون فاريل. والتقتها وزيرة الخارجية الإندونيسية سوجيونو في مقر الوزارة.",
    );
    expect(meetings(a)).toContain("سوجيونو + وونغ");
    expect(meetings(a).some((m) => m.includes("فاريل") && m.includes("سوجيونو"))).toBe(false);
  });

  it("no person before the pronoun: no meeting", () => {
    const a = analyse("أعلنت الحكومة اليوم خطة جديدة للنقل العام. واستقبله رئيس الوزراء المغربي عزيز أخنوش.");
    expect(meetings(a)).toEqual([]);
  });
});
