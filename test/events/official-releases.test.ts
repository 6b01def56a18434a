// Families of official palace and ministry releases (agency bulletins) that the event stage
// missed, on sentences written for these tests and run through the whole pipeline: the
// agency dateline's day dating the items, and credentials presented by several ambassadors.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string, published: string | null = null): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

function meetingsWith(a: Analysis, name: string): string[][] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events
    .filter((e) => e.type === "meeting" && e.main && e.participants.some((p) => byId.get(p)?.includes(name)))
    .map((e) => e.participants.map((p) => byId.get(p) ?? p));
}

describe("the agency dateline's day dates the items of a release", () => {
  it("a cable with no day of its own takes the dated dateline (المدينة في DD الشهر /الوكالة/)", () => {
    const a = analyse("أمير الكويت يهنئ رئيس فنلندا\n\nالكويت في 06 ديسمبر /كونا/ بعث حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد برقية تهنئة إلى الرئيس الفنلندي ساولي نينيستو بمناسبة العيد الوطني لبلاده.", "2023-12-06");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2023-12-06");
  });

  it("a numeric dateline dates a meeting reported without a day", () => {
    const a = analyse("نواكشوط، 12/03/2024 - استقبل رئيس الجمهورية محمد ولد الشيخ الغزواني في القصر الرئاسي بنواكشوط وزير الخارجية الغاني شيرلي أيوركور بوتشواي.", "2024-03-12");
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2024-03-12");
  });

  it("a day the text fixes still wins over the dateline's", () => {
    const a = analyse("الرباط - 9 مايو 2024 (ومع) - أجرى وزير الشؤون الخارجية ناصر بوريطة أمس الأربعاء اتصالا هاتفيا مع نظيره الإسباني خوسيه مانويل ألباريس.", "2024-05-09");
    expect(a.events.find((e) => e.type === "phone_call")?.date).toBe("2024-05-08");
  });
});

describe("credentials: the head of state meets each ambassador who presents them", () => {
  it("تسلم X أوراق اعتماد … وهم: one listed ambassador per line, one meeting each", () => {
    const a = analyse("عمان 3 نيسان (بترا) تسلم الملك عبدالله الثاني في قصر الحسينية اليوم، أوراق اعتماد عدد من السفراء المعتمدين لدى المملكة، وهم:\nسفير جمهورية إيطاليا لوكا فراتيني.\nسفيرة جمهورية تشيلي ماريا إيلينا ساليناس.\nسفير جمهورية الهند أنيل كومار.\nوحضر المراسم وزير الخارجية أيمن الصفدي.", "2023-04-03");
    const ms = meetingsWith(a, "عبدالله الثاني");
    expect(ms.length).toBe(3);
    for (const name of ["لوكا فراتيني", "ماريا إيلينا ساليناس", "أنيل كومار"]) expect(ms.some((m) => m.some((p) => p.includes(name)))).toBe(true);
    expect(ms.some((m) => m.some((p) => p.includes("الصفدي")))).toBe(false);
    expect(a.events.filter((e) => e.type === "meeting").every((e) => e.date === "2023-04-03")).toBe(true);
  });

  it("تقبلت X أوراق اعتماد two ambassadors named in the sentence", () => {
    const a = analyse("تقبلت رئيسة تنزانيا سامية صولحو حسن أمس في دار السلام أوراق اعتماد السفير المصري شريف إسماعيل والسفير الياباني يوشيهيرو ميساوا.", "2024-02-15");
    const ms = meetingsWith(a, "سامية");
    expect(ms.length).toBe(2);
  });

  it("قدم السفير X أوراق اعتماده إلى الرئيس Y: the ambassador before, the receiver after إلى", () => {
    const a = analyse("قدم السفير السعودي فيصل بن حامد المجفل أوراق اعتماده إلى الرئيس التركي رجب طيب أردوغان في أنقرة.", "2024-01-10");
    const ms = meetingsWith(a, "أردوغان");
    expect(ms.length).toBe(1);
    expect(ms[0].some((p) => p.includes("المجفل"))).toBe(true);
  });

  it("ونسخة من أوراق اعتماد Y in the same clause, and كما تسلم معاليه: the ceremony's receiver meets each", () => {
    const a = analyse("تسلم وزير الخارجية التونسي محمد علي النفطي اليوم في تونس نسخة من أوراق اعتماد سفير اليابان تاكيشي أوساهيرو.\nكما تسلم معاليه نسخة من أوراق اعتماد سفير البرتغال جواو ريبيرو دي ألميدا، ونسخة من أوراق اعتماد سفيرة السويد كارين ليندغرين.", "2024-03-12");
    const ms = meetingsWith(a, "النفطي");
    expect(ms.length).toBe(3);
    expect(a.events.filter((e) => e.type === "meeting").every((e) => e.participants.length === 2)).toBe(true);
  });

  it("a credentials ceremony to come is not an event (سيتسلم)", () => {
    const a = analyse("سيتسلم الرئيس الجزائري عبد المجيد تبون الأسبوع المقبل أوراق اعتماد السفير البرتغالي لويس دي ألميدا.", "2024-05-02");
    expect(meetingsWith(a, "تبون").length).toBe(0);
  });
});

