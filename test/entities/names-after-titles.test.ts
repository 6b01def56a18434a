// People named after or before their title (sentences written for these tests): the title أمين سر,
// foreign family names that begin with بال, and family names that are also a city's name.
import { describe, expect, it } from "vitest";
import { entitiesOf, names } from "./helpers.js";

const people = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

describe("the title أمين سر", () => {
  it("reads the name after أمين سر and its body", () => {
    expect(people("وحضر الاجتماع أمين سر اللجنة التنفيذية للمنظمة الدكتور هشام النمري، ورئيس الوفد.")).toContain("هشام النمري");
    expect(people("وقال أمين سر حركة فتح جبريل الرجوب إن الحوار مستمر.")).toContain("جبريل الرجوب");
  });
});

describe("a foreign family name that begins with بال", () => {
  it("keeps it in the name instead of reading ب + the article", () => {
    expect(people("كما التقى بمعالي الدكتور رافائيل بالانتينو وزير خارجية الفلبين.")).toContain("رافائيل بالانتينو");
    expect(people("وأجرى وزير الخارجية الكندي ستيفن بالدوين مباحثات مع نظيره.")).toContain("ستيفن بالدوين");
  });

  it("still reads ب + a known word as a preposition", () => {
    const { entities } = entitiesOf("واستقبل الوزير جيمس بالعاصمة أمس.");
    expect(names(entities).some((n) => n.includes("بالعاصمة"))).toBe(false);
  });
});

describe("a family name that is a city's name", () => {
  it("reads the city after an unknown first name as the family name", () => {
    const { entities } = entitiesOf("وأشاد البيان بجهود المبعوث الأممي ماركو ليون للتوصل إلى تسوية سياسية.");
    expect(names(entities)).toContain("ماركو ليون");
    expect(entities.some((e) => e.type === "GPE" && e.name === "ليون")).toBe(false);
  });

  it("keeps a state after a name as the state, and a city after في", () => {
    expect(names(entitiesOf("وزار الوزير سميث فرنسا الأسبوع الماضي.").entities)).toContain("فرنسا");
    const { entities } = entitiesOf("والتقى المبعوث الأممي ماركو في ليون نظيره.");
    expect(entities.some((e) => e.type === "GPE" && e.name === "ليون")).toBe(true);
  });
});

describe("a name between commas after a title", () => {
  it("reads the name set off by commas after an office with its country", () => {
    expect(people("واستقبل الوزير الأول الموريتاني، محمد ولد بلال، أمس، وزير الخارجية الذي سلمه رسالة.")).toContain("محمد ولد بلال");
    expect(people("وقال رئيس الحكومة المغربية، عزيز أخنوش، إن الاتفاق مهم.")).toContain("عزيز أخنوش");
  });

  it("makes no name of a time or a circumstance set off by commas", () => {
    for (const text of ["وقال وزير الخارجية، اليوم الأحد، إن المحادثات مثمرة.", "وأكد رئيس الوزراء، لدى استقباله الوفد، أن العلاقات متينة.", "وقال وزير الخارجية، ردا على سؤال، إن بلاده مستعدة."]) {
      expect(people(text)).toEqual([]);
    }
  });
});

describe("words after a title that are no name (ninth round)", () => {
  it("reads a title word after السيد/السيدة as a first name when a name word follows", () => {
    const { entities } = entitiesOf("ووقعت الاتفاقية عن الجانب الآخر المديرة التنفيذية للهيئة، السيدة أمينة بنسعيد، بحضور الوزير.");
    expect(names(entities)).toContain("أمينة بنسعيد");
    expect(names(entities)).not.toContain("بنسعيد");
    // Before a complement the title word stays a title.
    const other = entitiesOf("واستقبل السيد وزير الخارجية السفير الجديد.").entities;
    expect(other.filter((e) => e.type === "PER")).toHaveLength(0);
  });

  it("takes no indefinite accusative as a name word (قائدا حكيما، اجتماعاً)", () => {
    const a = entitiesOf("ونعى البيان الملك فهد بن عبد العزيز قائدا عظيما، أفنى عمره في خدمة بلاده.").entities;
    expect(names(a)).toContain("فهد بن عبد العزيز");
    expect(names(a).some((n) => n.includes("قائدا"))).toBe(false);
    const b = entitiesOf("وعقد ولي العهد ووزير الدفاع الفرنسي اجتماعاً بحثا فيه التعاون العسكري.").entities;
    expect(b.filter((e) => e.type === "PER")).toHaveLength(0);
  });

  it("takes no preposition on a short common word as a first name (لبحث، بشأن)", () => {
    const { entities } = entitiesOf("ولي العهد يتلقى اتصالا من وزير الخارجية الأردني لبحث مستجدات المنطقة");
    expect(entities.filter((e) => e.type === "PER")).toHaveLength(0);
  });

  it("reads a verb before a known person of another state as no first name (أطلع شكري)", () => {
    const { entities } = entitiesOf("استقبل سامح شكري وزير الخارجية نظيره القبرصي. وذكر البيان أن الوزير القبرصي أطلع شكري على ما دار في نيقوسيا.");
    expect(names(entities)).not.toContain("أطلع شكري");
  });
});

