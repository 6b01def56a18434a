// Speaker resolution patterns of Arabic wire writing that held-out articles
// exercise (sentences written for these tests; people and events invented).
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

describe("speaker resolution beyond the cue's own clause", () => {
  it("a title with a country (ملك البحرين، المبعوث الأممي) is the person who holds it, not the state", () => {
    const ents: Ents = {
      hamad: ["PER", "حمد بن سالم"],
      bahrain: ["GPE", "البحرين"],
      peter: ["PER", "بيتر كلارك"],
      un: ["ORG", "الأمم المتحدة"],
    };
    const text =
      "استقبل ملك البحرين حمد بن سالم في قصر الصافرية المبعوث الأممي بيتر كلارك. وأعرب ملك البحرين عن تقديره للجهود التي تبذلها الأمم المتحدة في المنطقة. وحث المبعوث الأممي الأطراف كافة على العودة إلى طاولة الحوار.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["hamad", "أعرب"],
      ["peter", "حث"],
    ]);
  });

  it("a title with a country matches a person whose title names that country anywhere beside the name", () => {
    const ents: Ents = {
      hamad: ["PER", "حمد بن سالم"],
      karim: ["PER", "كريم يوسف"],
      bahrain: ["GPE", "البحرين"],
      egypt: ["GPE", "مصر"],
    };
    const text =
      "استقبل الملك حمد بن سالم عاهل مملكة البحرين الرئيس كريم يوسف رئيس جمهورية مصر العربية. وأعرب ملك البحرين عن تقديره لمواقف مصر الداعمة. وأكد رئيس مصر أن أمن الخليج جزء من أمن بلاده.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["hamad", "karim"]);
  });

  it("an envoy whose full title runs over a preposition (المبعوث الخاص … إلى سوريا X) is المبعوث الأممي", () => {
    const ents: Ents = { peter: ["PER", "بيتر كلارك"], un: ["ORG", "الأمم المتحدة"], syria: ["GPE", "سوريا"] };
    const text =
      "والتقى الوزير في دمشق المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا بيتر كلارك. وحث المبعوث الأممي الأطراف كافة على العودة إلى طاولة الحوار.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["peter"]);
  });

  it("العاهل + nationality is the king the article named, in a text that writes الملك beside the name", () => {
    const ents: Ents = { abd: ["PER", "عبدالله بن فيصل"], sami: ["PER", "سامي الخطيب"], jordan: ["GPE", "الأردن"] };
    const text =
      "واستقبل الملك عبدالله بن فيصل في قصر الحسينية بالأردن الوزير سامي الخطيب. وأكد العاهل الأردني أن المملكة ماضية في دعم جهود التهدئة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["abd"]);
  });

  it("a second verb in the sentence keeps the first verb's subject, not the object named between", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], khaled: ["PER", "خالد"], jordan: ["GPE", "الأردن"] };
    const text = "وسلم الوزير سامي الخطيب رسالة خطية إلى الملك خالد، وأكد أن بلاده حريصة على تعزيز العلاقات الثنائية.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([["sami", "بلاده"]]);
  });

  it("a second verb after a clause whose subject is a title names the title's holder", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], khaled: ["PER", "خالد بن أحمد"] };
    const text =
      "ووصل وزير الخارجية سامي الخطيب إلى الرياض أمس. وسلم وزير الخارجية رسالة خطية إلى الملك خالد بن أحمد، وأكد أن بلاده حريصة على تعزيز العلاقات.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["sami"]);
  });

  it("with nobody speaking before, an unwritten subject is the last clause subject, not a cable's recipient", () => {
    const ents: Ents = { hamad: ["PER", "حمد بن سالم"], karim: ["PER", "كريم يوسف"] };
    const text = "بعث الملك حمد بن سالم برقية تهنئة إلى الرئيس كريم يوسف بمناسبة إعادة انتخابه. وأعرب عن تمنياته له بالتوفيق والسداد.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["hamad"]);
  });

  it("…، الذي أوضح أن …: the antecedent of the relative pronoun speaks", () => {
    const ents: Ents = { nora: ["PER", "نورا حداد"], david: ["PER", "ديفيد لين"] };
    const text =
      "وقالت نورا حداد إن الجلسة كانت مثمرة.\n\nوحضر الاجتماع المبعوث الخاص ديفيد لين، الذي أوضح أن خطة العمل ستعرض على مجلس الأمن قريبا.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["nora", "قالت"],
      ["david", "أوضح"],
    ]);
  });

  it("الذي after an apposition of titles: the name before it speaks", () => {
    const ents: Ents = { nora: ["PER", "نورا حداد"], david: ["PER", "ديفيد لين"] };
    const text = "وقالت نورا حداد إن الجلسة كانت مثمرة. وتحدث في الجلسة ديفيد لين، المنسق الخاص للأمم المتحدة، الذي أكد أن الهدنة صامدة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["nora", "david"]);
  });

  it("الذي after a title written right after the name, across a state inside the title: the name speaks", () => {
    const ents: Ents = { sultan: ["PER", "هيثم بن طارق"], nasser: ["PER", "ناصر الأحمد"], kuwait: ["GPE", "الكويت"], uae: ["GPE", "الإمارات العربية المتحدة"] };
    const text =
      "وتقبل جلالة السلطان هيثم بن طارق التعازي من أخيه الشيخ ناصر الأحمد أمير دولة الكويت الشقيقة الذي أعرب عن بالغ حزنه لرحيل الفقيد، مؤكدا أن المنطقة فقدت قائدا حكيما. وتلقى السلطان اتصالا من الشيخ ناصر الأحمد رئيس دولة الإمارات العربية المتحدة، الذي أكد وقوف بلاده إلى جانب السلطنة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([
      ["nasser", "بالغ"],
      ["nasser", "المنطقة"],
      ["nasser", "وقوف"],
    ]);
  });

  it("a name followed by other words than a title (الوزير X الوفد الزائر الذي) is not the relative's antecedent", () => {
    const ents: Ents = { nabil: ["PER", "نبيل حداد"], omar: ["PER", "عمر سالم"] };
    const text = "وقال نبيل حداد إن الجلسة كانت مثمرة. واستقبل الوزير عمر سالم الوفد الزائر الذي أكد أن الزيارة ناجحة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).not.toContain("omar");
  });

  it("وكان + a subject with a long title set off by commas + قد أكد: that subject speaks, and its participle too", () => {
    const ents: Ents = { pedro: ["PER", "خوان مارتينيث"], nasser: ["PER", "سعيد العلوي"] };
    const text =
      "وصل رئيس الحكومة خوان مارتينيث إلى الرباط. وكان وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، سعيد العلوي، قد أكد في تصريحات سابقة أن الموقف الجديد يعكس إرادة حقيقية، معتبرا أن المغرب يتعامل بمنطق الوضوح مع شركائه.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([
      ["nasser", "الموقف"],
      ["nasser", "المغرب"],
    ]);
  });

  it("an honorific pronoun after a host's title and a guest addressed otherwise (جلالة الملك … فخامة الرئيس X، وأكد جلالته) is the host", () => {
    const ents: Ents = { king: ["PER", "سلمان بن خالد"], guest: ["PER", "فيصل بن عمر"], pres: ["PER", "كريم يوسف"] };
    const text =
      "استقبل حضرة صاحب الجلالة الملك سلمان بن خالد ملك البلاد المعظم اليوم أخاه صاحب الجلالة الملك فيصل بن عمر. واستقبل جلالة الملك المعظم فخامة الرئيس كريم يوسف رئيس دولة فلسطين، وأكد جلالته موقف المملكة الثابت في دعم حقوق الشعب الفلسطيني.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]])).toEqual([["king", "موقف"]]);
  });

  it("an honorific pronoun in a cable is the sender, not the recipient named nearer", () => {
    const ents: Ents = {
      king: ["PER", "عبدالله بن فهد"],
      pres: ["PER", "كريم يوسف"],
      bahrain: ["GPE", "البحرين"],
    };
    const text =
      "بعث جلالة الملك عبدالله بن فهد برقية تهنئة إلى فخامة الرئيس كريم يوسف بمناسبة العيد الوطني، أعرب فيها جلالته عن أطيب تمنياته لشعب بلاده بدوام التقدم والازدهار.";
    const [q] = quotesOf(text, ents);
    expect([q.speaker, q.text.split(" ")[0]]).toEqual(["king", "أطيب"]);
  });

  it("an honorific pronoun in the next sentence is the sender, though the recipient holds the same honorific", () => {
    const ents: Ents = { hamad: ["PER", "حمد بن سالم"], khaled: ["PER", "خالد بن أحمد"] };
    const text =
      "بعث جلالة الملك حمد بن سالم برقية تهنئة إلى أخيه جلالة الملك خالد بن أحمد بمناسبة ذكرى توليه الحكم. وأعرب جلالته في البرقية عن أطيب تمنياته له بموفور الصحة والسعادة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["hamad"]);
  });

  it("an honorific pronoun in a cable sent by a prince (سموه) is the sender", () => {
    const ents: Ents = { prince: ["PER", "فيصل بن سعود"], pres: ["PER", "أحمد منصور"] };
    const text = "وأرسل سمو الأمير فيصل بن سعود برقية مماثلة إلى الرئيس أحمد منصور، أكد فيها سموه أن العلاقات بين البلدين راسخة.";
    const [q] = quotesOf(text, ents);
    expect(q.speaker).toBe("prince");
  });
});