describe("bulletins: who جلالته is, and dates that belong to another clause", () => {
  const names = (a: Analysis, type: string) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => byId.get(p) ?? p).join("+"));
  };

  it("جلالته/فخامته (ta marbuta written ت) is the person written with جلالة/فخامة, not the first person of the article", () => {
    const a = analyse("السلطان يتلقى اتصالا من الرئيس الإيراني\n\nمسقط 4 مارس (العمانية) تلقى حضرة صاحب الجلالة السلطان هيثم بن طارق اتصالا هاتفيا من الرئيس الإيراني مسعود بزشكيان.\nكما بعث جلالته برقية تهنئة إلى الرئيس الغاني جون ماهاما بمناسبة العيد الوطني لبلاده.", "2025-03-04");
    expect(names(a, "message").some((n) => n.includes("هيثم") && n.includes("ماهاما"))).toBe(true);
    expect(names(a, "message").some((n) => n.includes("بزشكيان"))).toBe(false);
  });

  it("فخامته after an earlier person named with فخامة", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم في قصر قرطاج وزير الخارجية الجزائري أحمد عطاف.\nوبعث فخامة الرئيس عبد المجيد تبون رسالة إلى نظيره التونسي. كما بعث فخامته برقية تهنئة إلى رئيس الوزراء الماليزي أنور إبراهيم.", "2024-06-20");
    expect(names(a, "message").some((n) => n.includes("تبون") && n.includes("أنور إبراهيم"))).toBe(true);
  });

  it("a condolence cable is dated by the release, not by the attack the relative clause dates", () => {
    const a = analyse("الرباط - 14 يونيو 2024 (ومع) - بعث الملك محمد السادس برقية تعزية إلى الرئيس النيجيري بولا تينوبو إثر الهجوم الذي استهدف سوقا شعبية يوم الأحد الماضي.", "2024-06-14");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2024-06-14");
  });

  it("a guest who arrived yesterday is received today (الذي وصل أمس)", () => {
    const a = analyse("الجزائر - 10 أبريل 2024 - استقبل رئيس الجمهورية عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني الذي وصل أمس إلى الجزائر في زيارة رسمية.", "2024-04-10");
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2024-04-10");
  });

  it("the clause that says when the meeting itself was held keeps its date (الذي عقد في …)", () => {
    const a = analyse("وكان الوزيران قد شاركا في الاجتماع الوزاري الخليجي الأوروبي الذي عقد في الدوحة في 7 أكتوبر الماضي بمشاركة وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني.", "2024-12-01");
    const m = a.events.find((e) => e.type === "multilateral");
    if (m) expect(m.date).toBe("2024-10-07");
  });
});