describe("a family name that is also a common word, before the person's title", () => {
  it("keeps it in the name after a known first name", () => {
    expect(people("وصرح السفير محمد خلاف المتحدث الرسمي باسم الوزارة بأن اللقاء كان مثمرا.")).toContain("محمد خلاف");
    expect(people("وقال الدكتور أحمد جميل الأمين العام للمجلس إن الحوار مستمر.")).toContain("أحمد جميل");
  });

  it("leaves a verbal noun that opens what is said out of the name", () => {
    expect(people("وأكد الوزير سامح حرص الرئيس على دعم الحوار.")).not.toContain("سامح حرص");
  });
});

describe("a noun in ة with a pronoun after a title", () => {
  it("is no name (دعوته، زيارتها: the ة written ت before the pronoun)", () => {
    expect(people("وجدد الرئيس دعوته بجدية إلى الحوار بين الأطراف.")).toEqual([]);
    expect(people("واختتمت الوزيرة زيارتها بلقاء مع رجال الأعمال.")).toEqual([]);
  });
});

describe("names after a dual title that is also a word", () => {
  it("reads رئيسي and ممثلي before a definite dual as the dual title (رئيسي الوفدين X Y وZ W)", () => {
    const { entities } = entitiesOf("والتقى الوسيط رئيسي الوفدين سالم الحداد ومحمود الشامي في مسقط.");
    const found = entities.filter((e) => e.type === "PER").map((e) => e.name);
    expect(found).toContain("سالم الحداد");
    expect(found).toContain("محمود الشامي");
  });

  it("leaves رئيسي as an adjective after its noun", () => {
    const { entities } = entitiesOf("وأكد الوزير الدور الرئيسي للأمم المتحدة في دعم الحوار.");
    expect(entities.filter((e) => e.type === "PER")).toHaveLength(0);
  });
});

describe("UN and agency titles with a purpose or a body behind ل", () => {
  it("reads a purpose in construct behind ل, a place after في included, as the title before the name", () => {
    expect(people("وحذر المفوض السامي لحقوق الإنسان فولكر تورك من تدهور الأوضاع.")).toContain("فولكر تورك");
    expect(people("وقال المنسق الخاص لعملية السلام في الشرق الأوسط كارل لوندبرغ إن التهدئة هشة.")).toContain("كارل لوندبرغ");
  });

  it("reads a body's head behind ل before the body's known name, and a regional title adjective", () => {
    expect(people("وأوضح المدير الإقليمي لمنظمة اليونيسف ماركو سانتوس أن المساعدات وصلت.")).toContain("ماركو سانتوس");
    expect(people("وقالت المديرة الإقليمية لصندوق الأمم المتحدة للسكان هالة يوسف إن البرنامج مستمر.")).toContain("هالة يوسف");
  });

  it("reads a woman's counterpart (نظيرته، نظيرتها) with her nationality as a title", () => {
    expect(people("وبحث الوزير مع نظيرته السويدية ماريا ستينرغارد العلاقات الثنائية.")).toContain("ماريا ستينرغارد");
  });

  it("does not read the surname تورك as Turkey", () => {
    const { entities } = entitiesOf("وحذر المفوض السامي لحقوق الإنسان فولكر تورك من تدهور الأوضاع.");
    expect(entities.some((e) => e.type === "GPE")).toBe(false);
  });
});

describe("the given name باسم after a spokesman's body", () => {
  it("opens the name after the body, not another باسم phrase", () => {
    expect(people("وأوضح الناطق باسم الحكومة الأردنية باسم الخصاونة أن القرار نهائي.")).toContain("باسم الخصاونة");
    expect(people("وقال عضو المكتب السياسي لحركة فتح باسم شحادة إن الاجتماع مثمر.")).toContain("باسم شحادة");
  });

  it("leaves باسم before a body or a plural a preposition", () => {
    expect(people("وقال المتحدث الرسمي باسم الجيش اللبناني إن الوضع هادئ.").some((n) => n.startsWith("باسم"))).toBe(false);
    expect(people("وقال الناطق العسكري باسم المتمردين إن القتال توقف.").some((n) => n.startsWith("باسم"))).toBe(false);
  });
});
