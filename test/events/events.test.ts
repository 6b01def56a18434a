// Event extraction on sentences written for these tests, in the style of Arabic wire copy.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/events/extract.js";
import type { Entity, Event } from "../../src/types.js";
import { docOf } from "./helpers.js";
import { entity } from "./oracle.js";

function run(text: string, ents: [string, Entity["type"], string[], string?][], opts: Parameters<typeof docOf>[1] = {}): Event[] {
  const entities = ents.map(([id, type, forms, country]) => entity(id, type, text, forms, country ?? null));
  return extractEvents(docOf(text, opts), entities);
}
const sig = (e: Event) => `${e.type}:${[...e.participants].sort().join("+")}`;

describe("event types", () => {
  it("meeting: استقبل X Y", () => {
    const text = "استقبل الرئيس التونسي قيس سعيد اليوم في قصر قرطاج وزير الخارجية الإيطالي أنطونيو تاياني.";
    const ev = run(text, [["saied", "PER", ["قيس سعيد"]], ["tajani", "PER", ["أنطونيو تاياني"]]]);
    expect(ev.map(sig)).toEqual(["meeting:saied+tajani"]);
    expect(ev[0].plover).toEqual({ event: "CONSULT", mode: null });
    expect(ev[0].trigger.text).toBe("استقبل");
    expect(text.slice(ev[0].evidence.start, ev[0].evidence.end)).toBe(ev[0].evidence.text);
  });

  it("phone call received: تلقى X اتصالا هاتفيا من Y → Y initiated", () => {
    const text = "تلقى وزير الخارجية الكويتي عبدالله اليحيا اتصالاً هاتفياً من نظيره الإيراني عباس عراقجي، جرى خلاله بحث التطورات.";
    const ev = run(text, [["yahya", "PER", ["عبدالله اليحيا"]], ["araghchi", "PER", ["عباس عراقجي"]]]);
    expect(ev.map(sig)).toEqual(["phone_call:araghchi+yahya"]);
    expect(ev[0].initiator).toBe("araghchi");
    expect(ev[0].plover).toEqual({ event: "CONSULT", mode: "phone" });
  });

  it("phone call made: أجرى X اتصالا هاتفيا مع Y → X initiated", () => {
    const text = "أجرى الرئيس الفرنسي إيمانويل ماكرون مساء أمس اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.";
    const ev = run(text, [["macron", "PER", ["إيمانويل ماكرون"]], ["scholz", "PER", ["أولاف شولتس"]]]);
    expect(ev.map(sig)).toEqual(["phone_call:macron+scholz"]);
    expect(ev[0].initiator).toBe("macron");
  });

  it("phone call by verb: هاتف X Y", () => {
    const text = "هاتف رئيس الوزراء البريطاني كير ستارمر مساء الاثنين الرئيس الأوكراني فولوديمير زيلينسكي.";
    const ev = run(text, [["starmer", "PER", ["كير ستارمر"]], ["zelensky", "PER", ["فولوديمير زيلينسكي"]]]);
    expect(ev.map(sig)).toEqual(["phone_call:starmer+zelensky"]);
    expect(ev[0].initiator).toBe("starmer");
  });

  it("initiator from بناء على طلب", () => {
    const text = "بحث وزير الخارجية العماني بدر البوسعيدي هاتفيا مع نظيره الأمريكي أنتوني بلينكن، بناء على طلب بلينكن، الأوضاع في المنطقة.";
    const ev = run(text, [["busaidi", "PER", ["بدر البوسعيدي"]], ["blinken", "PER", ["أنتوني بلينكن", "بلينكن"]]]);
    expect(ev.map(sig)).toEqual(["phone_call:blinken+busaidi"]);
    expect(ev[0].initiator).toBe("blinken");
  });

  it("video call: اجتماعا عبر تقنية الفيديو is one video call, and قمة of two by video too", () => {
    const a = run("عقد رئيس الوزراء الهندي ناريندرا مودي اجتماعا عبر تقنية الفيديو مع رئيس الوزراء الأسترالي أنتوني ألبانيزي.", [
      ["modi", "PER", ["ناريندرا مودي"]],
      ["albanese", "PER", ["أنتوني ألبانيزي"]],
    ]);
    expect(a.map(sig)).toEqual(["video_call:albanese+modi"]);
    expect(a[0].plover.mode).toBe("video");
    const b = run("عقد الرئيس الصيني شي جين بينغ والرئيس الفيتنامي تو لام قمة عبر الفيديو.", [
      ["xi", "PER", ["شي جين بينغ"]],
      ["lam", "PER", ["تو لام"]],
    ]);
    expect(b.map(sig)).toEqual(["video_call:lam+xi"]);
  });

  it("message: بعث X برقية تهنئة إلى Y; several senders are one message each", () => {
    const text =
      "بعث ملك البحرين حمد بن عيسى برقية تهنئة إلى الرئيس اللبناني جوزيف عون. كما بعث ولي العهد سلمان بن حمد، ورئيس مجلس النواب أحمد المسلم، برقيتي تهنئة مماثلتين إلى الرئيس جوزيف عون.";
    const ev = run(text, [
      ["hamad", "PER", ["حمد بن عيسى"]],
      ["aoun", "PER", ["جوزيف عون"]],
      ["salman", "PER", ["سلمان بن حمد"]],
      ["musallam", "PER", ["أحمد المسلم"]],
    ]);
    expect(ev.map(sig)).toEqual(["message:aoun+hamad", "message:aoun+salman", "message:aoun+musallam"]);
    expect(ev.map((e) => e.initiator)).toEqual(["hamad", "salman", "musallam"]);
  });

  it("message received: تسلم X رسالة من Y نقلها Z → one message Y to X; the messenger is not a party", () => {
    const text = "تسلم الرئيس الموريتاني محمد ولد الغزواني رسالة خطية من الرئيس السنغالي باسيرو ديوماي فاي، نقلها إليه وزير الخارجية ياسين فال.";
    const ev = run(text, [
      ["ghazouani", "PER", ["محمد ولد الغزواني"]],
      ["faye", "PER", ["باسيرو ديوماي فاي"]],
      ["fall", "PER", ["ياسين فال"]],
    ]);
    expect(ev.map(sig)).toEqual(["message:faye+ghazouani"]);
    expect(ev[0].initiator).toBe("faye");
  });

  it("visit: the visitor and the host state", () => {
    const text = "يزور رئيس الوزراء الياباني فوميو كيشيدا مصر في زيارة رسمية تستغرق يومين.";
    const ev = run(text, [["kishida", "PER", ["فوميو كيشيدا"]], ["egypt", "GPE", ["مصر"], "EG"]]);
    expect(ev.map(sig)).toEqual(["visit:egypt+kishida"]);
    expect(ev[0].place).toBe("egypt");
    expect(ev[0].plover).toEqual({ event: "CONSULT", mode: "visit" });
  });

  it("multilateral: a ministerial meeting of an organisation, with all named delegates", () => {
    const text =
      "شارك وزير الخارجية الجزائري أحمد عطاف اليوم في الاجتماع الوزاري لمنظمة التعاون الإسلامي الذي عقد برئاسة وزير الخارجية الغامبي مامادو تانغارا.";
    const ev = run(text, [
      ["attaf", "PER", ["أحمد عطاف"]],
      ["tangara", "PER", ["مامادو تانغارا"]],
      ["oic", "ORG", ["منظمة التعاون الإسلامي"]],
    ]);
    expect(ev.map(sig)).toEqual(["multilateral:attaf+tangara"]);
    expect(ev[0].plover).toEqual({ event: "CONSULT", mode: "multilateral" });
  });

  it("signing: وقع X وY مذكرة تفاهم, with long titles between verb and document", () => {
    const text =
      "وقع وزير الدولة للشؤون الخارجية والتعاون الدولي في جمهورية السودان علي الصادق، ووزير الخارجية الإثيوبي تاي أتسكي سيلاسي، اليوم في أديس أبابا، مذكرة تفاهم للتعاون الفني.";
    const ev = run(text, [
      ["sadiq", "PER", ["علي الصادق"]],
      ["taye", "PER", ["تاي أتسكي سيلاسي"]],
    ]);
    expect(ev.map(sig)).toEqual(["signing:sadiq+taye"]);
    expect(ev[0].plover).toEqual({ event: "AGREE", mode: null });
  });

  it("consultation: a numbered round of a standing mechanism", () => {
    const text = "عقد نائب وزير الخارجية الروسي ميخائيل بوغدانوف ونائب وزير الخارجية التركي نوح يلماز الجولة الثالثة من المشاورات السياسية بين البلدين.";
    const ev = run(text, [
      ["bogdanov", "PER", ["ميخائيل بوغدانوف"]],
      ["yilmaz", "PER", ["نوح يلماز"]],
    ]);
    expect(ev.map(sig)).toEqual(["consultation:bogdanov+yilmaz"]);
  });
});

