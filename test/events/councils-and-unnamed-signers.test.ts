// Sittings of two states' standing councils and committees, and signings by officials left unnamed.
// Sentences written for these tests.
// - اختتمت اللجنة الوزارية السعودية العمانية المشتركة اجتماعات دورتها الخامسة برئاسة X وY: a consultation of X and Y
//   (the states' adjectives between the body and المشتركة).
// - ترأس X وY اجتماع مجلس التنسيق …: a consultation, with or without a number.
// - وقع وزراء البلدين …؛ …، وقعها الوزراء المختصون في البلدين: a signing of the two states, kept beside the leaders'.
// - شهد الزعيمان توقيع مذكرة … بين A وB وC: a signing of the states, the witnesses no parties.
import { describe, expect, it } from "vitest";
import { analyse, parties } from "./pipeline-helpers.js";

const sorted = (xs: string[][]) => xs.map((x) => x.join(" | ")).sort();

describe("a standing body's sitting", () => {
  it("اختتمت اللجنة الوزارية السعودية العمانية المشتركة اجتماعات دورتها الخامسة برئاسة X وY", () => {
    const a = analyse("مسقط - اختتمت اللجنة الوزارية السعودية العمانية المشتركة اجتماعات دورتها الخامسة اليوم برئاسة وزير الخارجية السعودي الأمير فيصل بن فرحان ووزير الخارجية العماني بدر البوسعيدي.", "2025-02-10");
    const c = parties(a, "consultation");
    expect(c.length).toBe(1);
    expect(c[0].some((n) => n.includes("فيصل بن فرحان"))).toBe(true);
    expect(c[0].some((n) => n.includes("البوسعيدي"))).toBe(true);
    expect(parties(a, "meeting")).toEqual([]);
  });

  it("ترأس X وY اجتماع مجلس التنسيق السعودي الكويتي (no number)", () => {
    const a = analyse("الرياض - ترأس ولي العهد السعودي الأمير محمد بن سلمان وولي عهد الكويت الشيخ صباح خالد الحمد الصباح اليوم اجتماع مجلس التنسيق السعودي الكويتي في الرياض.", "2025-02-10");
    expect(parties(a, "consultation").length).toBe(1);
    expect(parties(a, "meeting")).toEqual([]);
  });
});

describe("a council or higher committee as the subject of its own numbered sitting", () => {
  it("عقد مجلس التنسيق A-B اجتماعه الثالث برئاسة X ونظيره Y: a consultation", () => {
    const a = analyse("الدوحة - عقد مجلس التنسيق القطري العماني اجتماعه الثالث اليوم برئاسة وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني ونظيره العماني بدر البوسعيدي.", "2025-02-10");
    expect(parties(a, "consultation").length).toBe(1);
    expect(parties(a, "meeting")).toEqual([]);
  });

  it("عقدت اللجنة العليا A-B دورتها الثلاثين برئاسة X ونظيره Y: a consultation (tens counted)", () => {
    const a = analyse("عمان - عقدت اللجنة العليا الأردنية المصرية دورتها الثلاثين اليوم برئاسة رئيس الوزراء الأردني جعفر حسان ونظيره المصري مصطفى مدبولي.", "2025-02-10");
    expect(parties(a, "consultation").length).toBe(1);
  });
});

describe("signings by unnamed officials of both states", () => {
  it("…، وقعها الوزراء المختصون في البلدين: the two states", () => {
    const a = analyse("بغداد - ترأس رئيس الوزراء العراقي محمد شياع السوداني والرئيس المصري عبد الفتاح السيسي اليوم اجتماع اللجنة العليا المشتركة بين العراق ومصر، الذي شهد التوقيع على عشر مذكرات تفاهم في مجالات الطاقة والنقل، وقعها الوزراء المختصون في البلدين.", "2025-02-10");
    expect(sorted(parties(a, "signing"))).toEqual(["العراق | مصر"]);
  });

  it("وقّع الزعيمان اتفاقية …، فيما وقّع وزراء البلدين عشر مذكرات: the leaders' signing and the states'", () => {
    const a = analyse("أنقرة - عقد الرئيس التركي رجب طيب أردوغان ورئيس الوزراء العراقي محمد شياع السوداني اليوم اجتماعا ثنائيا بحثا فيه العلاقات بين تركيا والعراق، ثم وقّع الزعيمان اتفاقية إطارية للتعاون في مجال المياه، فيما وقّع وزراء البلدين عشر مذكرات تفاهم أخرى.", "2025-02-10");
    const s = sorted(parties(a, "signing"));
    expect(s.length).toBe(2);
    expect(s).toContain("العراق | تركيا");
    expect(s.some((x) => x.includes("أردوغان") && x.includes("السوداني"))).toBe(true);
  });

  it("شهد الزعيمان توقيع مذكرة تفاهم ثلاثية بين A وB وC: the states, not the witnesses", () => {
    const a = analyse("القاهرة - شهد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني اليوم توقيع مذكرة تفاهم ثلاثية بين مصر والأردن والعراق للربط الكهربائي.", "2025-02-10");
    const s = parties(a, "signing");
    expect(s.length).toBe(1);
    expect(s[0].length).toBe(3);
    expect(s[0].some((n) => n.includes("السيسي"))).toBe(false);
  });
});
