// Who a title names and whom a message is written to, on sentences written for these tests and run
// through the whole pipeline (eighth round): long stacked titles after a name, a title in construct
// (وزيرة خارجية جمهورية إندونيسيا), وكيل/وكيلة whose first letter reads like the conjunction, and a
// message whose sender and addressee are both written (رسالة من Y إلى Z) whoever hands it over.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

const pair = (list: string[], a: string, b: string) => list.length === 2 && has(list, a) && has(list, b);

describe("a title written after a name is that person's", () => {
  it("a stacked title of eight words, the family name left out of the mention, names its holder later", () => {
    // The gazetteer gives the crown prince of 2019 one office (defence); ولي العهد is read from the written title.
    const a = analyse(
      "الرياض 3 مارس 2019 (واس) - بعث صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، اليوم، برقية تعزية إلى رئيس الوزراء النيوزيلندي. والتقى سمو ولي العهد في وقت لاحق اليوم رئيس الوزراء الباكستاني عمران خان في قصر اليمامة.",
      "2019-03-03",
    );
    expect(parties(a, "meeting").some((m) => pair(m, "محمد بن سلمان", "عمران خان"))).toBe(true);
  });

  it("a title in construct (وزيرة خارجية جمهورية إندونيسيا) names her when written again without the name", () => {
    const a = analyse(
      "جاكرتا 12 مايو 2021 - التقت معالي ريتنو مرصودي وزيرة خارجية جمهورية إندونيسيا، اليوم، السفراء العرب. وفي وقت لاحق، استقبل الرئيس جوكو ويدودو في قصر بوغور معالي وزيرة خارجية إندونيسيا وبحث معها نتائج جولتها.",
      "2021-05-12",
    );
    expect(parties(a, "meeting").some((m) => pair(m, "جوكو ويدودو", "ريتنو مرصودي"))).toBe(true);
  });

  it("وكيلة وزارة الخارجية: a head beginning with و, the ministry with its nationality inside the title", () => {
    const a = analyse(
      "إسلام آباد 4 أبريل 2018 - أكدت سعادة السيدة تهمينة جنجوعة وكيلة وزارة الخارجية الباكستانية أهمية العلاقات مع الكويت. وكان الشيخ صباح الخالد الحمد الصباح وزير الخارجية قد استقبل في وقت سابق اليوم سعادة وكيلة وزارة الخارجية الباكستانية، وتسلم منها رسالة خطية من دولة السيد شاهد خاقان عباسي رئيس وزراء جمهورية باكستان الإسلامية إلى حضرة صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير البلاد.",
      "2018-04-04",
    );
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(pair(meetings[0], "صباح الخالد", "تهمينة جنجوعة")).toBe(true);
    // The addressee of the message handed over is not at the meeting; the message is the sender's to him.
    expect(parties(a, "message")).toEqual([["شاهد خاقان عباسي", "صباح الأحمد الجابر الصباح"]]);
  });
});

describe("a message written from Y to Z is Y's to Z, whoever carries it", () => {
  it("سلم X، with a long title and a day, رسالة من [honorifics] Y إلى Z", () => {
    const a = analyse(
      "القاهرة 5 يناير 2019 - سلم النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح خالد الحمد الصباح اليوم السبت رسالة خطية من حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح إلى الرئيس المصري عبدالفتاح السيسي تتناول العلاقات الثنائية.",
      "2019-01-05",
    );
    const messages = parties(a, "message");
    expect(messages.length).toBe(1);
    expect(pair(messages[0], "صباح الأحمد", "السيسي")).toBe(true);
  });

  it("إضافة إلى after the message is no addressee", () => {
    const a = analyse(
      "الكويت 5 يناير 2019 - تسلم سمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح رسالة خطية من الرئيس المصري عبدالفتاح السيسي تتعلق بالعلاقات الثنائية إضافة إلى آخر المستجدات.",
      "2019-01-05",
    );
    expect(parties(a, "message").map((m) => [...m].sort())).toEqual([["صباح الأحمد الجابر الصباح", "عبد الفتاح السيسي"].sort()]);
  });
});

describe("a title marked as the late holder's (العاهل الراحل) names the dead, not the living holder", () => {
  it("بالسلطان العماني الراحل: the late sultan the article names, not his successor", () => {
    const a = analyse(
      "عمان - بعث العاهل الأردني الملك عبد الله الثاني، اليوم، برقية تعزية إلى سلطان عمان السلطان هيثم بن طارق في وفاة المغفور له السلطان قابوس بن سعيد.\n\nوكان الملك قد أجرى، يوم 2 يناير الجاري، اتصالا هاتفيا بالسلطان العماني الراحل، اطمأن خلاله على صحته.",
      "2020-01-12",
    );
    const calls = parties(a, "phone_call");
    expect(calls.some((c) => has(c, "قابوس"))).toBe(true);
    expect(calls.some((c) => has(c, "هيثم"))).toBe(false);
  });

  it("مع أمير الكويت الراحل: the country's late emir, named dead before (في وفاة المغفور له)", () => {
    const a = analyse(
      "القاهرة - بعث الرئيس عبد الفتاح السيسي، اليوم، برقية تعزية إلى أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح في وفاة المغفور له الشيخ نواف الأحمد الجابر الصباح.\n\nوكان الرئيس السيسي قد أجرى يوم 10 ديسمبر الجاري اتصالا هاتفيا مع أمير الكويت الراحل.",
      "2023-12-17",
    );
    expect(parties(a, "phone_call").some((c) => pair(c, "السيسي", "نواف"))).toBe(true);
    expect(parties(a, "message").some((c) => pair(c, "السيسي", "مشعل"))).toBe(true);
  });
});
