// A speaker referred to by title, honorific or family name after being named: sentences
// written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("title references", () => {
  it("a title alone (وأبرز الوزير) right after a holder spoke is theirs, not the latest holder named", () => {
    const ents: Ents = { nasser: ["PER", "ناصر العمري"], ismail: ["PER", "إسماعيل ولد أحمد"] };
    const text =
      "أجرى وزير الخارجية السيد ناصر العمري مباحثات مع وزير الخارجية السيد إسماعيل ولد أحمد. وأكد السيد العمري أن العلاقات بين البلدين متينة. وأبرز الوزير أن المملكة مستعدة لتقاسم خبرتها مع الأشقاء.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["nasser", "nasser"]);
  });

  it("a title alone is the last speaker's when their long title stands further back than a window", () => {
    const ents: Ents = { nasser: ["PER", "ناصر العمري"], ismail: ["PER", "إسماعيل ولد أحمد"] };
    const text =
      "أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر العمري، مباحثات مع وزير الشؤون الخارجية والتعاون، السيد إسماعيل ولد أحمد. وأكد السيد العمري أن العلاقات متينة. وأبرز الوزير أن المملكة مستعدة لتقاسم خبرتها.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["nasser", "nasser"]);
  });

  it("a participle after the opening verb, a title and a family name the entity stage did not mark", () => {
    const ents: Ents = { bashir: ["PER", "بشير الخالدي"], badr: ["PER", "بدر السالمي"], tariq: ["PER", "طارق بن سعيد"] };
    const text =
      "تلقى الرئيس بشير الخالدي رسالة من السلطان طارق بن سعيد نقلها الوزير بدر السالمي. وحمل الرئيس الخالدي الوزير السالمي تحياته إلى السلطان طارق بن سعيد، مؤكدا أن مواقف بلاده كانت أخوية صادقة.";
    expect(pairs(text, ents)).toEqual([["bashir", "مواقف بلاده"]]);
  });

  it("a nationality title is not the person whose title names another nationality", () => {
    const ents: Ents = { recep: ["PER", "رجب أوزكان"], sami: ["PER", "سامي عبد الحليم"], egypt: ["GPE", "مصر"], turkey: ["GPE", "تركيا"] };
    const text =
      "وصل الرئيس التركي رجب أوزكان إلى العاصمة المصرية، وكان في استقباله نظيره المصري سامي عبد الحليم. وأوضح الرئيس المصري أنه قبل دعوة نظيره لزيارة أنقرة.";
    expect(pairs(text, ents)).toEqual([["sami", "قبل دعوة"]]);
  });

  it("a title written after a clause opener (…، حيث سلم الوزير الأردني) is not the preceding name's", () => {
    const ents: Ents = { mustafa: ["PER", "مصطفى حمدي"], omar: ["PER", "عمر الرشيد"], jordan: ["GPE", "الأردن"] };
    const text =
      "ترأس الوزير مصطفى حمدي ونظيره الأردني عمر الرشيد الاجتماع. واستقبل الرئيس الوفد بحضور مصطفى حمدي، حيث سلم الوزير الأردني الرسالة. وأكد الوزير الأردني أن التعاون ضرورة.";
    expect(pairs(text, ents)).toEqual([["omar", "التعاون ضرورة"]]);
  });

  it("a title joined by و right after a name (X ووزيرة خارجية Y) is not X's", () => {
    const ents: Ents = { hamdan: ["PER", "حمدان بن راشد"], retno: ["PER", "ريتا سوكارنو"], indo: ["GPE", "إندونيسيا"] };
    const text =
      "حمدان بن راشد ووزيرة خارجية إندونيسيا يبحثان التعاون\n\nبحث الوزير حمدان بن راشد مع الوزيرة ريتا سوكارنو التعاون بين البلدين. وأضافت الوزيرة الإندونيسية أن البلدين يتطلعان إلى استئناف العمل على المشاريع المشتركة.";
    expect(pairs(text, ents)).toEqual([["retno", "البلدين يتطلعان"]]);
  });

  it("an honorific pronoun (سموه) in a clause whose sentence wrote the honorific with a title (سمو وزير الخارجية)", () => {
    const ents: Ents = { faisal: ["PER", "فيصل بن سلطان"], vlad: ["PER", "فلاديمير نوروف"] };
    const text =
      "وصل صاحب السمو الأمير فيصل بن سلطان وزير الخارجية، اليوم، إلى طشقند. وعقد سمو وزير الخارجية بعد ذلك جلسة مباحثات مع وزير الخارجية بالنيابة في أوزبكستان فلاديمير نوروف، أكد خلالها سموه أن المملكة تنظر إلى أوزبكستان بوصفها شريكا مهما.";
    expect(pairs(text, ents)).toEqual([["faisal", "المملكة تنظر"]]);
  });
});