describe("content and sourcing", () => {
  it("أكد + verbal noun: the statement starts at the verbal noun", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"] };
    const text = "وأكد سامي الخطيب حرص بلاده على الوقوف إلى جانب الأشقاء في مواجهة التحديات.";
    const [q] = quotesOf(text, ents);
    expect([q.speaker, q.text.split(" ").slice(0, 2).join(" ")]).toEqual(["sami", "حرص بلاده"]);
  });

  it("أكد + verbal noun after a subject pronoun honorific and an adverb", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"] };
    const text = "والتقى سامي الخطيب الوفد الزائر. وأكد معاليه خلال اللقاء دعم بلاده الكامل للمبادرة العربية للسلام.";
    const [q] = quotesOf(text, ents);
    expect(q.text.startsWith("دعم بلاده")).toBe(true);
  });

  it("a parenthetical between the subject and a verbal-noun object is not part of the statement", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text = "والتقى سامي الخطيب نظيرته نورا حداد. وأكد الجانبان، في البيان الختامي للاجتماع، التزامهما بتعزيز التعاون الأمني.";
    const [q] = quotesOf(text, ents);
    expect([q.joint, q.text.split(" ")[0]]).toEqual([true, "التزامهما"]);
  });

  it("a source named after the content (حسبما أفاد به بيان لـ …) does not credit a person named inside it", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"], ministry: ["ORG", "وزارة الخارجية"] };
    const text = "التقى وزير الخارجية سامي الخطيب اليوم نظيرته نورا حداد في عمان وبحثا سبل تعزيز التعاون، حسبما أفاد به بيان لوزارة الخارجية.";
    const qs = quotesOf(text, ents);
    expect(qs.filter((q) => q.speaker === "sami" || q.speaker === "nora")).toEqual([]);
  });

  it("a news agency named with its state, after the content, is sourcing: no statement", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"], jordan: ["GPE", "الأردن"] };
    const text = "واستقبل سامي الخطيب نظيرته نورا حداد، وبحثا العلاقات الثنائية، حسبما ذكرت وكالة الأنباء الأردنية الرسمية في الأردن.";
    expect(quotesOf(text, ents)).toEqual([]);
  });

  it("ذكر بيان للخارجية أن الوزير جدد دعم …: the minister's statement", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text =
      "واستقبل وزير الخارجية سامي الخطيب نظيرته نورا حداد. وذكر بيان للخارجية أن الوزير جدد دعم بلاده للحل السياسي في المنطقة.";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ")[0]]);
    expect(qs).toEqual([["sami", "جدد", "دعم"]]);
  });

  it("a ministry's report that the minister renewed support: the minister's statement only", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], mfa: ["ORG", "وزارة الخارجية"] };
    const text = "واستقبل وزير الخارجية سامي الخطيب السفير الجديد. وذكرت وزارة الخارجية في بيان أن الوزير جدد دعم بلاده للحل السياسي.";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ")[0]]);
    expect(qs).toEqual([["sami", "جدد", "دعم"]]);
  });

  it("ذكر بيان أن X أعرب عن …: the inner verb with a named subject", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"] };
    const text = "وذكر بيان صادر عن الديوان أن سامي الخطيب أعرب عن ارتياحه لنتائج الزيارة.";
    const qs = quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ")[0]]);
    expect(qs).toEqual([["sami", "ارتياحه"]]);
  });
});

describe("joint statements", () => {
  it("شدد الجانبان: joint, both parties named, speaker set to the first", () => {
    const ents: Ents = { sami: ["PER", "سامي الخطيب"], nora: ["PER", "نورا حداد"] };
    const text = "والتقى سامي الخطيب نظيرته نورا حداد في بيروت. وشدد الجانبان على أهمية تعزيز التنسيق في المحافل الدولية.";
    const [q] = quotesOf(text, ents);
    expect([q.joint, [...q.speakers].sort()]).toEqual([true, ["nora", "sami"]]);
  });
});
