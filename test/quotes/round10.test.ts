// Tenth-round quote families: sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { articleFromText, oracleEntities } from "./oracle.js";
import { quotesOf, type Ents } from "./helpers.js";

/** Speaker, cue and first two words of each quote, the entities as an entity stage that marked only each name's first mention gives them. */
function firstMentionsOnly(text: string, ents: Ents): [string | null, string, string][] {
  const gold = Object.entries(ents).map(([key, [type, ...names]]) => ({ key, type, names }));
  const entities = oracleEntities(text, gold).map((e) => ({ ...e, mentions: e.mentions.slice(0, 1) }));
  return extractQuotes(buildDoc(articleFromText("t", text)), entities).map((q) => [q.speaker, q.cue, q.text.split(" ").slice(0, 2).join(" ")]);
}

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ").slice(0, 2).join(" ")]);

describe("the name علي, which folding writes as the preposition على, opens a subject", () => {
  const ents: Ents = {
    salem: ["PER", "سالم بن حمود"],
    ali: ["PER", "علي المنصوري"],
  };

  it("وأوضح علي X أن … after another speaker: the named person, not the last speaker", () => {
    const text = "وقال سالم بن حمود إن المحادثات كانت مثمرة. والتقى الوفد وزير المالية علي المنصوري. وأوضح علي المنصوري أن بلاده مستعدة لتمويل المشروع.";
    expect(firstMentionsOnly(text, ents)).toEqual([
      ["salem", "قال", "المحادثات كانت"],
      ["ali", "أوضح", "بلاده مستعدة"],
    ]);
  });

  it("أكد على أهمية … stays a verb and its preposition", () => {
    const text = "والتقى الوفد وزير المالية علي المنصوري. وأكد سالم بن حمود على أهمية تعزيز التعاون.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["salem"]);
  });
});

describe("a verb joined by و to the clause about a call or cable received", () => {
  const ents: Ents = {
    emir: ["PER", "خالد الناصر"],
    caller: ["PER", "ماهر العبيدي"],
    other: ["PER", "سليم حداد"],
  };

  it("تلقى Y اتصالا من X قدم خلاله …، وأكد أن …: the caller", () => {
    const text = "وقال سليم حداد إن العلاقات متينة. وتلقى الأمير خالد الناصر اتصالا هاتفيا من رئيس الوزراء ماهر العبيدي قدم خلاله التهنئة بالعيد، وأكد أن بلاده تقف مع الكويت.";
    expect(pairs(text, ents)).toEqual([
      ["other", "قال", "العلاقات متينة"],
      ["caller", "أكد", "بلاده تقف"],
    ]);
  });

  it("inside a كان clause (وكان الأمير قد تلقى أمس اتصالا من X …)", () => {
    const text = "وقال سليم حداد إن العلاقات متينة. وكان الأمير خالد الناصر قد تلقى أمس اتصالا هاتفيا من رئيس الوزراء ماهر العبيدي بحث خلاله العلاقات الثنائية، وشدد على أن التعاون سيتواصل.";
    expect(pairs(text, ents)).toEqual([
      ["other", "قال", "العلاقات متينة"],
      ["caller", "شدد", "التعاون سيتواصل"],
    ]);
  });

  it("after an impersonal verb (جرى خلاله …) the joined verb is not the caller's", () => {
    const text = "وقال خالد الناصر إن العلاقات متينة. وتلقى خالد الناصر اتصالا هاتفيا من ماهر العبيدي جرى خلاله بحث العلاقات، وأكد أن التعاون سيتواصل.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["emir", "emir"]);
  });
});

describe("a subject written as the tail of a longer name of the article", () => {
  // The entity stage may read the inner part of a compound name as a name of its own.
  const ents: Ents = {
    envoy: ["PER", "محمد ولد الشيخ سيدي"],
    inner: ["PER", "الشيخ سيدي"],
    host: ["PER", "فهد العتيبي"],
  };

  it("وقال ولد الشيخ سيدي إن …: the envoy, not the inner name", () => {
    const text = "واستقبل فهد العتيبي المبعوث الأممي محمد ولد الشيخ سيدي. وقال ولد الشيخ سيدي إن المحادثات تمر بمرحلة حساسة.";
    expect(pairs(text, ents)).toEqual([["envoy", "قال", "المحادثات تمر"]]);
  });
});

