// Conventions the ninth round's blind probes settled (README, Quality): a host of the visited state
// who welcomes the visitor on arrival hosts the visit, and the welcome is no meeting; a gathering named
// only as the frame of an encounter (على هامش قمة X) is an event of its own; an ambassador not named
// who presents credentials stands for his state. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("a welcome on arrival", () => {
  it("the head of state at the airport hosts the visit, and meets nobody there", () => {
    const a = analyse("نواكشوط - وصل الرئيس السنغالي باسيرو ديوماي فاي اليوم إلى نواكشوط في زيارة رسمية، وكان في استقباله بالمطار الرئيس الموريتاني محمد ولد الشيخ الغزواني.", "2025-03-02");
    const v = parties(a, "visit");
    expect(v).toHaveLength(1);
    expect(has(v[0], "فاي") && has(v[0], "الغزواني")).toBe(true);
    expect(parties(a, "meeting")).toEqual([]);
  });

  it("في مقدمة مستقبليه names the host too", () => {
    const a = analyse("وصل رئيس الوزراء الإيطالي جورجيا ميلوني إلى تونس اليوم في زيارة عمل، وكان في مقدمة مستقبليها الرئيس التونسي قيس سعيد.", "2024-04-17");
    const v = parties(a, "visit");
    expect(v.some((p) => has(p, "ميلوني") && has(p, "سعيد"))).toBe(true);
  });

  it("a past visit's welcome written with كان alone (حيث كان في استقبال سموه X) names its host", () => {
    const a = analyse("وكان رئيس الوزراء الماليزي أنور إبراهيم قد زار إندونيسيا في يناير الماضي، حيث كان في استقباله الرئيس الإندونيسي جوكو ويدودو.", "2023-06-08");
    const v = parties(a, "visit");
    expect(v.some((p) => has(p, "أنور إبراهيم") && has(p, "ويدودو"))).toBe(true);
  });

  it("without a welcome the host state stays the visit's party", () => {
    const a = analyse("وصل الرئيس السنغالي باسيرو ديوماي فاي اليوم إلى موريتانيا في زيارة رسمية تستغرق يومين.", "2025-03-02");
    const v = parties(a, "visit");
    expect(v.some((p) => has(p, "فاي") && has(p, "موريتانيا"))).toBe(true);
  });

  it("a regional or city officer at the airport welcomes as protocol and hosts nothing", () => {
    const a = analyse("المدينة المنورة - وصل رئيس الوزراء الباكستاني شهباز شريف اليوم إلى المدينة المنورة في زيارة رسمية إلى المملكة العربية السعودية، وكان في استقباله بالمطار الأمير سلمان بن سلطان أمير منطقة المدينة المنورة.", "2024-04-06");
    const v = parties(a, "visit");
    expect(v).toHaveLength(1);
    expect(has(v[0], "شهباز شريف") && has(v[0], "السعودية")).toBe(true);
    expect(has(v[0], "سلمان بن سلطان")).toBe(false);
  });

  it("a regional officer's title before his name (أمير منطقة X الأمير Y) makes him no host either", () => {
    const a = analyse("وصل الرئيس الكوري الجنوبي يون سوك يول إلى الرياض اليوم في زيارة دولة إلى المملكة العربية السعودية، وكان في استقباله لدى وصوله إلى المطار أمير منطقة الرياض الأمير فيصل بن بندر بن عبدالعزيز.", "2023-10-22");
    const v = parties(a, "visit");
    expect(v.some((p) => has(p, "يون سوك يول") && has(p, "السعودية"))).toBe(true);
    expect(v.every((p) => !has(p, "فيصل بن بندر"))).toBe(true);
  });

  it("past a governor written before his name, the minister welcoming beside him hosts", () => {
    const a = analyse("وصل وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إلى السودان اليوم، وكان في استقباله بمطار الخرطوم والي الخرطوم أحمد عثمان حمزة ووزيرة الخارجية مريم الصادق المهدي.", "2023-02-14");
    const v = parties(a, "visit");
    expect(v.some((p) => has(p, "آل ثاني") && has(p, "مريم الصادق المهدي"))).toBe(true);
    expect(v.every((p) => !has(p, "حمزة"))).toBe(true);
  });

  it("a summit's delegate is not joined by those who welcomed him", () => {
    const a = analyse("وصل الرئيس الليبي محمد المنفي إلى بغداد للمشاركة في أعمال القمة العربية، وكان في استقباله بالمطار رئيس الوزراء العراقي محمد شياع السوداني.", "2025-05-16");
    const m = parties(a, "multilateral");
    expect(m.every((p) => !has(p, "السوداني"))).toBe(true);
  });
});

describe("a gathering named as a frame", () => {
  it("على هامش قمة X: the summit is an event with the pair as its delegates", () => {
    const a = analyse("جوهانسبرغ - التقى الرئيس الصيني شي جين بينغ نظيره الجنوب أفريقي سيريل رامافوزا على هامش قمة مجموعة بريكس المنعقدة في جوهانسبرغ.", "2023-08-22");
    expect(parties(a, "meeting")).toHaveLength(1);
    const m = parties(a, "multilateral");
    expect(m).toHaveLength(1);
    expect(has(m[0], "شي جين بينغ") && has(m[0], "رامافوزا")).toBe(true);
    expect(a.events.find((e) => e.type === "multilateral")!.main).toBe(false);
  });

  it("a gathering pointed back to (وعلى هامش الاجتماع،) adds nothing", () => {
    const a = analyse("وعلى هامش الاجتماع، التقى وزير الخارجية الصيني وانغ يي نظيره المغربي ناصر بوريطة.", "2023-08-22");
    expect(parties(a, "multilateral")).toEqual([]);
    const b = analyse("وعلى هامش المنتدى اليوم، التقى وزير الخارجية الصيني وانغ يي نظيره المغربي ناصر بوريطة.", "2023-08-22");
    expect(parties(b, "multilateral")).toEqual([]);
  });

  it("an article that reports the gathering itself gets no second one", () => {
    const a = analyse(
      "انطلقت اليوم في الجزائر أعمال الاجتماع الوزاري لمنتدى التعاون بمشاركة وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية القطري محمد بن عبد الرحمن آل ثاني ووزير الخارجية الأردني أيمن الصفدي. والتقى عطاف نظيره الأردني على هامش أعمال الاجتماع الوزاري.",
      "2024-03-02",
    );
    expect(parties(a, "multilateral")).toHaveLength(1);
  });
});

describe("credentials of an ambassador not named", () => {
  it("the receiver meets the ambassador's state", () => {
    const a = analyse("الدوحة - تسلم أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم أوراق اعتماد سفير جمهورية البرازيل الاتحادية الجديد لدى دولة قطر.", "2024-05-08");
    const m = parties(a, "meeting");
    expect(m).toHaveLength(1);
    expect(has(m[0], "تميم") && has(m[0], "البرازيل")).toBe(true);
  });

  it("a named ambassador is the party, not his state", () => {
    const a = analyse("تسلم أمير دولة قطر الشيخ تميم بن حمد آل ثاني أوراق اعتماد سفير جمهورية البرازيل الاتحادية لدى الدولة السيد جوزيه ماركوس.", "2024-05-08");
    const m = parties(a, "meeting");
    expect(m.some((p) => has(p, "البرازيل"))).toBe(false);
  });
});
