// Subjects written by title, and statement frames of wire copy: sentences written for
// these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("titles", () => {
  it("a bare title (وزير الخارجية) is the official written so, not one with a state after it", () => {
    const ents: Ents = { nabil: ["PER", "نبيل الراشد"], omar: ["PER", "عمر الحسيني"], oman: ["GPE", "سلطنة عمان"] };
    const text =
      "تلقى نبيل الراشد وزير الخارجية اليوم اتصالا هاتفيا من عمر الحسيني وزير خارجية سلطنة عمان. وأكد وزير الخارجية أن بلاده تقف إلى جانب الأشقاء في كل الظروف.";
    expect(pairs(text, ents)).toEqual([["nabil", "بلاده تقف"]]);
  });

  it("الرئيس is the one written الرئيس X, not a رئيس مجلس … named later", () => {
    const ents: Ents = { karim: ["PER", "كريم يوسف"], hadi: ["PER", "هادي سالم"] };
    const text =
      "استقبل الرئيس كريم يوسف اليوم الوفد الزائر بحضور هادي سالم رئيس مجلس الوزراء. وأوضح المتحدث الرسمي أن الرئيس أكد دعم بلاده الكامل لجهود التهدئة.";
    expect(pairs(text, ents).at(-1)).toEqual(["karim", "دعم بلاده"]);
  });

  it("a title with its adjective is the person it is written beside, not the next item of a list", () => {
    const ents: Ents = { faris: ["PER", "فارس العلي"], nabil: ["PER", "نبيل الراشد"], kuwait: ["GPE", "الكويت"], qatar: ["GPE", "قطر"] };
    const text =
      "وشارك في الاجتماع فارس العلي وزير الخارجية الكويتي، والدكتور نبيل الراشد وزير الخارجية القطري، وعدد من الوزراء. أما وزير الخارجية الكويتي فشدد على أن الحوار هو الطريق الوحيد للاستقرار، داعيا الدول التي لم تعترف بعد بالاتفاق إلى الانضمام إليه.";
    expect(pairs(text, ents)).toEqual([
      ["faris", "الحوار هو"],
      ["faris", "الدول التي"],
    ]);
  });

  it("a post's place set off by commas (وزيرة الخارجية في بلد، X، إن)", () => {
    const ents: Ents = { lina: ["PER", "لينا فارس"], omar: ["PER", "عمر الحسيني"], sa: ["GPE", "جنوب أفريقيا"] };
    const text = "وقال عمر الحسيني إن القمة ناجحة. وقالت وزيرة العلاقات الدولية في جنوب أفريقيا، لينا فارس، إن دولا كثيرة أبدت رغبتها في الانضمام.";
    expect(pairs(text, ents).at(-1)).toEqual(["lina", "دولا كثيرة"]);
  });
});

describe("frames", () => {
  it("an adverb between the verb and its subject (وأكد خلاله X حرص …)", () => {
    const ents: Ents = { omar: ["PER", "عمر الحسيني"], kamal: ["PER", "كمال درويش"] };
    const text = "وقال عمر الحسيني إن العلاقات متينة. وتلقى الوزير اتصالا من كمال درويش، وأكد خلاله درويش حرص بلاده على تسريع تنفيذ الاتفاقية.";
    expect(pairs(text, ents).at(-1)).toEqual(["kamal", "حرص بلاده"]);
  });

  it("نوه ب + noun phrase and أشار إلى + a noun of stance are statements; أشار إلى + another noun is not", () => {
    const ents: Ents = { omar: ["PER", "عمر الحسيني"] };
    const text =
      "ونوه عمر الحسيني بالدور الذي تضطلع به المنظمة في دعم الاستقرار، مشيرا إلى استعداد بلاده لتسريع العمل على المشروع. وأشار الحسيني إلى الاجتماع المقبل.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "بالدور الذي"],
      ["omar", "استعداد بلاده"],
    ]);
  });

  it("a name written with ب after نوه is its subject, not its noun phrase (نوه بوغدانوف بأن …)", () => {
    const ents: Ents = { bogdan: ["PER", "بوريس بوغدانوف"], initiative: ["ORG", "المبادرة الإقليمية"] };
    const text = "ونوه بوغدانوف بأن العاصمة تحظى باحترام واسع. ونوه بوريس بوغدانوف بالمبادرة الإقليمية لدعم الاستقرار.";
    expect(pairs(text, ents)).toEqual([
      ["bogdan", "العاصمة تحظى"],
      ["bogdan", "بالمبادرة الإقليمية"],
    ]);
  });

  it("a document is the subject even with a person in its genitive (ذكر بيان لمكتب X أن …)", () => {
    const ents: Ents = { kamal: ["PER", "كمال درويش"] };
    const text = "واستقبل رئيس الوزراء كمال درويش الوزير الضيف. وذكر بيان لمكتب درويش أن اللقاء تناول العلاقات الثنائية بين البلدين.";
    expect(pairs(text, ents)).toEqual([]);
  });
});