describe("the day a bulletin item carries over", () => {
  it("a cable after a sentence that recalls 1967 or an attack's day is dated by the release", () => {
    const a = analyse("عمان 20 حزيران (بترا)- استقبل الملك عبدالله الثاني اليوم الأحد وزير الخارجية النرويجي إسبن بارث إيدي.\nوأكد جلالته ضرورة إقامة الدولة الفلسطينية على خطوط الرابع من حزيران 1967.\nإلى ذلك، بعث الملك عبدالله الثاني برقية تعزية إلى الرئيس الباكستاني آصف علي زرداري بضحايا الفيضانات التي اجتاحت البلاد الخميس الماضي.\nكما بعث جلالته برقية تهنئة إلى الرئيس الأرجنتيني خافيير ميلي.", "2021-06-20");
    const msgs = a.events.filter((e) => e.type === "message");
    expect(msgs.length).toBe(2);
    for (const m of msgs) expect(m.date).toBe("2021-06-20");
  });
});

describe("a day with المقبل/القادم is a plan after the report, never a past day", () => {
  it("15 مارس المقبل resolves to the next 15 March", () => {
    const a = analyse("تونس - أكد وزير الخارجية التونسي نبيل عمار اليوم الأربعاء أن القمة المقررة في 15 مارس المقبل ستعقد في موعدها. واستقبل عمار اليوم السفير الفرنسي فريديريك بونتام.", "2023-11-22");
    const dates = a.events.map((e) => e.date);
    expect(dates).not.toContain("2023-03-15");
  });

  it("a meeting after a sentence naming a future day keeps the release's day", () => {
    const a = analyse("الرباط - 2 أكتوبر 2024 (ومع) - انطلقت اليوم الأربعاء أشغال المنتدى. ودعا الوزير إلى احترام موعد الانتخابات المقررة في 20 ديسمبر القادم.\nوعلى هامش الأشغال، استقبل رئيس الحكومة عزيز أخنوش وزير الخارجية الإسباني خوسيه مانويل ألباريس.", "2024-10-02");
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2024-10-02");
  });

  it("the next year when the day has passed this year (10 يناير المقبل in November)", () => {
    const a = analyse("الكويت 25 نوفمبر (كونا) - بعث سمو أمير البلاد الشيخ مشعل الأحمد برقية تهنئة إلى الرئيس الغابوني بريس أوليغي نغيما. وأعلنت الحكومة أن الزيارة المقررة للرئيس الغابوني ستتم في 10 يناير المقبل.", "2024-11-25");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2024-11-25");
    expect(a.events.some((e) => e.date === "2024-01-10")).toBe(false);
  });
});

describe("attendees and stacked titles are not parties", () => {
  const parties = (a: Analysis, type: string) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => byId.get(p) ?? p).sort().join("+"));
  };

  it("بحضور X وزير …، واللواء Y …: every item of the attendance list stays out", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم بقصر قرطاج وزير الخارجية الإيطالي أنطونيو تاياني، وذلك بحضور نبيل عمار وزير الشؤون الخارجية، والسيد أحمد الحشاني رئيس الحكومة.", "2024-01-18");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0]).not.toContain("عمار");
    expect(m[0]).not.toContain("الحشاني");
  });

  it("وحضر اللقاء X، وY، والدكتور Z: the list in its own sentence names no party either", () => {
    const a = analyse("استقبل الملك عبدالله الثاني اليوم في عمان الرئيس القبرصي نيكوس خريستودوليدس.\nوحضر اللقاء رئيس الوزراء بشر الخصاونة، ووزير الخارجية أيمن الصفدي، والدكتور جعفر حسان.", "2024-02-05");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0]).not.toContain("الصفدي");
  });

  it("X، نائب رئيس الوزراء ووزير الخارجية …: the second title is X's, not the host country's minister", () => {
    const a = analyse("القاهرة في 3 مايو 2024 /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم محمد بن عبدالرحمن آل ثاني، رئيس مجلس الوزراء ووزير الخارجية بدولة قطر، وذلك بحضور سامح شكري وزير الخارجية.", "2024-05-03");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0]).not.toContain("شكري");
  });

  it("بحضور X، وزير …، وY: a title set off by commas does not end the attendance list", () => {
    const a = analyse("استقبل الملك عبدالله الثاني اليوم في عمان وزير الخارجية الفرنسي ستيفان سيجورنيه، بحضور أيمن الصفدي، نائب رئيس الوزراء وزير الخارجية، وجعفر حسان، مدير مكتب جلالة الملك.", "2024-02-05");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0]).not.toContain("الصفدي");
    expect(m[0]).not.toContain("حسان");
  });

  it("بحضور X، والسفير الإيطالي في القاهرة Y: an item opening with a title may name its person further on", () => {
    const a = analyse("استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الإيطالي أنطونيو تاياني، بحضور سامح شكري وزير الخارجية، والسفير الإيطالي لدى مصر ميكيلي كواروني.", "2024-01-08");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0]).toContain("تاياني");
    expect(m[0]).not.toContain("كواروني");
  });

  it("a coordinated sentence after the list (، وأكد الرئيس …) is no attendee", () => {
    const a = analyse("استقبل الرئيس عبد المجيد تبون اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس بحضور أحمد عطاف، وأكد الرئيس تبون حرص الجزائر على تطوير العلاقات.", "2024-03-12");
    expect(parties(a, "meeting").length).toBe(1);
  });
});

