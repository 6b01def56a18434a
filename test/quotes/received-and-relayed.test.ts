// Who speaks in a clause about something received (a cable, a letter, a call), and titles
// that stop before the statement: sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/types.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { MentionIndex } from "../../src/quotes/mentions.js";
import { quotesOf, type Ents } from "./helpers.js";
import { articleFromText, oracleEntities } from "./oracle.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a clause about what was received is its sender's", () => {
  const ents: Ents = {
    nabil: ["PER", "نبيل الراشد"],
    omar: ["PER", "عمر الحسيني"],
    lina: ["PER", "لينا فارس"],
  };

  it("تلقى Y برقية من X، أكد فيها أن …: the sender", () => {
    const text = "وتلقى الرئيس نبيل الراشد برقية تهنئة من الرئيس عمر الحسيني، أكد فيها أن بلاده ستبقى سندا للأشقاء.";
    expect(pairs(text, ents)).toEqual([["omar", "بلاده ستبقى"]]);
  });

  it("a letter received, with a title and a state before the sender's name (من أمير دولة …)", () => {
    const text = "تسلمت الرئيسة لينا فارس رسالة خطية من ملك المملكة المتحدة للجزر الشرقية عمر الحسيني، أعرب فيها عن تطلعه إلى تعزيز التعاون.";
    expect(pairs(text, ents)).toEqual([["omar", "تطلعه إلى"]]);
  });

  it("a call received: خلاله without و is the caller's; وأكد خلاله with its own subject stays that subject's", () => {
    const a = "تلقى الوزير نبيل الراشد اتصالا هاتفيا من نظيره عمر الحسيني، أكد خلاله أن حكومته ستعترف بالدولة الجديدة.";
    expect(pairs(a, ents)).toEqual([["omar", "حكومته ستعترف"]]);
    const b = "تلقى الوزير نبيل الراشد اتصالا هاتفيا من نظيره عمر الحسيني، وأكد خلاله الراشد أن بلاده ترحب بالخطوة.";
    expect(pairs(b, ents)).toEqual([["nabil", "بلاده ترحب"]]);
  });

  it("a participle after a clause about the call received (هنأه خلاله …، معربا عن …) is the caller's; after a call made, the caller is the subject", () => {
    const a = "تلقى ولي العهد نبيل الراشد اتصالا هاتفيا من رئيس الوزراء عمر الحسيني، هنأه خلاله بتوليه منصبه، معربا عن تطلعه للعمل معه.";
    expect(pairs(a, ents)).toEqual([["omar", "تطلعه للعمل"]]);
    const b = "وأجرى ولي العهد نبيل الراشد اتصالا هاتفيا برئيس الوزراء عمر الحسيني، هنأه خلاله بتوليه منصبه، معربا عن تطلعه للعمل معه.";
    expect(pairs(b, ents)).toEqual([["nabil", "تطلعه للعمل"]]);
  });

  it("a cable sent (بعث X برقية إلى Y، أكد فيها) and a clause with no word for the thing received stay the subject's", () => {
    const a = "بعث الرئيس عمر الحسيني برقية إلى الرئيس نبيل الراشد، أكد فيها أن بلاده تقف إلى جانب الأشقاء.";
    expect(pairs(a, ents)).toEqual([["omar", "بلاده تقف"]]);
    const b = "وتسلم الرئيس نبيل الراشد رسالة من نظيره عمر الحسيني، ثم أكد أن البلدين يواجهان التحديات نفسها.";
    expect(pairs(b, ents)).toEqual([["nabil", "البلدين يواجهان"]]);
  });
});

describe("a title written before a noun-phrase statement", () => {
  it("ends at the verbal noun that opens the statement (فيما أكد الوزير الشمالي دعم … للموقف الجنوبي)", () => {
    const ents: Ents = { nabil: ["PER", "نبيل الراشد"], omar: ["PER", "عمر الحسيني"] };
    const text =
      "تلقى وزير الخارجية الجنوبي نبيل الراشد اتصالا من وزير الخارجية الشمالي عمر الحسيني. وأكد الراشد خلال الاتصال رفض بلاده القاطع للتهجير، فيما أكد الوزير الشمالي دعم حكومته للموقف الجنوبي.";
    expect(pairs(text, ents)).toEqual([
      ["nabil", "رفض بلاده"],
      ["omar", "دعم حكومته"],
    ]);
  });
});