describe("clause openers and verbs that are also other words", () => {
  const ents: Ents = { omar: ["PER", "عمر الحسيني"], sami: ["PER", "سامي عبد الحليم"] };

  it("مبرزا + a noun of stance is a statement; أبرز + another noun (the most prominent) is not", () => {
    const text =
      "وقال عمر الحسيني إن الحل سياسي، مبرزا أهمية دعم خطة المبعوث الأممي. وأبرز ما تناوله اللقاء ملف الطاقة.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "الحل سياسي"],
      ["omar", "أهمية دعم"],
    ]);
  });

  it("أما X فقد أكد: the topic is the subject; …، حيث أكد: the clause's subject", () => {
    const text =
      "وقال عمر الحسيني إن الوضع هش. أما سامي عبد الحليم فقد أكد أن بلاده تدعم كل الجهود. وكان عمر الحسيني قد استقبل الوفد، حيث أكد خلال اللقاء أن الاستقرار مصلحة مشتركة.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["omar", "sami", "omar"]);
  });

  it("وعبر + a title opening a clause is the verb, even with a long adverbial before عن", () => {
    const text = "وعبر الرئيس سامي عبد الحليم في البرقية، باسمه وباسم الشعب، عن خالص التعازي لأسر الضحايا. وسافر الوفد عبر الحدود إلى العاصمة.";
    expect(pairs(text, ents)).toEqual([["sami", "خالص التعازي"]]);
  });
});

describe("verbs of stance with a noun phrase", () => {
  const ents: Ents = { karim: ["PER", "كريم الهاشمي", "الهاشمي"], lena: ["PER", "لينا فارس", "فارس"], jordan: ["GPE", "الأردن"] };
  it("أبدى / مبديا، اعتبر + a noun phrase, نبّه إلى + a noun phrase", () => {
    const text =
      "استقبل الرئيس كريم الهاشمي وزيرة الخارجية لينا فارس. وأبدى الهاشمي استعداد بلاده لتقديم كل أشكال الدعم للأشقاء، مبديا ارتياحه لمستوى التنسيق بين البلدين. واعتبرت الوزيرة فارس الهجمات الأخيرة خرقا واضحا للقانون الدولي. ونبهت الوزيرة إلى خطورة التصعيد على أمن المنطقة كلها.";
    expect(pairs(text, ents)).toEqual([
      ["karim", "استعداد بلاده"],
      ["karim", "ارتياحه لمستوى"],
      ["lena", "الهجمات الأخيرة"],
      ["lena", "خطورة التصعيد"],
    ]);
  });

  it("a present form with a noun phrase (وتعتبر الحكومة …) reports no statement", () => {
    const text = "وقال الهاشمي إن بلاده تدعم الحوار بين الأطراف، وتعتبر المبادرة العربية الأساس الأنسب للحل.";
    expect(pairs(text, ents).map((p) => p[1])).toEqual(["بلاده تدعم"]);
  });

  it("أعلن + a noun of stance or التوصل is a statement; a title before a family name the entity stage left unmarked ends the subject", () => {
    const text =
      "أعلن الرئيس كريم الهاشمي، اليوم، التوصل إلى اتفاق مع الجانب الأردني حول المعابر. وأكد الرئيس الهاشمي خلال المؤتمر استعداد الأردن لتنفيذ الاتفاق فورا.";
    expect(pairs(text, { karim: ["PER", "كريم الهاشمي"], jordan: ["GPE", "الأردن"] })).toEqual([
      ["karim", "التوصل إلى"],
      ["karim", "استعداد الأردن"],
    ]);
  });
});

