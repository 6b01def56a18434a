// Trigger phrases, plans and same-day markers, on sentences written for these tests.
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

describe("trigger phrases", () => {
  it("بحث + a full title … مع: the verb with its subject across a long title and the day", () => {
    const text =
      "بحث نائب رئيس مجلس الوزراء وزير الخارجية والتعاون الدولي الشيخ سالم العبدالله اليوم الاثنين في قصر الضيافة مع وزير الخارجية الهولندي كاسبر فيلدكامب سبل تطوير التعاون.";
    const ev = run(text, [["salem", "PER", ["سالم العبدالله"]], ["veldkamp", "PER", ["كاسبر فيلدكامب"]]], { published: "2025-03-10" });
    expect(ev.map(sig)).toEqual(["meeting:salem+veldkamp"]);
    expect(ev[0].date).toBe("2025-03-10");
  });

  it("a noun phrase does not run over a comma: عقب الاجتماع، بأن الدول … is no ministerial meeting", () => {
    const text =
      "احتضنت نواكشوط اليوم الاجتماع الوزاري الثلاثي الذي ضم وزير الخارجية المالي عبدولاي ديوب ووزير الخارجية النيجري بكاري سانغاري ووزير الخارجية البوركيني كاراموكو تراوري. وأفاد ديوب، في تصريح عقب الاجتماع، بأن الدول الثلاث متفقة على تنسيق المواقف.";
    const ev = run(text, [
      ["diop", "PER", ["عبدولاي ديوب", "ديوب"]],
      ["sangare", "PER", ["بكاري سانغاري"]],
      ["traore", "PER", ["كاراموكو تراوري"]],
    ]);
    expect(ev.map(sig)).toEqual(["multilateral:diop+sangare+traore"]);
  });

  it("a topic after بشأن is no event: مذكرة تفاهم بشأن المشاورات السياسية", () => {
    const text = "ووقع الوزيران فرانسوا كوليبالي وبيتر سيارتو مذكرة تفاهم بشأن المشاورات السياسية بين وزارتي خارجية البلدين.";
    const ev = run(text, [["koulibaly", "PER", ["فرانسوا كوليبالي"]], ["szijjarto", "PER", ["بيتر سيارتو"]]]);
    expect(ev.map(sig)).toEqual(["signing:koulibaly+szijjarto"]);
  });

  it("after إلى a definite noun still points back: وتطرقت المشاورات إلى … is the round reported", () => {
    const text =
      "ترأس وزير الخارجية الأردني أيمن الصفدي ونظيره القبرصي كونستانتينوس كومبوس الجولة الثالثة من المشاورات السياسية بين البلدين. وتطرقت المشاورات إلى الأوضاع في المنطقة.";
    const ev = run(text, [["safadi", "PER", ["أيمن الصفدي"]], ["kombos", "PER", ["كونستانتينوس كومبوس"]]]);
    expect(ev.map(sig)).toEqual(["consultation:kombos+safadi"]);
  });
});

describe("joint bodies", () => {
  it("a joint body written first, then its Nth sitting (اجتماعها الثامن، في دورتها الثامنة) is a consultation round", () => {
    const people: [string, Entity["type"], string[]][] = [
      ["safadi", "PER", ["أيمن الصفدي"]],
      ["abdelatty", "PER", ["بدر عبد العاطي"]],
    ];
    const a = run("عقدت اللجنة المشتركة الأردنية المصرية اليوم اجتماعها الثامن في عمان برئاسة الوزير أيمن الصفدي ونظيره بدر عبد العاطي.", people);
    expect(a.map(sig)).toEqual(["consultation:abdelatty+safadi"]);
    const b = run("ترأس الوزير أيمن الصفدي ونظيره بدر عبد العاطي اليوم أعمال اللجنة العليا المشتركة في دورتها الثامنة.", people);
    expect(b.map(sig)).toEqual(["consultation:abdelatty+safadi"]);
  });
});

