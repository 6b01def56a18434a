// Forms of address and the speakers they name: an honorific pronoun (سعادته،
// معاليه) is the person addressed so, not one addressed with another form after
// a preposition (بمعالي Y); an academic form of address (الدكتور) leads a named
// subject; an honorific pronoun after the verb's adverbs (أكد خلاله سعادته) is a
// written subject. Sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const firstWords = (text: string, n = 2) => text.split(/\s+/).slice(0, n).join(" ");
const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)]);

const ents: Ents = {
  host: ["PER", "خالد بن فهد المري"],
  guest: ["PER", "لوكاس برناردي"],
  other: ["PER", "ماريا سانتوس"],
  guest2: ["PER", "تان وي مينغ"],
  singapore: ["GPE", "سنغافورة", "جمهورية سنغافورة"],
};

describe("an honorific pronoun is the person addressed with that form", () => {
  it("سعادته after التقى سعادة الوزير بمعالي Y is the minister, not Y addressed as معالي", () => {
    const text =
      "التقى سعادة الدكتور خالد بن فهد المري وزير الخارجية نظراءه في جنيف. والتقى سعادة وزير الخارجية بمعالي لوكاس برناردي وزير خارجية إيطاليا. وأعرب الوزير الإيطالي عن شكره لدعم المملكة. وأشاد سعادته بمستوى العلاقات بين البلدين.";
    expect(pairs(text, ents)).toEqual([
      ["guest", "شكره لدعم"],
      ["host", "بمستوى العلاقات"],
    ]);
  });

  it("a recipient addressed لمعالي is not who سعادته means", () => {
    const text =
      "سلم سعادة السفير خالد بن فهد المري رسالة لمعالي ماريا سانتوس وزيرة الخارجية. وأوضح سعادته أن الرسالة تتناول سبل تعزيز التعاون.";
    expect(pairs(text, ents)).toEqual([["host", "الرسالة تتناول"]]);
  });
});

describe("a nationality adjective and the country named in a title (ة folded)", () => {
  it("الوزير السنغافوري is the one written وزير خارجية جمهورية سنغافورة, not the last speaker", () => {
    const text =
      "والتقى وزير الخارجية خالد بن فهد المري بوزير خارجية جمهورية سنغافورة تان وي مينغ. وأكد المري حرص بلاده على التعاون. وأشاد الوزير السنغافوري بالدور الذي تقوم به المملكة في المنطقة.";
    expect(pairs(text, ents)).toEqual([
      ["host", "حرص بلاده"],
      ["guest2", "بالدور الذي"],
    ]);
  });
});

describe("an adjective that is no nationality (الدولي) does not agree with a title's state word (رئيس الدولة)", () => {
  it("حث جلالة الملك المجتمع الدولي على …: the king, not the head of state who spoke before", () => {
    const e: Ents = { pres: ["PER", "حمد بن راشد"], king: ["PER", "فهد السابع"] };
    const text =
      "وصل الشيخ حمد بن راشد رئيس الدولة اليوم إلى العاصمة، يلتقي خلالها ملك البلاد فهد السابع. وأشار رئيس الدولة إلى أن التنسيق بين البلدين مستمر. من جهته، حث جلالة الملك المجتمع الدولي على دعم الجهود الرامية إلى السلام.";
    expect(pairs(text, e).map(([who]) => who)).toEqual(["pres", "king"]);
  });
});

describe("an academic form of address leads a named subject", () => {
  it("وجدد الدكتور X دعم …: X speaks, the statement begins after the name", () => {
    const text =
      "بحث الجانبان العلاقات الثنائية. وجدد الدكتور خالد بن فهد المري دعم بلاده للحل السياسي في المنطقة.";
    const qs = quotesOf(text, ents);
    expect(qs.map((q) => [q.speaker, firstWords(q.text)])).toEqual([["host", "دعم بلاده"]]);
  });

  it("وأكدت المهندسة X التزام …", () => {
    const text = "افتتح المنتدى أعماله اليوم. وأكدت المهندسة ماريا سانتوس التزام حكومتها بدعم مشاريع الطاقة.";
    expect(pairs(text, ents)).toEqual([["other", "التزام حكومتها"]]);
  });
});

