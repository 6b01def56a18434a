// Official releases (palace, court and ministry bulletins): honorific titles, headline verbs,
// venues and adjectives inside titles. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { docOf, entitiesOf, names } from "./helpers.js";

const people = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

describe("a headline verb after a title or an honorific ends the phrase", () => {
  it("is never read as a name", () => {
    expect(people("الرئيس التنزاني يتلقى رسالة خطية من نظيره الكيني")).toEqual([]);
    expect(people("جلالة الملك المعظم يبعث برقية تهنئة إلى رئيس فنلندا")).toEqual([]);
    expect(people("خادم الحرمين الشريفين يتسلم رسالة من أمير الكويت")).toEqual([]);
    expect(people("رئيسة الوزراء تستقبل سفيرة هولندا")).toEqual([]);
  });
  it("nor is the greeting a title carries, or بكل", () => {
    expect(people("ونقل الوزير إلى فخامة الرئيس تحيات رئيس وزراء ماليزيا")).toEqual([]);
    expect(people("وجدد السفير لمعالي الوزير تهانيه بمناسبة العيد الوطني")).toEqual([]);
    expect(people("وقد قبل الرئيس الغابوني الدعوة بكل ترحيب")).toEqual([]);
  });
});

describe("a relative adjective after a title's complement stays in the title", () => {
  it("so the name after it is found", () => {
    expect(people("واجتمع مستشار الأمن القومي سليم الحداد بالوفد")).toEqual(["سليم الحداد"]);
    expect(people("وحضر وزير التعاون الإقليمي خليل منصوري الاجتماع")).toEqual(["خليل منصوري"]);
    expect(people("وقالت وزيرة الخارجية الغابونية ريجين ماسامبا إن")).toEqual(["ريجين ماسامبا"]);
  });
  it("a foreign name written with أل still begins the name", () => {
    expect(people("وصرح وزير الخارجية ألبرتو سانشيز بأن")).toEqual(["ألبرتو سانشيز"]);
  });
});

describe("a palace where something happens is a place", () => {
  it("after في, داخل, أمام or ب, with a definite name too", () => {
    for (const text of ["استقبل الأمير ضيفه في قصر السلام بجدة", "وجرت المراسم داخل قصر الضيافة", "تجمع المحتجون أمام قصر العروبة", "عقد الاجتماع بقصر الصنوبر"]) {
      const palace = entitiesOf(text).entities.find((e) => e.name.startsWith("قصر"));
      expect(palace?.type, text).toBe("LOC");
    }
  });
  it("but not a palace that speaks, nor قصر as shortness", () => {
    expect(names(entitiesOf("وأعلن قصر الإليزيه أن الزيارة أرجئت").entities)).not.toContain("قصر الإليزيه");
    expect(entitiesOf("وأشار إلى قصر المدة المتاحة").entities.filter((e) => e.type === "LOC")).toEqual([]);
  });
});

describe("state bodies official releases name", () => {
  const orgs = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG").map((e) => e.name);
  it("the presidency and the head of government's office, not the office held or sought", () => {
    expect(orgs("وأوضح بيان صادر عن رئاسة الجمهورية أن الزيارة تستمر يومين")).toEqual(["رئاسة الجمهورية"]);
    expect(orgs("واستقبل الوفد بمقر رئاسة الحكومة في تونس")).toEqual(["رئاسة الحكومة"]);
    expect(orgs("وبحسب بيان لرئاسة الوزراء، فقد جرى الاتصال مساء أمس")).toEqual(["رئاسة الوزراء"]);
    expect(orgs("وأعلن الترشح لرئاسة الجمهورية في الانتخابات المقبلة")).toEqual([]);
    expect(orgs("وتتولى كينيا رئاسة الدورة الحالية للمنظمة")).toEqual([]);
  });
  it("a foreign ministry's long form is a state body as its short one, with or without its country", () => {
    expect(orgs("وأعلنت وزارة الشؤون الخارجية في بيان أن الوزير سيزور العاصمة")).toEqual(["وزارة الشؤون الخارجية"]);
    expect(orgs("وأعلنت وزارة الشؤون الخارجية التونسية في بيان أن الوزير سيزور العاصمة")).toEqual(["وزارة الشؤون الخارجية التونسية"]);
  });
  it("a royal or princely court", () => {
    expect(orgs("وذكر بيان للديوان الملكي أن الملك غادر أرض الوطن")).toEqual(["الديوان الملكي"]);
    expect(orgs("وأعلن الديوان الأميري أن الأمير سيزور ماليزيا")).toEqual(["الديوان الأميري"]);
  });
  it("a ministry before an under-secretary's portfolio stops before it", () => {
    expect(orgs("وترأس الجانب الأردني وكيل وزارة الخارجية للشؤون القنصلية")).toEqual(["وزارة الخارجية"]);
    expect(orgs("والتقى مساعد وزير الخارجية الأمريكي للشؤون الأفريقية بالوفد")).toEqual([]);
    expect(orgs("وقالت مديرة وزارة الخارجية الإيطالية للشؤون الأوروبية إن")).toEqual(["وزارة الخارجية الإيطالية"]);
  });
});

