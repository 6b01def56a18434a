// Sixth round: several persons who travel together are the visitors of one visit, and a meeting set
// before a gathering (استقبل X قبيل انعقاد القمة) is no part of it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string, published = "2025-05-02"): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** "type: A + B" for each event, participants sorted, names cut to their last word. */
function lines(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => `${e.type}: ${e.participants.map((p) => byId.get(p)!.split(" ").pop()).sort().join(" + ")}`).sort();
}

const visits = (a: Analysis) => lines(a).filter((l) => l.startsWith("visit"));

describe("several persons who travel together: one visit", () => {
  it("وصل X ووزير الدفاع Y إلى: the subject joined by و", () => {
    expect(visits(analyse("وصل وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الروسي سيرغي شويغو اليوم إلى القاهرة في زيارة رسمية."))).toEqual([
      "visit: شويغو + لافروف", // (the host state unnamed: the visitor alone, the tenth round's convention)
    ]);
  });

  it("A، وB، اللذين يزوران: the list a dual clause closes", () => {
    expect(
      visits(analyse("التقى الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الروسي سيرغي لافروف، ووزير الدفاع الروسي سيرغي شويغو، اللذين يزوران مصر حاليا.")),
    ).toEqual(["visit: شويغو + لافروف + مصر"]);
  });

  it("X وY يزوران: a dual verb after its subject", () => {
    expect(visits(analyse("الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس يزوران كييف اليوم."))).toEqual(["visit: شولتس + ماكرون"]); // (the host state unnamed: the visitor alone, the tenth round's convention)
  });

  it("كلا على حدة، مع A، وB، وC، الذين يقومون بزيارة: the whole list, not the host", () => {
    const a = analyse(
      "التقى وزير الخارجية الصيني وانغ يي اليوم، كلا على حدة، مع وزير الخارجية السعودي فيصل بن فرحان، ووزير الخارجية الكويتي أحمد ناصر المحمد الصباح، ووزير الخارجية العماني بدر البوسعيدي، الذين يقومون بزيارة إلى الصين تستمر حتى يوم الجمعة.",
      "2025-04-28",
    );
    expect(visits(a)).toEqual(["visit: البوسعيدي + الصباح + الصين + سعود"]);
    // تستمر حتى يوم الجمعة: the day the stay ends, not the visit's day.
    expect(a.events.find((e) => e.type === "visit")?.date).toBe("2025-04-28");
  });

  it("الذي يزور … على رأس وفد يضم A، وB: the members of the delegation he heads", () => {
    expect(
      visits(
        analyse(
          "أجرى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني اليوم محادثات مع وزير الخارجية التركي هاكان فيدان، الذي يزور الدوحة على رأس وفد يضم وزير الدفاع يشار غولر، ووزير التجارة عمر بولات.",
        ),
      ),
    ).toEqual(["visit: بولات + غولر + فيدان"]); // (the host state unnamed: the visitor alone, the tenth round's convention)
  });

  it("وفد برئاسة X، وبمشاركة Y، قد زار: head and member", () => {
    expect(
      visits(analyse("وكان وفد أمريكي برئاسة وزير الخارجية أنتوني بلينكن، وبمشاركة وزير الدفاع لويد أوستن، قد زار الرياض في 5 مارس الماضي، حيث التقى ولي العهد الأمير محمد بن سلمان.")),
    ).toEqual(["visit: أوستن + بلينكن"]); // (the host state unnamed: the visitor alone, the tenth round's convention)
  });

  it("not: a host and his guest, a guest met by two hosts", () => {
    expect(visits(analyse("استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الجزائري أحمد عطاف، الذي يزور تونس حاليا."))).toEqual(["visit: تونس + عطاف"]);
    expect(visits(analyse("وصل الرئيس الإيراني مسعود بزشكيان اليوم إلى بغداد، واستقبله رئيس الوزراء العراقي محمد شياع السوداني."))).toEqual(["visit: بزشكيان"]); // (the host state unnamed: the visitor alone, the tenth round's convention)
  });
});

describe("a meeting set beside a gathering is not absorbed by it", () => {
  it("استقبل X قبيل انعقاد القمة، كلا على حدة، A وB: two meetings", () => {
    const a = analyse(
      "ترأس الملك سلمان بن عبدالعزيز اليوم أعمال القمة العربية الإسلامية الأمريكية في الرياض بمشاركة الرئيس الأمريكي دونالد ترامب. وكان الملك سلمان قد استقبل قبيل انعقاد القمة، كلا على حدة، الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني.",
    );
    expect(lines(a).filter((l) => l.startsWith("meeting"))).toEqual(["meeting: الحسين + سعود", "meeting: السيسي + سعود"]);
  });
});

