// Several callers or hosts in one sentence: a list introduced by كل من / كلا من, or a noun that counts
// two (اتصالين، لقاءين), is one encounter of each listed person with the one other party. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-05-02" }));
}

/** "type: A + B" for each event, participants sorted, names cut to their last word. */
function lines(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => `${e.type}: ${e.participants.map((p) => byId.get(p)!.split(" ").pop()).sort().join(" + ")}`).sort();
}

describe("each of several callers or guests", () => {
  it("أجرى كل من X وY اتصالين هاتفيين مع Z: two calls", () => {
    expect(lines(analyse("أجرى كل من الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس اتصالين هاتفيين اليوم مع الرئيس الأوكراني فولوديمير زيلينسكي."))).toEqual([
      "phone_call: زيلينسكي + شولتس",
      "phone_call: زيلينسكي + ماكرون",
    ]);
  });

  it("تلقى Z اتصالين هاتفيين من كل من X وY: two calls", () => {
    expect(lines(analyse("تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اليوم اتصالين هاتفيين من كل من الرئيس التركي رجب طيب أردوغان والرئيس الإيراني مسعود بزشكيان."))).toEqual([
      "phone_call: أردوغان + ثاني",
      "phone_call: بزشكيان + ثاني",
    ]);
  });

  it("أجرى X اتصالين هاتفيين مع نظيريه A وB (no كل من): the noun counts two", () => {
    expect(lines(analyse("أجرى وزير الخارجية المصري بدر عبد العاطي أمس اتصالين هاتفيين مع نظيريه الإيراني عباس عراقجي والعماني بدر البوسعيدي."))).toEqual([
      "phone_call: البوسعيدي + العاطي",
      "phone_call: العاطي + عراقجي",
    ]);
  });

  it("استقبل X كلا من A وB of two states: a meeting with each", () => {
    expect(lines(analyse("استقبل الرئيس المصري عبد الفتاح السيسي اليوم كلا من وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين."))).toEqual([
      "meeting: السيسي + الصفدي",
      "meeting: السيسي + حسين",
    ]);
  });

  it("not: كلا من two persons of one state, a signing by كل من, a summit's delegates", () => {
    expect(lines(analyse("استقبل الرئيس اللبناني جوزاف عون اليوم كلا من السفيرة الأمريكية ليزا جونسون والمبعوث الأمريكي توم باراك."))).toEqual([
      "meeting: باراك + جونسون + عون",
    ]);
    expect(lines(analyse("وقع كل من وزير الخارجية السعودي فيصل بن فرحان ونظيره العماني بدر البوسعيدي مذكرة تفاهم اليوم."))).toHaveLength(1);
    expect(lines(analyse("شارك في الاجتماع الوزاري اليوم كل من وزير الخارجية السعودي فيصل بن فرحان والأردني أيمن الصفدي والمصري بدر عبد العاطي."))).toHaveLength(1);
  });
});