describe("participants", () => {
  it("نظيره الروسي without a name resolves to the Russian person of the article", () => {
    const text = "التقى وزير الخارجية الروسي سيرغي لافروف ونظيره المصري بدر عبد العاطي. وأطلع عبد العاطي نظيره الروسي خلال لقاء ثان بينهما على الجهود المصرية.";
    const ev = run(text, [
      ["lavrov", "PER", ["سيرغي لافروف"], "RU"],
      ["abdelatty", "PER", ["بدر عبد العاطي", "عبد العاطي"], "EG"],
    ]);
    expect(ev.every((e) => sig(e) === "meeting:abdelatty+lavrov")).toBe(true);
  });

  it("الرئيسان / رئيسا البلدين refer to the pair of the reported event", () => {
    const text =
      "أجرى الرئيس الكيني وليام روتو محادثات مع الرئيس التنزاني سامية صولوحو حسن في نيروبي. وفي العام الماضي، التقى رئيسا البلدين في دار السلام.";
    const ev = run(text, [
      ["ruto", "PER", ["وليام روتو"]],
      ["samia", "PER", ["سامية صولوحو حسن"]],
    ]);
    expect(ev.map(sig)).toEqual(["meeting:ruto+samia", "meeting:ruto+samia"]);
    expect(ev.map((e) => e.main)).toEqual([true, false]);
  });

  it("a person named by office alone (سمو الأمير، جلالة ملك المغرب) resolves through the office held", () => {
    const text =
      "بعث أمير دولة الكويت الشيخ مشعل الأحمد برقية إلى الملك محمد السادس. وأكد سمو الأمير في اتصال هاتفي أجراه مع جلالة ملك المغرب تضامن الكويت مع المغرب.";
    const entities = [
      { ...entity("mishal", "PER", text, ["مشعل الأحمد"], "KW"), office: { title_en: "Emir", title_ar: "الأمير", country: "KW", start: null, end: null } },
      { ...entity("m6", "PER", text, ["الملك محمد السادس"], "MA"), office: { title_en: "King", title_ar: "الملك", country: "MA", start: null, end: null } },
      entity("kw", "GPE", text, ["الكويت"], "KW"),
      entity("ma", "GPE", text, ["المغرب"], "MA"),
    ];
    const ev = extractEvents(docOf(text), entities);
    expect(ev.map(sig)).toEqual(["message:m6+mishal", "phone_call:m6+mishal"]);
    expect(ev[1].initiator).toBe("mishal");
  });

  it("the reporter of a recalled interaction is not a participant", () => {
    const text = "واستذكر وزير الخارجية بدر البوسعيدي الاتصالات بين السلطان هيثم بن طارق والرئيس الإيراني مسعود بزشكيان عبر تقنية الاتصال المرئي في الشهر الماضي.";
    const ev = run(text, [
      ["busaidi", "PER", ["بدر البوسعيدي"]],
      ["haitham", "PER", ["هيثم بن طارق"]],
      ["pezeshkian", "PER", ["مسعود بزشكيان"]],
    ]);
    expect(ev.map(sig)).toEqual(["video_call:haitham+pezeshkian"]);
    expect(ev[0].main).toBe(false);
  });

  it("compound participants are separate participants, each meeting the guest", () => {
    const text = "التقى الرئيس السنغالي باسيرو ديوماي فاي ورئيس الوزراء عثمان سونكو اليوم وزير الخارجية الفرنسي جان نويل بارو.";
    const ev = run(text, [
      ["faye", "PER", ["باسيرو ديوماي فاي"]],
      ["sonko", "PER", ["عثمان سونكو"]],
      ["barrot", "PER", ["جان نويل بارو"]],
    ]);
    expect(ev.map(sig)).toEqual(["meeting:barrot+faye", "meeting:barrot+sonko"]);
  });
});