describe("two guests of one state received together: one meeting", () => {
  it("استقبل X الوزير A والوزير B (both of one other state): one meeting of three", () => {
    const a = analyse("وكان الرئيس المصري عبد الفتاح السيسي قد استقبل، في وقت سابق اليوم، وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الروسي سيرغي شويغو في قصر الاتحادية.");
    expect(lines(a)).toEqual(["meeting: السيسي + شويغو + لافروف"]);
  });

  it("استقبل X A وB of one state: one meeting; of two states, or met by a visitor: one each", () => {
    expect(lines(analyse("استقبل وزير الخارجية السعودي فيصل بن فرحان اليوم وزير الخارجية الأمريكي أنتوني بلينكن ووزير الدفاع الأمريكي لويد أوستن."))).toEqual([
      "meeting: أوستن + بلينكن + سعود",
    ]);
    expect(lines(analyse("وصل وزير الخارجية السعودي فيصل بن فرحان اليوم إلى واشنطن. كما التقى فيصل بن فرحان وزير الخارجية الأمريكي أنتوني بلينكن، ووزير الدفاع الأمريكي لويد أوستن.")).filter((l) => l.startsWith("meeting"))).toEqual([
      "meeting: أوستن + سعود",
      "meeting: بلينكن + سعود",
    ]);
    expect(lines(analyse("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين."))).toEqual([
      "meeting: السيسي + الصفدي",
      "meeting: السيسي + حسين",
    ]);
  });

  it("في إطار الزيارة التي يقوم بها الوزيران الروسيان إلى مصر: the visit of the two, beside the round", () => {
    const a = analyse(
      "انطلقت في القاهرة اليوم جولة جديدة من المشاورات بمشاركة وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الروسي سيرغي شويغو، ونظيريهما المصريين سامح شكري وصدقي صبحي، وذلك في إطار الزيارة التي يقوم بها الوزيران الروسيان إلى مصر.",
    );
    expect(visits(a)).toEqual(["visit: شويغو + لافروف + مصر"]);
  });
});

describe("guests received on the occasion of a gathering they attend", () => {
  it("استقبل X، كلا على حدة، A، وB، وC، وذلك بمناسبة مشاركتهم في أعمال منتدى حوار … الخامس: a meeting each, one forum of the guests", () => {
    const a = analyse(
      "استقبل الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان في أبوظبي اليوم، كلا على حدة، وزير الخارجية الفرنسي جان نويل بارو، ووزير الخارجية الهندي سوبرامانيام جايشانكار، ووزير الخارجية الياباني تاكيشي إيوايا، وذلك بمناسبة مشاركتهم في أعمال منتدى حوار أبوظبي الخامس الذي ينظمه مركز الإمارات للدراسات.",
    );
    expect(lines(a)).toEqual(["meeting: إيوايا + نهيان", "meeting: بارو + نهيان", "meeting: جايشانكار + نهيان", "multilateral: إيوايا + بارو + جايشانكار"]);
  });
});

describe("who an encounter is with, in a sentence of three persons", () => {
  it("وفي لقائه مع X، قال Y …، بينما أكد X أن … Z: Y and X", () => {
    const a = analyse(
      "التقى وزير الخارجية الصيني وانغ يي اليوم في بكين وزير الخارجية البحريني عبد اللطيف الزياني. وفي لقائه مع الزياني، قال وانغ إن الصين ترغب في العمل مع البحرين، بينما أكد الزياني أن البحرين تدعم مبادرة التنمية العالمية التي طرحها الرئيس الصيني شي جين بينغ.",
    );
    expect(lines(a)).toEqual(["meeting: الزياني + يي"]);
  });

  it("…، وفق ما أعلنه X: the source is no party", () => {
    const a = analyse("جاء ذلك خلال لقاء جمع الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني في روما، وفق ما أعلنه وزير الخارجية الإيطالي أنطونيو تاياني.");
    expect(lines(a).filter((l) => l.startsWith("meeting"))).toEqual(["meeting: تبون + ميلوني"]);
  });

  it("…، هو الأول منذ سقوط نظام X: a time named by a person is no party", () => {
    const a = analyse("أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس السوري أحمد الشرع، هو الأول بين الجانبين منذ سقوط نظام بشار الأسد.");
    expect(lines(a)).toEqual(["phone_call: الشرع + بوتين"]);
  });
});

