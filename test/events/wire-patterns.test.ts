// Families of wire-copy patterns that a blind set showed the event stage missing, on
// sentences written for these tests and run through the whole pipeline (ingest, entities,
// events): dates restated in the lead, visits written without a plain "زار X البلد",
// titles that name another office, pair references and background mentions.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { articleAnchor } from "../../src/events/relative-dates.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis, Article } from "../../src/types.js";

function analyse(text: string, published: string | null = null): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** Events as "type:name+name" with participants' canonical names sorted, main ones only unless asked. */
function sigs(a: Analysis, all = false): string[] {
  const name = new Map(a.entities.map((e) => [e.id, e.key]));
  return a.events
    .filter((e) => all || e.main)
    .map((e) => `${e.type}:${e.participants.map((p) => name.get(p)).sort().join("+")}`);
}

describe("dates written in the lead", () => {
  it("اليوم الخميس 6 يونيو 2024: the weekday and the full date restating it date the event", () => {
    const a = analyse("أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس 6 يونيو 2024، اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.");
    const call = a.events.find((e) => e.type === "phone_call");
    expect(call?.date).toBe("2024-06-06");
  });

  it("أمس الأحد الموافق 9 مارس 2025 restates one day too", () => {
    const a = analyse("بعث العاهل الأردني الملك عبدالله الثاني أمس الأحد الموافق 9 مارس 2025 برقية تهنئة إلى الرئيس اللبناني جوزيف عون.");
    expect(a.events.find((e) => e.type === "message")?.date).toBe("2025-03-09");
  });

  it("a lead that states today's date anchors the article with no dateline or publication date", () => {
    const text = "الرباط -\nاستقبل رئيس الحكومة اليوم الاثنين 3 فبراير 2025 وفدا برلمانيا.\nوكان الوفد قد وصل أمس.";
    const article: Article = { id: "t", source: "t", rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null };
    expect(articleAnchor(article).candidates).toContain("2025-02-03");
    const wrongDay = { ...article, text: text.replace("الاثنين", "الجمعة") };
    expect(articleAnchor(wrongDay).candidates).not.toContain("2025-02-03");
  });
});

describe("visits", () => {
  it("وصل X مساء أمس الأربعاء إلى العاصمة الإماراتية أبوظبي على رأس وفد: a long subject before إلى", () => {
    const a = analyse(
      "وصل رئيس الوزراء الهندي ناريندرا مودي مساء أمس الأربعاء إلى العاصمة الإماراتية أبوظبي على رأس وفد رفيع، في زيارة رسمية تستمر يومين. وتربط الهند والإمارات علاقات وثيقة.",
      "2024-06-06",
    );
    expect(sigs(a)).toEqual(["visit:gpe:AE+per:modi"]);
  });

  it("إلى العاصمة الأردنية with no city named: the state of the adjective", () => {
    const a = analyse("وصل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم إلى العاصمة الأردنية على رأس وفد رسمي. وقال إن السعودية والأردن تربطهما علاقات متينة.");
    expect(sigs(a)).toEqual(["visit:gpe:JO+per:faisal_bin_farhan"]);
  });

  it("الذي يزور البلاد حاليا: the host is the country of the dateline", () => {
    const a = analyse(
      "مسقط - العمانية\nاستقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير الخارجية الإيراني عباس عراقجي الذي يزور البلاد حاليا. وبحث الجانبان العلاقات بين سلطنة عمان وإيران.",
    );
    expect(sigs(a)).toContain("visit:gpe:OM+per:araghchi");
    expect(sigs(a)).toContain("meeting:per:araghchi+per:badr_albusaidi");
  });

  it("يقوم بزيارة رسمية للمملكة: ل names the host noun past the visit's own words", () => {
    const a = analyse(
      "الرباط (ومع) - التقى الملك محمد السادس اليوم بالقصر الملكي الرئيس الموريتاني محمد ولد الشيخ الغزواني، الذي يقوم بزيارة دولة وزيارة عمل للمملكة تلبية لدعوة من الملك. وبحث الجانبان العلاقات بين المغرب وموريتانيا.",
    );
    const visits = sigs(a).filter((s) => s.startsWith("visit"));
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatch(/^visit:gpe:MA\+per:/);
    const b = analyse(
      "الرياض (واس) - استقبل ولي العهد الأمير محمد بن سلمان اليوم رئيس الوزراء الباكستاني شهباز شريف، الذي يقوم بزيارة رسمية، للمملكة تستغرق يومين. وبحث الجانبان العلاقات بين السعودية وباكستان.",
    );
    // A comma between the visit and the noun: the words after it are not the visit's destination.
    expect(sigs(b).filter((s) => s.startsWith("visit"))).toHaveLength(0);
  });

  it("talks in a capital في إطار جولة: a visit of the guest to the venue's state, not of the host", () => {
    const a = analyse(
      "أجرى المستشار الألماني أولاف شولتس اليوم محادثات مع الرئيس الكيني وليام روتو في نيروبي، في إطار جولة أفريقية تشمل أيضا نيجيريا. وقال شولتس إن ألمانيا تعد كينيا شريكا مهما.",
    );
    expect(sigs(a)).toContain("visit:gpe:KE+per:scholz");
    expect(sigs(a).filter((s) => s.startsWith("visit"))).toHaveLength(1);
  });
});