describe("an honorific pronoun after the verb's adverbs is its subject", () => {
  it("اللقاء الذي …، والذي أكد خلاله سعادته دعم …", () => {
    const text =
      "ويأتي ذلك عقب اللقاء الذي جمع سعادة الوزير خالد بن فهد المري أمس بمعالي لوكاس برناردي، والذي أكد خلاله سعادته دعم المملكة لجهود السلام في المنطقة.";
    expect(pairs(text, ents)).toEqual([["host", "دعم المملكة"]]);
  });
});

describe("two persons joined by و, each with a form of address", () => {
  it("وعقد جلالة السلطان المعظم وفخامة الرئيس X: السلطان المعظم is not X, whose window begins at وفخامة", () => {
    const e: Ents = { sultan: ["PER", "سعيد بن ناصر"], pres: ["PER", "جان دوبوا"] };
    const text =
      "وصل جلالة السلطان سعيد بن ناصر المعظم اليوم إلى باريس. وعقد جلالة السلطان المعظم وفخامة الرئيس جان دوبوا جلسة مباحثات رسمية. وأكد الرئيس دوبوا أن الزيارة محطة مهمة. من جانبه، عبر جلالة السلطان المعظم عن اعتزازه بالعلاقات بين البلدين.";
    expect(pairs(text, e)).toEqual([
      ["pres", "الزيارة محطة"],
      ["sultan", "اعتزازه بالعلاقات"],
    ]);
  });
});

describe("an honorific pronoun after the opening verb is the clause's subject", () => {
  it("ورحب سموه بالوزير الضيف، مؤكدا …: the participle is the host's, not the guest's", () => {
    const text =
      "استقبل سمو الشيخ خالد بن فهد المري وزير الخارجية معالي لوكاس برناردي وزير خارجية إيطاليا. ورحب سموه في بداية اللقاء بزيارة الوزير الإيطالي، مؤكدا حرص بلاده على تطوير علاقاتها مع إيطاليا.";
    expect(pairs(text, { ...ents, italy: ["GPE", "إيطاليا"] })).toEqual([["host", "حرص بلاده"]]);
  });
});

describe("a spokesman's title before the complementizer is not the reported person's", () => {
  it("صرح المتحدث الرسمي X بأن الرئيس Y …، وأضاف المتحدث الرسمي أن …: the spokesman again", () => {
    const e: Ents = { spox: ["PER", "سامي فريد"], pres: ["PER", "جان دوبوا"] };
    const text =
      "وصرح السفير سامي فريد المتحدث الرسمي باسم الرئاسة بأن الرئيس الفرنسي جان دوبوا أكد حرصه على زيارة البلاد. وأضاف المتحدث الرسمي أن الرئيس دوبوا أشار إلى أن التعاون يشهد تطورا كبيرا.";
    expect(pairs(text, e)).toEqual([
      ["spox", "الرئيس الفرنسي"],
      ["pres", "حرصه على"],
      ["spox", "الرئيس دوبوا"],
      ["pres", "التعاون يشهد"],
    ]);
  });
});

describe("the brotherly form of address (الأخ الرئيس) leads a title subject", () => {
  it("وأكد الأخ الرئيس أن …، مشيرا …: the president named before", () => {
    const e: Ents = { pres: ["PER", "صالح أحمد ناجي"], envoy: ["PER", "بيتر لارسن"] };
    const text =
      "التقى الأخ الرئيس صالح أحمد ناجي رئيس الجمهورية اليوم المبعوث الأممي بيتر لارسن. وأكد الأخ الرئيس أن الحوار الوطني يمثل فرصة تاريخية، مشيرا إلى أن القيادة ماضية في تنفيذ الاتفاق.";
    expect(pairs(text, e)).toEqual([
      ["pres", "الحوار الوطني"],
      ["pres", "القيادة ماضية"],
    ]);
  });
});

