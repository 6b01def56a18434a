// Who signs, who sends and for whom (eighth round), on sentences written for these tests and run
// through the whole pipeline: witnesses with full titles and a formula in quotation marks give way to
// the signatories; a pair word gives way to signatories named for each side; a signing told again in a
// quotation is the one reported; a summit chaired on behalf of a king styled خادم الحرمين الشريفين is not
// his; «برقيتي تهنئة مماثلتين» goes to each recipient of the cables before.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("signatories, not witnesses or the leaders a pair word points to", () => {
  it("شهد X [long titles, «حفظه الله»] وY، اليوم في …، توقيع … ووقع الاتفاقية عن الجانب … A، وعن الجانب … B", () => {
    const a = analyse(
      'الدوحة 5 فبراير 2024 (قنا) - شهد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى "حفظه الله" وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، اليوم في الديوان الأميري بالدوحة، توقيع اتفاقية للتعاون في مجال الطاقة بين البلدين. ووقع الاتفاقية عن الجانب القطري سعادة المهندس سعد بن شريدة الكعبي وزير الدولة لشؤون الطاقة، وعن الجانب التركي معالي ألب أرسلان بيرقدار وزير الطاقة. وقال أمير البلاد في تغريدة: «سعدت باستقبال أخي الرئيس أردوغان وبتوقيع اتفاقية الطاقة بين بلدينا».',
      "2024-02-05",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(has(signings[0], "الكعبي") && has(signings[0], "بيرقدار")).toBe(true);
  });

  it("وقع الجانبان على مذكرتي تفاهم، وقعهما عن الجانب … A وعن الجانب … B: the signatories over the pair in focus", () => {
    const a = analyse(
      "الخرطوم 8 مارس 2017 (سونا) - استقبل الرئيس السوداني عمر البشير اليوم وزير الخارجية الإثيوبي تيدروس أدهانوم. وفي ختام المباحثات، وقع الجانبان على مذكرتي تفاهم في مجالي التعليم والزراعة، وقعهما عن الجانب السوداني وزير الدولة للخارجية كمال إسماعيل وعن الجانب الإثيوبي السفير ملس ألم.",
      "2017-03-08",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(has(signings[0], "كمال إسماعيل") && has(signings[0], "ملس ألم")).toBe(true);
    expect(has(signings[0], "البشير")).toBe(false);
  });
});