describe("a name whose first letter reads as a conjunction", () => {
  it("فيصل in a list before إلى is no ف + يصل (arrives), while ويصل (و + يصل) still does", () => {
    const a = analyse(
      "شارك في الاجتماع وزراء خارجية السعودية فيصل بن فرحان، ومصر سامح شكري، والأردن أيمن الصفدي، إلى جانب ممثلين عن الاتحاد الأوروبي.",
    );
    expect(a.events.filter((e) => e.type === "visit")).toEqual([]);
    const b = analyse("ويصل الوزير فيصل بن فرحان غدا إلى القاهرة في زيارة رسمية. فيصل إلى هنا.");
    expect(b.events.some((e) => e.type === "visit" && b.text.slice(e.trigger.start, e.trigger.end).startsWith("ويصل"))).toBe(true);
  });
});

describe("titles naming another office", () => {
  it("المبعوث الخاص للرئيس الأمريكي X: the president is not a party", () => {
    const a = analyse(
      "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم المبعوث الخاص للرئيس الأمريكي إلى الشرق الأوسط ستيف ويتكوف. ونقل ويتكوف تحيات الرئيس دونالد ترامب إلى السيسي.",
    );
    // (the greetings he carries are the president's message to the host: message.test greetings)
    expect(sigs(a).filter((x) => x.startsWith("meeting"))).toEqual(["meeting:per:sisi+per:witkoff"]);
  });
});

describe("rounds of a standing bilateral body", () => {
  const text =
    "عقدت الجزائر وإيطاليا، الاثنين، الاجتماع الخامس لمجموعة العمل الاستراتيجي المشتركة بين البلدين في روما، برئاسة وزير الخارجية الجزائري أحمد عطاف ونظيره الإيطالي أنطونيو تاياني. " +
    "وقال عطاف، في مؤتمر صحفي عقب الاجتماع، إن العلاقات تعززت بفضل إرادة الرئيسين عبد المجيد تبون وسيرجو ماتاريلا. ووقع الوزيران في ختام الاجتماع على مذكرة تفاهم.";

  it("الاجتماع الخامس لمجموعة … المشتركة برئاسة X ونظيره Y is a consultation of the chairs, not a multilateral meeting", () => {
    expect(sigs(analyse(text, "2024-06-06"))).toContain("consultation:per:attaf+per:tajani");
  });

  it("عقب الاجتماع points back to the round; the presidents named in the reported words meet nobody", () => {
    const s = sigs(analyse(text, "2024-06-06"));
    expect(s.filter((x) => x.startsWith("meeting"))).toEqual([]);
  });

  it("ووقع الوزيران: the two ministers of the round sign", () => {
    expect(sigs(analyse(text, "2024-06-06"))).toContain("signing:per:attaf+per:tajani");
  });

  it("a numbered session of a council of many states stays multilateral", () => {
    const a = analyse("شارك وزير الخارجية العماني بدر البوسعيدي اليوم في أعمال الدورة الستين بعد المائة للمجلس الوزاري لمجلس التعاون لدول الخليج العربية.", "2024-06-06");
    expect(a.events.map((e) => e.type)).toEqual(["multilateral"]);
  });
});

