// Statement extraction on sentences written for these tests (wire-style
// Arabic; the people and events are invented), one cue family per block.
import { describe, expect, it } from "vitest";
import { brief, quotesOf, type Ents } from "./helpers.js";

const PAIR: Ents = {
  sami: ["PER", "سامي الخطيب", "الخطيب"],
  nora: ["PER", "نورا حداد", "حداد"],
  jordan: ["GPE", "الأردن"],
  lebanon: ["GPE", "لبنان"],
};

describe("reporting verbs", () => {
  it("قال X إن: speaker named after the verb, content after the complementizer", () => {
    const text = "وقال وزير الخارجية سامي الخطيب اليوم الأحد إن بلاده ماضية في دعم الحوار بين الأطراف كافة.";
    const [q, ...rest] = quotesOf(text, PAIR);
    expect(rest).toHaveLength(0);
    expect(brief(q)).toEqual({ speaker: "sami", cue: "قال", text: "بلاده ماضية في دعم الحوار بين الأطراف كافة", direct: false });
    expect(text.slice(q.cue_span.start, q.cue_span.end)).toBe("قال");
  });

  it("feminine, present and future forms, and a pronoun suffix on the complementizer", () => {
    const text =
      "وقالت نورا حداد إنها تتطلع إلى زيارة قريبة للأردن. ويقول الخطيب إن الحوار هو السبيل الوحيد للحل. وستؤكد حداد أن الاتفاق يبقى قائما رغم الصعوبات.";
    const qs = quotesOf(text, PAIR).map(brief);
    expect(qs.map((q) => [q.speaker, q.cue, q.text.split(" ")[0]])).toEqual([
      ["nora", "قالت", "تتطلع"],
      ["sami", "يقول", "الحوار"],
      ["nora", "ستؤكد", "الاتفاق"],
    ]);
  });

  it("أشار إلى أن is a statement; أشار إلى + noun phrase is a reference, not one", () => {
    const text = "وأشار الخطيب إلى الاجتماع الذي عقد في عمان الشهر الماضي. وأشار حداد إلى أن المحادثات كانت صريحة وبناءة.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map(brief)).toEqual([{ speaker: "nora", cue: "أشار", text: "المحادثات كانت صريحة وبناءة", direct: false }]);
  });

  it("noun-phrase verbs: أعرب عن، دعا إلى (with the addressee)، حذر من، شدد على", () => {
    const text =
      "وأعرب الخطيب عن ارتياحه لنتائج الجولة الأولى من المشاورات. ودعا حداد المجتمع الدولي إلى دعم جهود الإعمار في لبنان. وحذر الخطيب من مخاطر التصعيد على استقرار المنطقة. وشددت حداد على ضرورة الالتزام بوقف إطلاق النار.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue, q.text]);
    expect(qs).toEqual([
      ["sami", "أعرب", "ارتياحه لنتائج الجولة الأولى من المشاورات"],
      ["nora", "دعا", "المجتمع الدولي إلى دعم جهود الإعمار في لبنان"],
      ["sami", "حذر", "مخاطر التصعيد على استقرار المنطقة"],
      ["nora", "شددت", "ضرورة الالتزام بوقف إطلاق النار"],
    ]);
  });

  it("impersonal يذكر أن and a verb inside a reported clause are not new statements", () => {
    const text = "يذكر أن البلدين وقعا اتفاقية للتعاون التجاري قبل عامين. وقال الخطيب إن الرئيس أكد أن الحوار مستمر مع جميع الأطراف.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([["sami", "الرئيس أكد أن الحوار مستمر مع جميع الأطراف"]]);
  });
});

