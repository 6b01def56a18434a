// A coordinated reporting verb (…، وقال إن …) shares the subject of its sentence's first
// clause, and wire copy often opens that clause with something other than the verb: a
// turn-taking phrase, an adverbial of time or occasion set off by a comma, or a verb that
// folding reads as definite. Sentences written for these tests; people invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";
import { articleFromText, oracleEntities } from "./oracle.js";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";

const ents: Ents = {
  omar: ["PER", "عمر الحسيني"],
  lina: ["PER", "لينا فارس"],
  kamal: ["PER", "كمال درويش"],
};

const speakers = (text: string) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]]);

describe("the subject of a sentence's first clause", () => {
  it("after من جانبه / بدوره and a comma", () => {
    const text =
      "وقال الوزير عمر الحسيني إن المحادثات كانت بناءة ومثمرة. من جانبها، ثمنت الوزيرة لينا فارس الدعم الذي قدمته بلاده، وقالت إن الشراكة بين البلدين تتعزز عاما بعد عام.";
    expect(speakers(text)).toEqual([
      ["omar", "المحادثات"],
      ["lina", "الشراكة"],
    ]);
  });

  it("after an opening adverbial set off by a comma (وفي وقت لاحق، وعلى هامش القمة،)", () => {
    const text =
      "وقال الوزير عمر الحسيني إن المحادثات كانت بناءة ومثمرة. وفي وقت لاحق من اليوم، استقبل الرئيس كمال درويش الوزير الضيف، وقال إن التعاون بين البلدين قادر على حل مشكلات كثيرة.";
    expect(speakers(text)).toEqual([
      ["omar", "المحادثات"],
      ["kamal", "التعاون"],
    ]);
  });

  it("after a verb folding reads as definite (التقى، ألقى) and a form of address (آية الله)", () => {
    const text =
      "وقال الوزير عمر الحسيني إن المحادثات كانت بناءة ومثمرة. كما التقى كمال درويش الوزيرة لينا فارس في مقر الوزارة، وأوضح أن بلاده مستعدة لتوسيع التعاون. وعلى هامش المؤتمر، ألقى آية الله عمر الحسيني كلمة أمام الحضور، أعلن فيها أن بلاده ستقدم مساعدات جديدة.";
    expect(speakers(text)).toEqual([
      ["omar", "المحادثات"],
      ["kamal", "بلاده"],
      ["omar", "بلاده"],
    ]);
  });
});

describe("a lead sentence headed by its dateline", () => {
  // The cleaning stage finds the dateline (place, date, agency); the lead's clause opens with the verb after it.
  const withDateline = (text: string, agency: string) => {
    const article = articleFromText("t", text);
    const end = text.indexOf(agency) + agency.length;
    article.dateline = { start: 0, end, place: text.split(" ")[0], date: null };
    const gold = Object.entries(ents).map(([key, [type, ...names]]) => ({ key, type, names }));
    return extractQuotes(buildDoc(article), oracleEntities(text, gold)).map((q) => [q.speaker, q.text.split(" ")[0]]);
  };

  it("a verb joined by و with no comma shares the opening verb's subject, not its object", () => {
    const text =
      "عمّان 4 أيار 2022 (وكالة الأنباء) - استقبل الرئيس كمال درويش اليوم الأربعاء وزير الخارجية عمر الحسيني وأكد أن بلاده حريصة على توسيع التعاون.";
    expect(withDateline(text, "(وكالة الأنباء)")).toEqual([["kamal", "بلاده"]]);
  });

  it("so does one after a comma (…، وشدد على أن …)", () => {
    const text =
      "الرباط 9 يونيو 2021 (وكالة الأنباء) - أجرت الوزيرة لينا فارس اليوم مباحثات مع نظيرها عمر الحسيني، وشددت على أن الحوار هو السبيل الوحيد لحل الخلافات.";
    expect(withDateline(text, "(وكالة الأنباء)")).toEqual([["lina", "الحوار"]]);
  });
});

describe("a coordinated verb after a clause whose subject is a title or a name set off by commas", () => {
  it("a bare title the last speaker holds is the last speaker, not the title's latest other holder (وكان جلالة الملك قد أجرى …، وأعرب له عن)", () => {
    const text =
      "بعث الملك كمال درويش اليوم برقية تهنئة إلى الملك عمر الحسيني بمناسبة توليه العرش. وقال الملك كمال درويش في برقيته إن الشعبين تجمعهما روابط أخوة متينة، متمنيا للملك عمر الحسيني التوفيق. وكان جلالة الملك قد أجرى، يوم 5 مارس الجاري، اتصالا هاتفيا بالعاهل الراحل، اطمأن خلاله على صحته، وأعرب له عن متمنياته الصادقة بالشفاء العاجل.";
    expect(speakers(text)).toEqual([
      ["kamal", "الشعبين"],
      ["kamal", "للملك"],
      ["kamal", "متمنياته"],
    ]);
  });

  it("a name after its title set off by commas is the opening verb's subject (قدمت وزيرة …، السيدة X، … لسفير Y، حيث أعربت عن)", () => {
    const text =
      "وقال الوزير عمر الحسيني إن المحادثات كانت مثمرة. وفي السياق ذاته، قدمت وزيرة الشؤون الخارجية والتعاون، السيدة لينا فارس، صباح اليوم بالعاصمة، واجب العزاء لسفير الملك كمال درويش لدى المملكة، حيث أعربت عن تضامن المملكة مع الشعب الشقيق في هذا المصاب.";
    expect(speakers(text)).toEqual([
      ["omar", "المحادثات"],
      ["lina", "تضامن"],
    ]);
  });
});