describe("no event without a happened interaction", () => {
  const people: [string, Entity["type"], string[]][] = [
    ["a", "PER", ["كريم بن سالم"]],
    ["b", "PER", ["ماريا لوبيز"]],
  ];
  it.each([
    ["future verb", "سيلتقي الوزير كريم بن سالم نظيرته ماريا لوبيز الأسبوع المقبل."],
    ["scheduled", "ومن المقرر أن يستقبل الوزير كريم بن سالم الوزيرة ماريا لوبيز غدا."],
    ["next meeting", "وبحث كريم بن سالم وماريا لوبيز التحضير للاجتماع المقبل للجنة المشتركة بين البلدين."],
    ["negated", "ولم يلتق كريم بن سالم بالوزيرة ماريا لوبيز خلال الجولة."],
    ["subjunctive", "ومن المنتظر أن تلتقي الوزيرة ماريا لوبيز الوزير كريم بن سالم."],
    ["visit programme", "ويلتقي كريم بن سالم خلالها الوزيرة ماريا لوبيز، حيث يبحث معها التعاون."],
    ["agreed to hold", "واتفق كريم بن سالم وماريا لوبيز على عقد قمة بين البلدين."],
    ["anniversary", "وأشاد كريم بن سالم وماريا لوبيز بالذكرى العاشرة لتوقيع اتفاقية الصداقة."],
    ["generic relations", "وأكد كريم بن سالم وماريا لوبيز متانة العلاقات الثنائية بين البلدين."],
    ["press conference", "وقال كريم بن سالم في مؤتمر صحفي مشترك مع ماريا لوبيز إن التعاون يتقدم."],
  ])("%s", (_name, text) => {
    expect(run(text, people)).toEqual([]);
  });

  it("a trigger without participants is not an event", () => {
    expect(run("وتناول اللقاء العلاقات الثنائية وسبل تطويرها.", [])).toEqual([]);
  });
});

