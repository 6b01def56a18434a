// Messages and signings as palace and ministry releases tell them (eighth blind round), on sentences
// written for these tests and run through the whole pipeline: a cable named again in what it says,
// similar cables to every recipient of the ones before, two states' pluperfect signing, witnesses with
// long titles, an exchange of memoranda, sides who signed through named signatories, and an event the
// speaker tells again inside a quotation.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/types.js";
import { analyse as analyseOn, parties } from "./pipeline-helpers.js";

const analyse = (text: string, published: string | null = "2024-05-14"): Analysis => analyseOn(text, published);

/** Events as "type:key+key" with participants' keys sorted, main ones only unless asked. */
function sigs(a: Analysis, all = false): string[] {
  const key = new Map(a.entities.map((e) => [e.id, e.key]));
  return a.events
    .filter((e) => all || e.main)
    .map((e) => `${e.type}:${e.participants.map((p) => key.get(p)).sort().join("+")}`);
}

/** Names of the participants of each event of a type, sorted. */
const persons = parties;

describe("cables", () => {
  it("في برقيته: the cable reported already, whose recipient a similar cable after it goes to", () => {
    const a = analyse(
      "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم برقية تهنئة للملك محمد السادس بمناسبة عيد العرش. " +
        "وأكد خادم الحرمين الشريفين في برقيته أن الروابط الأخوية التي تجمع المملكة العربية السعودية والمغرب تزداد رسوخا. " +
        "كما بعث ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود برقية تهنئة مماثلة.",
    );
    expect(sigs(a).filter((s) => s.startsWith("message"))).toHaveLength(2);
    for (const p of persons(a, "message")) expect(p.join()).toContain("محمد السادس");
  });

  it("برقيتي تهنئة مماثلتين: to each recipient of the cables before, not only the last", () => {
    const a = analyse(
      "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقيتي تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس. " +
        "كما بعث رئيس الوزراء المصري مصطفى مدبولي اليوم برقيتي تهنئة مماثلتين.",
    );
    const madbouly = persons(a, "message").filter((p) => p.some((n) => n?.includes("مدبولي")));
    expect(madbouly).toHaveLength(2);
  });
});

describe("signings", () => {
  it("كانتا قد وقعتا: two states' earlier signing is background", () => {
    const a = analyse(
      "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع المستشار الألماني أولاف شولتس. " +
        "يشار إلى أن فرنسا وألمانيا كانتا قد وقعتا في عام 2019 معاهدة للتعاون والتكامل.",
      null,
    );
    expect(a.events.filter((e) => e.type === "signing" && e.main)).toHaveLength(0);
  });

  it("witnesses with full titles and a blessing in quotes give way to the signatories named after", () => {
    const a = analyse(
      'شهد صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "حفظه الله" وفخامة الرئيس الفرنسي إيمانويل ماكرون رئيس الجمهورية الفرنسية، اليوم في قصر الوطن بأبوظبي، توقيع اتفاقية للتعاون في مجال الطاقة. ' +
        "ووقع الاتفاقية عن الجانب الإماراتي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، وعن الجانب الفرنسي وزير الخارجية جان إيف لودريان.",
    );
    const signings = persons(a, "signing");
    expect(signings.length).toBeGreaterThan(0);
    for (const p of signings) expect(p.join()).not.toContain("ماكرون");
  });

  it("وقع الجانبان على مذكرتي تفاهم، وقعهما عن الجانب …: the sides signed through the persons named", () => {
    const a = analyse(
      "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون. " +
        "وفي ختام المباحثات، وقع الجانبان على مذكرتي تفاهم، وقعهما عن الجانب المصري وزير الخارجية سامح شكري، وعن الجانب الفرنسي وزير الخارجية جان إيف لودريان.",
    );
    const signings = persons(a, "signing");
    expect(signings).toHaveLength(1);
    expect(signings[0].join()).toContain("شكري");
    expect(signings[0].join()).not.toContain("السيسي");
  });

  it("شهد الزعيمان تبادل مذكرة تفاهم، وقعها عن الجانب …: a signing of the persons named after it", () => {
    const a = analyse(
      "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون. " +
        "كما شهد الزعيمان تبادل مذكرة تفاهم للتعاون الثقافي، وقعها عن الجانب المصري وزير الخارجية سامح شكري، وعن الجانب الفرنسي وزير الخارجية جان إيف لودريان.",
    );
    const signings = persons(a, "signing");
    expect(signings).toHaveLength(1);
    expect(signings[0].join()).toContain("شكري");
  });

  it("«سعدت باستقبال … وتوقيع …» in a leader's post tells the day's events again", () => {
    const a = analyse(
      "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون في قصر الاتحادية. " +
        "وشهد الرئيسان توقيع اتفاقية للتعاون في مجال النقل، وقعها عن الجانب المصري وزير الخارجية سامح شكري، وعن الجانب الفرنسي وزير الخارجية جان إيف لودريان. " +
        "وكتب الرئيس المصري في تغريدة: «سعدت باستقبال أخي الرئيس إيمانويل ماكرون في القاهرة، وتوقيع اتفاقية تفتح آفاقا جديدة لعلاقاتنا».",
    );
    const signings = persons(a, "signing");
    expect(signings).toHaveLength(1);
    expect(signings[0].join()).not.toContain("ماكرون");
  });
});
