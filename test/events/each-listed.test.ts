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

  it("not: a signing by كل من, a summit's delegates", () => {
    expect(lines(analyse("وقع كل من وزير الخارجية السعودي فيصل بن فرحان ونظيره العماني بدر البوسعيدي مذكرة تفاهم اليوم."))).toHaveLength(1);
    expect(lines(analyse("شارك في الاجتماع الوزاري اليوم كل من وزير الخارجية السعودي فيصل بن فرحان والأردني أيمن الصفدي والمصري بدر عبد العاطي."))).toHaveLength(1);
  });
});

describe("an encounter is between two", () => {
  it("كما التقى X رئيس الحكومة A، ووزير الخارجية B: X with each", () => {
    expect(lines(analyse("وصل وزير الخارجية الأردني أيمن الصفدي اليوم إلى بغداد. كما التقى الصفدي رئيس الوزراء محمد شياع السوداني، ووزير الخارجية فؤاد حسين."))).toContain(
      "meeting: السوداني + الصفدي",
    );
  });

  it("استقبل X ونائبه Y اليوم الضيف Z: each of the hosts with the guest", () => {
    expect(lines(analyse("استقبل الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان ونائبه الشيخ منصور بن زايد آل نهيان اليوم في أبوظبي الرئيس الإندونيسي برابوو سوبيانتو."))).toEqual([
      "meeting: سوبيانتو + نهيان",
      "meeting: سوبيانتو + نهيان",
    ]);
  });

  it("وبوريطة يلتقي A وB: the subject before the verb with each", () => {
    expect(lines(analyse("وعلى هامش المنتدى اليوم، وزير الخارجية المغربي ناصر بوريطة يلتقي نظيره الإسباني خوسيه مانويل ألباريس والممثل السامي ميغيل أنخيل موراتينوس."))).toEqual([
      "meeting: ألباريس + بوريطة",
      "meeting: بوريطة + موراتينوس",
    ]);
  });

  it("not: a meeting noun of three states is a gathering, a signing of three stays one", () => {
    expect(lines(analyse("عقد وزراء خارجية مصر بدر عبد العاطي والأردن أيمن الصفدي والعراق فؤاد حسين اجتماعا في القاهرة اليوم."))).toEqual([
      "multilateral: الصفدي + العاطي + حسين",
    ]);
    expect(lines(analyse("وقع وزراء خارجية مصر بدر عبد العاطي والأردن أيمن الصفدي والعراق فؤاد حسين اليوم مذكرة تفاهم ثلاثية."))).toHaveLength(1);
  });
});

describe("compatriots and cues of another clause", () => {
  it("التقى X الضيف Y ووزير خارجيته Z (of X's state): X with the guest only", () => {
    expect(lines(analyse("التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الكيني وليام روتو ووزير الخارجية المصري بدر عبد العاطي."))).toEqual([
      "meeting: السيسي + روتو",
    ]);
  });

  it("…، اتفقا خلاله على موعدها، فيما زار X بغداد: the visit is no plan of the clause before", () => {
    const a = lines(analyse("وسبق الزيارة اتصال هاتفي بين الرئيسين في مارس الماضي، اتفقا خلاله على موعدها، فيما زار وزير الخارجية التركي هاكان فيدان العراق في 14 مارس."));
    expect(a.some((l) => l.startsWith("visit: العراق + فيدان"))).toBe(true);
  });
});

describe("، ووقع X وY opens a clause of its own", () => {
  it("التقى خلالها الرئيس A ورئيس الحكومة B، ووقع خلالها X وB اتفاقيات: the signing is X and B", () => {
    const a = lines(analyse("وصل رئيس الحكومة الليبية عبد الحميد الدبيبة اليوم إلى تونس في زيارة رسمية، التقى خلالها الرئيس قيس سعيد ورئيس الحكومة هشام المشيشي، ووقع خلالها الدبيبة والمشيشي عددا من الاتفاقيات."));
    expect(a.filter((l) => l.startsWith("signing"))).toEqual(["signing: الدبيبة + المشيشي"]);
  });
});

describe("on behalf of", () => {
  it("ترأس X القمة نيابة عن العاهل الملك Y، بحضور A وB: Y is not there", () => {
    const a = lines(analyse("وترأس ولي العهد السعودي الأمير محمد بن سلمان اليوم القمة الخليجية نيابة عن العاهل السعودي الملك سلمان بن عبد العزيز، بحضور أمير قطر الشيخ تميم بن حمد آل ثاني وأمير الكويت الشيخ نواف الأحمد الجابر الصباح."));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^multilateral: /);
    expect(a[0]).not.toContain("العزيز");
  });
});
