// Speakers written as a definite noun that refers back (المسؤول الصيني،
// الدبلوماسي الروسي), verbs whose gender tells who an unwritten subject is
// (وقالت إن … after a man spoke), participles after a sentence whose subject is
// written by the first part of a name, and what a state "says". Sentences
// written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { articleFromText } from "./oracle.js";
import { quotesOf, type Ents } from "./helpers.js";

const firstWords = (text: string, n = 2) => text.split(/\s+/).slice(0, n).join(" ");

describe("a definite noun that refers back to a named person", () => {
  const ents: Ents = {
    sato: ["PER", "كينجي ساتو"],
    nowak: ["PER", "ماريك نوفاك"],
    japan: ["GPE", "اليابان"],
    poland: ["GPE", "بولندا"],
  };

  it("المسؤول + nationality is the person of that nationality, though another spoke last", () => {
    const text =
      "التقى وزير الخارجية الياباني كينجي ساتو في طوكيو نظيره البولندي ماريك نوفاك. وقال نوفاك إن وارسو تتطلع إلى توسيع التبادل التجاري. وأكد المسؤول الياباني أن بلاده تدعم جهود السلام في أوروبا.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["nowak", "وارسو تتطلع"],
      ["sato", "بلاده تدعم"],
    ]);
  });

  it("الدبلوماسي + nationality after the speaker it fits: the same speaker, and a participle after it too", () => {
    const text =
      "والتقى كينجي ساتو نظيره البولندي ماريك نوفاك. وقال نوفاك إن المحادثات كانت صريحة. وأوضح الدبلوماسي البولندي أن الجانبين بحثا ملف الطاقة، مشيرا إلى أن وارسو ستستضيف الجولة المقبلة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["nowak", "nowak", "nowak"]);
  });

  it("a long title before the name (… والمبعوث الخاص إلى منطقة الساحل X) gives the nationality", () => {
    const e: Ents = { dupont: ["PER", "جان ديبون"], sall: ["PER", "عمر سال"], france: ["GPE", "فرنسا"] };
    const text =
      "استقبل الرئيس عمر سال في داكار نائب وزير الخارجية الفرنسي والمبعوث الخاص إلى منطقة الساحل وغرب أفريقيا جان ديبون. وقال سال إن بلاده ترحب بالشراكة. وأوضح الدبلوماسي الفرنسي أن باريس ستواصل دعم التنمية في المنطقة.";
    expect(quotesOf(text, e).map((q) => q.speaker)).toEqual(["sall", "dupont"]);
  });

  it("an indefinite noun (قال مسؤول ياباني) is still an unnamed source", () => {
    const text = "التقى كينجي ساتو نظيره ماريك نوفاك. وقال مسؤول ياباني إن الاجتماع تناول ملف الطاقة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual([null]);
  });

  it("works with the entity stage's own entities (the real pipeline)", () => {
    const text =
      "التقى وزير الخارجية الياباني كينجي ساتو في طوكيو نظيره البولندي ماريك نوفاك. وقال نوفاك إن وارسو تتطلع إلى توسيع التبادل التجاري. وأكد المسؤول الياباني أن بلاده تدعم جهود السلام في أوروبا.";
    const a = analyzeArticle(articleFromText("t", text));
    const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;
    const last = a.quotes.find((q) => q.text.startsWith("بلاده تدعم"));
    expect(name(last?.speaker ?? null)).toBe("كينجي ساتو");
  });
});