describe("the signers a witnessed signing's verbal noun names (شهد X وY … توقيع A وB على …)", () => {
  it("وشهد X وY في المدينة يوم … توقيع A وB على مذكرة تفاهم: A and B signed, the witnesses did not", () => {
    const a = analyse(
      "القاهرة - التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون اليوم في القاهرة، بحضور وزير الخارجية الفرنسي جان نويل بارو ووزير الخارجية المصري بدر عبد العاطي.\n\nوشهد ماكرون والسيسي في قصر الاتحادية يوم 7 أبريل 2025 توقيع بارو وعبد العاطي على مذكرة تفاهم.",
      "2025-04-07",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(signings[0].length).toBe(2);
    expect(has(signings[0], "بارو") && has(signings[0], "عبد العاطي")).toBe(true);
  });

  it("كما شهد X وY في المكان توقيع A وB على اتفاقية: the signers named in full earlier in the release", () => {
    const a = analyse(
      "أنقرة 14 يونيو 2024 - عقد الرئيس التركي رجب طيب أردوغان والرئيس الفنزويلي نيكولاس مادورو، اليوم في أنقرة، جلسة مباحثات بحضور وزير الخارجية التركي هاكان فيدان ونظيره الفنزويلي إيفان خيل. كما شهد أردوغان ومادورو في المجمع الرئاسي توقيع فيدان وخيل على اتفاقية للتعاون الاقتصادي.",
      "2024-06-14",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(signings[0].length).toBe(2);
    expect(has(signings[0], "فيدان") && has(signings[0], "خيل")).toBe(true);
  });
});

describe("the one another acts for is not there", () => {
  it("ترأس X، نيابة عن خادم الحرمين الشريفين الملك Y - حفظه الله -، أعمال القمة", () => {
    const a = analyse(
      "الرياض 12 مارس 2024 (واس) - ترأس صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء - حفظه الله -، نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله -، اليوم، أعمال القمة العربية الإسلامية المشتركة في الرياض. وشارك في القمة الرئيس التركي رجب طيب أردوغان والرئيس الإيراني إبراهيم رئيسي.",
      "2024-03-12",
    );
    const summits = parties(a, "multilateral");
    expect(summits.length).toBe(1);
    expect(has(summits[0], "محمد بن سلمان") && has(summits[0], "أردوغان")).toBe(true);
    expect(summits[0].some((p) => p.startsWith("سلمان بن عبدالعزيز"))).toBe(false);
  });
});

describe("similar cables go to each recipient of the cables before", () => {
  it("بعث X برقيتي تهنئة إلى A وB. كما بعث Y برقيتي تهنئة مماثلتين → Y to A and Y to B", () => {
    const a = analyse(
      "الكويت 1 أكتوبر 2016 (كونا) - بعث سمو ولي العهد الشيخ نواف الأحمد الجابر الصباح اليوم برقيتي تهنئة إلى الرئيس النيجيري محمد بخاري والرئيس الصيني شي جين بينغ بمناسبة العيد الوطني لبلديهما. كما بعث سمو الشيخ جابر المبارك الحمد الصباح رئيس مجلس الوزراء اليوم برقيتي تهنئة مماثلتين.",
      "2016-10-01",
    );
    const fromJaber = parties(a, "message").filter((m) => has(m, "جابر المبارك"));
    expect(fromJaber.length).toBe(2);
    expect(fromJaber.some((m) => has(m, "بخاري")) && fromJaber.some((m) => has(m, "شي جين بينغ"))).toBe(true);
  });

  it("كما بعث X برقية تهنئة مماثلة لـ Y: the addressee written with لـ is the one, not the recipient before", () => {
    const a = analyse(
      "أبوظبي 6 سبتمبر 2022 (وام) - بعث صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة برقية تهنئة لأخيه السلطان هيثم بن طارق سلطان عمان بمناسبة عودته من رحلته العلاجية. كما بعث سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة برقية تهنئة مماثلة لصاحب السمو السيد فهد بن محمود آل سعيد نائب رئيس الوزراء لشؤون مجلس الوزراء.",
      "2022-09-06",
    );
    const messages = parties(a, "message");
    expect(messages.some((m) => has(m, "منصور") && has(m, "فهد بن محمود"))).toBe(true);
    expect(messages.some((m) => has(m, "منصور") && has(m, "هيثم"))).toBe(false);
  });
});

describe("two cables from one sender, each addressee written with لـ", () => {
  it("بعث X برقيتي تهنئة لـ A، ولـ B: X to A and X to B, not one message of three", () => {
    const a = analyse(
      "الدوحة 18 ديسمبر 2021 (قنا) - بعث الرئيس التركي رجب طيب أردوغان برقيتي تهنئة لحضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، ولسمو الشيخ عبدالله بن حمد آل ثاني نائب الأمير، بمناسبة اليوم الوطني للدولة.",
      "2021-12-18",
    );
    const messages = parties(a, "message");
    expect(messages.length).toBe(2);
    expect(messages.every((m) => m.length === 2 && has(m, "أردوغان"))).toBe(true);
    expect(messages.some((m) => has(m, "تميم")) && messages.some((m) => has(m, "عبدالله بن حمد"))).toBe(true);
  });
});

describe("a cable's day given by the sentence that tells of it again (بعث بالبرقية … مساء أمس)", () => {
  const dated = (text: string) => {
    const a = analyse(text, "2025-02-10");
    const byId = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.events.filter((e) => e.type === "message").map((e) => [e.participants.map((p) => byId.get(p)).join(" > "), e.date]);
  };

  it("وكان X تلقى أيضا برقية من Y. وذكرت … أن Y بعث بالبرقية إلى X مساء أمس: yesterday, not the lead's today", () => {
    const m = dated(
      "وطنية - تلقى رئيس مجلس الوزراء نواف سلام، اليوم، اتصالا هاتفيا من رئيس الوزراء الأردني جعفر حسان، هنأه فيه بتشكيل الحكومة.\nوكان الرئيس سلام تلقى أيضا برقية تهنئة من الرئيس المصري عبد الفتاح السيسي. وذكرت الرئاسة المصرية أن السيسي بعث بالبرقية إلى الرئيس سلام مساء أمس.",
    );
    expect(m.length).toBe(1);
    expect(m[0][1]).toBe("2025-02-09");
  });

  it("the next sentence quotes the cable (وجاء في البرقية) with a day of something else: the lead's day stays", () => {
    const m = dated(
      "وطنية - تلقى رئيس مجلس الوزراء نواف سلام، اليوم، برقية تهنئة من الرئيس المصري عبد الفتاح السيسي. وجاء في البرقية أن القاهرة تابعت باهتمام جلسة الثقة أمس.",
    );
    expect(m.length).toBe(1);
    expect(m[0][1]).toBe("2025-02-10");
  });
});
