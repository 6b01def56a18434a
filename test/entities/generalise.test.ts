// Patterns of Arabic news writing the entity stage must generalise over (sentences written for
// these tests): clitic-looking letters inside foreign names, names that stop before adjectives
// and clitic-led words, ordinary words behind clitics, alias clashes, organisations, places.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { byName, docOf, entitiesOf, names } from "./helpers.js";

const withTagger = (text: string) => recognizeEntities(docOf(text));

describe("proclitic-looking letters inside names", () => {
  it("keep a leading ف of a foreign name after a first name or a role", () => {
    const { entities } = entitiesOf("التقت المبعوثة الخاصة ماريا فرونسكايا بوزير الخارجية.");
    expect(names(entities)).toContain("ماريا فرونسكايا");
    const second = entitiesOf("واجتمع المفوض العام فيليب كارديني مع الوفد.").entities;
    expect(names(second)).toContain("فيليب كارديني");
  });

  it("still reads ف + a known word as a conjunction", () => {
    const { entities } = entitiesOf("قال المبعوث الخاص ماريو لينتي فقال إن الوضع صعب.");
    expect(names(entities)).toContain("ماريو لينتي");
  });

  it("keep the ف of a name the tagger finds", () => {
    const es = withTagger("وأجرى فيليب كارديني محادثات في العاصمة.");
    expect(es.some((e) => e.type === "PER" && e.name.startsWith("فيليب"))).toBe(true);
    expect(es.some((e) => e.name.startsWith("يليب"))).toBe(false);
  });
});

describe("a name after a title stops where the name ends", () => {
  it("at a word led by a preposition", () => {
    const { entities } = entitiesOf("ورحب الرئيس الموريتاني الغزواني بولي العهد في نواكشوط.");
    expect(names(entities)).not.toContain("الغزواني بولي");
  });

  it("at an adjective or participle agreeing with another noun", () => {
    const { entities } = entitiesOf("وتحدث عن زيارة الرئيس التونسي قيس سعيد المرتقبة. وأشاد بجهود المبعوث الأممي هانز غروندبرغ الأخيرة.");
    expect(names(entities)).toContain("قيس سعيد");
    expect(names(entities)).toContain("هانز غروندبرغ");
    expect(names(entities).some((n) => /المرتقبة|الأخيرة/.test(n))).toBe(false);
  });

  it("but keeps a family name with the shape فعاللة", () => {
    const { entities } = entitiesOf("واستقبل رئيس الوزراء الأردني عبد الله الطراونة الوفد.");
    expect(names(entities)).toContain("عبد الله الطراونة");
  });

  it("a known person's short name right after a title, even when it is an ordinary word", () => {
    const { entities } = entitiesOf("ناقش الجانبان زيارة الرئيس رئيسي إلى المنطقة.");
    expect(entities.find((e) => e.key === "per:raisi")?.mentions.map((m) => m.text)).toEqual(["رئيسي"]);
  });
});

describe("ordinary words behind clitics are not names", () => {
  it("after a title or in the tagger's output", () => {
    for (const text of [
      "بعث الملك ببرقية تهنئة إلى الرئيس بمناسبة فوزه.",
      "وأكد الأمير حرصه على أمنه واستقراره، وهنأه بانتخابه رئيسا للبلاد.",
      "وبعث الرئيس برسالة خطية إلى نظيره.",
    ]) {
      const es = withTagger(text);
      expect(es.filter((e) => e.type !== "MISC").map((e) => e.name)).toEqual([]);
    }
  });
});

describe("places after a head noun", () => {
  it("read an organisation's short alias after a place head as the place", () => {
    const { entities } = entitiesOf("رست الناقلة في ميناء الفاو جنوب البلاد.");
    expect(entities.find((e) => e.key === "org:fao")).toBeUndefined();
    expect(entities.find((e) => e.name === "ميناء الفاو")?.type).toBe("LOC");
    expect(entitiesOf("وقالت منظمة الفاو إن المحاصيل تراجعت.").entities.find((e) => e.key === "org:fao")).toBeDefined();
  });

  it("merge the headed form and the bare name into one place", () => {
    const { entities } = entitiesOf("وصلت قافلة إلى قطاع غزة أمس. وقال المتحدث إن غزة بحاجة إلى الدعم. وزار الوفد إقليم كردستان ثم غادر كردستان.");
    const gaza = entities.filter((e) => e.mentions.some((m) => /غزة/.test(m.text)));
    expect(gaza).toHaveLength(1);
    expect(gaza[0].mentions.map((m) => m.text)).toEqual(["قطاع غزة", "غزة"]);
    const kurdistan = entities.filter((e) => e.mentions.some((m) => /كردستان/.test(m.text)));
    expect(kurdistan).toHaveLength(1);
    expect(kurdistan[0].mentions.map((m) => m.text)).toEqual(["إقليم كردستان", "كردستان"]);
  });
});