describe("participles and verbal nouns", () => {
  it("…، مؤكدا أن … starts a second statement; the first ends before the comma", () => {
    const text = "وقال الخطيب إن العلاقات بين البلدين تشهد تطورا ملحوظا، مؤكدا أن التنسيق سيستمر في المرحلة المقبلة.";
    const qs = quotesOf(text, PAIR).map(brief);
    expect(qs).toEqual([
      { speaker: "sami", cue: "قال", text: "العلاقات بين البلدين تشهد تطورا ملحوظا", direct: false },
      { speaker: "sami", cue: "مؤكدا", text: "التنسيق سيستمر في المرحلة المقبلة", direct: false },
    ]);
  });

  it("a participle takes the subject of its clause even when that clause reports nothing", () => {
    const text = "واستقبلت حداد الوفد الأردني في مقر الوزارة، مشيرة إلى أن الزيارة تعكس عمق العلاقات.";
    const [q] = quotesOf(text, PAIR);
    expect([q.speaker, q.cue, q.text]).toEqual(["nora", "مشيرة", "الزيارة تعكس عمق العلاقات"]);
  });

  it("وفي إشارة إلى أن A، قال X إن B: both statements are X's", () => {
    const text = "وفي إشارة إلى أن الأزمة دخلت عامها الثالث، قال الخطيب إن الحل السياسي ما زال ممكنا.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue, q.text]);
    expect(qs).toEqual([
      ["sami", "في إشارة إلى", "الأزمة دخلت عامها الثالث"],
      ["sami", "قال", "الحل السياسي ما زال ممكنا"],
    ]);
  });

  it("في معرض إشارته إلى أن", () => {
    const text = "وفي معرض إشارته إلى أن المبادرة لقيت ترحيبا واسعا، قالت حداد إن التنفيذ سيبدأ قريبا.";
    expect(quotesOf(text, PAIR).map((q) => [q.speaker, q.cue])).toEqual([
      ["nora", "في معرض إشارته إلى"],
      ["nora", "قالت"],
    ]);
  });
});

describe("trailing attribution", () => {
  it("…، وفقا لما قال (carried) and …، حسبما ذكر X (named)", () => {
    const text =
      "وقال الخطيب إن الجولة المقبلة ستعقد في عمان. وسيبحث الجانبان خلالها ملفات الطاقة والمياه والنقل، وفقا لما قال. كما ستشهد الجولة توقيع مذكرة تفاهم في مجال التعليم، حسبما ذكرت حداد.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue, q.text]);
    expect(qs).toEqual([
      ["sami", "قال", "الجولة المقبلة ستعقد في عمان"],
      ["sami", "وفقا لما قال", "وسيبحث الجانبان خلالها ملفات الطاقة والمياه والنقل"],
      ["nora", "حسبما ذكرت", "كما ستشهد الجولة توقيع مذكرة تفاهم في مجال التعليم"],
    ]);
  });

  it("على حد قوله after a direct quotation", () => {
    const text = "وتحدث الخطيب عن مسار المفاوضات. «لن نقبل بأي حل يفرض علينا من الخارج»، على حد قوله.";
    const [q] = quotesOf(text, PAIR);
    expect([q.speaker, q.direct, q.text]).toEqual(["sami", true, "لن نقبل بأي حل يفرض علينا من الخارج"]);
  });

  it("a source phrase after a statement ends it instead of making a second one", () => {
    const text = "ودعت حداد إلى ضبط النفس وتغليب لغة الحوار، وفقا لما ذكرته وكالة الأنباء الرسمية.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([["nora", "ضبط النفس وتغليب لغة الحوار"]]);
  });
});