describe("a person's own text (a cable, a letter, a speech) speaks for its writer", () => {
  const ents: Ents = {
    nabil: ["PER", "نبيل الراشد"],
    omar: ["PER", "عمر الحسيني"],
    lina: ["PER", "لينا فارس"],
  };

  it("وجاء في البرقية أن … after بعث X برقية إلى Y: the sender", () => {
    const text =
      "بعث الرئيس عمر الحسيني برقية تعزية إلى الرئيس نبيل الراشد في ضحايا الفيضانات. وجاء في البرقية أن بلاده تقف إلى جانب الأشقاء في هذا المصاب.";
    expect(pairs(text, ents)).toEqual([["omar", "بلاده تقف"]]);
  });

  it("جاء فيها: «…» after تلقى Y برقية من X: the sender, as a direct quotation", () => {
    const text = "وتلقى الرئيس نبيل الراشد برقية تهنئة من الملك عمر الحسيني، جاء فيها: «يسعدني أن أتوجه إليكم بأحر التهاني».";
    const q = quotesOf(text, ents);
    expect(q.map((x) => [x.speaker, x.direct, x.text.split(" ")[0]])).toEqual([["omar", true, "يسعدني"]]);
  });

  it("في كلمة + a person, and a letter as the subject of a reporting verb (وأكدت الرسالة التي بعث بها X أن …)", () => {
    const a = "وقالت لينا فارس إن الحوار مستمر. وجاء في كلمة الرئيس عمر الحسيني أمام البرلمان أن الحكومة ستمضي في الإصلاحات.";
    expect(pairs(a, ents).at(-1)).toEqual(["omar", "الحكومة ستمضي"]);
    const b = "وأكدت الرسالة التي بعث بها الرئيس نبيل الراشد إلى نظيره عمر الحسيني أن البلدين شريكان في بناء الاستقرار.";
    expect(pairs(b, ents)).toEqual([["nabil", "البلدين شريكان"]]);
  });

  it("ورد as جاء (بعث X رسالة … كما ورد فيها أن …)", () => {
    const text = "وبعث الرئيس عمر الحسيني رسالة إلى القمة، كما ورد فيها أن بلاده تدعم الحلول السلمية.";
    expect(pairs(text, ents)).toEqual([["omar", "بلاده تدعم"]]);
  });

  it("the recipient is never the writer (وجه X رسالة إلى المرشد Y … ومما جاء في الرسالة)", () => {
    const text = "ووجه الرئيس عمر الحسيني رسالة إلى المرشد الأعلى نبيل الراشد. ومما جاء في الرسالة: «نريد التوصل إلى اتفاق جديد».";
    expect(pairs(text, ents)).toEqual([["omar", "نريد التوصل"]]);
  });

  it("فيها after a text read out by another (تلا X رسالة وجهها الملك Y، أكد فيها) is the writer's; فيها after a place is not a text", () => {
    const a = "وتلا المستشار لينا فارس رسالة وجهها الملك عمر الحسيني إلى المشاركين في المنتدى، أكد فيها أن الحوار بين الثقافات ضرورة.";
    expect(pairs(a, ents)).toEqual([["omar", "الحوار بين"]]);
    const b = "وزار الرئيس نبيل الراشد المدينة المنكوبة برفقة عمر الحسيني، وأكد فيها أن الإعمار سيكتمل خلال عام.";
    expect(pairs(b, ents)).toEqual([["nabil", "الإعمار سيكتمل"]]);
  });

  it("an institution's text stays sourcing (وجاء في البيان أن …)", () => {
    const text = "واستقبل الرئيس عمر الحسيني الوفد. وجاء في البيان أن الاجتماع المقبل سيعقد في العاصمة.";
    expect(pairs(text, ents)).toEqual([]);
  });
});