describe("dates and main", () => {
  it("اليوم (الخميس) resolves against the dateline; an earlier meeting is not main", () => {
    const text =
      "الرباط 6 يونيو 2024 (ومع) استقبل رئيس الحكومة عزيز أخنوش اليوم (الخميس) رئيس الوزراء البرتغالي لويس مونتينيغرو. وكان أخنوش قد التقى مونتينيغرو في لشبونة الشهر الماضي.";
    const ev = run(
      text,
      [
        ["akhannouch", "PER", ["عزيز أخنوش", "أخنوش"]],
        ["montenegro", "PER", ["لويس مونتينيغرو", "مونتينيغرو"]],
      ],
      { dateline: { text: "الرباط 6 يونيو 2024", date: "2024-06-06" } },
    );
    expect(ev.map((e) => [e.type, e.date, e.date_text, e.main])).toEqual([
      ["meeting", "2024-06-06", "اليوم (الخميس)", true],
      ["meeting", null, "الشهر الماضي", false],
    ]);
  });

  it("no anchor: the day stays null, its text is kept", () => {
    const text = "التقى وزير الخارجية الصيني وانغ يي يوم الجمعة نظيره الباكستاني إسحاق دار.";
    const ev = run(text, [["wang", "PER", ["وانغ يي"]], ["dar", "PER", ["إسحاق دار"]]]);
    expect(ev[0].date).toBeNull();
    expect(ev[0].date_text).toBe("يوم الجمعة");
  });

  it("في اليوم نفسه takes the day of the event before", () => {
    const text =
      "تبادل الرئيس الأرجنتيني خافيير ميلي التهاني اليوم مع الرئيس البرازيلي لولا دا سيلفا. وفي اليوم نفسه، تبادل وزير الخارجية الأرجنتيني جيراردو فيرثين ووزير الخارجية البرازيلي ماورو فييرا التهاني.";
    const ev = run(
      text,
      [
        ["p1", "PER", ["خافيير ميلي"]],
        ["p2", "PER", ["لولا دا سيلفا"]],
        ["p3", "PER", ["جيراردو فيرثين"]],
        ["p4", "PER", ["ماورو فييرا"]],
      ],
      { published: "2023-01-01" },
    );
    expect(ev.map((e) => [sig(e), e.date])).toEqual([
      ["message:p1+p2", "2023-01-01"],
      ["message:p3+p4", "2023-01-01"],
    ]);
  });
});