describe("direct quotations", () => {
  it("a quotation over several sentences is one direct statement, content inside the marks", () => {
    const text = "وقال الخطيب في مؤتمر صحفي: «إن الحوار هو الطريق الوحيد. ولن نتراجع عن التزاماتنا تجاه شركائنا». وغادر بعدها القاعة.";
    const qs = quotesOf(text, PAIR);
    expect(qs).toHaveLength(1);
    expect(brief(qs[0])).toEqual({
      speaker: "sami",
      cue: "قال",
      text: "إن الحوار هو الطريق الوحيد. ولن نتراجع عن التزاماتنا تجاه شركائنا",
      direct: true,
    });
  });

  it("a quotation opened in one paragraph and reopened in the next runs to its last closing mark", () => {
    const text = "وقالت حداد: «نحن أمام مرحلة جديدة من العلاقات بين البلدين.\n«وسنعمل معا على تحويل التفاهمات إلى مشاريع ملموسة».\nواختتمت الزيارة مساء اليوم.";
    const [q, ...rest] = quotesOf(text, PAIR);
    expect(rest).toHaveLength(0);
    expect(q.direct).toBe(true);
    expect(q.text.startsWith("نحن أمام مرحلة")).toBe(true);
    expect(q.text.endsWith("مشاريع ملموسة")).toBe(true);
  });

  it("أن followed by a quotation is direct; a short quoted phrase inside reported speech is not", () => {
    const text = 'وأضاف الخطيب أن "التعاون الاقتصادي بين البلدين يحتاج إلى دفعة جديدة". وقالت حداد إن بلادها ترفض "الحلول المؤقتة" للأزمة.';
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.direct, q.text]);
    expect(qs).toEqual([
      ["sami", true, "التعاون الاقتصادي بين البلدين يحتاج إلى دفعة جديدة"],
      ["nora", false, 'بلادها ترفض "الحلول المؤقتة" للأزمة'],
    ]);
  });

  it("an opening mark never closed still makes the words direct; a stray closing mark is left out", () => {
    const text = "وقال الخطيب: «الحوار مستمر بين الأطراف كافة.\nواستمرت الجلسة ساعتين، وحققت تقدما ملموسا”، وفقا لما قال.";
    const qs = quotesOf(text, PAIR).map((q) => [q.direct, q.text]);
    expect(qs).toEqual([
      [true, "الحوار مستمر بين الأطراف كافة"],
      [false, "واستمرت الجلسة ساعتين، وحققت تقدما ملموسا"],
    ]);
  });

  it("a cue word inside a quotation does not start a statement", () => {
    const text = "وقال الخطيب: «قلنا مرارا إن الحل يجب أن يكون سياسيا، وأكدنا أن بابنا مفتوح»، مضيفا أن الرد سيأتي قريبا.";
    const qs = quotesOf(text, PAIR).map((q) => [q.cue, q.direct]);
    expect(qs).toEqual([
      ["قال", true],
      ["مضيفا", false],
    ]);
  });
});

describe("carried-over speakers", () => {
  it("وأضاف أن / وتابع قائلا with no subject carry the last speaker; من جانبه with a name switches", () => {
    const text =
      "وقال الخطيب إن المحادثات كانت مثمرة. وأضاف أن اللجان الفنية ستجتمع الأسبوع المقبل. وتابع قائلا إن الاتفاق سيوقع قبل نهاية العام. من جانبها، قالت حداد إن بلادها مستعدة للتعاون. وأوضحت أن الوفد سيزور عمان قريبا.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue]);
    expect(qs).toEqual([
      ["sami", "قال"],
      ["sami", "أضاف"],
      ["sami", "قائلا"],
      ["nora", "قالت"],
      ["nora", "أوضحت"],
    ]);
  });

  it("من جانبه with no name: the other party", () => {
    const text = "واستقبل الخطيب نظيرته نورا حداد في عمان. وقالت حداد إن الزيارة تأتي في وقت مهم. من جانبه، أكد أن الأردن يدعم استقرار لبنان.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue]);
    expect(qs).toEqual([
      ["nora", "قالت"],
      ["sami", "أكد"],
    ]);
  });

  it("titles and honorifics resolve to the person written with them", () => {
    const ents: Ents = {
      faris: ["PER", "فارس العمري"],
      lina: ["PER", "لينا منصور"],
      jordan: ["GPE", "الأردن"],
      lebanon: ["GPE", "لبنان"],
    };
    const text =
      "التقى معالي الشيخ فارس العمري رئيس الوزراء الأردني اليوم وزيرة الخارجية اللبنانية لينا منصور. وأكدت وزيرة الخارجية اللبنانية أن بلادها تثمن الدعم الأردني. وشدد معاليه على أهمية تنسيق المواقف في المحافل الدولية.";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.cue]);
    expect(qs).toEqual([
      ["lina", "أكدت"],
      ["faris", "شدد"],
    ]);
  });

  it("a family name the entity stage left unmarked still names its person", () => {
    // Entities as an entity stage might give them: only the full names are mentions.
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text = "والتقى سامي الخطيب نظيرته نورا حداد. وقال الوزير الخطيب إن اللقاء كان مثمرا. ونقل المتحدث عن حداد قولها: «نحن متفائلون بالنتائج».";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.direct]);
    expect(qs).toEqual([
      ["sami", "قال", false],
      ["nora", "قولها", true],
    ]);
  });

  it("a nationality in the title picks the person of that country (country written in the title)", () => {
    const ents: Ents = {
      tarek: ["PER", "طارق الزين"],
      omar: ["PER", "عمر الشامي"],
      kuwait: ["GPE", "الكويت"],
      oman: ["GPE", "سلطنة عمان"],
    };
    const text =
      "واستقبل طارق الزين وزير خارجية دولة الكويت نظيره عمر الشامي وزير خارجية سلطنة عمان. وقال الوزير الكويتي إن المشاورات ستستمر. وأكد الوزير العماني أن بلاده تدعم الوساطة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["tarek", "omar"]);
  });

  it("a person before the verb inside a reported clause speaks (وذكر البيان أن الوزير أكد أن …)", () => {
    const text = "وذكر البيان أن الخطيب أكد خلال اللقاء أن بلاده ستواصل دعم المبادرة العربية.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue, q.text]);
    expect(qs).toEqual([["sami", "أكد", "بلاده ستواصل دعم المبادرة العربية"]]);
  });
});

