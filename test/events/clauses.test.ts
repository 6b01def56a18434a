// Clauses that report no event of their trigger, and summits joined by video, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { articleAnchor, dateExpressions } from "../../src/events/relative-dates.js";
import { extractEvents } from "../../src/events/extract.js";
import type { Entity, Event } from "../../src/types.js";
import { docOf } from "./helpers.js";
import { entity } from "./oracle.js";

function run(text: string, ents: [string, Entity["type"], string[], string?][], opts: Parameters<typeof docOf>[1] = {}): Event[] {
  const entities = ents.map(([id, type, forms, country]) => entity(id, type, text, forms, country ?? null));
  return extractEvents(docOf(text, opts), entities);
}
const sig = (e: Event) => `${e.type}:${[...e.participants].sort().join("+")}`;

describe("a gathering named in what its one person says", () => {
  it("قال X: «… في مؤتمر بروكسل» and أكد X أن قمة … تنعقد: X talks about it", () => {
    const a = run("وقال الصفدي: «على المانحين الوفاء بما تعهدوا به في مؤتمر بروكسل».", [["safadi", "PER", ["الصفدي"]]]);
    expect(a).toEqual([]);
    const b = run("وأكد وزير الخارجية أحمد عطاف أن قمة الجزائر تنعقد في ظرف دقيق.", [["attaf", "PER", ["أحمد عطاف"]]]);
    expect(b).toEqual([]);
  });

  it("a delegate named in the sentence itself still attends: شارك X في القمة", () => {
    const ev = run("وشارك وزير الخارجية أحمد عطاف في القمة العربية بالمنامة.", [["attaf", "PER", ["أحمد عطاف"]]]);
    expect(ev.map(sig)).toEqual(["multilateral:attaf"]);
  });
});

describe("clauses that report no event", () => {
  it("ثلاثة مؤتمرات دولية، عدة زيارات: a counted series", () => {
    const ev = run("وأشاد الوزير يوهان فاديفول باستضافة الكويت ثلاثة مؤتمرات دولية للمانحين.", [["wadephul", "PER", ["يوهان فاديفول"]]]);
    expect(ev).toEqual([]);
  });

  it("أهمية المؤتمرات الدولية، استعداده لاستضافة لقاء: a kind of gathering, a readiness", () => {
    expect(run("وتطرق الوزير يوهان فاديفول إلى أهمية المؤتمرات الدولية في دعم اللاجئين.", [["wadephul", "PER", ["يوهان فاديفول"]]])).toEqual([]);
    const b = run("وأعرب الرئيس لولا دا سيلفا عن استعداده لاستضافة لقاء بين الرئيسين دونالد ترامب وشي جين بينغ.", [
      ["lula", "PER", ["لولا دا سيلفا"]],
      ["trump", "PER", ["دونالد ترامب"]],
      ["xi", "PER", ["شي جين بينغ"]],
    ]);
    expect(b).toEqual([]);
  });

  it("المساعدات التي وصلت إلى …: goods arriving are no visit", () => {
    const ev = run("وثمن الوزير أسعد الشيباني المساعدات القطرية التي وصلت إلى حلب.", [
      ["shaibani", "PER", ["أسعد الشيباني"], "SY"],
      ["aleppo", "GPE", ["حلب"], "SY"],
    ]);
    expect(ev.filter((e) => e.type === "visit")).toEqual([]);
  });

  it("متوجها إلى … للمشاركة في القمة: the purpose of a journey", () => {
    const ev = run("واختتم الرئيس البرازيلي لولا دا سيلفا زيارته متوجها إلى نيودلهي للمشاركة في قمة مجموعة العشرين.", [["lula", "PER", ["لولا دا سيلفا"], "BR"]]);
    expect(ev.filter((e) => e.type === "multilateral")).toEqual([]);
  });

  it("ومن المقرر أن يغادر … في إطار جولة: a plan governs its whole clause", () => {
    const text = "ومن المقرر أن يغادر الوزير الياباني يوشيماسا هاياشي البلاد مساء اليوم متوجها إلى العاصمة العمانية مسقط في إطار جولة خليجية.";
    const ev = run(text, [["hayashi", "PER", ["يوشيماسا هاياشي"], "JP"], ["muscat", "GPE", ["مسقط"], "OM"]]);
    expect(ev).toEqual([]);
  });
});