describe("plans and proposals", () => {
  it("فكرة عقد لقاء، بالتحضيرات للقمة: what is proposed or prepared is no event", () => {
    const a = run("وبحث الجانبان فكرة عقد لقاء بين الرئيس الكيني وليام روتو والرئيس الصومالي حسن شيخ محمود.", [
      ["ruto", "PER", ["وليام روتو"]],
      ["hassan", "PER", ["حسن شيخ محمود"]],
    ]);
    expect(a).toEqual([]);
    const b = run("وتتعلق الرسالة بالتحضيرات للقمة الأفريقية الأوروبية التي يحضرها الرئيس السنغالي باسيرو ديوماي فاي.", [["faye", "PER", ["باسيرو ديوماي فاي"]]]);
    expect(b.filter((e) => e.type === "multilateral")).toEqual([]);
  });
});

describe("hopes and invitations", () => {
  it("تطلعه إلى زيارة … قريبا: a hope, no visit", () => {
    const ev = run("وأعرب الوزير بدر عبد العاطي عن تطلعه إلى زيارة الرباط قريبا.", [
      ["abdelatty", "PER", ["بدر عبد العاطي"], "EG"],
      ["rabat", "GPE", ["الرباط"], "MA"],
    ]);
    expect(ev).toEqual([]);
  });

  it("سلم X الرئيس Y دعوة رسمية من Z لزيارة …: a message from Z to Y, no visit", () => {
    const text = "وسلم وزير الخارجية العماني بدر البوسعيدي الرئيس الإيراني مسعود بزشكيان دعوة رسمية من السلطان هيثم بن طارق لزيارة مسقط.";
    const ev = run(text, [
      ["busaidi", "PER", ["بدر البوسعيدي"], "OM"],
      ["pezeshkian", "PER", ["مسعود بزشكيان"], "IR"],
      ["haitham", "PER", ["هيثم بن طارق"], "OM"],
      ["muscat", "GPE", ["مسقط"], "OM"],
    ]);
    expect(ev.map(sig)).toEqual(["message:haitham+pezeshkian"]);
  });
});

describe("past markers", () => {
  it("في وقت سابق من اليوم is earlier the same day: the event is the report's", () => {
    const text =
      "عمان 4 آذار 2025 (بترا) - استقبل العاهل الأردني عبدالله الثاني اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس. وكان ألباريس قد التقى في وقت سابق من اليوم وزير الخارجية أيمن الصفدي.";
    const ev = run(
      text,
      [
        ["abdullah", "PER", ["عبدالله الثاني"]],
        ["albares", "PER", ["خوسيه مانويل ألباريس", "ألباريس"]],
        ["safadi", "PER", ["أيمن الصفدي"]],
      ],
      { dateline: { text: "عمان 4 آذار 2025 (بترا)", date: "2025-03-04" } },
    );
    const met = ev.find((e) => sig(e) === "meeting:albares+safadi");
    expect(met?.main).toBe(true);
  });

  it("منذ عام 2012 is a period since a year, not an earlier event", () => {
    const text = "وصل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس اليوم إلى أنقرة في زيارة رسمية هي الأولى منذ عام 2012.";
    const ev = run(text, [["mitsotakis", "PER", ["كيرياكوس ميتسوتاكيس"], "GR"], ["ankara", "GPE", ["أنقرة"], "TR"]], { published: "2025-05-13" });
    expect(ev.filter((e) => e.type === "visit").map((e) => e.main)).toEqual([true]);
  });

  it("an arrival in the pluperfect a day before opens the visit reported: وكان الوزير قد وصل أمس في زيارة", () => {
    const text =
      "الرباط 9 أيار 2025 - استقبل رئيس الحكومة عزيز أخنوش اليوم وزير الخارجية الإستوني مارغوس تساكنا. وكان تساكنا قد وصل إلى المغرب أمس في زيارة رسمية تستغرق يومين.";
    const ev = run(
      text,
      [
        ["akhannouch", "PER", ["عزيز أخنوش"], "MA"],
        ["tsahkna", "PER", ["مارغوس تساكنا", "تساكنا"], "EE"],
        ["morocco", "GPE", ["المغرب"], "MA"],
      ],
      { dateline: { text: "الرباط 9 أيار 2025", date: "2025-05-09" } },
    );
    const visit = ev.find((e) => e.type === "visit");
    expect(visit && { date: visit.date, main: visit.main }).toEqual({ date: "2025-05-08", main: true });
  });

  it("an earlier event in the pluperfect keeps its own earlier day: وكان X قد التقى الشهر الماضي", () => {
    const text = "والتقى وزير الخارجية الياباني تاكيشي إيوايا اليوم نظيره الفلبيني إنريكي مانالو. وكان إيوايا قد التقى الرئيس الفلبيني فرديناند ماركوس الشهر الماضي.";
    const ev = run(
      text,
      [
        ["iwaya", "PER", ["تاكيشي إيوايا", "إيوايا"]],
        ["manalo", "PER", ["إنريكي مانالو"]],
        ["marcos", "PER", ["فرديناند ماركوس"]],
      ],
      { published: "2025-06-02" },
    );
    expect(ev.map((e) => [sig(e), e.main])).toEqual([
      ["meeting:iwaya+manalo", true],
      ["meeting:iwaya+marcos", false],
    ]);
  });
});


