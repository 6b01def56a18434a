// An event named only as the time another is set against (بعد أيام من توقيع …، غداة لقائه …، في أعقاب زيارة …):
// not main, its parties those its own phrase names (the subject where its noun carries a pronoun), dropped
// when it names none; the event it dates does not take the phrase's persons. Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("events named as a time reference", () => {
  it("قبل ساعات من توقيع اتفاق … with no signer named: no signing of the meeting's pair", () => {
    const a = analyse("القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي اليوم الاثنين رئيس الوزراء الإثيوبي آبي أحمد، وذلك قبل ساعات من توقيع اتفاق إعلان المبادئ في الخرطوم.", "2025-03-03");
    expect(parties(a, "signing")).toEqual([]);
    expect(parties(a, "meeting").length).toBe(1);
  });

  it("يذكر أن X كان قد استقبل Y …، بعد أيام من توقيع ميثاق …: no signing", () => {
    const a = analyse("الرباط - التقى وزير الخارجية المغربي ناصر بوريطة اليوم نظيره الموريتاني محمد سالم ولد مرزوك. يذكر أن الملك محمد السادس كان قد استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني في فبراير الماضي، بعد أيام من توقيع ميثاق مبادرة الأطلسي في مراكش.", "2025-03-03");
    expect(parties(a, "signing")).toEqual([]);
  });

  it("غداة لقائه Z: a meeting of the subject and Z, not main; the call keeps its own pair", () => {
    const a = analyse("الرباط - أجرى وزير الخارجية المغربي ناصر بوريطة اليوم الثلاثاء اتصالا هاتفيا مع نظيره الإسباني خوسيه مانويل ألباريس، غداة لقائه المبعوث الأممي ستافان دي ميستورا.", "2025-03-04");
    const calls = parties(a, "phone_call");
    expect(calls.length).toBe(1);
    expect(calls[0].some((p) => p.includes("دي ميستورا"))).toBe(false);
    const m = a.events.filter((e) => e.type === "meeting");
    expect(m.length).toBe(1);
    expect(m[0].main).toBe(false);
    expect(m[0].date).toBe(null);
    expect(parties(a, "meeting")[0].some((p) => p.includes("بوريطة"))).toBe(true);
  });

  it("في أعقاب زيارة قام بها Z: Z is the visit's, not the meeting's", () => {
    const a = analyse("عمان - التقى وزير الخارجية الأردني أيمن الصفدي أمس نظيره التركي هاكان فيدان، في أعقاب زيارة قام بها وزير الخارجية الإيراني عباس عراقجي إلى أنقرة.", "2025-03-04");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(has(m[0], "عراقجي")).toBe(false);
    const v = a.events.find((e) => e.type === "visit");
    expect(v?.main).toBe(false);
    expect(v?.date ?? null).toBe(null);
  });

  it("قبل أيام من انعقاد مؤتمر …: a gathering to come, no party of the talks", () => {
    const a = analyse("بيروت - أجرى رئيس الحكومة اللبنانية نجيب ميقاتي أمس مباحثات مع وزير الخارجية الفرنسي ستيفان سيجورنيه، قبل أيام من انعقاد مؤتمر دعم لبنان في باريس.", "2025-03-04");
    expect(parties(a, "multilateral")).toEqual([]);
    expect(parties(a, "meeting").length).toBe(1);
  });

  it("قبيل انطلاق أعمال القمة (no distance): the gathering stays the encounter's frame", () => {
    const a = analyse("الرياض - استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم الرئيس المصري عبد الفتاح السيسي، قبيل انطلاق أعمال القمة العربية في الرياض.", "2025-03-04");
    expect(parties(a, "multilateral").length).toBe(1);
  });

  it("بعد ثلاثة أسابيع من زيارة X إلى …: a visit of another time, not main", () => {
    const a = analyse("عمان - استقبل العاهل الأردني الملك عبدالله الثاني اليوم الجمعة رئيس الوزراء العراقي محمد شياع السوداني، وذلك بعد ثلاثة أسابيع من زيارة الملك عبدالله الثاني إلى بغداد.", "2025-03-07");
    const v = a.events.filter((e) => e.type === "visit");
    expect(v.every((e) => !e.main)).toBe(true);
  });

  it("غداة اجتماعهما: the pair's meeting of the day before, beside the call", () => {
    const a = analyse("الكويت - تلقى وزير الخارجية الكويتي عبدالله اليحيا اتصالا هاتفيا من وزير الخارجية السعودي الأمير فيصل بن فرحان، وذلك غداة اجتماعهما في الرياض.", "2025-03-07");
    expect(parties(a, "phone_call").length).toBe(1);
    const m = a.events.filter((e) => e.type === "meeting");
    expect(m.length).toBe(1);
    expect(m[0].main).toBe(false);
  });
});