describe("one visit, one summit", () => {
  it("وصل X إلى طهران في أول زيارة …: the visit noun is the verb's visit", () => {
    const text = "وصل وزير الخارجية الكويتي عبدالله اليحيا اليوم إلى طهران في أول زيارة يقوم بها وزير كويتي إلى إيران منذ سنوات.";
    const ev = run(
      text,
      [
        ["yahya", "PER", ["عبدالله اليحيا"], "KW"],
        ["tehran", "GPE", ["طهران"], "IR"],
        ["iran", "GPE", ["إيران"], "IR"],
      ],
      { published: "2025-01-20" },
    );
    expect(ev.filter((e) => e.type === "visit").length).toBe(1);
  });

  it("وشارك في القمة X وY، فيما اكتفى Z بالمشاركة عبر تقنية الفيديو: all delegates of the one summit", () => {
    const text =
      "واختتمت في كازان قمة مجموعة بريكس التي ترأسها الرئيس الروسي فلاديمير بوتين. وشارك في القمة الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي، فيما اكتفى الرئيس البرازيلي لولا دا سيلفا بالمشاركة عبر تقنية الفيديو.";
    const ev = run(text, [
      ["putin", "PER", ["فلاديمير بوتين"]],
      ["xi", "PER", ["شي جين بينغ"]],
      ["modi", "PER", ["ناريندرا مودي"]],
      ["lula", "PER", ["لولا دا سيلفا"]],
    ]);
    expect(ev.map(sig)).toEqual(["multilateral:lula+modi+putin+xi"]);
  });
});

describe("dates", () => {
  it("a lead that opens with place, agency and the full date (طهران - إرنا - 17 حزيران/يونيو 2023 م الموافق …) is an anchor", () => {
    const text = "أنقرة - الأناضول - 3 تموز/يوليو 2024 م الموافق 27 ذو الحجة 1445 هـ: وصل وزير الخارجية اليوم الأربعاء إلى أنقرة.";
    expect(articleAnchor(docOf(text).article).candidates).toEqual(["2024-07-03"]);
  });

  it("a day and a month written with its other name before الماضي/الجاري (14 نيسان / أبريل الماضي، 3 آذار (مارس) الماضي)", () => {
    const anchor = { candidates: ["2024-06-10"], year: null };
    for (const [text, date] of [
      ["في 14 نيسان/أبريل الماضي", "2024-04-14"],
      ["في 14 نيسان / أبريل الماضي", "2024-04-14"],
      ["في 30 تموز (يوليو) الماضي", "2023-07-30"],
      ["في 2 كانون الثاني/يناير الجاري", "2024-01-02"],
    ] as const) {
      const found = dateExpressions(text, 0, text.length, anchor);
      expect(found.map((d) => [d.text, d.date])).toEqual([[text.slice(3), date]]);
    }
  });

  it("وتأتي الزيارة بعد اتصال هاتفي … في 3 أيار الماضي: that day is the call's, not the visit's", () => {
    const text =
      "الرياض 20 أيار 2025 - استقبل ولي العهد محمد بن سلمان اليوم وزير الخارجية الهندي سوبراهمانيام جايشانكار. وتأتي زيارة جايشانكار إلى السعودية بعد اتصال هاتفي أجراه مع وزير الخارجية فيصل بن فرحان في 3 أيار الماضي.";
    const ev = run(
      text,
      [
        ["mbs", "PER", ["محمد بن سلمان"], "SA"],
        ["jaishankar", "PER", ["سوبراهمانيام جايشانكار", "جايشانكار"], "IN"],
        ["faisal", "PER", ["فيصل بن فرحان"], "SA"],
        ["saudi", "GPE", ["السعودية"], "SA"],
      ],
      { dateline: { text: "الرياض 20 أيار 2025", date: "2025-05-20" } },
    );
    const visit = ev.find((e) => e.type === "visit");
    const call = ev.find((e) => e.type === "phone_call");
    expect(visit && [visit.date, visit.main]).toEqual(["2025-05-20", true]);
    expect(call && [call.date, call.main]).toEqual(["2025-05-03", false]);
  });

  it("الذي جمع أمس …: the clause that says when the gathering met dates it", () => {
    const text =
      "بروكسل: دعا المشاركون في المنتدى الوزاري رفيع المستوى، الذي جمع أمس (الاثنين) في بروكسل وزراء خارجية الاتحاد الأوروبي ودول آسيا الوسطى، إلى تعزيز الربط. وترأس أعمال المنتدى الممثلة العليا كايا كالاس بمشاركة وزير الخارجية الكازاخي مراد نورتلِيو.";
    const ev = run(text, [["kallas", "PER", ["كايا كالاس"]], ["nurtleu", "PER", ["مراد نورتلِيو"]]], { published: "2025-04-08" });
    expect(ev.map((e) => [e.type, e.date])).toEqual([["multilateral", "2025-04-07"]]);
  });

  it("a year after the report's in the trigger's clause (عام 2027، في آذار 2027) is a plan", () => {
    const a = run("وتستضيف بكين المنتدى العربي الصيني للتعاون الاقتصادي بمشاركة الوزير وانغ يي في آذار 2027.", [["wang", "PER", ["وانغ يي"]]], {
      published: "2025-11-02",
    });
    expect(a.filter((e) => e.type === "multilateral")).toEqual([]);
    const b = run("وشارك الوزير وانغ يي في المنتدى العربي الصيني للتعاون الاقتصادي في آذار 2025.", [["wang", "PER", ["وانغ يي"]]], { published: "2025-11-02" });
    expect(b.map(sig)).toEqual(["multilateral:wang"]);
  });
});