describe("a name whose first letter the tokenizer took for the conjunction و", () => {
  // The entity stage may mark يليامز in وكانت ويليامز as a person of its own.
  const ents: Ents = {
    envoy: ["PER", "هيلين ويليامز"],
    split: ["PER", "يليامز"],
    host: ["PER", "فهد العتيبي"],
  };

  it("وكانت ويليامز قد أعلنت …: the person the whole word names", () => {
    const text = "واستقبل فهد العتيبي المبعوثة هيلين ويليامز. وكانت ويليامز قد أعلنت أن الجولة المقبلة ستعقد في جنيف.";
    expect(pairs(text, ents)).toEqual([["envoy", "أعلنت", "الجولة المقبلة"]]);
  });

  it("وقالت ويليامز إن …", () => {
    const text = "واستقبل فهد العتيبي المبعوثة هيلين ويليامز. وقالت ويليامز إن الطرفين أبديا مرونة.";
    expect(pairs(text, ents)).toEqual([["envoy", "قالت", "الطرفين أبديا"]]);
  });
});

describe("a relative clause whose antecedent is a document", () => {
  const ents: Ents = {
    reader: ["PER", "كريم الصافي"],
    delegate: ["PER", "منير الحداد"],
  };

  it("وتلا X البيان الختامي الذي أشار إلى أن …: sourcing, not the last speaker's", () => {
    const text = "وقال منير الحداد إن الجولة كانت صعبة. وتلا كريم الصافي البيان الختامي الذي أشار إلى أن الجولة المقبلة ستعقد في الخريف.";
    expect(pairs(text, ents)).toEqual([["delegate", "قال", "الجولة كانت"]]);
  });

  it("التقرير السنوي الذي أكد أن …", () => {
    const text = "وقال منير الحداد إن الجولة كانت صعبة. ونشرت اللجنة التقرير السنوي الذي أكد أن معدلات الفقر ارتفعت.";
    expect(pairs(text, ents)).toEqual([["delegate", "قال", "الجولة كانت"]]);
  });

  it("a person antecedent still speaks (… كريم الصافي، الذي أكد أن …)", () => {
    const text = "وقال منير الحداد إن الجولة كانت صعبة. واستقبل الوفد كريم الصافي، الذي أكد أن بلاده تدعم الحوار.";
    expect(pairs(text, ents)).toEqual([
      ["delegate", "قال", "الجولة كانت"],
      ["reader", "أكد", "بلاده تدعم"],
    ]);
  });
});

describe("a verb with a noun phrase right after خلاله, in the clause about a call", () => {
  const ents: Ents = {
    caller: ["PER", "سالم الهاشمي"],
    host: ["PER", "خالد البدري"],
  };

  it("تلقى Y اتصالا من X أبدى خلاله استعداد …: a statement of the caller, with or without a comma", () => {
    for (const text of [
      "وتلقى خالد البدري اتصالا هاتفيا من الرئيس سالم الهاشمي أبدى خلاله استعداد بلاده للمساعدة في إنجاح الحوار.",
      "وتلقى خالد البدري اتصالا هاتفيا من الرئيس سالم الهاشمي، أبدى خلاله استعداد بلاده للمساعدة في إنجاح الحوار.",
    ]) expect(pairs(text, ents)).toEqual([["caller", "أبدى", "استعداد بلاده"]]);
  });

  it("without a call named before, أبدى and its noun phrase inside a clause stay no cue", () => {
    const text = "وزار خالد البدري المعرض الذي أبدى خلاله الزوار اهتماما كبيرا بالمنتجات المحلية.";
    expect(pairs(text, ents)).toEqual([]);
  });
});
