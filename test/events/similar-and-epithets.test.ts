// Ninth round (encounters): a call received "like the one before" with its receiver left out, cables whose
// senders alone are listed, an office named by a press figure (رئيس الدبلوماسية), and "في اليوم ذاته"
// not pointing to the day a stay began (منذ أمس). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-05-02" }));
}

/** "type: A > B" for each event (initiator first where known), names cut to their last word. */
function lines(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  const last = (id: string) => byId.get(id)?.split(" ").pop();
  return a.events.map((e) => {
    const ps = e.initiator ? [e.initiator, ...e.participants.filter((p) => p !== e.initiator)] : e.participants;
    return `${e.type}: ${ps.map(last).join(" > ")}`;
  });
}

describe("a call or cable like the one before, its receiver left out", () => {
  it("كما تلقى اتصالا مماثلا من X: X calls the one who received the call before", () => {
    const a = lines(analyse("تلقى الرئيس اللبناني جوزاف عون اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني، هنأه فيه بانتخابه. كما تلقى اتصالا مماثلا من الرئيس المصري عبد الفتاح السيسي، الذي أكد دعم مصر للبنان."));
    expect(a).toContain("phone_call: ثاني > عون");
    expect(a).toContain("phone_call: السيسي > عون");
    expect(a.length).toBe(2);
  });

  it("the receiver written again (تلقى الرئيس Y اتصالا مماثلا) is that receiver", () => {
    const a = lines(analyse("تلقى رئيس الوزراء الأردني جعفر حسان اتصالا هاتفيا من رئيس الوزراء المصري مصطفى مدبولي. كما تلقى الرئيس الفلسطيني محمود عباس اتصالا مماثلا من مدبولي."));
    expect(a).toContain("phone_call: مدبولي > حسان");
    expect(a.some((l) => l.startsWith("phone_call") && l.includes("عباس"))).toBe(true);
    expect(a.filter((l) => l.includes("عباس") && l.includes("حسان")).length).toBe(0);
  });

  it("وأبرق مهنئا كل من A، وB: a cable from each to the one who received the call before", () => {
    const a = lines(analyse("تلقى الرئيس اللبناني جوزاف عون اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني، هنأه فيه بانتخابه. وأبرق مهنئا كل من ملك الأردن الملك عبدالله الثاني، والرئيس التونسي قيس سعيد."));
    expect(a).toContain("message: الحسين > عون");
    expect(a).toContain("message: سعيد > عون");
    expect(a.length).toBe(3);
  });

  it("أبرق X إلى Y مهنئا: to cable is to send a message", () => {
    expect(lines(analyse("أبرق الرئيس المصري عبد الفتاح السيسي إلى الرئيس اللبناني جوزاف عون مهنئا بانتخابه."))).toEqual(["message: السيسي > عون"]);
  });
});

describe("an office named by a figure of the press", () => {
  it("رئيس الدبلوماسية الجزائرية is the Algerian foreign minister", () => {
    const a = lines(analyse("التقى وزير الخارجية الجزائري أحمد عطاف اليوم بالجزائر العاصمة نظيره التونسي محمد علي النفطي. كما أجرى رئيس الدبلوماسية الجزائرية، في اليوم ذاته، محادثات مع وزير الخارجية المصري بدر عبد العاطي."));
    expect(a).toContain("meeting: عطاف > العاطي");
  });
});

describe("في اليوم ذاته after a stay that began earlier", () => {
  it("منذ أمس الثلاثاء dates the visit, not the talks held في اليوم ذاته", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد يوم الأربعاء 30 أبريل 2025 بقصر قرطاج وزير الخارجية الجزائري أحمد عطاف. ويقوم السيد عطاف، منذ أمس الثلاثاء، بزيارة عمل إلى تونس. كما أجرى عطاف، في اليوم ذاته، محادثات مع وزير الخارجية التونسي محمد علي النفطي.");
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    const talks = a.events.find((e) => e.participants.some((p) => byId.get(p)?.endsWith("النفطي")));
    expect(talks?.date).toBe("2025-04-30");
  });
});

describe("a host accompanied by (مرفوقا بـ)", () => {
  it("استقبل X، مرفوقا بـY، الضيف Z: Y is a companion, no party", () => {
    const a = lines(analyse("استقبل الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن، اليوم بالقصر الملكي بالرباط الرئيس الغاني نانا أكوفو أدو."));
    expect(a.length).toBe(1);
    expect(a[0]).toMatch(/^meeting: (السادس > أدو|أكوفو-أدو|.*أدو)/);
    expect(a[0]).not.toContain("الحسن");
  });
});