describe("participles in cables and praise", () => {
  it("a participle with an honorific pronoun after it opens its clause though no comma does (… الشقيقة متمنيا سموه …)", () => {
    const ents: Ents = { salem: ["PER", "سالم الأحمد"], khaled: ["PER", "خالد بن حمد"] };
    const text =
      "بعث صاحب السمو الشيخ سالم الأحمد ببرقية تهنئة إلى أخيه صاحب السمو الشيخ خالد بن حمد رئيس الدولة الشقيقة عبر فيها سموه عن خالص التهاني بمناسبة انتخابه متمنيا سموه التوفيق والسداد في مهامه مشيدا سموه بالعلاقات الأخوية التي تربط البلدين.";
    expect(pairs(text, ents)).toEqual([
      ["salem", "خالص التهاني"],
      ["salem", "التوفيق والسداد"],
      ["salem", "بالعلاقات الأخوية"],
    ]);
  });

  it("أشاد بما / مشيدا بما + a clause is a statement, also after another participle", () => {
    const ents: Ents = { salem: ["PER", "سالم الأحمد"] };
    const text =
      "ورحب الملك سالم الأحمد بالضيف، مؤكدا أن العلاقات بين البلدين نموذج يحتذى، ومشيدا بما تبذله الحكومة من جهود لوقف الحرب. وأشاد الملك بما تحقق من تعاون بين البلدين في السنوات الأخيرة.";
    expect(pairs(text, ents)).toEqual([
      ["salem", "العلاقات بين"],
      ["salem", "بما تبذله"],
      ["salem", "بما تحقق"],
    ]);
  });
});

describe("parentheticals before the complementizer", () => {
  it("وأكد X، في تدوينة على حسابه، أن …: the statement starts after أن, past the parenthetical's preposition", () => {
    const ents: Ents = { hamad: ["PER", "حمد بن سالم"] };
    const text = "وأكد الشيخ حمد بن سالم، في تدوينة على حسابه الرسمي في منصة التواصل الاجتماعي، أن العلاقات بين البلدين تشهد تطورا مستمرا في شتى المجالات.";
    expect(pairs(text, ents)).toEqual([["hamad", "العلاقات بين"]]);
  });
});

describe("participles that are adjectives", () => {
  it("a participle after غير (اتصالات غير معلنة) opens no statement and does not cut the one it is in", () => {
    const ents: Ents = { omar: ["PER", "عمر الحسيني"] };
    const text = "وقال عمر الحسيني إن المؤتمر مهد لاتصالات غير معلنة بين وفود متخاصمة، دون أن يقدم تفاصيل إضافية. وأكد الحسيني أن الجولة المقبلة ستعقد في الربيع.";
    expect(pairs(text, ents)).toEqual([
      ["omar", "المؤتمر مهد"],
      ["omar", "الجولة المقبلة"],
    ]);
    expect(quotesOf(text, ents)[0].text).toContain("غير معلنة بين وفود");
  });
});