describe("signing ceremonies in releases", () => {
  const parties = (a: Analysis, type: string) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => byId.get(p) ?? p).sort().join("+"));
  };

  it("وشهد سموه والرئيس الضيف مراسم توقيع …، ووقعها عن الجانب … X، وعن الجانب … Y: the signatories, not the witnesses", () => {
    const a = analyse("الدوحة في 5 مارس /قنا/ استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى الرئيس الرواندي بول كاغامي.\nوشهد سموه والرئيس الرواندي مراسم توقيع اتفاقية للتعاون الاقتصادي، ووقعها عن الجانب القطري الشيخ محمد بن عبدالرحمن آل ثاني، وعن الجانب الرواندي فنسنت بيروتا.", "2024-03-05");
    const s = parties(a, "signing");
    expect(s.length).toBe(1);
    expect(s[0]).toContain("بيروتا");
    expect(s[0]).not.toContain("كاغامي");
  });

  it("signatories of the next sentence's documents do not join the first signing", () => {
    const a = analyse("وشهد الرئيسان توقيع اتفاقية للتجارة الحرة، ووقعها عن الجانب المصري سامح شكري، وعن الجانب الأردني أيمن الصفدي.\nكما وقع وزير الخارجية المغربي ناصر بوريطة ونظيره الموريتاني محمد سالم ولد مرزوك مذكرة تفاهم في مجال النقل.", "2024-03-05");
    const s = parties(a, "signing");
    expect(s.some((x) => x.includes("شكري") && x.includes("بوريطة"))).toBe(false);
  });

  it("وزير دولة للاقتصاد الرقمي والعمل عن بعد is a ministry, not a video link", () => {
    const a = analyse("استقبل وزير الخارجية الإماراتي عبدالله بن زايد آل نهيان اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس بحضور عمر سلطان العلماء وزير دولة للذكاء الاصطناعي وتطبيقات العمل عن بعد.", "2024-03-05");
    expect(a.events.some((e) => e.type === "video_call")).toBe(false);
    const b = analyse("عقد وزير الخارجية المصري سامح شكري اجتماعا عن بعد مع نظيره الأردني أيمن الصفدي.", "2024-03-05");
    expect(b.events.some((e) => e.type === "video_call")).toBe(true);
  });
});