describe("a state's body named where it stands, inside a title or alone", () => {
  const orgs = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG").map((e) => e.name);
  it("names the cabinet, a chamber or a ministry without a country", () => {
    expect(orgs("وحضر اللقاء رئيس مجلس الشورى وعدد من المسؤولين")).toEqual(["مجلس الشورى"]);
    expect(orgs("وقالت وزارة الداخلية في بيان إن الحدود آمنة")).toEqual(["وزارة الداخلية"]);
    expect(orgs("وصدر عن الأمانة العامة لمجلس الوزراء قرار جديد")).toContain("مجلس الوزراء");
  });
  it("but not a description of a body: the government, a joint or preparatory committee", () => {
    expect(orgs("وأكدت الحكومة أن اللجنة المشتركة ستجتمع قبل اجتماع اللجنة التحضيرية")).toEqual([]);
  });
});

describe("names that begin with ف", () => {
  it("keep the ف after a first name", () => {
    expect(people("وقال السفير وليد فتحي إن الجولة ناجحة")).toEqual(["وليد فتحي"]);
    expect(people("وحضر المستشار هشام فهمي والوزير مازن فارس")).toEqual(["هشام فهمي", "مازن فارس"]);
  });
  it("a ف before a verb is still the conjunction", () => {
    expect(people("وتحدث الرئيس عن الأزمة فهدد بالانسحاب")).toEqual([]);
  });
});

describe("official state names and places of releases", () => {
  const places = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "GPE" || e.type === "LOC").map((e) => e.name);
  it("long forms are the state, Algiers is a city", () => {
    expect(places("هنأ الأمير رئيس جمهورية البرتغال")).toEqual(["البرتغال"]);
    expect(places("وبعث ببرقية إلى رئيس أفريقيا الوسطى")).toEqual(["جمهورية أفريقيا الوسطى"]);
    expect(places("عقد الاجتماع في الجزائر العاصمة")).toEqual(["الجزائر العاصمة"]);
    expect(places("وصل إلى موروني عاصمة الاتحاد القمري")).toEqual(["موروني", "جزر القمر"]);
  });
  it("the Palestinian territories and al-Aqsa", () => {
    expect(places("وبحثا الأوضاع في الأراضي الفلسطينية المحتلة")).toEqual(["الأراضي الفلسطينية المحتلة"]);
    expect(places("وأدان الاعتداءات على المسجد الأقصى المبارك")).toEqual(["المسجد الأقصى"]);
  });
});

describe("a name built on ولد or بن after السيد or الشيخ alone", () => {
  it("is a person", () => {
    expect(people("وحضر اللقاء السيد محمد ولد بلال")).toEqual(["محمد ولد بلال"]);
    expect(people("وحضر اللقاء السيد الحسن ولد محمد")).toEqual(["الحسن ولد محمد"]);
    expect(people("واستقبل الشيخ سالم بن راشد الوفد")).toEqual(["سالم بن راشد"]);
  });
  it("but السيد before a title or a noun names nobody", () => {
    expect(people("وقال السيد الرئيس إن الوقت حان")).toEqual([]);
    expect(people("ووصف السيد الوضع بأنه مستقر")).toEqual([]);
  });
});

describe("a king named with his title", () => {
  it("the mention is the name, the title is the role", () => {
    const { entities } = entitiesOf("واستقبل الملك عبدالله الثاني في عمان وزير خارجية اليابان");
    const king = entities.find((e) => e.type === "PER");
    expect(king?.mentions.map((m) => m.text)).toEqual(["عبدالله الثاني"]);
  });
});

describe("a platform's name after منصة or تطبيق", () => {
  const withModel = (text: string) => recognizeEntities(docOf(text)).filter((e) => e.type === "ORG").map((e) => e.name);
  it("is a medium, not an organisation", () => {
    expect(withModel("وكتبت الوزيرة على منصة إكس أن المحادثات كانت مثمرة")).toEqual([]);
    expect(withModel("ونشر السفير على منصة «إكس» صورة من اللقاء")).toEqual([]);
    expect(withModel("وأعلنت الرئاسة عبر تطبيق تلغرام أن الاتصال جرى مساء")).toEqual([]);
  });
  it("after an account and على/في it is a medium, not a place or a body", () => {
    const any = (text: string) => recognizeEntities(docOf(text)).map((e) => e.name);
    expect(any("وغرد الرئيس على حسابه في تويتر قائلا إن")).toEqual([]);
  });
});

describe("regions of Somalia", () => {
  it("Somaliland and its capital", () => {
    const places = entitiesOf("ووصل الوفد إلى هرجيسا في أرض الصومال").entities.map((e) => e.name);
    expect(places).toEqual(["هرجيسا", "أرض الصومال"]);
  });
});

describe("a title word before بن or ولد", () => {
  it("is the first name", () => {
    expect(people("وحضر الاجتماع الدكتور سلطان بن سعيد المنصوري")).toEqual(["سلطان بن سعيد المنصوري"]);
    expect(people("وقال الوزير سلطان بن ناصر العبري إن")).toEqual(["سلطان بن ناصر العبري"]);
    expect(people("واستقبل السفير سلطان بن راشد الكعبي الوفد")).toEqual(["سلطان بن راشد الكعبي"]);
  });
});
