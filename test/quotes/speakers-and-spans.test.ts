// Families of wire writing where a statement started in the wrong place, went to
// another person of the same title, or was not read at all. Sentences written for
// these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const firstWords = (text: string, n = 2) => text.split(/\s+/).slice(0, n).join(" ");
const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)]);

describe("a direct statement split around its verb («…»، قال X، «…»)", () => {
  const ents: Ents = { karim: ["PER", "كريم منصور"], lina: ["PER", "لينا حداد"] };

  it("starts with the first part, with guillemets or straight marks, and keeps the second", () => {
    const text =
      "التقى كريم منصور نظيرته لينا حداد في الرباط. «إن الحوار بين بلدينا لم ينقطع يوما»، قال منصور، «وهو اليوم أقوى من أي وقت مضى». " +
      '"نحن ننظر إلى المستقبل بثقة كبيرة"، قالت حداد، "ونعمل معا على مشروعات مشتركة".';
    const qs = quotesOf(text, ents);
    expect(qs.map((q) => [q.speaker, firstWords(q.text, 3), q.direct])).toEqual([
      ["karim", "إن الحوار بين", true],
      ["lina", "نحن ننظر إلى", true],
    ]);
    expect(qs[0].text.endsWith("أقوى من أي وقت مضى")).toBe(true);
  });

  it("leaves a quotation that only follows the verb as it was (قال X، «…»)", () => {
    const text = "وفي المؤتمر الصحفي، قال كريم منصور، «إن الحوار بين بلدينا لم ينقطع يوما».";
    expect(pairs(text, ents)).toEqual([["karim", "إن الحوار"]]);
  });
});

describe("a bare title is the home holder, not one whose title names another state", () => {
  it("سمو ولي العهد: the crown prince whose titles go on with another office, not the crown prince of another kingdom", () => {
    const ents: Ents = { fahd: ["PER", "فهد بن ناصر"], saad: ["PER", "سعد بن علي"] };
    const text =
      "ترأس صاحب السمو الملكي الأمير فهد بن ناصر ولي العهد رئيس مجلس الوزراء، اليوم، أعمال القمة الاقتصادية. " +
      "وشارك في القمة صاحب السمو الملكي الأمير سعد بن علي ولي عهد مملكة البحرين. " +
      "وقال سمو ولي العهد في كلمته إن القمة تفتح صفحة جديدة من التعاون.";
    expect(pairs(text, ents)).toEqual([["fahd", "القمة تفتح"]]);
  });

  it("the same where the name's family part (آل X) stands between the name and the title", () => {
    const ents: Ents = { fahd: ["PER", "فهد بن ناصر"], saad: ["PER", "سعد بن علي"] };
    const text =
      "ترأس صاحب السمو الملكي الأمير فهد بن ناصر آل سالم ولي العهد رئيس مجلس الوزراء، اليوم، أعمال القمة الاقتصادية. " +
      "وشارك في القمة صاحب السمو الملكي الأمير سعد بن علي ولي عهد مملكة البحرين. " +
      "وقال سمو ولي العهد في كلمته إن القمة تفتح صفحة جديدة من التعاون.";
    expect(pairs(text, ents)).toEqual([["fahd", "القمة تفتح"]]);
  });

  it("سمو الأمير: the emir titled أمير البلاد before his name, not the guest emir of another state", () => {
    const ents: Ents = { jaber: ["PER", "جابر الناصر"], hamad: ["PER", "حمد بن خالد"] };
    const text =
      "افتتح حضرة صاحب السمو أمير البلاد الشيخ جابر الناصر اليوم أعمال الدورة الجديدة للمجلس. " +
      "وشارك في الدورة حضرة صاحب السمو الشيخ حمد بن خالد أمير دولة قطر. " +
      "وقال سمو الأمير في كلمته إن وحدة الصف ركيزة الاستقرار.";
    expect(pairs(text, ents)).toEqual([["jaber", "وحدة الصف"]]);
  });
});

describe("a woman's title as the subject (وكيلة الوزارة)", () => {
  it("وأعربت وكيلة وزارة الخارجية X عن …: the undersecretary named with that title, not the ministry in it", () => {
    const ents: Ents = { nadia: ["PER", "نادية رحمن"], mofa: ["ORG", "وزارة الخارجية الماليزية"], omar: ["PER", "عمر الفاضل"] };
    const text =
      "ترأس الجانب القطري عمر الفاضل، فيما ترأست الجانب الماليزي السيدة نادية رحمن وكيلة وزارة الخارجية الماليزية. " +
      "وأكد الفاضل أن العلاقات تشهد تطورا مستمرا. " +
      "وأعربت وكيلة وزارة الخارجية الماليزية عن تقدير بلادها للتسهيلات المقدمة للعمالة الماليزية.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "العلاقات تشهد"],
      ["nadia", "تقدير بلادها"],
    ]);
  });
});