describe("the gender of the verb and the speaker", () => {
  const ents: Ents = { meloni: ["PER", "جورجيا ميلوني"], saied: ["PER", "قيس سعيد"] };

  it("a feminine verb with no subject after a man spoke is the woman's", () => {
    const text =
      "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس التونسي قيس سعيد. وأعربت ميلوني عن تقديرها لجهود تونس. وقال الرئيس التونسي إن بلاده لن تكون حارسا لحدود أوروبا. وشددت على أن روما ستواصل دعم الاقتصاد التونسي.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["meloni", "أعربت"],
      ["saied", "قال"],
      ["meloni", "شددت"],
    ]);
  });

  it("a masculine verb with no subject after a woman spoke is the man's", () => {
    const text =
      "وقال الرئيس قيس سعيد إن تونس ترفض أي وصاية. وقالت رئيسة الوزراء جورجيا ميلوني إن الهجرة ملف مشترك. وأضاف أن بلاده لن تقبل الضغوط.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["saied", "meloni", "saied"]);
  });

  it("من جهتها with a feminine verb turns to the woman, not to the man named last", () => {
    const text =
      "استقبلت المستشارة جورجيا ميلوني في روما الرئيس قيس سعيد. وقال سعيد إن العلاقات تاريخية. من جهتها، أكدت أن إيطاليا شريك موثوق لتونس.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["saied", "meloni"]);
  });

  it("a feminine verb whose speaker is known only from an earlier feminine verb", () => {
    const e: Ents = { nadia: ["PER", "نادية مراد"], karim: ["PER", "كريم يوسف"] };
    const text = "وقالت نادية مراد إن المفاوضات متعثرة. وقال كريم يوسف إن الحل قريب. وأضافت أن الوسطاء يعملون بلا توقف.";
    expect(quotesOf(text, e).map((q) => q.speaker)).toEqual(["nadia", "karim", "nadia"]);
  });

  it("a feminine verb after a man we could not name is the woman who spoke before", () => {
    const e: Ents = { nadia: ["PER", "نادية مراد"] };
    const text = "وأكدت نادية مراد أن المؤسسة ستواصل عملها. وقال الوزير القطري إن الدوحة ملتزمة بدعمها. وأضافت أن مبادرة جديدة ستطلق قريبا.";
    expect(quotesOf(text, e).map((q) => q.speaker)).toEqual(["nadia", null, "nadia"]);
  });

  it("مضيفه (his host, written with ه) is not the participle مضيفة: the verb before it reports", () => {
    const e: Ents = { sato: ["PER", "كينجي ساتو"] };
    const text = "وذكرت الوكالة أن كينجي ساتو أبلغ مضيفه أن اليابان ترى في البرازيل شريكا لا غنى عنه.";
    expect(quotesOf(text, e).map((q) => [q.speaker, q.cue, firstWords(q.text)])).toEqual([["sato", "أبلغ", "اليابان ترى"]]);
  });
});

describe("a participle's clause subject", () => {
  it("is the person after the opening verb, written by the first part of the name, not a name in the object", () => {
    const ents: Ents = { zhao: ["PER", "تشاو لي جيان"], xi: ["PER", "شي جين بينغ"], ruto: ["PER", "وليام روتو"] };
    const text = "ونقل تشاو تحيات الرئيس شي جين بينغ الودية إلى الرئيس وليام روتو، قائلا إن الصداقة بين البلدين راسخة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([["zhao", "الصداقة بين"]]);
  });

  it("the first part of a name alone as a verb's subject (وأضافت تشاو أن …، وقال تشاو للصحفيين إن …)", () => {
    const ents: Ents = { zhao: ["PER", "تشاو مينغ"], ruto: ["PER", "وليام روتو"] };
    const text =
      "وقالت المتحدثة تشاو مينغ إن بكين تدعو إلى ضبط النفس. وقال وليام روتو إن كينيا تؤيد ذلك. وأضافت تشاو أن الصين مستعدة للعب دور بناء. وقال تشاو للصحفيين إن الحوار مستمر.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["zhao", "ruto", "zhao", "zhao"]);
  });

  it("a chain of participles gives each its own statement, each starting after its complementizer", () => {
    const ents: Ents = { shukri: ["PER", "سامح شكري"] };
    const text =
      "وقال سامح شكري إن بلاده تبذل جهودا مكثفة للتهدئة، مضيفا أن الحل السياسي هو السبيل الوحيد، ومشيرا إلى أن المجتمع الدولي مطالب بالتحرك، ولافتا إلى أن الأزمة الإنسانية تتفاقم.";
    expect(quotesOf(text, ents).map((q) => [q.cue, q.text])).toEqual([
      ["قال", "بلاده تبذل جهودا مكثفة للتهدئة"],
      ["مضيفا", "الحل السياسي هو السبيل الوحيد"],
      ["مشيرا", "المجتمع الدولي مطالب بالتحرك"],
      ["لافتا", "الأزمة الإنسانية تتفاقم"],
    ]);
  });
});