describe("a date after منذ starts a period: it is no day the text fixed", () => {
  it("the visit's day, not 'since the attack of 7 October', dates the meeting after it", () => {
    const a = analyse("وصل وزير الخارجية البريطاني ديفيد كاميرون إلى القاهرة، الأربعاء (10 يناير/ كانون الثاني 2024)، في زيارته الثالثة منذ اندلاع الحرب في السابع من أكتوبر.\nوالتقى كاميرون نظيره المصري سامح شكري.", "2024-01-10");
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2024-01-10");
  });

  it("منذ توليه منصبه في 3 مارس does not date the next cable", () => {
    const a = analyse("مسقط 14 يونيو (العمانية) - تلقى السلطان هيثم بن طارق اتصالا هاتفيا من الرئيس الإيراني مسعود بزشكيان، هو الأول منذ توليه منصبه في 3 يونيو.\nكما بعث جلالته برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين.", "2024-06-14");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2024-06-14");
  });

  it("a plain earlier day in the sentence before still carries over", () => {
    const a = analyse("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض، الاثنين (2 ديسمبر/ كانون الأول 2024).\nوالتقى ماكرون ولي العهد السعودي الأمير محمد بن سلمان.", "2024-12-03");
    expect(a.events.find((e) => e.type === "meeting")?.date).toBe("2024-12-02");
  });
});

describe("تباحث X (full title, day and place) مع Y", () => {
  const meeting = (a: Analysis) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => byId.get(p) ?? p).sort().join("+"));
  };

  it("a long title, the day and the city between the verb and مع", () => {
    const a = analyse("تباحث وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، اليوم الثلاثاء بالرباط، مع وزير الخارجية الإسباني خوسيه مانويل ألباريس.", "2024-02-20");
    expect(meeting(a).some((m) => m.includes("بوريطة") && m.includes("ألباريس"))).toBe(true);
  });

  it("تباحثت (feminine) with the title and honorifics before مع", () => {
    const a = analyse("تباحثت وزيرة الخارجية الألمانية أنالينا بيربوك، مساء أمس في العاصمة الأردنية عمان، مع نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي.", "2024-02-20");
    expect(meeting(a).some((m) => m.includes("بيربوك") && m.includes("الصفدي"))).toBe(true);
  });

  it("يتباحث … مع in the future is still no event", () => {
    const a = analyse("سيتباحث وزير الخارجية المصري سامح شكري الأسبوع المقبل في القاهرة مع نظيره التركي هاكان فيدان.", "2024-02-20");
    expect(meeting(a).length).toBe(0);
  });
});

describe("condolence cables: the dead are the occasion, not a party", () => {
  const msgs = (a: Analysis) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === "message").map((e) => e.participants.map((p) => byId.get(p) ?? p).sort().join("+"));
  };

  it("برقية تعزية إلى X في وفاة Y: one message, to X", () => {
    const a = analyse("بعث الرئيس المصري عبد الفتاح السيسي برقية تعزية إلى الرئيس الإيراني بالإنابة محمد مخبر في وفاة الرئيس إبراهيم رئيسي.", "2024-05-20");
    const m = msgs(a);
    expect(m.length).toBe(1);
    expect(m[0]).toContain("مخبر");
    expect(m[0]).not.toContain("رئيسي");
  });

  it("بوفاة / برحيل after the recipient", () => {
    const a = analyse("بعث أمير قطر الشيخ تميم بن حمد آل ثاني برقية تعزية إلى الرئيس الإيراني بالإنابة محمد مخبر برحيل وزير الخارجية حسين أمير عبداللهيان.", "2024-05-20");
    expect(msgs(a).some((m) => m.includes("عبداللهيان"))).toBe(false);
  });

  it("بضحايا الحادث الذي أودى بحياة Y: the victims' names are no recipients", () => {
    const a = analyse("بعث الملك عبدالله الثاني برقية تعزية إلى الرئيس التركي رجب طيب أردوغان بضحايا حادث تحطم المروحية التي كانت تقل الرئيس الإيراني إبراهيم رئيسي.", "2024-05-20");
    const m = msgs(a);
    expect(m.length).toBe(1);
    expect(m[0]).toContain("أردوغان");
  });
});