describe("persons written by office", () => {
  it("ونظيره الكازاخي X … ثم الوزير الكازاخي: the counterpart holds the office for his country (-stan adjective)", () => {
    const a = analyse(
      "عقدت تركيا وكازاخستان الاجتماع الثالث لمجموعة التخطيط المشتركة برئاسة وزير الخارجية التركي هاكان فيدان ونظيره الكازاخي مراد نورتليو. وفي وقت لاحق، استقبل الرئيس التركي رجب طيب أردوغان الوزير الكازاخي في أنقرة.",
    );
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    const meeting = a.events.find((e) => e.type === "meeting");
    expect(meeting?.participants.map((p) => name.get(p)).sort()).toEqual(["رجب طيب أردوغان", "مراد نورتليو"]);
  });
});

describe("signings", () => {
  it("ووقع البلدان خلالها: the two states, during (and as early as) the visit", () => {
    const a = analyse(
      "وكان الرئيس الصيني شي جين بينغ قد زار مصر في أكتوبر 2019، ووقع البلدان خلالها عدة اتفاقيات. وأجرى الرئيس شي جين بينغ اليوم اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي. وقال السيسي إن مصر والصين شريكان.",
      "2024-06-06",
    );
    expect(sigs(a, true)).toContain("signing:gpe:CN+gpe:EG");
    expect(a.events.find((e) => e.type === "signing")?.main).toBe(false);
    expect(sigs(a)).toEqual(["phone_call:per:sisi+per:xi_jinping"]);
  });

  it("شهد الزعيمان توقيع … ووقع الاتفاقية عن الجانب …: the signatories sign, the witnesses do not", () => {
    const a = analyse(
      "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم رئيس الوزراء الهندي ناريندرا مودي في باريس، وشهد الزعيمان توقيع اتفاقية للطاقة النووية. ووقع الاتفاقية عن الجانب الفرنسي وزير الاقتصاد برونو لومير، وعن الجانب الهندي وزير الخارجية سوبراهمانيام جايشانكار.",
      "2024-06-06",
    );
    const s = sigs(a);
    expect(s.filter((x) => x.startsWith("signing"))).toHaveLength(1);
    expect(s).toContain("meeting:per:macron+per:modi");
    expect(s.find((x) => x.startsWith("signing"))).not.toContain("macron");
  });
});