describe("a subject written before قد + verb (وكان X قد أعلن أن …)", () => {
  const ents: Ents = {
    nabil: ["PER", "نبيل بن سعيد بن حمد آل راشد"],
    omar: ["PER", "عمر الحسيني"],
  };

  it("reaches back over a name with its chain of titles", () => {
    const text =
      "وقال عمر الحسيني إن الاتفاق صامد. وكان معالي الشيخ نبيل بن سعيد بن حمد آل راشد رئيس مجلس الوزراء وزير الخارجية قد أعلن، مساء أمس، أن الاتفاق سيدخل حيز التنفيذ يوم الأحد.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "الاتفاق صامد"],
      ["nabil", "الاتفاق سيدخل"],
    ]);
  });

  it("and over a clause joined by و to the same subject (وكان X قد وصل … وقد أكد)", () => {
    const text = "وقال نبيل بن سعيد بن حمد آل راشد إن الزيارة ناجحة. وكان عمر الحسيني قد وصل إلى العاصمة صباحا وقد أكد أن المحادثات ستتواصل.";
    expect(pairs(text, ents).at(-1)).toEqual(["omar", "المحادثات ستتواصل"]);
  });

  it("a كان with no قد before the verb is not reached for (وكان اللقاء مثمرا … وأكد)", () => {
    const text = "وقال نبيل بن سعيد بن حمد آل راشد إن الزيارة ناجحة. وكان اللقاء مع عمر الحسيني مثمرا وأكد أن المحادثات ستتواصل.";
    expect(pairs(text, ents).at(-1)?.[0]).not.toBe("omar");
  });
});