describe("a plan going on past commas", () => {
  const ents: [string, Entity["type"], string[], string?][] = [
    ["sanchez", "PER", ["بيدرو سانشيز"], "ES"],
    ["tebboune", "PER", ["عبد المجيد تبون"], "DZ"],
    ["saied", "PER", ["قيس سعيد"], "TN"],
    ["dz", "GPE", ["الجزائر"], "DZ"],
    ["tn", "GPE", ["تونس"], "TN"],
  ];
  const present = (text: string) => ents.filter(([, , forms]) => forms.some((f) => text.includes(f)));

  it("ومن المقرر أن يتوجه X إلى A، حيث يلتقي Y، قبل أن يختتم جولته في B: every step is planned", () => {
    const text = "ومن المقرر أن يتوجه رئيس الحكومة الإسباني بيدرو سانشيز الأحد إلى الجزائر، حيث يلتقي الرئيس الجزائري عبد المجيد تبون، قبل أن يختتم جولته في تونس.";
    expect(run(text, present(text), { published: "2024-05-16" })).toEqual([]);
  });

  it("ويرتقب أن يتوجه X، الأحد، إلى B في إطار جولته: a day set off by commas keeps the plan", () => {
    const text = "ويرتقب أن يتوجه بيدرو سانشيز، الأحد، إلى تونس في إطار جولته المغاربية.";
    expect(run(text, present(text), { published: "2024-05-16" })).toEqual([]);
  });

  it("a plan, then في حين + what was done: the deed stays an event", () => {
    const text = "ومن المقرر أن يزور بيدرو سانشيز تونس الأسبوع المقبل، في حين التقى اليوم الرئيس عبد المجيد تبون في الجزائر.";
    expect(run(text, present(text), { published: "2024-05-16" }).map(sig)).toEqual(["meeting:sanchez+tebboune"]);
  });
});

describe("a summit of three sides named by two of its leaders", () => {
  it("قمة ثلاثية with two persons named is no bilateral meeting", () => {
    const text = "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني اليوم قمة ثلاثية في بغداد بمشاركة العراق.";
    const ev = run(text, [
      ["sisi", "PER", ["عبد الفتاح السيسي"], "EG"],
      ["abdullah", "PER", ["عبدالله الثاني"], "JO"],
      ["iq", "GPE", ["العراق"], "IQ"],
      ["baghdad", "GPE", ["بغداد"], "IQ"],
    ], { published: "2024-05-16" });
    expect(ev.map((e) => e.type)).toContain("multilateral");
    expect(ev.map((e) => e.type)).not.toContain("meeting");
  });

  it("a summit a region's adjective names, without the article (قمة هندية أفريقية), is no bilateral meeting", () => {
    const text = "افتتح رئيس الوزراء الهندي ناريندرا مودي والرئيس الغاني جون ماهاما اليوم في نيودلهي أعمال قمة هندية أفريقية بمشاركة قادة 40 دولة.";
    const ev = run(text, [
      ["modi", "PER", ["ناريندرا مودي"], "IN"],
      ["mahama", "PER", ["جون ماهاما"], "GH"],
      ["delhi", "GPE", ["نيودلهي"], "IN"],
    ], { published: "2024-05-16" });
    expect(ev.map((e) => e.type)).toContain("multilateral");
    expect(ev.map((e) => e.type)).not.toContain("meeting");
  });
});