describe("a state as the subject", () => {
  const ents: Ents = { egypt: ["GPE", "مصر"], qatar: ["GPE", "قطر"], sami: ["PER", "سامي الخطيب"] };

  it("a state's call (دعت مصر إلى …) and a clause it reports (أكدت قطر أن …) are both its statements", () => {
    const text = "ودعت مصر إلى وقف فوري لإطلاق النار في المنطقة. وأكدت قطر أن جهود الوساطة مستمرة رغم العقبات.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([["egypt", "دعت"], ["qatar", "أكدت"]]);
  });

  it("a person's call (دعا الوزير X إلى …) is a statement", () => {
    const text = "ودعا الوزير سامي الخطيب إلى وقف فوري لإطلاق النار في المنطقة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["sami"]);
  });
});

describe("more reporting verbs and placements", () => {
  const ents: Ents = { kamal: ["PER", "كمال عثمان"], lina: ["PER", "لينا حداد"], un: ["ORG", "الأمم المتحدة"] };

  it("توقع، اعترف بأن، نبه إلى أن، منبها إلى أن: statements of their subject; يُتوقع أن is impersonal", () => {
    const text =
      "وتوقع وزير المالية كمال عثمان أن يرتفع حجم الصادرات هذا العام. واعترف عثمان بأن الإصلاحات صعبة. وقالت لينا حداد إن المفاوضات متعثرة، ونبهت إلى أن الوقت يضيق، منبهة إلى أن الوسطاء قلقون. ويتوقع أن تستأنف المحادثات الأسبوع المقبل. اقرأ أيضا: الوزير يقر بأن الوضع صعب";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue, firstWords(q.text)])).toEqual([
      ["kamal", "توقع", "يرتفع حجم"],
      ["kamal", "اعترف", "الإصلاحات صعبة"],
      ["lina", "قالت", "المفاوضات متعثرة"],
      ["lina", "نبهت", "الوقت يضيق"],
      ["lina", "منبهة", "الوسطاء قلقون"],
    ]);
  });

  it("a quotation with its verb after it and an adverbial after the speaker (…»، قالت الوزيرة X للصحفيين)", () => {
    const text = "«لن نتراجع عن مواقفنا في هذه المفاوضات»، قالت الوزيرة لينا حداد للصحفيين.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.direct, q.text])).toEqual([["lina", true, "لن نتراجع عن مواقفنا في هذه المفاوضات"]]);
  });

  it("a long subject zone before the noun-phrase preposition (شدد الرئيس X في مؤتمر صحفي مشترك مع … Y على …)", () => {
    const text = "وشدد وزير الخارجية السوداني كمال عثمان في مؤتمر صحفي مشترك مع المبعوثة الأممية لينا حداد على ضرورة وقف القتال فورا.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([["kamal", "ضرورة وقف"]]);
  });
});

describe("titles with a post, a state's name, or a nationality the article does not name as a state", () => {
  it("سفيرة الصين لدى مصر X: the person after the post's place speaks, not the state", () => {
    const ents: Ents = { liu: ["PER", "ليو مين"], china: ["GPE", "الصين"], egypt: ["GPE", "مصر"] };
    const text = "وقالت سفيرة الصين لدى مصر ليو مين إن التعاون بين البلدين يشهد زخما. وأوضحت السفيرة أن الصين أكبر شريك تجاري لمصر.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["liu", "liu"]);
  });

  it("a state after an indefinite noun (سفارة اليابان، حكومة اليابان) is not the speaker; دولة قطر is the state", () => {
    const ents: Ents = { japan: ["GPE", "اليابان"], qatar: ["GPE", "قطر"] };
    const text = "وقالت سفارة اليابان في القاهرة إن التعاون يشهد زخما. وأكدت حكومة اليابان أن طوكيو ستقدم مساعدات. وأكدت دولة قطر أن الوساطة مستمرة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual([null, null, "qatar"]);
  });

  it("الوزيرة الألمانية matches نظيرته الألمانية though no state is named (ألمانيا opens with ال once folded)", () => {
    const ents: Ents = { badr: ["PER", "سامي الخطيب"], anna: ["PER", "آنا شميت"] };
    const text =
      "استقبل وزير الخارجية المصري سامي الخطيب نظيرته الألمانية آنا شميت. وقال الوزير المصري إن القاهرة ترحب بالدور الألماني. من جانبها، أكدت الوزيرة الألمانية أن برلين تدعم جهود التهدئة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["badr", "anna"]);
  });

  it("an indefinite title right before the next person is that person's, not an apposition of the one before", () => {
    const ents: Ents = { omar: ["PER", "عمر سال"], pierre: ["PER", "بيير مارتان"] };
    const text = "استقبل الرئيس السنغالي عمر سال وزير الخارجية الفرنسي بيير مارتان. وقال وزير الخارجية إن باريس شريك ثابت لداكار.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["pierre"]);
  });
});