describe("joint statements and non-statements", () => {
  it("قال الجانبان / وقالا / أكد X و Y: joint, both parties, no single speaker", () => {
    const text =
      "وعقد الخطيب وحداد جلسة مباحثات موسعة، وقالا إن العلاقات الثنائية تمر بأفضل مراحلها. وأكد الجانبان أن التعاون سيشمل قطاعات جديدة.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map((q) => [q.joint, q.speaker, [...q.speakers].sort()])).toEqual([
      [true, null, ["nora", "sami"]],
      [true, null, ["nora", "sami"]],
    ]);
  });

  it("two coordinated states as subject speak jointly", () => {
    const text = "وأكدت الأردن ولبنان أن أمن البلدين واحد لا يتجزأ.";
    const [q] = quotesOf(text, PAIR);
    expect([q.joint, q.speaker, q.speakers]).toEqual([true, null, ["jordan", "lebanon"]]);
  });

  it("اتفق الجانبان على + noun phrase is an agreement, not a statement; على أن is one", () => {
    const text = "واتفق الجانبان على تشكيل لجنة مشتركة. كما اتفق الجانبان على أن الاجتماع المقبل سيعقد في بيروت.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map((q) => [q.joint, q.text])).toEqual([[true, "الاجتماع المقبل سيعقد في بيروت"]]);
  });

  it("documents and media are not speakers; headlines are skipped", () => {
    const text = "الخطيب يؤكد أن الحوار مستمر\n\nوذكر التقرير أن حجم التبادل التجاري ارتفع بنسبة عشرة في المئة. وأفادت الصحيفة بأن الزيارة تأجلت.";
    expect(quotesOf(text, PAIR)).toEqual([]);
  });

  it("a rhetorical question is not a statement", () => {
    const text = "فهل قال الخطيب إن الحوار انتهى إلى غير رجعة؟ وقال حداد إن الحوار مستمر.";
    expect(quotesOf(text, PAIR).map((q) => q.speaker)).toEqual(["nora"]);
  });

  it("a subjectless verb after a document or an unnamed official continues theirs", () => {
    const text =
      "وقال الخطيب إن الوفد وصل. وذكر التقرير أن الصادرات ارتفعت. وأضاف أن الواردات تراجعت بشكل طفيف. وقال مسؤول أردني إن الاجتماع سيعقد غدا. وأوضح أن جدول الأعمال لم يحدد بعد.";
    expect(quotesOf(text, PAIR).map((q) => [q.speaker, q.cue])).toEqual([
      ["sami", "قال"],
      [null, "قال"],
      [null, "أوضح"],
    ]);
  });

  it("an unnamed official is kept with no speaker", () => {
    const text = "وقال مسؤول أردني إن الاجتماع سيعقد في موعده المحدد.";
    const [q] = quotesOf(text, PAIR);
    expect([q.speaker, q.text]).toEqual([null, "الاجتماع سيعقد في موعده المحدد"]);
  });
});