describe("a person called by a middle part of the name", () => {
  const ents: Ents = {
    moussa: ["PER", "موسى داغو إدريس"],
    luis: ["PER", "لويس أنطونيو ريكو دا كوستا"],
    amina: ["PER", "أمينة صالح"],
  };

  it("وقال داغو …، أما ريكو فدعا …: the person whose name holds that part", () => {
    const text =
      "حضر الجلسة رئيس المفوضية موسى داغو إدريس والرئيس البرازيلي لويس أنطونيو ريكو دا كوستا، وترأستها أمينة صالح. " +
      "وقال داغو في كلمته إن المدنيين يدفعون ثمن الحرب. " +
      "وأكدت صالح أن رئاستها ستولي أولوية للسلم. " +
      "أما ريكو، فدعا إلى إصلاح مجلس الأمن الدولي.";
    expect(pairs(text, ents)).toEqual([
      ["moussa", "المدنيين يدفعون"],
      ["amina", "رئاستها ستولي"],
      ["luis", "إصلاح مجلس"],
    ]);
  });

  it("not a middle part two persons share, nor one that is another person's first name", () => {
    const two: Ents = { a: ["PER", "سالم حمد الكعبي"], b: ["PER", "حمد بن راشد"] };
    const text = "التقى سالم حمد الكعبي نظيره حمد بن راشد. وقال حمد إن اللقاء كان مثمرا.";
    expect(quotesOf(text, two).map((q) => q.speaker)).toEqual(["b"]);
  });
});

describe("a king's title of custodianship as the subject", () => {
  it("وأكد خادم الحرمين الشريفين في برقيته أن …: the king written with that title", () => {
    const ents: Ents = { king: ["PER", "سلمان بن فيصل"], emperor: ["PER", "أكيرا ناكامورا"] };
    const text =
      "بعث خادم الحرمين الشريفين الملك سلمان بن فيصل برقية تهنئة إلى الإمبراطور أكيرا ناكامورا بمناسبة تتويجه. " +
      "وأكد خادم الحرمين الشريفين في برقيته أن العلاقات بين البلدين تشهد نموا مطردا.";
    expect(pairs(text, ents)).toEqual([["king", "العلاقات بين"]]);
  });
});

describe("a clause about a cable with no comma before it (برقية … أكد فيها + noun phrase)", () => {
  it("the noun-phrase statement of the cable's sender", () => {
    const ents: Ents = { nasser: ["PER", "ناصر العلي"], ade: ["PER", "أديبايو أوكونكوو"] };
    const text =
      "بعث وزير الخارجية ناصر العلي اليوم برقية تهنئة إلى نظيره النيجيري أديبايو أوكونكوو أكد فيها حرص بلاده على تعزيز علاقات الصداقة بين البلدين.";
    expect(pairs(text, ents)).toEqual([["nasser", "حرص بلاده"]]);
  });

  it("and its clause with أن, not the recipient named right before the verb", () => {
    const ents: Ents = { nasser: ["PER", "ناصر العلي"], ade: ["PER", "أديبايو أوكونكوو"] };
    const text = "بعث وزير الخارجية ناصر العلي اليوم رسالة إلى نظيره أديبايو أوكونكوو أكد فيها أن بلاده ماضية في دعم الحوار.";
    expect(pairs(text, ents)).toEqual([["nasser", "بلاده ماضية"]]);
  });
});