describe("a title's nationality from the person's country when no title beside the name writes it", () => {
  it("الوزير الصيني / الرئيس الروسي: the gazetteer's country of each person (the real pipeline)", () => {
    const text =
      "واستقبل الرئيس شي جين بينغ في بكين الرئيس فلاديمير بوتين. وقال الرئيس الروسي إن العلاقات في أفضل حالاتها. وأكد الرئيس الصيني أن البلدين شريكان استراتيجيان.";
    const a = analyzeArticle(articleFromText("t", text));
    const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;
    expect(a.quotes.map((q) => [name(q.speaker), firstWords(q.text)])).toEqual([
      ["فلاديمير بوتين", "العلاقات في"],
      ["شي جين بينغ", "البلدين شريكان"],
    ]);
  });
});

describe("a spokesman's or an office's account of what a person said and did", () => {
  const ents: Ents = {
    hadi: ["PER", "هادي سليم"],
    nabil: ["PER", "نبيل عواد"],
    lea: ["PER", "ليا مارتان"],
    pres: ["ORG", "الرئاسة الفرنسية"],
  };

  it("… بأن الرئيس X أعرب عن / دعا إلى / حث على …: the spokesman's account and X's own statement inside it", () => {
    const text =
      "وصرح المتحدث الرسمي هادي سليم بأن الرئيس نبيل عواد أعرب عن تقديره للدور الفرنسي. وأضاف سليم أن عواد دعا إلى تكثيف الاتصالات بين البلدين. وأوضح سليم أن الرئيس عواد حث الشركاء على تسريع تنفيذ المشروعات.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["hadi", "الرئيس نبيل"],
      ["nabil", "تقديره للدور"],
      ["hadi", "عواد دعا"],
      ["nabil", "تكثيف الاتصالات"],
      ["hadi", "الرئيس عواد"],
      ["nabil", "الشركاء على"],
    ]);
  });

  it("a participle after the account of what the person did is the person's (spokesman, office)", () => {
    const text =
      "وأضاف المتحدث الرسمي هادي سليم أن الرئيس نبيل عواد استقبل الوفد الفرنسي، مؤكداً حرص بلاده على تعزيز الشراكة. وذكرت الرئاسة الفرنسية أن ليا مارتان تلقت اتصالا من عواد، مشيرة إلى أن باريس تدعم جهوده.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["hadi", "الرئيس نبيل"],
      ["nabil", "حرص بلاده"],
      ["pres", "ليا مارتان"],
      ["lea", "باريس تدعم"],
    ]);
  });

  it("after a minister's own statement about a person, the participle stays the minister's", () => {
    const text = "وقال الوزير هادي سليم إن الرئيس نبيل عواد زار باريس الشهر الماضي، مضيفا أن الزيارة كانت ناجحة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["hadi", "hadi"]);
  });
});

