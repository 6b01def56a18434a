// Families of wire writing where the words went to the wrong person or to
// nobody: a guest's title built with his state after the host's name, a king's
// title inside his own name, and others below. Sentences written for these
// tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const firstWords = (text: string, n = 2) => text.split(/\s+/).slice(0, n).join(" ");
const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)]);

describe("a guest's title built with his state, written after the host's name", () => {
  const ents: Ents = {
    host: ["PER", "عادل بن سعيد"],
    guest: ["PER", "كارلوس مينديز"],
    chile: ["GPE", "تشيلي"],
  };

  it("X وزير الخارجية، ومعالي وزير خارجية تشيلي Y: الوزير التشيلي is Y, after من جانبه", () => {
    const text =
      "ترأس الوزير عادل بن سعيد وزير الخارجية، ومعالي وزير خارجية تشيلي كارلوس مينديز، اليوم، اجتماع اللجنة المشتركة. وأكد وزير الخارجية أن العلاقات تشهد تطورا ملحوظا. من جانبه، أعرب الوزير التشيلي عن تقدير بلاده لدعم المملكة.";
    expect(pairs(text, ents)).toEqual([
      ["host", "العلاقات تشهد"],
      ["guest", "تقدير بلاده"],
    ]);
  });

  it("X يستقبل رئيس وزراء تشيلي Y: رئيس الوزراء التشيلي is Y", () => {
    const text =
      "استقبل الوزير عادل بن سعيد رئيس وزراء تشيلي كارلوس مينديز في العاصمة. وقال بن سعيد إن بلاده ترحب بالشراكة. وأكد رئيس الوزراء التشيلي أن بلاده تتطلع إلى توسيع التعاون.";
    expect(pairs(text, ents).at(-1)).toEqual(["guest", "بلاده تتطلع"]);
  });
});

describe("a king's title inside his own name", () => {
  it("برقية جلالة الملك is the king's (الملك X السابع), though the headline put the title before the recipient", () => {
    const ents: Ents = { king: ["PER", "الملك فهد السابع"], pres: ["PER", "أنطونيو دياز"] };
    const text =
      "جلالة الملك يهنئ السيد أنطونيو دياز بمناسبة انتخابه رئيسا لجمهورية بنما\n\nبعث صاحب الجلالة الملك فهد السابع برقية تهنئة إلى السيد أنطونيو دياز، بمناسبة انتخابه.\n\nوأكد جلالته أن الثقة التي حظي بها السيد دياز تعكس تقدير شعبه.\n\nومما جاء في برقية جلالة الملك: «إنني لواثق بأنكم ستعملون على تحقيق تطلعات شعبكم».";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["king", "king"]);
  });
});

describe("a clause about a speech named before it (ألقى X كلمة … أكد فيها)", () => {
  const ents: Ents = { pres: ["PER", "ماتيو رينالدي"], pm: ["PER", "سالم الحارثي"] };

  it("is the speaker who gave the speech, though another spoke last", () => {
    const text =
      "استقبل رئيس الوزراء سالم الحارثي الرئيس ماتيو رينالدي. وقال الحارثي إن بلاده ترحب بالضيف. وألقى الرئيس رينالدي كلمة أمام البرلمان أكد فيها أن الشراكة بين البلدين تدخل مرحلة جديدة.";
    expect(pairs(text, ents)).toEqual([
      ["pm", "بلاده ترحب"],
      ["pres", "الشراكة بين"],
    ]);
  });

  it("a speech given with ب (افتتح X المنتدى بكلمة قال فيها) is its giver's", () => {
    const text =
      "وقال الحارثي إن المنتدى فرصة للحوار. وكان الرئيس ماتيو رينالدي قد افتتح مساء أمس أعمال المنتدى بكلمة قال فيها إن أمن المتوسط مسؤولية مشتركة.";
    expect(pairs(text, ents)).toEqual([
      ["pm", "المنتدى فرصة"],
      ["pres", "أمن المتوسط"],
    ]);
  });
});

