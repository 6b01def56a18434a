// A visit's participants are the visitor(s) and the host person — the one who invited him, else the
// first person of the host country he meets or holds talks with during the visit — and the host
// state only when no such person is named; the host state stays the visit's place. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string, published = "2025-06-10"): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** Each visit as "participants (last words, sorted) @ place". */
function visits(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  const last = (id: string | null) => (id ? byId.get(id)!.split(" ").pop() : "-");
  return a.events.filter((e) => e.type === "visit").map((e) => `${e.participants.map(last).sort().join(" + ")} @ ${last(e.place)}`);
}

describe("a visit's host", () => {
  it("تلبية لدعوة من X: the inviter, before the first person he meets", () => {
    const a = analyse(
      "وصل رئيس الوزراء الباكستاني شهباز شريف اليوم إلى تركيا في زيارة رسمية تلبية لدعوة من الرئيس التركي رجب طيب أردوغان. والتقى شريف خلال الزيارة رئيس البرلمان التركي نعمان كورتولموش.",
    );
    expect(visits(a)).toEqual(["أردوغان + شريف @ تركيا"]);
    // The meeting stays an event of its own.
    expect(a.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });

  it("بدعوة من نظيره X، in a later sentence: the inviter", () => {
    const a = analyse(
      "بدأ وزير الخارجية الأردني أيمن الصفدي اليوم زيارة رسمية إلى الكويت. وتأتي الزيارة بدعوة من وزير الخارجية الكويتي عبدالله اليحيا.",
    );
    expect(visits(a)).toEqual(["الصفدي + اليحيا @ الكويت"]);
  });

  it("talks with the counterpart, then received by the head of state: the counterpart", () => {
    const a = analyse(
      "وصل وزير الخارجية الإسباني خوسيه مانويل ألباريس اليوم إلى المغرب في زيارة رسمية. وعقد ألباريس جلسة مباحثات مع نظيره المغربي ناصر بوريطة. كما استقبل رئيس الحكومة المغربية عزيز أخنوش الوزير ألباريس.",
    );
    expect(visits(a)).toEqual(["ألباريس + بوريطة @ المغرب"]);
    expect(a.events.filter((e) => e.type === "meeting")).toHaveLength(2);
  });

  it("في زيارة يلتقي خلالها X: the person the visit's programme names", () => {
    const a = analyse(
      "وصل رئيس الوزراء الماليزي أنور إبراهيم اليوم إلى اليابان في زيارة رسمية تستغرق ثلاثة أيام، يلتقي خلالها رئيس الوزراء الياباني شيغيرو إيشيبا وعددا من كبار المسؤولين.",
    );
    expect(visits(a)).toEqual(["إبراهيم + إيشيبا @ اليابان"]);
    // يلتقي خلالها عددا من المسؤولين: no person named, the host state.
    const b = analyse("وصل رئيس الوزراء الماليزي أنور إبراهيم اليوم إلى اليابان في زيارة رسمية، يلتقي خلالها عددا من كبار المسؤولين.");
    expect(visits(b)).toEqual(["إبراهيم + اليابان @ اليابان"]);
  });

  it("meeting no one named: the host state", () => {
    const a = analyse("وصل وزير الخارجية الإيطالي أنطونيو تاياني اليوم إلى مصر في زيارة تستغرق يومين لبحث العلاقات الثنائية.");
    expect(visits(a)).toEqual(["تاياني + مصر @ مصر"]);
  });

  it("two who travel together: both visit the one who receives them", () => {
    const a = analyse(
      "وصل وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الروسي سيرغي شويغو اليوم إلى مصر في زيارة رسمية. واستقبل الرئيس المصري عبد الفتاح السيسي الوزيرين لافروف وشويغو في قصر الاتحادية.",
    );
    expect(visits(a)).toEqual(["السيسي + شويغو + لافروف @ مصر"]);
  });

  it("not: a meeting of another occasion, an inviter of another country", () => {
    // The meeting a year before is no meeting during this visit.
    const a = analyse(
      "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى الجزائر في زيارة رسمية. وكان ماكرون قد التقى الرئيس الجزائري عبد المجيد تبون في باريس في 10 يونيو 2024.",
    );
    expect(visits(a)).toEqual(["الجزائر + ماكرون @ الجزائر"]);
    // بدعوة من the visitor's own president: no host named.
    const b = analyse("وصل وزير الخارجية الصيني وانغ يي اليوم إلى البرازيل في زيارة رسمية بدعوة من الرئيس الصيني شي جين بينغ.");
    expect(visits(b)).toEqual(["البرازيل + يي @ البرازيل"]);
  });
});
