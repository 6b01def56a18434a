// Institutions as sources rather than speakers: sentences written for these tests;
// people, offices and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const ents: Ents = {
  omar: ["PER", "عمر الحسيني"],
  kamal: ["PER", "كمال درويش"],
  ministry: ["ORG", "وزارة الشؤون الخارجية"],
  office: ["ORG", "دائرة الاتصال في الرئاسة"],
};

const pairs = (text: string) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("institutions reporting", () => {
  it("an institution's account that opens with a person's statement is the person's (أعلنت الوزارة أن X أكد أن …)", () => {
    const text = "كما أعلنت وزارة الشؤون الخارجية أن عمر الحسيني أكد خلال الاتصال أن بلاده تتمسك بالحوار الشامل بين الأطراف.";
    expect(pairs(text)).toEqual([["omar", "بلاده تتمسك"]]);
  });

  it("an institution's own statement is kept", () => {
    const text = "وأعلنت وزارة الشؤون الخارجية أن الاجتماع المقبل سيعقد في العاصمة خلال الشهر الجاري.";
    expect(pairs(text)).toEqual([["ministry", "الاجتماع المقبل"]]);
  });

  it("an institution named after the fact (…، وفق ما أفادت الدائرة) sources a report; a person so named speaks", () => {
    const text =
      "وعلى هامش القمة، التقى كمال درويش رئيس المجلس الرئاسي، وبحث معه مسار العملية السياسية، وفق ما أفادت دائرة الاتصال في الرئاسة. والحل لا يمكن أن يكون إلا سياسيا، حسبما قال عمر الحسيني.";
    expect(pairs(text)).toEqual([["omar", "والحل لا"]]);
  });
});

describe("a spokesman's account of what a person did", () => {
  const people: Ents = {
    samir: ["PER", "سمير حمدي", "حمدي"],
    john: ["PER", "جون ستون", "ستون"],
    walid: ["PER", "وليد عاصم", "عاصم"],
  };
  const said = (text: string) => quotesOf(text, people).map((q) => [q.speaker, q.text.split(" ")[0]]);

  it("a participle after … أن + a title + its verb is the title holder's, and the narrative stays the spokesman's", () => {
    const text =
      "استقبل الرئيس سمير حمدي اليوم وزير الخارجية الأمريكي جون ستون. وقال المتحدث الرسمي وليد عاصم إن الرئيس رحب بالوزير الضيف، مؤكدا حرص بلاده على تعزيز الشراكة. وأضاف المتحدث الرسمي أن وزير الخارجية الأمريكي نقل تحيات نظيره، مشيدا بالدور المحوري لبلاده في المنطقة. وأوضح عاصم أن اللقاء تناول تطورات المنطقة، حيث أكد الرئيس ضرورة وقف التصعيد.";
    expect(said(text)).toEqual([
      ["walid", "الرئيس"],
      ["samir", "حرص"],
      ["walid", "وزير"],
      ["john", "بالدور"],
      ["walid", "اللقاء"],
      ["samir", "ضرورة"],
    ]);
  });

  it("مضيفا after such an account goes on with the spokesman's own words", () => {
    const text = "وأوضح المتحدث وليد عاصم أن الوزير جون ستون نقل تحيات الرئيس إلى نظيره، مضيفا أن الجانبين بحثا سبل تطوير العلاقات.";
    expect(said(text)).toEqual([
      ["walid", "الوزير"],
      ["walid", "الجانبين"],
    ]);
  });
});

describe("the statement's own بيان going on (وأضاف البيان أن …)", () => {
  it("is the speaker who made the statement in a بيان, an organisation or a person", () => {
    const a = "وذكرت وزارة الشؤون الخارجية، في بيان نشرته على موقعها، أن الطرفين تبادلا وجهات النظر. وأضاف البيان أن الجانبين ناقشا الأزمة في الجنوب.";
    expect(pairs(a)).toEqual([
      ["ministry", "الطرفين تبادلا"],
      ["ministry", "الجانبين ناقشا"],
    ]);
    const b = "وقال عمر الحسيني في بيان إن بلاده تدين الهجوم. وأوضح البيان أن الحكومة سترسل مساعدات عاجلة.";
    expect(pairs(b)).toEqual([
      ["omar", "بلاده تدين"],
      ["omar", "الحكومة سترسل"],
    ]);
  });

  it("stays sourcing after a statement made otherwise", () => {
    const text = "وقال عمر الحسيني للصحفيين إن بلاده تدين الهجوم. وأوضح البيان أن الحكومة سترسل مساعدات عاجلة.";
    expect(pairs(text)).toEqual([["omar", "بلاده تدين"]]);
  });
});

describe("an unnamed source relaying a named person's statement", () => {
  it("is the person's statement only (أفادت مصادر دبلوماسية بأن الوزير X شدد على …)", () => {
    const text = "وأفادت مصادر دبلوماسية بأن وزير الشؤون الخارجية عمر الحسيني شدد خلال اللقاء على ضرورة الإسراع في تشكيل الحكومة.";
    expect(pairs(text)).toEqual([["omar", "ضرورة الإسراع"]]);
  });

  it("an unnamed source's own words are kept (وقال مصدر إن الجولة المقبلة …)", () => {
    const text = "وقال مصدر دبلوماسي إن الجولة المقبلة من المشاورات ستعقد في العاصمة، وإن كمال درويش سيحضرها.";
    expect(pairs(text)).toEqual([[null, "الجولة المقبلة"]]);
  });
});

describe("an institution's account with a clause of its own before the person's statement", () => {
  it("is kept beside the person's (ذكرت الوزارة أن الوزيرين بحثا التعاون، وأن X أكد …)", () => {
    const text = "وذكرت وزارة الشؤون الخارجية أن الوزيرين بحثا التعاون، وأن عمر الحسيني أكد أهمية الشراكة الاستراتيجية.";
    expect(pairs(text)).toEqual([
      ["ministry", "الوزيرين بحثا"],
      ["omar", "أهمية الشراكة"],
    ]);
  });
});
