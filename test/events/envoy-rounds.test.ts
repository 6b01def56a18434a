// An envoy's round of a capital: the message he hands over is dated by the reception it was handed at,
// those present (في حضور X) are no parties, and "الموفد القطري" is the envoy named before. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-02-18" }));
}

function lines(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => `${e.type}: ${e.participants.map((p) => byId.get(p)!.split(" ").pop()).sort().join(" + ")} ${e.date}${e.main ? "" : " (earlier)"}`);
}

const ROUND =
  "تسلم الرئيس السوري أحمد الشرع رسالة من ملك الأردن عبدالله الثاني، نقلها إليه وزير الخارجية الأردني أيمن الصفدي، الذي استقبله الرئيس الشرع مساء أمس في دمشق، في حضور وزير الخارجية السوري أسعد الشيباني.\n\n" +
  "وانتقل الموفد الأردني بعد ذلك إلى مقر الحكومة، حيث استقبله رئيس الوزراء محمد البشير في حضور نائبه، ثم زار مجلس الشعب حيث التقى رئيسه حمودة صباغ.";

describe("an envoy's round", () => {
  it("the message is dated by the reception it was handed at (الذي استقبله … مساء أمس)", () => {
    expect(lines(analyse(ROUND))).toContain("message: الحسين + الشرع 2025-02-17");
  });

  it("في حضور X: X is no party", () => {
    expect(lines(analyse(ROUND)).some((l) => l.includes("الشيباني"))).toBe(false);
  });

  it("الموفد الأردني … حيث استقبله Y، ثم … حيث التقى Z: the envoy meets each", () => {
    const a = lines(analyse(ROUND));
    expect(a.some((l) => l.startsWith("meeting: البشير + الصفدي"))).toBe(true);
    expect(a.some((l) => l.startsWith("meeting: الصفدي + صباغ"))).toBe(true);
  });

  it("هذا الشهر (in a cable's words) makes no earlier event", () => {
    const a = lines(analyse("تلقى الرئيس اللبناني جوزاف عون برقية تهنئة من الرئيس الجزائري عبد المجيد تبون، جاء فيها: «أتمنى أن يعود هذا الشهر الفضيل على لبنان بالخير»."));
    expect(a).toHaveLength(1);
    expect(a[0]).not.toContain("(earlier)");
  });
});

describe("a state visit's ceremony and those attending", () => {
  it("مراسم استقبال رسمية is no meeting; ترافقه عقيلته and فيما حضرها X are no parties", () => {
    const a = lines(analyse(
      "أجرى الرئيس المصري عبد الفتاح السيسي اليوم مباحثات مع الرئيس الكيني وليام روتو في قصر الاتحادية.\n\n" +
      "وكان الرئيس السيسي في مقدمة مستقبلي الرئيس الكيني الذي وصل إلى القاهرة ترافقه عقيلته راشيل روتو، حيث جرت له مراسم استقبال رسمية.\n\n" +
      "وحضر المباحثات الرسمية عن الجانب المصري وزير الخارجية بدر عبد العاطي، فيما حضرها عن الجانب الكيني وزير الخارجية موساليا مودافادي.",
    ));
    const meetings = a.filter((l) => l.startsWith("meeting"));
    expect(meetings).toEqual(["meeting: السيسي + روتو 2025-02-18"]);
  });
});

describe("a feminine subject with a feminine object pronoun", () => {
  it("حيث استقبلتها / التقتها Y: a meeting", () => {
    const a = analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text: "وصلت وزيرة الخارجية الألمانية أنالينا بيربوك اليوم إلى روما، حيث استقبلتها رئيسة الوزراء الإيطالية جورجيا ميلوني." }, { published: "2024-05-02" }));
    expect(lines(a)).toContain("meeting: بيربوك + ميلوني 2024-05-02");
  });
});