describe("background mentions", () => {
  it("دعت X إلى اجتماع عاجل عبر الفيديو: a call for a meeting is no meeting", () => {
    const a = analyse("وكان الرئيس الروسي فلاديمير بوتين قد تحدث أمس، فيما دعت المملكة العربية السعودية إلى اجتماع عاجل لمجموعة أوبك عبر الفيديو.", "2024-06-06");
    expect(a.events).toEqual([]);
  });

  it("تنفيذ مخرجات قمة …، الاستفادة من قمة …: a summit named as a source is no event of the speaker", () => {
    const a = analyse(
      "وقال الرئيس الجنوب أفريقي سيريل رامافوزا إن بلاده مستعدة لتنفيذ مخرجات قمة جوهانسبرغ لمجموعة بريكس، والاستفادة من قمة مجموعة العشرين المقبلة.",
      "2024-06-06",
    );
    expect(a.events).toEqual([]);
  });

  it("بعد أسابيع من مشاركة X في الاجتماع الوزاري … في التاسع من سبتمبر الماضي: an earlier gathering of X alone, dated", () => {
    const a = analyse(
      "وتأتي زيارة المبعوث الروسي ميخائيل بوغدانوف بعد أسابيع من مشاركة الوزير سيرغي لافروف في الاجتماع الوزاري المشترك بين روسيا ودول مجلس التعاون الخليجي الذي استضافته الرياض في التاسع من سبتمبر الماضي.",
      "2024-10-22",
    );
    expect(sigs(a, true)).toEqual(["multilateral:per:lavrov"]);
    expect(a.events[0].main).toBe(false);
    expect(a.events[0].date).toBe("2024-09-09");
  });

  it("آخر لقاء بين X وY يعود إلى أكتوبر 2019: an earlier meeting", () => {
    const a = analyse("ويعود آخر لقاء بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان إلى أكتوبر 2019.", "2024-06-06");
    expect(a.events.map((e) => [e.type, e.main])).toEqual([["meeting", false]]);
  });

  it("زيارة X إلى بكين في فبراير: a month with no day is not the report's day", () => {
    const a = analyse("وذكر وانغ يي أن زيارة الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى الصين في أبريل أسفرت عن نتائج مثمرة.");
    expect(a.events.map((e) => [e.type, e.main])).toEqual([["visit", false]]);
  });
});

describe("video calls", () => {
  const lead = (how: string) => analyse(`أجرى وزير الخارجية الصيني وانغ يي اليوم ${how} مع وزير الخارجية الفرنسي ستيفان سيجورنيه.`, "2024-06-06");
  for (const how of ["محادثات عبر تقنية الفيديو", "محادثات عبر الاتصال المرئي", "مباحثات عبر تقنية الاتصال المرئي", "محادثات عبر الفيديو", "محادثات افتراضيا", "محادثات عبر دائرة تلفزيونية مغلقة", "محادثات عبر الاتصال الافتراضي"]) {
    it(`أجرى X ${how} مع Y`, () => {
      expect(lead(how).events.map((e) => e.type)).toEqual(["video_call"]);
    });
  }

  it("التقى X افتراضيا Y: the mode word far from the verb still makes one video call", () => {
    const a = analyse("التقى الرئيس الأمريكي جو بايدن افتراضيا الرئيس الصيني شي جين بينغ.", "2024-06-06");
    expect(a.events.map((e) => e.type)).toEqual(["video_call"]);
  });
});

describe("references by description and headlines", () => {
  it("التقى الدبلوماسي الروسي X: the Russian named most often before, not the president named once", () => {
    const a = analyse(
      "استقبل وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني اليوم نائب وزير الخارجية الروسي ميخائيل بوغدانوف. وسلم بوغدانوف رسالة من الرئيس الروسي فلاديمير بوتين إلى أمير قطر الشيخ تميم بن حمد آل ثاني. وفي وقت لاحق، التقى الدبلوماسي الروسي رئيس الوزراء العراقي محمد شياع السوداني.",
      "2024-06-06",
    );
    expect(sigs(a)).toContain("meeting:per:bogdanov+per:sudani");
    expect(sigs(a).some((s) => s.startsWith("meeting") && s.includes("putin"))).toBe(false);
  });

  it("a headline X في Y (a foreign capital) is a visit when the body reports none", () => {
    const a = analyse("ماكرون في الجزائر لبحث ملف الذاكرة\n\nقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا والجزائر تجمعهما علاقات عميقة.");
    expect(sigs(a)).toEqual(["visit:gpe:DZ+per:macron"]);
    const home = analyse("السيسي في القاهرة: مصر لن تتخلى عن دورها\n\nقال الرئيس عبد الفتاح السيسي إن مصر ستواصل دورها.");
    expect(home.events).toEqual([]);
  });
});

describe("plans written as hopes or in a later year", () => {
  it("تتطلع إلى استضافة القمة … الثانية عام 2027 (a report of 2025): no event", () => {
    const a = analyse(
      "بكين 5 مايو 2025 (شينخوا) قال وزير الخارجية الصيني وانغ يي إن بلاده تتطلع إلى استضافة القمة الصينية-الأفريقية الثانية بحضور الرئيس شي جين بينغ والرئيس السنغالي باسيرو ديوماي فاي عام 2027.",
    );
    expect(a.events).toEqual([]);
  });
});

