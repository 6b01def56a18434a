// A host who receives two guests or more together and talks with them jointly: one meeting of all of them,
// even of different states or bodies (the tenth round's settled convention). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("guests spoken with jointly", () => {
  it("استقبل X وزير A ووزير B، وبحث معهما: one meeting of three", () => {
    const a = analyse("تونس - استقبل الرئيس التونسي قيس سعيد اليوم بقصر قرطاج وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية الليبي محمد الدبيبة، وبحث معهما سبل تعزيز التنسيق الثلاثي.", "2025-03-02");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(3);
  });

  it("التقى X كلا من A وB وبحث معهم: one meeting, the list notwithstanding", () => {
    const a = analyse("عمان - التقى العاهل الأردني الملك عبدالله الثاني اليوم كلا من الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس، وبحث معهم مستجدات الأوضاع في المنطقة.", "2025-03-02");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(3);
  });

  it("the cue opening the next sentence (… . وتناول معهما …)", () => {
    const a = analyse("الرباط - استقبل وزير الخارجية المغربي ناصر بوريطة اليوم بمقر الوزارة مبعوث الأمم المتحدة ستافان دي ميستورا والسفير الأمريكي مايكل راتني. وتناول معهما آخر تطورات الملف.", "2025-03-02");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(3);
  });

  it("the headline names the guests by one dual noun (يستقبل سفيري A وB) over the lead", () => {
    const a = analyse("وزير الخارجية العماني يستقبل سفيري الصين واليابان\n\nمسقط - استقبل وزير الخارجية العماني بدر البوسعيدي اليوم السفير الصيني لي لينغ بينغ، والسفير الياباني سوزوكي كازويا، وجرى استعراض العلاقات الثنائية.", "2025-03-02");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(has(m[0], "البوسعيدي")).toBe(true);
    expect(m[0].length).toBe(3);
  });

  it("without a joint cue, استقبل X كلا من A وB stays one meeting per pair", () => {
    const a = analyse("تونس - استقبل الرئيس التونسي قيس سعيد اليوم بقصر قرطاج كلا من وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية الليبي محمد الدبيبة.", "2025-03-02");
    const m = parties(a, "meeting");
    expect(m.length).toBe(2);
    expect(m.every((x) => x.length === 2 && has(x, "قيس سعيد"))).toBe(true);
  });
});