describe("one event where the text reports one", () => {
  const people: [string, Entity["type"], string[]][] = [
    ["a", "PER", ["كريم بن سالم"]],
    ["b", "PER", ["ماريا لوبيز"]],
  ];
  it("على هامش القمة العربية frames a meeting; the summit named there is an event of its own (ninth round)", () => {
    const ev = run("وعلى هامش أعمال القمة العربية، التقى كريم بن سالم الوزيرة ماريا لوبيز.", people);
    expect(ev.map(sig)).toEqual(["meeting:a+b", "multilateral:a+b"]);
  });
  it("greetings exchanged during a call are part of the call", () => {
    const ev = run("تلقى كريم بن سالم اتصالا هاتفيا من ماريا لوبيز، تبادل خلاله الجانبان التهاني بمناسبة العيد.", people);
    expect(ev.map(sig)).toEqual(["phone_call:a+b"]);
    expect(ev[0].initiator).toBe("b");
  });
  it("a repeated mention (وتناول اللقاء، خلال الاتصال) is the same event", () => {
    const ev = run("استقبل كريم بن سالم اليوم ماريا لوبيز. وتناول اللقاء العلاقات الثنائية. وأكد كريم بن سالم خلال اللقاء مع ماريا لوبيز أهمية التعاون.", people);
    expect(ev.map(sig)).toEqual(["meeting:a+b"]);
  });
});

describe("not diplomatic interactions", () => {
  it("a domestic council session (اجتماع مجلس الوزراء) is not a multilateral meeting", () => {
    const text = "ترأس رئيس الوزراء المصري مصطفى مدبولي اليوم اجتماع مجلس الوزراء الأسبوعي، كما شارك في أعمال الدورة الجديدة لمجلس النواب.";
    expect(run(text, [["madbouly", "PER", ["مصطفى مدبولي"]]])).toEqual([]);
  });

  it("a television interview (لقاء تلفزيوني) is not a meeting", () => {
    const text = "وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس في لقاء تلفزيوني مع الصحفية آنا بلاسكو إن الحوار مستمر.";
    expect(run(text, [["albares", "PER", ["خوسيه مانويل ألباريس"]], ["blasco", "PER", ["آنا بلاسكو"]]])).toEqual([]);
  });
});