describe("relayed words and كان clauses", () => {
  it("نقلت الوكالة عن X أن …: X speaks; نقل … قوله: «…» is one statement", () => {
    const text = "ونقلت وكالة الأنباء عن الخطيب أن الزيارة ستتم الشهر المقبل. ونقل المتحدث عن حداد قولها: «نحن متفائلون بنتائج الجولة المقبلة».";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue, q.direct]);
    expect(qs).toEqual([
      ["sami", "نقلت", false],
      ["nora", "قولها", true],
    ]);
  });

  it("وكان X قد أكد أن …: the subject written before the verb", () => {
    const text = "وقالت حداد إن بلادها ترحب بالمبادرة. وكان الخطيب قد أكد في وقت سابق أن المبادرة تحظى بدعم عربي واسع.";
    expect(quotesOf(text, PAIR).map((q) => q.speaker)).toEqual(["nora", "sami"]);
  });
});

describe("statements reported inside statements", () => {
  it("… أن X أكد أن …: X's words are a statement of their own; an office's account of them is not the office's", () => {
    const ents: Ents = { ...PAIR, office: ["ORG", "مكتب الرئاسة"] };
    const text = "وذكر مكتب الرئاسة في بيان أن الخطيب أكد خلال الاتصال أن بلاده ترفض أي حل مفروض.";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text]);
    expect(qs).toEqual([["sami", "أكد", "بلاده ترفض أي حل مفروض"]]);
  });

  it("a title between the complementizer and the verb names the inner speaker (… بأن الوزير أكد أن …)", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text =
      "واستقبل وزير الخارجية سامي الخطيب نظيرته نورا حداد. وصرح متحدث باسم الوزارة بأن الوزير أكد خلال اللقاء أن الحوار مستمر، مشددا على ضرورة التهدئة.";
    // (The unnamed spokesman's account, which opens with the minister's statement, is the minister's only.)
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["sami", "أكد"],
      ["sami", "مشددا على"],
    ]);
  });

  it("an object pronoun on the verb (أبلغه أن، دعاهم إلى)", () => {
    const text = "وقالت حداد إن الخطيب أبلغها أن الوفد سيصل غدا. ودعاهم الخطيب إلى المشاركة في المؤتمر المقبل.";
    const qs = quotesOf(text, PAIR).map((q) => [q.speaker, q.cue]);
    expect(qs).toEqual([
      ["nora", "قالت"],
      ["sami", "أبلغها"],
      ["sami", "دعاهم"],
    ]);
  });
});