describe("a blessing after the verb (وأشار -أيده الله- إلى أن)", () => {
  const ents: Ents = { king: ["PER", "الملك خالد بن فهد"], guest: ["PER", "بيتر شولتز"] };

  it("is no subject: the verb carries the last speaker", () => {
    const text =
      "استقبل الملك خالد بن فهد الرئيس بيتر شولتز. وقال الملك خالد إن العلاقات متينة. وأضاف -حفظه الله ورعاه- أن المملكة تدعم الحلول السلمية، داعيا إلى تعزيز التعاون الاقتصادي.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["king", "king", "king"]);
  });
});

describe("the topic after أما with an apposition between commas", () => {
  it("أما وزير الدفاع الكندي، الجنرال X، فأعرب عن … is X's, not the last speaker's", () => {
    const ents: Ents = { a: ["PER", "هانس مولر"], b: ["PER", "روبرت كين"], canada: ["GPE", "كندا"], germany: ["GPE", "ألمانيا"] };
    const text =
      "التقى وزير الخارجية الألماني هانس مولر وزير الدفاع الكندي روبرت كين. وقال مولر إن التعاون يتوسع. أما وزير الدفاع الكندي، الجنرال روبرت كين، فأعرب عن تقدير بلاده للدعم الألماني.";
    expect(pairs(text, ents)).toEqual([
      ["a", "التعاون يتوسع"],
      ["b", "تقدير بلاده"],
    ]);
  });
});

describe("a directive participle with its addressee (داعيا X إلى …)", () => {
  it("the addressee after the participle is not the speaker", () => {
    const ents: Ents = { min: ["PER", "لارس يانسن"], au: ["ORG", "الاتحاد الأفريقي"] };
    const text = "وقال وزير الخارجية لارس يانسن إن الاتفاق يهدد استقرار المنطقة، داعيا الاتحاد الأفريقي إلى اتخاذ موقف حازم.";
    expect(pairs(text, ents)).toEqual([
      ["min", "الاتفاق يهدد"],
      ["min", "اتخاذ موقف"],
    ]);
  });
});

describe("statements dated before and denials", () => {
  const ents: Ents = { pres: ["PER", "يان كوفاتش"], fm: ["PER", "ماريا نوفا"] };

  it("وسبق أن أكد X + noun phrase is X's statement", () => {
    const text = "وتقيم براغ علاقات وثيقة مع الحكومة الجديدة، وسبق أن أكد الرئيس يان كوفاتش، في أكثر من مناسبة، دعم بلاده لجهود الإصلاح.";
    expect(pairs(text, ents)).toEqual([["pres", "دعم بلاده"]]);
  });

  it("نافيا وجود … / نفى صحة … is a statement; نفى + another noun is not", () => {
    const text =
      "وأوضح يان كوفاتش أن الزيارة جاءت بتكليف من الحكومة، نافيا وجود أي وساطة بالمعنى التقليدي. ونفى كوفاتش صحة التقارير عن خلافات داخل الائتلاف. ونفى كوفاتش الخبر جملة وتفصيلا.";
    expect(pairs(text, ents)).toEqual([
      ["pres", "الزيارة جاءت"],
      ["pres", "وجود أي"],
      ["pres", "صحة التقارير"],
    ]);
  });

  it("نافيا ما تناقلته وسائل الإعلام … / نفى ما تردد … is a denial of what was reported", () => {
    const text = "وأوضح كوفاتش أن الزيارة تأتي في إطار المشاورات المنتظمة، نافيا ما تناقلته بعض وسائل الإعلام عن حمل رسائل سرية. ونفى كوفاتش ما تردد عن استقالة الحكومة.";
    expect(pairs(text, ents)).toEqual([
      ["pres", "الزيارة تأتي"],
      ["pres", "ما تناقلته"],
      ["pres", "ما تردد"],
    ]);
  });
});

describe("a person written by the first patronym (بن X)", () => {
  it("من جانبه، أكد بن راشد أن … is the person named X بن راشد بن Y, not the other party", () => {
    const ents: Ents = { host: ["PER", "سعيد بن راشد بن حمد"], guest: ["PER", "أندريا بيانكي"], amb: ["PER", "كريم ناصر"] };
    const text =
      "استقبل الوزير سعيد بن راشد بن حمد وزير الخارجية الإيطالي أندريا بيانكي بحضور السفير كريم ناصر. وقال بيانكي إن روما تتطلع إلى توسيع التعاون مع الدولة التي يمثلها السفير كريم ناصر. من جانبه، أكد بن راشد أن بلاده ترحب بالاستثمارات الإيطالية.";
    expect(pairs(text, ents)).toEqual([
      ["guest", "روما تتطلع"],
      ["host", "بلاده ترحب"],
    ]);
  });
});

