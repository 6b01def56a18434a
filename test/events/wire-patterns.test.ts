// Families of wire-copy patterns that a blind set showed the event stage missing, on
// sentences written for these tests and run through the whole pipeline (ingest, entities,
// events): dates restated in the lead, visits written without a plain "زار X البلد",
// titles that name another office, pair references and background mentions.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { articleAnchor } from "../../src/events/relative-dates.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis, Article } from "../../src/types.js";

function analyse(text: string, published: string | null = null): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** Events as "type:name+name" with participants' canonical names sorted, main ones only unless asked. */
function sigs(a: Analysis, all = false): string[] {
  const name = new Map(a.entities.map((e) => [e.id, e.key]));
  return a.events
    .filter((e) => all || e.main)
    .map((e) => `${e.type}:${e.participants.map((p) => name.get(p)).sort().join("+")}`);
}

describe("dates written in the lead", () => {
  it("اليوم الخميس 6 يونيو 2024: the weekday and the full date restating it date the event", () => {
    const a = analyse("أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس 6 يونيو 2024، اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.");
    const call = a.events.find((e) => e.type === "phone_call");
    expect(call?.date).toBe("2024-06-06");
  });

  it("أمس الأحد الموافق 9 مارس 2025 restates one day too", () => {
    const a = analyse("بعث العاهل الأردني الملك عبدالله الثاني أمس الأحد الموافق 9 مارس 2025 برقية تهنئة إلى الرئيس اللبناني جوزيف عون.");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2025-03-09");
  });

  it("a lead that states today's date anchors the article with no dateline or publication date", () => {
    const text = "الرباط -\nاستقبل رئيس الحكومة اليوم الاثنين 3 فبراير 2025 وفدا برلمانيا.\nوكان الوفد قد وصل أمس.";
    const article: Article = { id: "t", source: "t", rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null };
    expect(articleAnchor(article).candidates).toContain("2025-02-03");
    const wrongDay = { ...article, text: text.replace("الاثنين", "الجمعة") };
    expect(articleAnchor(wrongDay).candidates).not.toContain("2025-02-03");
  });
});

describe("visits", () => {
  it("وصل X مساء أمس الأربعاء إلى العاصمة الإماراتية أبوظبي على رأس وفد: a long subject before إلى", () => {
    const a = analyse(
      "وصل رئيس الوزراء الهندي ناريندرا مودي مساء أمس الأربعاء إلى العاصمة الإماراتية أبوظبي على رأس وفد رفيع، في زيارة رسمية تستمر يومين. وتربط الهند والإمارات علاقات وثيقة.",
      "2024-06-06",
    );
    expect(sigs(a)).toEqual(["visit:gpe:AE+per:modi"]);
  });

  it("إلى العاصمة الأردنية with no city named: the state of the adjective", () => {
    const a = analyse("وصل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم إلى العاصمة الأردنية على رأس وفد رسمي. وقال إن السعودية والأردن تربطهما علاقات متينة.");
    expect(sigs(a)).toEqual(["visit:gpe:JO+per:faisal_bin_farhan"]);
  });

  it("الذي يزور البلاد حاليا: the host is the country of the dateline", () => {
    const a = analyse(
      "مسقط - العمانية\nاستقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير الخارجية الإيراني عباس عراقجي الذي يزور البلاد حاليا. وبحث الجانبان العلاقات بين سلطنة عمان وإيران.",
    );
    expect(sigs(a)).toContain("visit:gpe:OM+per:araghchi");
    expect(sigs(a)).toContain("meeting:per:araghchi+per:badr_albusaidi");
  });

  it("talks in a capital في إطار جولة: a visit of the guest to the venue's state, not of the host", () => {
    const a = analyse(
      "أجرى المستشار الألماني أولاف شولتس اليوم محادثات مع الرئيس الكيني وليام روتو في نيروبي، في إطار جولة أفريقية تشمل أيضا نيجيريا. وقال شولتس إن ألمانيا تعد كينيا شريكا مهما.",
    );
    expect(sigs(a)).toContain("visit:gpe:KE+per:scholz");
    expect(sigs(a).filter((s) => s.startsWith("visit"))).toHaveLength(1);
  });
});

describe("titles naming another office", () => {
  it("المبعوث الخاص للرئيس الأمريكي X: the president is not a party", () => {
    const a = analyse(
      "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم المبعوث الخاص للرئيس الأمريكي إلى الشرق الأوسط ستيف ويتكوف. ونقل ويتكوف تحيات الرئيس دونالد ترامب إلى السيسي.",
    );
    expect(sigs(a)).toEqual(["meeting:per:sisi+per:witkoff"]);
  });
});
