// Tenth-round quote families (second fixer): sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a state or its capital as the subject speaks, with a noun phrase too", () => {
  const ents: Ents = {
    tehran: ["GPE", "طهران"],
    beijing: ["GPE", "بكين"],
    rabat: ["GPE", "الرباط"],
    china: ["GPE", "الصين"],
    algeria: ["GPE", "الجزائر"],
  };

  it("أكدت طهران اليوم رفضها …، أعلنت بكين رفضها …: the capital, from the object", () => {
    const text = "وأكدت طهران اليوم رفضها لأي تدخل أجنبي في شؤون المنطقة. وأعلنت بكين رفضها القاطع للعقوبات الأحادية.";
    expect(pairs(text, ents)).toEqual([
      ["tehran", "أكدت", "رفضها لأي"],
      ["beijing", "أعلنت", "رفضها القاطع"],
    ]);
  });

  it("أعربت الصين عن …، دعت الجزائر إلى …، جددت الرباط تمسكها …: the state or capital", () => {
    const text = "وأعربت الصين عن قلقها البالغ إزاء تصاعد التوتر. ودعت الجزائر إلى ضبط النفس. وجددت الرباط تمسكها بالحل السياسي.";
    expect(pairs(text, ents)).toEqual([
      ["china", "أعربت", "قلقها البالغ"],
      ["algeria", "دعت", "ضبط النفس"],
      ["rabat", "جددت", "تمسكها بالحل"],
    ]);
  });

  it("an official in the capital is no speaker of the capital", () => {
    const text = "وأكد مسؤول في طهران رفض بلاده لأي تدخل أجنبي.";
    expect(pairs(text, ents).map((p) => p[0])).not.toContain("tehran");
  });
});

describe("مجدداً as the participle of جدد, only before its object", () => {
  const ents: Ents = { minister: ["PER", "نادر العلوي"], envoy: ["PER", "سلمى الفارس"] };

  it("، مجدداً دعوته إلى …، مجددة تأكيدها على …: a statement of the clause's speaker, from the object", () => {
    const text =
      "وقال نادر العلوي إن المرحلة حرجة، مجدداً دعوته إلى وقف فوري للتصعيد. وأكدت سلمى الفارس أن الحوار ضروري، مجددة تأكيدها على دعم المسار السياسي.";
    expect(pairs(text, ents)).toEqual([
      ["minister", "قال", "المرحلة حرجة"],
      ["minister", "مجدداً", "دعوته إلى"],
      ["envoy", "أكدت", "الحوار ضروري"],
      ["envoy", "مجددة", "تأكيدها على"],
    ]);
  });

  it("without a comma, before a definite verbal noun (… بالجهود المبذولة مجددا التأكيد على …)", () => {
    const text = "وأشاد نادر العلوي بالجهود المبذولة مجددا التأكيد على أهمية التنسيق المشترك.";
    expect(pairs(text, ents).map((p) => p[1])).toEqual(["أشاد", "مجددا"]);
  });

  it("the adverb stays an adverb: أكد مجددا أن …، أكد X مجددا دعم …، لن يقبل بذلك مجددا", () => {
    const text =
      "وأكد نادر العلوي مجددا أن بلاده ترفض التدخل. وأكدت سلمى الفارس مجددا دعم بلادها للحل السلمي. وقال نادر العلوي إن بلاده لن تقبل بذلك مجددا.";
    expect(pairs(text, ents)).toEqual([
      ["minister", "أكد", "بلاده ترفض"],
      ["envoy", "أكدت", "دعم بلادها"],
      ["minister", "قال", "بلاده لن"],
    ]);
  });
});

describe("a verb joined by و to a clause whose subject is a state, capital or body", () => {
  const ents: Ents = {
    minister: ["PER", "نادر العلوي"],
    paris: ["GPE", "باريس"],
    jordan: ["GPE", "الأردن"],
    ministry: ["ORG", "وزارة الخارجية القطرية"],
    agency: ["ORG", "وكالة الأنباء الوطنية"],
  };

  it("ورحبت باريس بالقرار، وأكدت أن …؛ ورحب الأردن …، ودعا إلى …: the capital or state, not the last speaker", () => {
    const text = "وقال نادر العلوي إن القرار تاريخي. ورحبت باريس بالقرار، وأكدت أنه خطوة في الاتجاه الصحيح. ورحب الأردن بالاتفاق، ودعا إلى تنفيذه دون إبطاء.";
    expect(pairs(text, ents)).toEqual([
      ["minister", "قال", "القرار تاريخي"],
      ["paris", "أكدت", "خطوة في"],
      ["jordan", "دعا إلى", "تنفيذه دون"],
    ]);
  });

  it("a ministry (واستنكرت وزارة الخارجية القطرية الهجوم، وأكدت …); a medium stays sourcing", () => {
    const text =
      "وقال نادر العلوي إن القرار تاريخي. واستنكرت وزارة الخارجية القطرية الهجوم، وأكدت أن قطر تقف مع الشعب الصومالي. ونشرت وكالة الأنباء الوطنية الخبر، وأضافت أن الوفد غادر.";
    expect(pairs(text, ents).slice(0, 2)).toEqual([
      ["minister", "قال", "القرار تاريخي"],
      ["ministry", "أكدت", "قطر تقف"],
    ]);
    expect(pairs(text, ents).map((p) => p[0])).not.toContain("agency");
  });
});

describe("علي inside a name, which folding writes as the preposition على", () => {
  const ents: Ents = { president: ["PER", "سعيد الهمامي"], minister: ["PER", "محمد علي الزواري"] };

  it("the complement is the clause after the name, not what follows its علي", () => {
    const text =
      "وأكد الرئيس سعيد الهمامي لدى لقائه وزير الخارجية محمد علي الزواري أن البلاد لن تقبل أي تدخل. وشدد الهمامي خلال استقباله محمد علي الزواري على ضرورة احترام السيادة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")])).toEqual([
      ["president", "البلاد لن"],
      ["president", "ضرورة احترام"],
    ]);
  });
});

describe("a one-word noun phrase that ends its clause is a whole statement", () => {
  const ents: Ents = { minister: ["PER", "نادر العلوي"] };

  it("دعا إلى التهدئة.، أعرب عن قلقه.، …، محذرا من التصعيد.", () => {
    const text = "ودعا نادر العلوي إلى التهدئة. وأعرب العلوي عن قلقه. وقال العلوي إن الوضع خطير، محذرا من التصعيد.";
    expect(quotesOf(text, ents).map((q) => [q.cue, q.text])).toEqual([
      ["دعا", "التهدئة"],
      ["أعرب", "قلقه"],
      ["قال", "الوضع خطير"],
      ["محذرا من", "التصعيد"],
    ]);
  });

  it("a preposition with a pronoun (دعا إليها، أشار إليه) or a bare demonstrative is none", () => {
    const text = "وأعرب نادر العلوي عن ذلك. ودعا العلوي إليها.";
    expect(quotesOf(text, ents)).toEqual([]);
  });
});

describe("a one-word predicate after a complementizer with its pronoun", () => {
  const ents: Ents = { president: ["PER", "عبد الكريم السالمي"], tunisia: ["GPE", "تونس"] };

  it("ووصف X العلاقات مع تونس بأنها نموذجية.، وقال إنها ممتازة.", () => {
    const text = "ووصف عبد الكريم السالمي العلاقات مع تونس بأنها نموذجية. وسئل عن المحادثات فقال السالمي إنها ممتازة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text])).toEqual([
      ["president", "نموذجية"],
      ["president", "ممتازة"],
    ]);
  });
});