describe("a home office's title that names the state after في", () => {
  const ents: Ents = {
    host: ["PER", "ناصر الخالدي"],
    pres: ["PER", "جان موغابو"],
    fm: ["PER", "إيريك نتاغندا"],
    burundi: ["GPE", "جمهورية بوروندي"],
  };

  it("الوزير البوروندي is the minister «… في جمهورية بوروندي», not the president of Burundi", () => {
    const text =
      "تلقى الوزير ناصر الخالدي رسالة من الرئيس جان موغابو رئيس جمهورية بوروندي، خلال اجتماعه مع إيريك نتاغندا وزير الشؤون الخارجية والتعاون الإقليمي في جمهورية بوروندي، الذي يزور البلاد حاليا. وأكد الخالدي أن بلاده ماضية في دعم الشراكة. فيما أعرب الوزير البوروندي عن تقدير بلاده للدعم المقدم.";
    expect(pairs(text, ents)).toEqual([
      ["host", "بلاده ماضية"],
      ["fm", "تقدير بلاده"],
    ]);
  });
});

describe("an ambassador the article does not name is not his state's minister", () => {
  const ents: Ents = { host: ["PER", "فهد العتيبي"], fm: ["PER", "أرمان سيتوف"], panama: ["GPE", "بنما"] };

  it("وأكد السفير البنمي … after the ambassador relayed the minister's greetings: nobody named", () => {
    const text =
      "تسلم الوزير فهد العتيبي رسالة خطية من أرمان سيتوف وزير خارجية جمهورية بنما. تسلم الرسالة خلال استقباله سفير جمهورية بنما الذي نقل إليه تحيات الوزير سيتوف. وأكد السفير البنمي تطلع بلاده إلى تعزيز التعاون.";
    const qs = quotesOf(text, ents);
    expect(qs.map((q) => [q.speaker, firstWords(q.text)])).toEqual([[null, "تطلع بلاده"]]);
  });

  it("الوزير البنمي is still the minister", () => {
    const text = "تسلم الوزير فهد العتيبي رسالة خطية من أرمان سيتوف وزير خارجية جمهورية بنما. وأكد الوزير البنمي في رسالته تطلع بلاده إلى تعزيز التعاون.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["fm"]);
  });
});

describe("a source set off by commas between the subject and إن", () => {
  it("وقال X خلال اللقاء، بحسب ما نقل الموقع الرسمي، إن «…» is X's", () => {
    const ents: Ents = { pres: ["PER", "ميشال دوران"], guest: ["PER", "علي حسنين"] };
    const text =
      "استقبل الرئيس ميشال دوران الوزير علي حسنين. وقال دوران خلال اللقاء، بحسب ما نقل الموقع الرسمي للرئاسة، إن «باريس ترحب بكل مبادرة للحوار في المنطقة»، مضيفا أن «العلاقات بين البلدين متينة».";
    expect(pairs(text, ents)).toEqual([
      ["pres", "باريس ترحب"],
      ["pres", "العلاقات بين"],
    ]);
  });
});

describe("nouns of stance that open a noun-phrase statement after an adverbial", () => {
  it("أكد X خلال الاتصال انفتاح بلاده على … is the whole noun phrase, not what follows على", () => {
    const ents: Ents = { pres: ["PER", "توماس برغ"] };
    const text = "وأكد الرئيس توماس برغ خلال الاتصال انفتاح بلاده على جميع الشركاء بما يخدم مصالح الشعبين، وإصرارها على الحوار.";
    expect(pairs(text, ents)).toEqual([["pres", "انفتاح بلاده"]]);
  });
});

