// Organisations: a ministry's short form that is a person's title, nested and short forms of
// bodies named in full, names that run on past a preposition (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const orgNames = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG").map((e) => e.name);

describe("a ministry's short form with a feminine adjective after the office word", () => {
  it("is the person's title, not the ministry (وزير الخارجية الأمريكية)", () => {
    for (const text of [
      "واجتمع الرئيس مع وزير الخارجية الأمريكية في القاهرة أمس.",
      "وأجرى الوزير اتصالا هاتفيا بوزيرة الخارجية الأميركية تناول الأوضاع.",
      "وصرح مساعد وزير الخارجية الأمريكية بأن المفاوضات مستمرة.",
    ]) expect(orgNames(text)).toEqual([]);
  });

  it("stays the ministry where it stands alone or is named in full", () => {
    expect(orgNames("وقالت الخارجية الأمريكية في بيان إن الحوار مستمر.")).toEqual(["وزارة الخارجية الأمريكية"]);
    expect(orgNames("وأكد المتحدث باسم الخارجية الأمريكية أن الحوار مستمر.")).toEqual(["وزارة الخارجية الأمريكية"]);
    expect(orgNames("واستقبل السفير وكيل وزارة الخارجية الأمريكية للشؤون السياسية.")).toEqual(["وزارة الخارجية الأمريكية"]);
  });
});

describe("a feminine adjective after a masculine known name", () => {
  it("belongs to the noun before the name, so the name stops before it", () => {
    for (const [text, inner] of [
      ["وأعلنت بعثة الاتحاد الأفريقي الانتقالية في الصومال تسليم قاعدة عسكرية للجيش.", "الاتحاد الأفريقي"],
      ["وطالب الوزير بتمديد مهمة بعثة الاتحاد الأوروبي التدريبية في مالي عاما آخر.", "الاتحاد الأوروبي"],
    ]) {
      const names = orgNames(text);
      expect(names).toContain(inner);
      expect(names.filter((n) => n.startsWith(inner + " "))).toEqual([]);
    }
  });

  it("leaves adjectives that agree inside the name", () => {
    expect(orgNames("وشارك في الاجتماع الحزب الديمقراطي الكردستاني.")).toContain("الحزب الديمقراطي الكردستاني");
    expect(orgNames("وعقد مجلس الوحدة الاقتصادية العربية دورته.")).toContain("مجلس الوحدة الاقتصادية العربية");
  });
});

describe("a body's definite head and first adjective, after its full name", () => {
  const orgs = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG");

  it("is a mention of the one body named in full with them", () => {
    const es = orgs("وأعلن المجلس العسكري الانتقالي موعد الاقتراع، وأكد أن المجلس العسكري منفتح على جميع القوى.");
    expect(es).toHaveLength(1);
    expect(es[0].mentions.map((m) => m.text)).toContain("المجلس العسكري");
  });

  it("with a nationality adjective, is the same body where the countries agree", () => {
    const es = orgs("وصل رئيس المجلس الرئاسي اليمني إلى الرياض. وكان رئيس المجلس الرئاسي لحكومة الشرعية اليمنية قد دعا إلى الحوار.");
    const council = es.filter((e) => e.name.startsWith("المجلس الرئاسي"));
    expect(council).toHaveLength(1);
    expect(council[0].mentions.map((m) => m.text)).toContain("المجلس الرئاسي اليمني");
  });

  it("stays apart where two bodies begin so, or where the head stands alone", () => {
    const two = orgs("واجتمع المجلس الوطني للإعلام والمجلس الوطني للثقافة، وأكد أن المجلس الوطني منفتح على الجميع.");
    for (const name of ["المجلس الوطني للإعلام", "المجلس الوطني للثقافة"]) expect(two.find((e) => e.name === name)?.mentions).toHaveLength(1);
    const head = orgs("وأعلنت بعثة الأمم المتحدة للدعم في ليبيا أن البعثة ستواصل عملها.");
    expect(head.every((e) => !e.mentions.some((m) => m.text === "البعثة"))).toBe(true);
  });
});

describe("a mission of a known body named with the state it serves", () => {
  it("runs on past في، إلى or لدى to the state", () => {
    expect(orgNames("وقدمت بعثة الأمم المتحدة لتقديم المساعدة إلى العراق تقريرها الفصلي.")).toContain("بعثة الأمم المتحدة لتقديم المساعدة إلى العراق");
    expect(orgNames("وزار رئيس بعثة الجامعة العربية في السودان مخيمات النازحين.")).toContain("بعثة الجامعة العربية في السودان");
  });

  it("stops before a city, a time phrase, and after any other head", () => {
    const names = [
      ...orgNames("واجتمعت بعثة الأمم المتحدة في جنيف بممثلي الأطراف."),
      ...orgNames("وعقدت بعثة الأمم المتحدة الأسبوع الماضي في ليبيا اجتماعا موسعا."),
      ...orgNames("وأوضح مكتب الأمم المتحدة في اليمن أن المساعدات وصلت."),
    ];
    expect(names.filter((n) => / (في|الأسبوع) /.test(n))).toEqual([]);
  });
});