describe("official bulletins", () => {
  const ents: Ents = {
    king: ["PER", "محمد بن فهد"],
    pres: ["PER", "كريم يوسف"],
    court: ["ORG", "الديوان الملكي"],
  };

  it("a communiqué (بلاغ، البلاغ) a named body issued is the body's, as its spokesman's words would be; the king's own statement stays his", () => {
    const text =
      "أفاد بلاغ صادر عن الديوان الملكي بأن الملك محمد بن فهد أجرى اتصالا هاتفيا مع الرئيس كريم يوسف. وذكر البلاغ أن الاتصال تناول العلاقات الثنائية. وأكد الملك محمد بن فهد أن العلاقات بين البلدين متينة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([["court", "أفاد"], ["court", "ذكر"], ["king", "أكد"]]);
  });

  it("a communiqué of no named body is a document: what it reports is found, the communiqué is no speaker", () => {
    const text =
      "أفاد بلاغ بأن الملك محمد بن فهد أجرى اتصالا هاتفيا مع الرئيس كريم يوسف. وذكر البلاغ أن الاتصال تناول العلاقات الثنائية. وأكد الملك محمد بن فهد أن العلاقات بين البلدين متينة.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([["king", "أكد"]]);
  });

  it("a title opening the subject, then a phrase to the addressee with a name: the title's holder speaks", () => {
    const text =
      "واستقبل جلالة الملك محمد بن فهد الرئيس كريم يوسف. وأكد جلالة الملك لفخامة الرئيس كريم يوسف أن المملكة حريصة على تعزيز العلاقات. وجدد الملك لضيفه الرئيس كريم يوسف دعوته إلى زيارة المملكة. وقال الرئيس لمضيفه الملك محمد بن فهد إن بلاده تقدر هذه الدعوة.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["king", "king", "pres"]);
  });
});

describe("a new clause after لكن, and كتب أن", () => {
  const ents: Ents = { omar: ["PER", "عمر سال"], lina: ["PER", "لينا حداد"] };

  it("لكنه / لكنها / ولكنه + reporting verb opens a new statement of the same speaker", () => {
    const text =
      "وقال عمر سال إن بلاده ستنضم إلى الاتفاق، لكنه أوضح أن التوقيع سيتأخر أسابيع. وأكدت لينا حداد أن الوساطة مستمرة لكنها أشارت إلى أن العقبات كبيرة. وشدد سال على أهمية الحوار، ولكنه حذر من أن الوقت ينفد.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue, firstWords(q.text)])).toEqual([
      ["omar", "قال", "بلاده ستنضم"],
      ["omar", "أوضح", "التوقيع سيتأخر"],
      ["lina", "أكدت", "الوساطة مستمرة"],
      ["lina", "أشارت", "العقبات كبيرة"],
      ["omar", "شدد", "أهمية الحوار،"],
      ["omar", "حذر", "الوقت ينفد"],
    ]);
  });

  it("كتب … أن / كتبت على منصة إكس: …: a written statement; كتب as a noun is none", () => {
    const text =
      "وكان عمر سال قد كتب على منصة إكس أن المفاوضات بلغت مرحلة حاسمة. وكتبت لينا حداد في مقال: الحوار هو الطريق الوحيد. ووزعت كتب مدرسية على الطلاب.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["omar", "كتب"],
      ["lina", "كتبت"],
    ]);
  });
});

describe("a verb with an object inside a report, its subject written before it", () => {
  it("… أن X أبلغ Y أن / دعا Y إلى / حث Y على …: X speaks, Y is addressed", () => {
    const ents: Ents = { omar: ["PER", "عمر سال"], lina: ["PER", "لينا حداد"], office: ["ORG", "مكتب الرئاسة"] };
    const text =
      "وذكر مكتب الرئاسة أن عمر سال أبلغ لينا حداد أن بلاده ستدعم المبادرة. وأضاف مكتب الرئاسة أن سال دعا حداد إلى زيارة داكار قريبا. وأوضح مكتب الرئاسة أن سال حث حداد على تسريع المفاوضات.";
    const qs = quotesOf(text, ents).filter((q) => q.speaker !== "office");
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([
      ["omar", "أبلغ"],
      ["omar", "دعا"],
      ["omar", "حث"],
    ]);
  });
});