describe("pair words name an office", () => {
  it("ووقع الوزيران after a meeting of the presidents: the ministers of the talks before it", () => {
    const a = analyse(
      "عقد وزير الخارجية التركي هاكان فيدان ونظيره المصري بدر عبد العاطي اليوم جلسة مباحثات في أنقرة. واستقبل الرئيس التركي رجب طيب أردوغان الرئيس المصري عبد الفتاح السيسي في اليوم نفسه بالمجمع الرئاسي. ووقع الوزيران في ختام المباحثات مذكرة تفاهم للتعاون الثقافي.",
      "2025-03-11",
    );
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    const signing = a.events.find((e) => e.type === "signing");
    expect(signing?.participants.map((p) => name.get(p)).sort()).toEqual(["بدر عبد العاطي", "هاكان فيدان"]);
  });
});

describe("the dateline's place", () => {
  const visits = (a: Analysis) => {
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    // (the host state unnamed: the visitor alone, the city the place; the tenth round's convention)
    return a.events.filter((e) => e.type === "visit").map((e) => `${e.participants.map((p) => name.get(p)).join(" > ")} @ ${e.place ? name.get(e.place) : ""}`);
  };

  it("is where the report was filed, not where the visitor went (القاهرة - وصل X إلى بيروت)", () => {
    const a = analyse("الوزير في بيروت\n\nالقاهرة - وصل وزير الخارجية المصري سامح شكري اليوم إلى بيروت في زيارة رسمية.");
    expect(visits(a)).toEqual(["سامح شكري @ بيروت"]);
  });

  it("hosts where the sentence names no other place (المنامة - وصل X اليوم في زيارة رسمية)", () => {
    const a = analyse("الوزير في المنامة\n\nالمنامة - وصل وزير الخارجية المصري سامح شكري اليوم في زيارة رسمية.");
    expect(visits(a)).toEqual(["سامح شكري @ المنامة"]);
  });
});

describe("a noun joined by و to a framed one", () => {
  it("في إطار منتدى X ومنتدى Y: neither forum is an event", () => {
    const a = analyse(
      "بكين - بحث وزير الخارجية الصيني وانغ يي اليوم مع نظيره المصري بدر عبد العاطي العلاقات الثنائية. ودعا وانغ إلى تعزيز التنسيق في إطار منتدى التعاون الصيني-الإفريقي ومنتدى التعاون الصيني-العربي.",
    );
    expect(a.events.filter((e) => e.type === "multilateral")).toHaveLength(0);
  });

  it("a gathering after a comma is reported, not framed", () => {
    const a = analyse(
      "بكين - دعا وزير الخارجية الصيني وانغ يي إلى التنسيق في إطار منتدى التعاون الصيني-العربي، وشارك وانغ اليوم في منتدى التعاون الصيني-الإفريقي في داكار.",
    );
    expect(a.events.filter((e) => e.type === "multilateral")).toHaveLength(1);
  });
});

describe("عقد after a comma is the verb, not a contract", () => {
  it("قبيل مراسم التوقيع، عقد X وY اجتماعا: a meeting, no signing", () => {
    const a = analyse(
      "أنقرة - قبيل مراسم التوقيع، عقد الرئيس التركي رجب طيب أردوغان والرئيس الأذربيجاني إلهام علييف اجتماعا بحثا خلاله العلاقات بين البلدين.",
    );
    expect(a.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("التوقيع على عقد لتوريد …: the contract is still signed", () => {
    const a = analyse(
      "أنقرة - شهد الرئيس التركي رجب طيب أردوغان والرئيس الأذربيجاني إلهام علييف اليوم التوقيع على عقد لتوريد الغاز بين البلدين.",
    );
    expect(a.events.map((e) => e.type)).toContain("signing");
  });
});