describe("subjects written before the verb or as a bare noun", () => {
  it("X، المتحدث باسم …، قال إن …: the person the sentence opens with", () => {
    const text = "وقالت حداد إن الجولة انتهت. الخطيب، المتحدث باسم الوفد الأردني في المحادثات، قال إن الجولة المقبلة ستكون حاسمة.";
    expect(quotesOf(text, PAIR).map((q) => q.speaker)).toEqual(["nora", "sami"]);
  });

  it("a written subject that names no known party gives no speaker instead of the last one", () => {
    const text = "وقال الخطيب إن بلاده ترحب بالمبادرة. وكانت المحكمة العليا قد اعتبرت أن القرار غير دستوري. وجددت الحكومة تحذيراتها من مخاطر الفيضانات في المناطق الشمالية.";
    expect(quotesOf(text, PAIR).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([
      ["sami", "بلاده"],
      [null, "القرار"],
      [null, "تحذيراتها"],
    ]);
  });

  it("a preposition inside the object noun phrase is not the verb's (أكدا أهمية الحفاظ على …)", () => {
    const text = "والتقى الخطيب وحداد في بيروت، وأكدا أهمية الحفاظ على الاستقرار في المنطقة.";
    const [q] = quotesOf(text, PAIR);
    expect([q.joint, q.text]).toEqual([true, "أهمية الحفاظ على الاستقرار في المنطقة"]);
  });

  it("الأخير, a relative clause's antecedent, and a first name after a form of address", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text =
      "واتصل حداد بسامي الخطيب. وأكد الأخير أن الاتصال تناول الأوضاع الإقليمية. والتقت الوفد نورا حداد التي شددت على أهمية الحوار. وقال السيد سامي إن الحوار سيستمر.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["sami", "أكد"],
      ["nora", "شددت على"],
      ["sami", "قال"],
    ]);
  });

  it("an unnamed source right after a noun-phrase verb is its subject (وأكد مصدر …)", () => {
    const text = "وقال الخطيب إن الوفد وصل. وأكد مصدر أمني اعتقال عدد من المشتبه بهم في المنطقة.";
    expect(quotesOf(text, PAIR).map((q) => q.speaker)).toEqual(["sami", null]);
  });

  it("a name after a clitic preposition is who was spoken to (قال لرويترز)", () => {
    const ents: Ents = { ...PAIR, agency: ["ORG", "رويترز"] };
    const text = "وقالت حداد إن المفاوضات مستمرة. وقال لرويترز إن الاتفاق بات قريبا. وقال: إن الوفد سيعود غدا.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([
      ["nora", "المفاوضات"],
      ["nora", "الاتفاق"],
      ["nora", "الوفد"],
    ]);
  });

  it("تبيّن أن (it turned out) and estimates as subject are not statements", () => {
    const text = "وتبين أن الوفد غادر قبل الموعد. وتشير التقديرات إلى أن عدد المشاركين تجاوز الألف.";
    expect(quotesOf(text, PAIR)).toEqual([]);
  });
});

describe("cue spans and line ends", () => {
  it("a preposition right after the verb is part of the cue (أعرب عن)", () => {
    const text = "وقالت حداد إن المحادثات كانت صريحة، معربة عن أملها في التوصل إلى اتفاق قريب.";
    const qs = quotesOf(text, PAIR);
    expect(qs.map((q) => q.cue)).toEqual(["قالت", "معربة عن"]);
    for (const q of qs) expect(text.slice(q.cue_span.start, q.cue_span.end)).toBe(q.cue);
  });

  it("a body sentence that lacks its final full stop is still read", () => {
    const text = "وقال الخطيب إن الاجتماع المقبل سيعقد في بيروت";
    expect(quotesOf(text, PAIR).map((q) => q.speaker)).toEqual(["sami"]);
  });
});

describe("ثمّن / مثمنا: appreciation is a statement, as أشاد بـ is", () => {
  const sp = (text: string) => quotesOf(text, PAIR).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

  it("the verb opening a clause with its subject, and the participle after a statement", () => {
    expect(sp("وثمّن الوزير سامي الخطيب الجهود التي تبذلها الحكومة في مكافحة الإرهاب وتجفيف منابعه.")).toEqual([["sami", "الجهود التي"]]);
    expect(sp("وأكدت الوزيرة نورا حداد أن بلادها تقف إلى جانب أشقائها، مثمنة الدور الذي تقوم به المنظمة في دعم الاستقرار الإقليمي.")).toEqual([
      ["nora", "بلادها تقف"],
      ["nora", "الدور الذي"],
    ]);
  });

  it("the noun ثمن (price) is none", () => {
    expect(sp("ثمن الحرب في المنطقة كان باهظا على الشعوب كافة خلال العقد الماضي.")).toEqual([]);
    expect(sp("وقال الوزير سامي الخطيب إن بلاده دفعت ثمنا باهظا لتداعيات الأزمة الإقليمية.")).toEqual([["sami", "بلاده دفعت"]]);
  });
});