describe("في حين opens a clause like بينما", () => {
  const ents: Ents = { omar: ["PER", "عمر الحسيني"], kamal: ["PER", "كمال درويش"] };

  it("a statement after في حين is its own, and ends the one before (… الحرب، في حين شدد X على …)", () => {
    const text = "وأكد عمر الحسيني خلال الاتصال أن بلاده لن تسمح بتوسيع الحرب، في حين شدد كمال درويش على ضرورة ضبط النفس.";
    const q = quotesOf(text, ents);
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ["omar", "بلاده لن تسمح بتوسيع الحرب"],
      ["kamal", "ضرورة ضبط النفس"],
    ]);
  });

  it("في + another noun before the verb is no clause opener (في حديثه أكد …)", () => {
    const text = "وقال عمر الحسيني إن المحادثات مثمرة. وفي حديثه للصحفيين أكد كمال درويش أن الاتفاق قريب.";
    expect(pairs(text, ents).at(-1)).toEqual(["kamal", "الاتفاق قريب"]);
  });
});

describe("a parenthetical between commas before the verb's preposition", () => {
  const ents: Ents = { omar: ["PER", "عمر الحسيني"], kamal: ["PER", "كمال درويش"] };

  it("is passed whole (وأعرب X، في اتصال هاتفي مع Y، عن …؛ ودعا X، في كلمة ألقاها …، إلى …)", () => {
    const a = "وأعرب رئيس الوزراء عمر الحسيني، في اتصال هاتفي مع الرئيس كمال درويش، عن إدانة بلاده الشديدة للهجوم.";
    expect(pairs(a, ents)).toEqual([["omar", "إدانة بلاده"]]);
    const b = "ودعا الأمين العام للمنظمة عمر الحسيني، في كلمة ألقاها أمام مجلس الأمن في نيويورك، إلى وقف فوري لإطلاق النار.";
    expect(quotesOf(b, ents).map((q) => [q.speaker, q.text])).toEqual([["omar", "وقف فوري لإطلاق النار"]]);
  });

  it("but not a long zone with no parenthetical closed right before the preposition", () => {
    const text = "وأعرب رئيس الوزراء عمر الحسيني خلال اجتماعه الطويل مع رؤساء الكتل النيابية في مقر الحكومة بالعاصمة صباح اليوم الأحد عن ارتياحه للنتائج.";
    expect(pairs(text, ents)).toEqual([]);
  });
});

describe("كما + a verb after a comma", () => {
  const ents: Ents = { omar: ["PER", "عمر الحسيني"], kamal: ["PER", "كمال درويش"] };

  it("is a forward statement when a noun-phrase statement follows the speaker (…، كما أكد X دعم بلاده …)", () => {
    const text = "وتناولت المحادثات مع كمال درويش العلاقات الثنائية، كما أكد عمر الحسيني دعم بلاده لاستقرار المنطقة.";
    expect(pairs(text, ents)).toEqual([["omar", "دعم بلاده"]]);
  });

  it("is a trailing source when only the speaker follows (…، كما أكد X في تصريحه)", () => {
    const text = "والحل لا يمكن أن يكون إلا سياسيا في نهاية المطاف، كما أكد عمر الحسيني في تصريحه.";
    expect(pairs(text, ents)).toEqual([["omar", "والحل لا"]]);
  });
});

describe("a reporting verb opening a temporal clause (منذ أن، بعد أن)", () => {
  const ents: Ents = { omar: ["PER", "عمر الحسيني"] };

  it("reports a noun-phrase statement as the event the clause dates (منذ أن أعلن X دعمه لـ …)", () => {
    const text = "وتدهورت العلاقات بين البلدين منذ أن أعلن الرئيس عمر الحسيني دعمه لخطة الحكم الذاتي في الإقليم.";
    expect(pairs(text, ents)).toEqual([["omar", "دعمه لخطة"]]);
  });

  it("but not with a verb of the present (بعد أن يعلن X نتائج …)", () => {
    const text = "وستبدأ المرحلة الثانية بعد أن يعلن الرئيس عمر الحسيني نتائج المشاورات.";
    expect(pairs(text, ents)).toEqual([]);
  });
});