describe("roles the entity stage read beside a later mention", () => {
  it("do not tell whom a title written before them means (التقى ولي العهد الرئيس X, read later as X's role)", () => {
    const text =
      "وافتتح ولي العهد الأمير نبيل الراشد القمة بحضور الرئيس عمر الحسيني. وقال ولي العهد في كلمته إن المملكة ترفض الحرب رفضا قاطعا. وعلى هامش القمة، التقى ولي العهد الرئيس عمر الحسيني.";
    const entities = oracleEntities(text, [
      { key: "nabil", type: "PER", names: ["نبيل الراشد"] },
      { key: "omar", type: "PER", names: ["عمر الحسيني"] },
    ]);
    // The role as an entity stage may read it: the subject's title and the object's together.
    const omar = entities.find((e) => e.id === "omar")!;
    const later = omar.mentions.at(-1)!;
    const role = "ولي العهد الرئيس";
    const at = text.lastIndexOf(role);
    later.role = { start: at, end: at + role.length, text: role };
    omar.roles = [role];
    const quotes = extractQuotes(buildDoc(articleFromText("t", text)), entities);
    expect(quotes.map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([["nabil", "المملكة"]]);
  });
});

describe("a name's last word of two letters", () => {
  it("names its person written alone (فيما قال طه إن …), unless it is a common word (حر)", () => {
    const text =
      "وحضر الأمين العام للمنظمة حسين إبراهيم طه والكاتب سامي حر. وحذر الأمين العام من اتساع الحرب، فيما قال طه إن المنظمة ستوثق الجرائم. وقال إن الرأي حر في كل الأحوال.";
    const entities = oracleEntities(text, [
      { key: "taha", type: "PER", names: ["حسين إبراهيم طه"] },
      { key: "sami", type: "PER", names: ["سامي حر"] },
    ]);
    const doc = buildDoc(articleFromText("t", text));
    const index = new MentionIndex(entities, doc);
    const word = (w: string) => doc.tokens.filter((t) => t.text === w).at(-1)!;
    expect(index.byFamilyName(word("طه"))?.id).toBe("taha");
    expect(index.byFamilyName(word("حر"))).toBeNull();
    const quotes = extractQuotes(doc, entities);
    expect(quotes.find((q) => q.text.startsWith("المنظمة"))?.speaker).toBe("taha");
  });
});

describe("a mention that took in a clitic preposition", () => {
  it("is who was spoken to, not the speaker (وقالت مصادر للمرصد الوطني إن …, the mention written للمرصد)", () => {
    const text = "وقالت مصادر دبلوماسية للمرصد الوطني إن التحضيرات للزيارة استمرت أشهرا.";
    const written = "للمرصد الوطني";
    const at = text.indexOf(written);
    const entities = [{ id: "observatory", type: "ORG", name: "المرصد الوطني", mentions: [{ start: at, end: at + written.length, text: written }], roles: [] }] as unknown as Entity[];
    const quotes = extractQuotes(buildDoc(articleFromText("t", text)), entities);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it("but a surname that merely begins with ك/ل/ب + ال is the speaker (وقال كالاس، قالت بالاسيوس)", () => {
    for (const [full, short] of [["كايا كالاس", "كالاس"], ["آنا بالاسيوس", "بالاسيوس"]]) {
      const text = `التقت ${full} الوزراء في بروكسل.\n\nوقالت ${short} للصحافيين إن الاتحاد الأوروبي سيتحرك بسرعة لتعليق بعض العقوبات.`;
      const quotes = analyzeArticle(articleFromText("t", text)).quotes;
      expect(quotes.length).toBe(1);
      expect(quotes[0].speaker).not.toBeNull();
    }
  });
});

describe("a participle after a حيث clause with its own named subject", () => {
  const ents: Ents = {
    kamal: ["PER", "كمال درويش", "درويش"],
    sami: ["PER", "سامي خوري", "خوري"],
  };

  it("is that subject's, not the spokesperson's who reported the clause", () => {
    const text =
      "وصرح السفير سامي خوري المتحدث الرسمي باسم وزارة الخارجية، بأن الاتصال تناول مستجدات الأوضاع في المنطقة، حيث أطلع الوزير كمال درويش نظيره على الجهود المبذولة لوقف إطلاق النار، مؤكدا رفض بلاده القاطع لأي تدخل خارجي. وأضاف المتحدث أن الجانبين اتفقا على مواصلة التشاور.";
    expect(pairs(text, ents)).toEqual([
      ["sami", "الاتصال تناول"],
      ["kamal", "رفض بلاده"],
      ["sami", "الجانبين اتفقا"],
    ]);
  });

  it("a حيث clause with no named subject leaves the participle to the speaker (حيث جرى بحث …)", () => {
    const text =
      "وقال الوزير كمال درويش إن اللقاء كان مثمرا، حيث جرى بحث سبل تعزيز التعاون الثنائي، مؤكدا أن بلاده حريصة على تطوير العلاقات.";
    expect(pairs(text, ents)).toEqual([
      ["kamal", "اللقاء كان"],
      ["kamal", "بلاده حريصة"],
    ]);
  });
});

describe("وأضاف البيان after a body's statement", () => {
  const ents: Ents = {
    kamal: ["PER", "كمال درويش"],
    omar: ["PER", "عمر الحسيني"],
    office: ["ORG", "الديوان الرئاسي"],
  };

  it("goes on with the body though a joint statement of the two leaders was reported in between", () => {
    const text =
      "وبحث الرئيس كمال درويش ونظيره عمر الحسيني في اتصال هاتفي اليوم الأوضاع في المنطقة. وذكر الديوان الرئاسي، في بيان نشره على موقعه، أن الزعيمين «أعربا عن قلقهما إزاء تصاعد التوتر»، واتفقا على ضرورة اتخاذ إجراءات إضافية لتهدئة الوضع. وأضاف البيان أن الرئيسين شددا على أهمية التنفيذ الكامل للتفاهمات السابقة.";
    const got = quotesOf(text, ents).filter((q) => q.speaker !== null).map((q) => [q.speaker, q.text.split(" ")[0]]);
    expect(got).toEqual([
      ["office", "الزعيمين"],
      ["office", "الرئيسين"],
    ]);
  });
});