describe("a person written by the first two words of a longer name", () => {
  it("من جانبه، أكد موسى فكي أن … for موسى فكي محمد, though the entity stage marked only the full name", () => {
    const e: Ents = { chair: ["PER", "إدريس عمر حامد"], host: ["PER", "عادل بن سعيد"] };
    const text =
      "استقبل الوزير عادل بن سعيد اليوم رئيس المفوضية إدريس عمر حامد. وقال بن سعيد إن بلاده تدعم المفوضية. من جانبه، أكد إدريس عمر أن المفوضية تقف إلى جانب شعوب المنطقة.";
    expect(pairs(text, e)).toEqual([
      ["host", "بلاده تدعم"],
      ["chair", "المفوضية تقف"],
    ]);
  });
});

describe("a counterpart written with a preposition (لنظيره) ends the name's window", () => {
  it("سلم X الرئاسة لنظيره الجزائري: الوزير الجزائري is not X", () => {
    const e: Ents = { tn: ["PER", "منير الحداد"], dz: ["PER", "كمال بوزيد"], algeria: ["GPE", "الجزائر"], tunisia: ["GPE", "تونس"] };
    const text =
      "افتتح وزير الخارجية الجزائري كمال بوزيد الاجتماع. وقد استهل الاجتماع بتسليم وزير الخارجية التونسي منير الحداد رئاسة الدورة لنظيره الجزائري. وقال الحداد إن تونس تثق في الجزائر. وشدد الوزير الجزائري على ضرورة إصلاح العمل العربي المشترك.";
    expect(pairs(text, e)).toEqual([
      ["tn", "تونس تثق"],
      ["dz", "ضرورة إصلاح"],
    ]);
  });
});

describe("a cable's adverbial and a participle without its comma", () => {
  const e: Ents = { emir: ["PER", "سالم الأحمد الصباح"], pres: ["PER", "جان دوبوا"] };

  it("وأشاد سموه في برقيته بعمق العلاقات …: برقيته is the object of في, the statement begins at بعمق", () => {
    const text =
      "بعث سمو الأمير الشيخ سالم الأحمد الصباح ببرقية تهنئة إلى الرئيس جان دوبوا. وأشاد سموه في برقيته بعمق العلاقات التاريخية بين البلدين.";
    expect(pairs(text, e)).toEqual([["emir", "بعمق العلاقات"]]);
  });

  it("…الشقيقين مؤكدا حرص …: the participle with its alef before a noun of stance is a statement of the same speaker", () => {
    const text =
      "بعث سمو الأمير الشيخ سالم الأحمد الصباح ببرقية تهنئة إلى الرئيس جان دوبوا. وأشاد سموه بعمق العلاقات التي تربط البلدين الشقيقين مؤكدا حرص دولة الكويت على تعزيزها.";
    expect(pairs(text, e)).toEqual([
      ["emir", "بعمق العلاقات"],
      ["emir", "حرص دولة"],
    ]);
  });
});

describe("a subject written before the verb in its clause", () => {
  it("لكن وكالة الأنباء (…) قالت إن …: a medium is sourcing, not the last speaker's words", () => {
    const e: Ents = { emir: ["PER", "سالم الأحمد الصباح"] };
    const text =
      "وقال الشيخ سالم الأحمد الصباح إن بلاده تدعم الوساطة. ولم يكشف عن مضمون الرد، لكن وكالة الأنباء الرسمية (وانا) قالت إن الرد يتعلق بجهود التهدئة.";
    expect(pairs(text, e)).toEqual([["emir", "بلاده تدعم"]]);
  });

  it("التقى X رئيسة الوزراء الإيطالية، التي اعتبرت أن …: the title's holder, not the last woman who spoke", () => {
    const e: Ents = { pres: ["PER", "جان دوبوا"], chief: ["PER", "إلسا برغمان"], pm: ["PER", "ماريا روسي"], italy: ["GPE", "إيطاليا"] };
    const text =
      "وقعت رئيسة المفوضية إلسا برغمان والرئيس جان دوبوا الاتفاق، وقالت برغمان إن الاتفاق تاريخي. وشاركت في القمة رئيسة وزراء إيطاليا ماريا روسي. والتقى الرئيس على انفراد رئيسة الوزراء الإيطالية، التي اعتبرت أن الاتفاق نموذج للشراكة.";
    expect(pairs(text, e)).toEqual([
      ["chief", "الاتفاق تاريخي"],
      ["pm", "الاتفاق نموذج"],
    ]);
  });
});