describe("plans dated after the report, and one event per pair in a sentence", () => {
  it("الجولة الثانية … المقررة السبت المقبل is a plan: no consultation", () => {
    const a = analyse("بحث وزير الخارجية المصري بدر عبد العاطي، اليوم الثلاثاء، في اتصال هاتفي مع نظيره القطري محمد بن عبدالرحمن آل ثاني، التحضيرات للجولة الثانية من المفاوضات المقررة الخميس المقبل.", "2025-04-15");
    expect(a.events.some((e) => e.type === "consultation")).toBe(false);
    expect(a.events.find((e) => e.type === "phone_call")?.date).toBe("2025-04-15");
  });

  it("السبت المقبل resolves to the next Saturday, never the last one", async () => {
    const { dateExpressions } = await import("../../src/events/relative-dates.js");
    const text = "تعقد الجولة السبت المقبل";
    const d = dateExpressions(text, 0, text.length, { candidates: ["2025-04-15"], year: null });
    expect(d.find((x) => x.kind === "relative")?.date).toBe("2025-04-19");
  });

  it("والتقى X وY …، في أول لقاء مباشر …: one meeting, past when the sentence says so", () => {
    const a = analyse("وكانت الدوحة قد استضافت الأحد الماضي جولة من المحادثات. والتقى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف لبضع دقائق في ختامها، في أول لقاء مباشر منذ سنوات.", "2025-04-15");
    const meetings = a.events.filter((e) => e.type === "meeting");
    expect(meetings.length).toBe(1);
  });
});

describe("greetings carried during a meeting name nobody at it", () => {
  const meeting = (a: Analysis) => {
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => byId.get(p) ?? p).sort().join("+"));
  };

  it("حيث نقل الوزير تحياته إلى X: X is absent", () => {
    const a = analyse("استقبل وزير الخارجية البحريني عبداللطيف الزياني اليوم نائب وزير الخارجية الكوري الجنوبي كيم هونغ كيون، حيث نقل الوزير تحياته إلى وزير الخارجية الكوري الجنوبي تشو تاي يول.", "2024-05-20");
    const m = meeting(a);
    expect(m.length).toBe(1);
    expect(m[0]).not.toContain("تشو تاي يول");
  });

  it("ناقلا تحيات X: the sender of the greetings is absent too", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الإيطالي أنطونيو تاياني، ناقلا إليه تحيات رئيسة الوزراء الإيطالية جورجيا ميلوني.", "2024-05-20");
    expect(meeting(a).every((m) => !m.includes("ميلوني"))).toBe(true);
  });

  it("a meeting without greetings keeps both parties", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الإيطالي أنطونيو تاياني.", "2024-05-20");
    expect(meeting(a).length).toBe(1);
  });
});

describe("a vague span in a later clause does not make the event past", () => {
  it("…، مشيدا بنتائج زيارته إلى المملكة العام الماضي: the reception is today's", () => {
    const a = analyse("الرياض 12 مارس (واس) استقبل وزير الخارجية السعودي فيصل بن فرحان اليوم في مكتبه بالرياض وزير الخارجية البرتغالي باولو رانجيل والوفد المرافق له، مشيدا بنتائج زيارة رئيس الوزراء البرتغالي إلى المملكة العام الماضي.", "2025-03-12");
    const m = a.events.find((e) => e.type === "meeting");
    expect(m?.main).toBe(true);
    expect(m?.date).toBe("2025-03-12");
  });

  it("the same vague span right after the trigger still marks it past", () => {
    const a = analyse("والتقى وزير الخارجية السعودي فيصل بن فرحان العام الماضي نظيره البرتغالي باولو رانجيل.", "2025-03-12");
    expect(a.events.find((e) => e.type === "meeting")?.main).toBe(false);
  });

  it("a phone call with a long clause ending in الشهر الماضي stays the report's", () => {
    const a = analyse("أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع المستشار الألماني أولاف شولتس، تناول فيه الجانبان نتائج القمة الأوروبية التي اختتمت أعمالها في بروكسل الشهر الماضي.", "2024-07-03");
    expect(a.events.find((e) => e.type === "phone_call")?.main).toBe(true);
  });
});