describe("a welcome at the arrival, a title stacked before the office", () => {
  it("وكان في استقبال X لدى وصوله Y: no meeting; جلسة مباحثات مع ولي العهد السعودي (a prime minister): the talks", () => {
    const a = analyse(
      "شارك الرئيس العراقي عبد اللطيف رشيد اليوم في أعمال القمة العربية في جدة برئاسة ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان. وكان في استقبال الرئيس رشيد لدى وصوله إلى مقر انعقاد القمة الأمير فيصل بن فرحان. كما عقد الرئيس رشيد جلسة مباحثات مع ولي العهد السعودي، تناولت العلاقات الثنائية.",
      "2023-05-19",
    );
    const meetings = a.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    const names = meetings[0].participants.map((id) => a.entities.find((e) => e.id === id)!.name);
    expect(names.some((n) => n.startsWith("محمد بن سلمان"))).toBe(true);
    expect(names.some((n) => n.includes("رشيد"))).toBe(true);
  });
});

describe("a ministerial meeting of many states, its chairs and attendees named next", () => {
  it("أعلن X إطلاق «…»، خلال اجتماع وزاري … بمشاركة ممثلين عن نحو 60 دولة. وشارك في رئاسة الاجتماع A، فيما حضره B، وC: one gathering", () => {
    const a = analyse(
      "أعلن وزير الخارجية المصري بدر عبد العاطي، مساء الخميس، إطلاق «المبادرة الدولية لإعادة إعمار غزة»، وذلك خلال اجتماع وزاري عقد في القاهرة، بمشاركة ممثلين عن نحو 60 دولة ومنظمة دولية.\n\nوشارك في رئاسة الاجتماع وزير الخارجية النرويجي إسبن بارث إيدي، فيما حضره وزير الخارجية الأردني أيمن الصفدي، ووزير الخارجية السعودي فيصل بن فرحان.",
    );
    expect(a.events).toHaveLength(1);
    expect(a.events[0].type).toBe("multilateral");
    const names = a.events[0].participants.map((id) => a.entities.find((e) => e.id === id)!.name);
    for (const n of ["العاطي", "إسبن", "الصفدي", "فرحان"]) expect(names.some((x) => x.includes(n))).toBe(true);
  });

  it("not: the summit that mandated a committee (اللجنة الوزارية المكلفة من القمة)", () => {
    const a = analyse("وكانت اللجنة الوزارية المكلفة من القمة العربية الإسلامية المشتركة، برئاسة وزير الخارجية السعودي فيصل بن فرحان، قد التقت وزير الخارجية الصيني وانغ يي في بكين.");
    expect(lines(a).filter((l) => l.startsWith("multilateral"))).toEqual([]);
  });
});

describe("an encounter told in a person's relative clause", () => {
  it("ويخلف X في الرئاسة الرئيس Y، الذي كان قد قام بزيارة …، أجرى خلالها مباحثات مع Z: Y and Z", () => {
    const a = analyse(
      "ويخلف الرئيس الجديد فولوديمير زيلينسكي في رئاسة أوكرانيا الرئيس بيترو بوروشينكو، الذي كان قد قام بزيارة رسمية إلى تركيا، أجرى خلالها مباحثات مع الرئيس التركي رجب طيب أردوغان.",
    );
    expect(lines(a).filter((l) => l.startsWith("meeting"))).toEqual(["meeting: أردوغان + بوروشينكو"]);
  });
});

describe("a title set before its name by a comma (title، السيد X)", () => {
  it("ترأس الوزير الأول، السيد X، ورئيس الحكومة Y، بحضور وزير الشؤون الخارجية، السيد Z: the two chairs", () => {
    const a = analyse(
      "ترأس الوزير الأول الجزائري، السيد نذير العرباوي، ورئيس الحكومة التونسية، السيد أحمد الحشاني، اليوم بالجزائر العاصمة، أشغال الدورة الـ22 للجنة المشتركة الكبرى الجزائرية-التونسية، بحضور وزير الشؤون الخارجية، السيد أحمد عطاف.",
      "2024-02-26",
    );
    expect(lines(a)).toEqual(["consultation: الحشاني + العرباوي"]);
  });
});