describe("title references: the last speaker and former holders", () => {
  it("a title with a nationality right after its holder spoke is theirs, not an object's title", () => {
    const ents: Ents = { ivan: ["PER", "إيفان سوكولوف"], karim: ["PER", "كريم منصور"], samir: ["PER", "سمير حداد"], russia: ["GPE", "روسيا"], egypt: ["GPE", "مصر"] };
    const text =
      "استقبل الرئيس المصري كريم منصور الوزير الروسي في القاهرة بحضور وزير الخارجية سمير حداد. وقال وزير الخارجية الروسي إيفان سوكولوف إن بلاده ستفي بتعهداتها كاملة. ولفت الوزير الروسي إلى أن موسكو تعول على تنفيذ الاتفاقات الموقعة. وأوضحت الوزيرة الروسية أن الحوار مستمر بين البلدين.";
    const got = pairs(text, ents);
    expect(got[0]).toEqual(["ivan", "بلاده ستفي"]);
    expect(got[1]).toEqual(["ivan", "موسكو تعول"]);
  });

  it("after من جانبه the title is the other party's, not the last speaker's", () => {
    const ents: Ents = { omar: ["PER", "عمر الفاسي"], li: ["PER", "لي تشانغ"], china: ["GPE", "الصين"], morocco: ["GPE", "المغرب"] };
    const text =
      "التقى الرئيس الصيني لي تشانغ الوزير المغربي عمر الفاسي. وقال الفاسي إن العلاقات مع الصين متينة. من جانبه، أكد الرئيس الصيني أن بلاده تدعم التعاون مع المغرب في كل المجالات.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["omar", "li"]);
  });

  it("a title written without السابق / الأسبق is the present holder's, not a former one named later", () => {
    const ents: Ents = { putin: ["PER", "بوريس ميدفيديف"], salim: ["PER", "سليم عبد القادر"], yazid: ["PER", "يزيد بن علي"], algeria: ["GPE", "الجزائر"] };
    const text =
      "التقى الرئيس الروسي بوريس ميدفيديف نظيره الجزائري سليم عبد القادر في موسكو. وهي أول زيارة منذ زيارة الرئيس الأسبق يزيد بن علي عام 2008. ودعا الرئيس الجزائري إلى تسريع انضمام بلاده إلى مجموعة بريكس. وشدد وزير الخارجية السابق على أن الشراكة ضرورية.";
    expect(pairs(text, ents)[0]).toEqual(["salim", "تسريع انضمام"]);
  });
});

describe("title references: a bare title two persons hold", () => {
  it("is the person the article is about, not a president named once in passing", () => {
    const ents: Ents = { hamdi: ["PER", "سامي حمدي", "حمدي"], walker: ["PER", "جون ووكر"], stone: ["PER", "مارك ستون"], amin: ["PER", "أمين رشاد", "رشاد"] };
    const text =
      "استقبل الرئيس سامي حمدي اليوم وزير الخارجية الأمريكي مارك ستون. وقال المتحدث الرسمي أمين رشاد إن الرئيس حمدي رحب بالوزير. وأضاف رشاد أن الوزير نقل تحيات الرئيس جون ووكر إلى الرئيس حمدي. وأوضح المتحدث أن اللقاء تناول الأوضاع الإقليمية، حيث أكد الرئيس ضرورة وقف التصعيد في المنطقة.";
    expect(pairs(text, ents).at(-1)).toEqual(["hamdi", "ضرورة وقف"]);
  });
});

describe("title references: رئيس الدولة", () => {
  it("صاحب السمو رئيس الدولة is the head of state, not a guest whose window reaches back over his title (الدولة is no form of address)", () => {
    const ents: Ents = { hamdan: ["PER", "حمدان بن راشد"], pierre: ["PER", "بيير دوران"] };
    const text =
      "استقبل صاحب السمو الشيخ حمدان بن راشد رئيس الدولة اليوم فخامة الرئيس بيير دوران رئيس الجمهورية الفرنسية الصديقة. وأعرب الرئيس الفرنسي عن تعازيه لسموه. من جانبه، أعرب صاحب السمو رئيس الدولة عن شكره للرئيس الفرنسي على مشاعره الطيبة.";
    expect(pairs(text, ents)).toEqual([
      ["pierre", "تعازيه لسموه"],
      ["hamdan", "شكره للرئيس"],
    ]);
  });
});

describe("title references: where a title ends", () => {
  it("a title after the opening verb ends at a preposition: a nationality in the object's phrase is not the title's", () => {
    const ents: Ents = { reza: ["PER", "رضا كاظمي"], hany: ["PER", "هاني عبد الله"], iran: ["GPE", "إيران"], egypt: ["GPE", "مصر"] };
    const text =
      "بحث وزير الخارجية الإيراني رضا كاظمي في اتصال هاتفي مع نظيره المصري هاني عبد الله تطورات المنطقة. من جانبه، أدان وزير الخارجية المصري الاعتداءات على الأراضي الإيرانية، معربا عن قلق القاهرة البالغ إزاء التصعيد في المنطقة.";
    expect(pairs(text, ents)).toEqual([["hany", "قلق القاهرة"]]);
  });
});

describe("title references: anaphors with an adjective", () => {
  it("المسؤول الحكومي ذاته is the official who spoke, an adjective that names no state notwithstanding", () => {
    const ents: Ents = { adil: ["PER", "عادل المنصوري"], yossi: ["PER", "يوسي كوهين"], morocco: ["GPE", "المغرب"] };
    const text =
      "استقبل الوزير عادل المنصوري نظيره يوسي كوهين. وقال المنصوري إن الزيارة تكرس الإرادة المشتركة للبلدين. وأوضح المسؤول الحكومي ذاته أن المغرب يظل ثابتا في موقفه الداعم للسلام.";
    expect(pairs(text, ents).map((p) => p[0])).toEqual(["adil", "adil"]);
  });
});