describe("organisations", () => {
  it("read a body's short form with a nationality adjective, after ل/ب too, as the body", () => {
    const { entities } = entitiesOf("وقال بيان للجيش الأردني إن الحدود آمنة. وأعلنت الخارجية الكويتية أن وزارة الخارجية الكويتية تتابع. وأفاد بيان بوزارة الداخلية البحرينية.");
    expect(entities.find((e) => e.name === "الجيش الأردني")?.country).toBe("JO");
    const mfa = entities.filter((e) => e.type === "ORG" && /الخارجية الكويتية/.test(e.name));
    expect(mfa).toHaveLength(1);
    expect(mfa[0].mentions.map((m) => m.text)).toEqual(["الخارجية الكويتية", "وزارة الخارجية الكويتية"]);
    expect(names(entities)).toContain("وزارة الداخلية البحرينية");
  });

  it("not where the short form is part of a title or qualifies a noun", () => {
    const { entities } = entitiesOf("وقال وزير الخارجية الكويتي إن السياسة الخارجية الكويتية ثابتة، وإن السياسة الخارجية الأمريكية تغيرت.");
    expect(entities.filter((e) => e.type === "ORG")).toEqual([]);
    const agree = entitiesOf("وأكد وزير الدفاع الروسي أن الدفاع الروسية نفذت الضربات، وأعلن الجيش الإيراني المناورات.").entities;
    expect(agree.filter((e) => e.type === "ORG").map((e) => e.name)).toEqual(["الدفاع الروسية", "الجيش الإيراني"]);
  });

  it("keep a unit of a body whole across في", () => {
    const { entities } = entitiesOf("وذكرت إدارة الإعلام في الرئاسة المصرية أن اللقاء تناول التعاون.");
    expect(names(entities)).toContain("إدارة الإعلام في الرئاسة المصرية");
    expect(names(entities)).not.toContain("الرئاسة المصرية");
  });

  it("treat descriptions as no names", () => {
    const { entities } = entitiesOf("وقالت المنظمة الدولية إن المساعدات وصلت، فيما أقرت حكومة تصريف الأعمال الخطة. ورحبت المنظمة الدولية للهجرة بالقرار.");
    expect(names(entities)).not.toContain("المنظمة الدولية");
    expect(names(entities)).not.toContain("حكومة تصريف الأعمال");
    expect(names(entities)).toContain("المنظمة الدولية للهجرة");
  });
});

describe("companies and abbreviations", () => {
  it("keep a company's foreign name of several words whole", () => {
    const { entities } = entitiesOf("ووقعت شركة لوك أويل مذكرة تفاهم، كما وقعت شركة بلو ستار عقدا وشركة غازبروم نفت اتفاقا.");
    expect(entities.find((e) => e.key === "org:lukoil")?.type).toBe("ORG");
    expect(names(entities)).toContain("شركة بلو ستار");
    expect(entities.find((e) => e.key === "org:gazprom_neft")?.mentions[0].text).toBe("غازبروم نفت");
  });

  it("read a spelt-out abbreviation as one organisation", () => {
    expect(entitiesOf("وقالت بي كا كا في بيان إن.").entities.find((e) => e.key === "org:pkk")?.mentions[0].text).toBe("بي كا كا");
    const es = withTagger("واستهدفت الغارات مواقع بي واي دي في شمال البلاد.");
    const abbr = es.find((e) => e.name.startsWith("بي واي"));
    expect(abbr?.type).toBe("ORG");
    expect(abbr?.name).toBe("بي واي دي");
  });
});

describe("short place names that are also ordinary words", () => {
  it("read المتوسط as the sea only after a noun in construct", () => {
    const sea = (text: string) => entitiesOf(text).entities.some((e) => e.key === "loc:mediterranean");
    expect(sea("وبحث الوزيران أمن دول المتوسط.")).toBe(true);
    expect(sea("وارتفعت الأسعار في المتوسط بنسبة قليلة.")).toBe(false);
    expect(sea("على المدى المتوسط.")).toBe(false);
    expect(sea("وبلغ النمو ضعف المتوسط العالمي.")).toBe(false);
  });

  it("read الصحراء as Western Sahara in its Moroccan usage only", () => {
    expect(entitiesOf("وجدد الوزير دعم بلاده لمغربية الصحراء.").entities.some((e) => e.key === "gpe:EH")).toBe(true);
    expect(entitiesOf("وتمتد رمال الصحراء جنوبا.").entities.some((e) => e.key === "gpe:EH")).toBe(false);
  });
});