describe("a named body speaks through the statement it issued", () => {
  const ents: Ents = {
    court: ["ORG", "ديوان الرئاسة"],
    mofa: ["ORG", "وزارة الخارجية اليابانية"],
    agency: ["ORG", "وكالة الأنباء الوطنية"],
    sami: ["PER", "سامي الخطيب"],
  };

  it("أفاد بيان صادر عن X بأن …، ذكر بيان لـX أن …، وأضاف البيان أن …: the body's", () => {
    const text =
      "وأفاد بيان صادر عن ديوان الرئاسة بأن الزيارة تأتي في إطار حرص البلدين على تعزيز العلاقات. " +
      "وأضاف البيان أن الجانبين سيوقعان عددا من الاتفاقيات. " +
      "وذكر بيان لوزارة الخارجية اليابانية أن طوكيو تتطلع إلى شراكة أوسع مع المنطقة.";
    expect(pairs(text, ents)).toEqual([
      ["court", "الزيارة تأتي"],
      ["court", "الجانبين سيوقعان"],
      ["mofa", "طوكيو تتطلع"],
    ]);
  });

  it("a medium's statement, or one of no named body, stays sourcing; a person's statement inside the body's is the person's", () => {
    const text =
      "وذكر بيان لوكالة الأنباء الوطنية أن الاجتماع استمر ساعتين. وأفاد بيان بأن الوفدين بحثا ملف الطاقة. " +
      "وأفاد بيان صادر عن ديوان الرئاسة بأن سامي الخطيب أكد أن بلاده تدعم الحوار.";
    expect(pairs(text, ents)).toEqual([["sami", "بلاده تدعم"]]);
  });

  it("a source named before the statement (وبحسب بيان صادر عن X، فإن …؛ ووفقا لـX، فإن …؛ وبحسب الوزير X، …)", () => {
    const text =
      "وبحسب بيان صادر عن ديوان الرئاسة، فإن القمة ستناقش في يومها الثاني ملف الأمن الإقليمي. " +
      "ووفقا لوزارة الخارجية اليابانية، فإن الوزيرين اتفقا على مواصلة التشاور. " +
      "وبحسب الوزير سامي الخطيب، ستنطلق المفاوضات التجارية مطلع العام المقبل. " +
      "ووفقا لوكالة الأنباء الوطنية، فإن الجانبين بحثا تسوية الديون.";
    expect(pairs(text, ents)).toEqual([
      ["court", "القمة ستناقش"],
      ["mofa", "الوزيرين اتفقا"],
      ["sami", "ستنطلق المفاوضات"],
      // A named medium heading the clause speaks, as it does as the subject of قال (media-speakers.test.ts).
      ["agency", "الجانبين بحثا"],
    ]);
  });
});

describe("a body written by the first words of its name", () => {
  it("أكد المجلس الأعلى في البيان الختامي …، ودعا المجلس الأعلى إلى …: the council named in full before", () => {
    const ents: Ents = { council: ["ORG", "المجلس الأعلى للاتحاد الإقليمي"], union: ["ORG", "الاتحاد الإقليمي"], emir: ["PER", "ناصر الأحمد"] };
    const text =
      "افتتح الأمير ناصر الأحمد اليوم أعمال الدورة العادية التي يعقدها المجلس الأعلى للاتحاد الإقليمي. " +
      "وفي ختام أعمالها، أكد المجلس الأعلى في البيان الختامي دعمه لحق الدول الأعضاء في السيادة على مواردها. " +
      "ودعا المجلس الأعلى إلى وقف فوري لإطلاق النار، مؤكدا أن السلام العادل يتطلب حلا سياسيا.";
    expect(pairs(text, ents)).toEqual([
      ["council", "دعمه لحق"],
      ["council", "وقف فوري"],
      ["council", "السلام العادل"],
    ]);
  });
});

describe("a verb after its quotation, then a participle's clause («…»، قال X، مؤكدا أن …)", () => {
  it("the quotation and the participle's statement, both the speaker's", () => {
    const ents: Ents = { omar: ["PER", "عمر سال"], lina: ["PER", "لينا حداد"] };
    const text =
      "التقى عمر سال نظيرته لينا حداد. \"إن العقوبات الأحادية تتعارض مع قواعد التجارة الدولية\"، قال سال، مؤكدا أن بلاده ترفض تسييس الاقتصاد.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "إن العقوبات"],
      ["omar", "بلاده ترفض"],
    ]);
  });
});

describe("an office under another's (مساعد الرئيس، نائب وزير الخارجية) as the subject", () => {
  it("is the aide named after the title, not the president the title names", () => {
    const ents: Ents = { pres: ["PER", "فلاديمير سوكولوف"], aide: ["PER", "يوري بيلوف"] };
    const text =
      "قال الرئيس الروسي فلاديمير سوكولوف إن بلاده تدعم توسيع المجموعة. " +
      "وكان مساعد الرئيس الروسي للشؤون الدولية يوري بيلوف قد أعلن للصحفيين أن القمة المقبلة ستعقد في قازان.";
    expect(pairs(text, ents)).toEqual([
      ["pres", "بلاده تدعم"],
      ["aide", "القمة المقبلة"],
    ]);
  });
});