describe("an honorific pronoun after a host received a guest with a form of address", () => {
  const ents: Ents = { king: ["PER", "الملك سالم بن راشد"], guest: ["PER", "بيتر هولم"], fm: ["PER", "مارك ديلون"] };

  it("استقبل جلالة الملك المفدى السيد X، حيث أكد جلالته …: the king, not the guest", () => {
    const text =
      "استقبل حضرة صاحب الجلالة الملك سالم بن راشد اليوم وزير الخارجية مارك ديلون. كما استقبل جلالة الملك المفدى السيد بيتر هولم المدير العام للمعهد، حيث أكد جلالته أن المملكة تدعم الحوار الإقليمي.";
    expect(pairs(text, ents)).toEqual([["king", "المملكة تدعم"]]);
  });

  it("فخامة الرئيس السيد X (a bare title) is X himself, though another president was named", () => {
    const e: Ents = { pres: ["PER", "كمال عيسى"], other: ["PER", "جان بيير لوران"] };
    const text = "التقى الرئيس كمال عيسى الرئيس الفرنسي جان بيير لوران في باريس. واستقبل فخامة الرئيس السيد كمال عيسى وفدا فرنسيا، وأكد فخامته أن بلاده تقدر الدعم.";
    expect(pairs(text, e)).toEqual([["pres", "بلاده تقدر"]]);
  });

  it("فخامة الرئيس الدكتور X is still X addressed so", () => {
    const e: Ents = { pres: ["PER", "كمال عيسى"], fm: ["PER", "مارك ديلون"] };
    const text = "استقبل فخامة الرئيس الدكتور كمال عيسى وزير الخارجية مارك ديلون، وأكد فخامته أن بلاده تقدر الدعم.";
    expect(pairs(text, e)).toEqual([["pres", "بلاده تقدر"]]);
  });
});

describe("a speaker named after the statement (هذا ما أكده X، وهو ما أكده X، وفقا لما ذكرته X)", () => {
  const ents: Ents = { fm: ["PER", "لوكاس برانت"], pres: ["PER", "إلينا فوس"] };

  it("«…»، هذا ما أكده الوزير X is X's direct statement", () => {
    const text = "«إن بلادنا ماضية في دعم الاستقرار الإقليمي»، هذا ما أكده وزير الخارجية لوكاس برانت في مؤتمر صحفي.";
    const qs = quotesOf(text, ents);
    expect(qs.map((q) => [q.speaker, q.direct])).toEqual([["fm", true]]);
  });

  it("…، وهو ما أكده X: the clause before is X's, after another person spoke", () => {
    const text = "قالت الرئيسة إلينا فوس إن أوروبا تمر بمرحلة صعبة. وستواصل برلين دعم الحوار مع الشركاء، وهو ما أكده وزير الخارجية لوكاس برانت أمس.";
    expect(pairs(text, ents)).toEqual([
      ["pres", "أوروبا تمر"],
      ["fm", "وستواصل برلين"],
    ]);
  });

  it("جاء ذلك خلال لقاء …، وفق ما أعلنه X is the writer's frame, not X's statement", () => {
    const text = "وقال برانت إن الحوار مستمر. جاء ذلك خلال لقاء جمع الجانبين في العاصمة بعيدا عن عدسات الإعلام، وفق ما أعلنه المتحدث لوكاس برانت.";
    expect(pairs(text, ents)).toEqual([["fm", "الحوار مستمر"]]);
  });
});

describe("من جهته with no written subject turns to the other party, not an attendee", () => {
  const ents: Ents = { host: ["PER", "سمير حداد"], guest: ["PER", "ديفيد كلارك"], pm: ["PER", "نبيل عوض"] };

  it("استقبل X Y بحضور رئيس الوزراء Z … من جهته، أكد أن …: Y", () => {
    const text =
      "استقبل الرئيس سمير حداد وزير الخارجية البريطاني ديفيد كلارك بحضور رئيس الوزراء نبيل عوض. وقال حداد إن الحرب يجب أن تتوقف. من جهته، أكد أن لندن تعمل من أجل وقف إطلاق النار.";
    expect(pairs(text, ents).at(-1)).toEqual(["guest", "لندن تعمل"]);
  });

  it("… وحضر اللقاء Z. من جهته، أكد أن …: Y", () => {
    const text =
      "استقبل الرئيس سمير حداد الوزير ديفيد كلارك. وقال حداد إن الحرب يجب أن تتوقف. وحضر اللقاء رئيس الوزراء نبيل عوض. من جهته، أكد أن لندن تعمل من أجل وقف إطلاق النار.";
    expect(pairs(text, ents).at(-1)).toEqual(["guest", "لندن تعمل"]);
  });
});