describe("time words between the verb and its complement", () => {
  it("وكان X قد صرح الأسبوع الماضي بأن / أكد الشهر الماضي أن / قال مطلع العام إن: X speaks", () => {
    const ents: Ents = { omar: ["PER", "عمر سال"], lina: ["PER", "لينا حداد"] };
    const text =
      "وكان وزير الخارجية عمر سال قد صرح الأسبوع الماضي بأن بلاده قد تعين سفيرا قريبا. وكانت لينا حداد قد أكدت الشهر الماضي أن الحوار مستمر. وكان سال قد قال مطلع العام الجاري إن العلاقات تتحسن.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["omar", "بلاده قد"],
      ["lina", "الحوار مستمر"],
      ["omar", "العلاقات تتحسن"],
    ]);
  });
});

describe("praise, and a participle after a title subject", () => {
  const ents: Ents = { omar: ["PER", "عمر سال"], lina: ["PER", "لينا حداد"] };

  it("أشاد ب / أشادت ب / مشيداً ب: a statement of praise, its content after ب", () => {
    const text =
      "وأشاد عمر سال بالدور الذي تضطلع به المنظمة في المنطقة. وأشادت لينا حداد بجهود الوساطة المبذولة منذ أشهر. واستقبل سال الوفد، مشيداً بنتائج الزيارة السابقة إلى داكار.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["omar", "بالدور الذي"],
      ["lina", "بجهود الوساطة"],
      ["omar", "بنتائج الزيارة"],
    ]);
  });

  it("رحب وكيل الوزارة بالوفد، مؤكداً …: the title after the opening verb is the participle's subject", () => {
    const text =
      "وترأس الجولة وكيل وزارة الخارجية عمر سال والمبعوثة الأممية لينا حداد. وفي مستهل الاجتماع، رحب وكيل وزارة الخارجية بالوفد الضيف، مؤكداً أن العلاقات تشهد تطورا مطردا. ورحبت المبعوثة بالمبادرة، مشيرة إلى أن التنفيذ سيبدأ قريبا.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, q.cue])).toEqual([
      ["omar", "مؤكداً"],
      ["lina", "مشيرة"],
    ]);
  });
});

describe("a feminine noun that is also abstract (الدبلوماسية: diplomacy, a woman diplomat)", () => {
  const ents: Ents = { lina: ["PER", "لينا فارس"], omar: ["PER", "عمر الحسيني"] };

  it("names the woman the article wrote, with or without a nationality after it", () => {
    const text =
      "التقت السفيرة لينا فارس الوزير عمر الحسيني في العاصمة. وقال الحسيني إن اللقاء كان مثمرا. وأوضحت الدبلوماسية أن بلادها تدعم الحوار بين الأطراف.";
    expect(quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)])).toEqual([
      ["omar", "اللقاء كان"],
      ["lina", "بلادها تدعم"],
    ]);
  });

  it("is no man's: with no woman written, diplomacy is not the last speaker", () => {
    const text = "وقال الوزير عمر الحسيني إن اللقاء كان مثمرا. وأكدت الدبلوماسية الإقليمية أن الحوار هو السبيل الوحيد.";
    expect(quotesOf(text, ents).map((q) => q.speaker)).toEqual(["omar", null]);
  });
});

describe("honorific pronouns", () => {
  const ents: Ents = {
    king: ["PER", "عمر الحسيني"],
    queen: ["PER", "لينا فارس"],
    president: ["PER", "نبيل الراشد"],
  };
  const said = (text: string) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

  it("فخامته, whose first letter reads like the conjunction ف, names the one addressed فخامة", () => {
    const text = "تلقى جلالة الملك عمر الحسيني اتصالا هاتفيا من فخامة الرئيس نبيل الراشد. وأعرب فخامته خلال الاتصال عن تهنئته بنجاح الوساطة.";
    expect(said(text)).toEqual([["president", "تهنئته بنجاح"]]);
  });

  it("جلالته is the king and جلالتها the queen, though the queen was named last", () => {
    const text =
      "وكان جلالة الملك عمر الحسيني وجلالة الملكة لينا فارس في مقدمة مستقبلي الضيف. وأكد جلالته خلال المباحثات أن المملكة تقف إلى جانب الأشقاء. وأعربت جلالتها عن سعادتها بالزيارة.";
    expect(said(text)).toEqual([
      ["king", "المملكة تقف"],
      ["queen", "سعادتها بالزيارة"],
    ]);
  });
});
