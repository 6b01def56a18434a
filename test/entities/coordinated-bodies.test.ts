// Bodies whose names coordinate two nouns with و (sentences written for these tests): a council's or
// committee's pair of subjects (السلم والأمن، المتابعة والتقييم) and coordinated chain nouns before the
// complement (رؤساء دول وحكومات …).
import { describe, expect, it } from "vitest";
import { entitiesOf, names } from "./helpers.js";

describe("a council or committee named with two coordinated nouns", () => {
  it("reads the whole name", () => {
    for (const [text, name] of [
      ["وأعلن مجلس السلم والأمن عقد جلسة طارئة الأسبوع المقبل.", "مجلس السلم والأمن"],
      ["وقدمت لجنة المتابعة والتقييم تقريرها إلى الوزراء.", "لجنة المتابعة والتقييم"],
      ["ويمول صندوق التنمية والتضامن مشاريع في عدة دول.", "صندوق التنمية والتضامن"],
    ]) {
      expect(names(entitiesOf(text).entities)).toContain(name);
    }
  });

  it("does not join a second party after و", () => {
    for (const text of ["ودعا مجلس الأمن والمجتمع الدولي إلى التحرك العاجل.", "وطالب مجلس الأمن والجمعية العامة بوقف القتال."]) {
      const { entities } = entitiesOf(text);
      expect(entities.some((e) => e.type === "ORG" && /والمجتمع|والجمعية/.test(e.name))).toBe(false);
    }
  });
});

describe("coordinated chain nouns before a body's complement", () => {
  it("reads رؤساء دول وحكومات … as one organ", () => {
    const { entities } = entitiesOf("وافتتحت أمس الدورة العادية لجمعية رؤساء دول وحكومات الاتحاد الأفريقي في العاصمة الإثيوبية.");
    expect(names(entities)).toContain("جمعية رؤساء دول وحكومات الاتحاد الأفريقي");
    expect(names(entities)).toContain("الاتحاد الأفريقي");
  });
});

describe("nouns in construct inside a body's name", () => {
  it("chains through plurals that say who the members are (أصدقاء، رجال)", () => {
    expect(names(entitiesOf("وعقد الاجتماع الوزاري لمجموعة أصدقاء السودان في العاصمة النرويجية.").entities)).toContain("مجموعة أصدقاء السودان");
    expect(names(entitiesOf("واتفق الجانبان على تفعيل مجلس رجال الأعمال الكويتي العراقي.").entities)).toContain("مجلس رجال الأعمال الكويتي العراقي");
  });

  it("keeps a kind before a known body a description, and a generic council without a country unnamed", () => {
    expect(names(entitiesOf("واجتمعت مجموعة دول بريكس أمس.").entities)).not.toContain("مجموعة دول بريكس");
    expect(entitiesOf("واجتمع مجلس رجال الأعمال أمس لبحث الاستثمار.").entities.filter((e) => e.type === "ORG")).toEqual([]);
  });

  it("reads a verbal noun and its object after the head (لجنة صياغة الدستور، هيئة مكافحة الفساد)", () => {
    expect(names(entitiesOf("وسلمت لجنة صياغة الدستور مسودتها إلى المجلس.").entities)).toContain("لجنة صياغة الدستور");
    expect(names(entitiesOf("وأعلنت هيئة مكافحة الفساد فتح تحقيق جديد.").entities)).toContain("هيئة مكافحة الفساد");
  });
});

describe("a foreign body name with a word that begins with و", () => {
  it("keeps ووتش in the name, and ووزارة / ووفد as و + another word", () => {
    expect(names(entitiesOf("وقالت منظمة هيومن رايتس ووتش في تقرير إن الاتفاق يتجاهل الحقوق.").entities)).toContain("منظمة هيومن رايتس ووتش");
    const { entities } = entitiesOf("واستقبل الوزير ممثلي شركة إكسون موبيل ووفد الوزارة.");
    expect(names(entities).some((n) => n.includes("ووفد"))).toBe(false);
  });
});

describe("a second portfolio joined inside a body's name (ninth round)", () => {
  const orgs = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG").map((e) => e.name);

  it("joins a noun to the ل-complement of a definite head (المكتب الوطني للماء والكهرباء)", () => {
    expect(orgs("ووقعت المذكرة بين المكتب الوطني للماء والكهرباء والشركة المغربية للطاقة.")).toContain("المكتب الوطني للماء والكهرباء");
    expect(orgs("وشارك في الندوة ممثلو الهيئة العامة للاستثمار والمناطق الحرة.")).toContain("الهيئة العامة للاستثمار والمناطق الحرة");
  });

  it("joins شؤون in construct with its complement, and ends the name there (وزارة الخارجية وشؤون المغتربين)", () => {
    expect(orgs("وعقدت في مقر وزارة الخارجية وشؤون المغتربين الجولة الثالثة من المحادثات.")).toEqual(["وزارة الخارجية وشؤون المغتربين"]);
    expect(orgs("وأعلنت وزارة الداخلية وشؤون البلديات الكويتية أن الحكومة وافقت.")).toContain("وزارة الداخلية وشؤون البلديات الكويتية");
  });

  it("does not join a second body after the ل-complement (والوفد، والشركة)", () => {
    const found = orgs("والتقى رئيس المكتب الوطني للسياحة والوفد المرافق له.");
    expect(found.some((n) => n.includes("والوفد"))).toBe(false);
  });
});
