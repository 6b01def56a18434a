// A gathering named by its place and recalled with its sponsor or those taking part (نتائج اجتماع X الذي عقد
// برعاية Y وشارك فيه الوزيران) is a multilateral, not main, not a meeting of the pair recalling it; a woman
// counterpart (نظيرته السودانية) and a short name that is also a word after an encounter's verb or in a
// pluperfect (وكان شكري قد أجرى) are read; a recalled sentence's day does not date the next one.
// Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("recalled gatherings and recalled days", () => {
  it("اجتماع <city> الذي عقد برعاية X وشارك فيه الوزيران: a multilateral of X and the pair", () => {
    const a = analyse("القاهرة - استقبل وزير الخارجية المصري سامح شكري اليوم الأحد نظيره الأردني أيمن الصفدي. وأوضح المتحدث أن الوزيرين استعرضا مخرجات اجتماع بغداد الذي انعقد الشهر الماضي برئاسة رئيس الوزراء العراقي محمد شياع السوداني وشارك فيه الوزيران.", "2025-03-02");
    const g = a.events.filter((e) => e.type === "multilateral");
    expect(g.length).toBe(1);
    expect(g[0].main).toBe(false);
    const names = parties(a, "multilateral")[0];
    expect(names.length).toBe(3);
    expect(has(names, "السوداني")).toBe(true);
    expect(parties(a, "meeting").length).toBe(1);
  });

  it("مع نظيرته + nationality: the woman counterpart of that state", () => {
    const a = analyse("الرباط - استقبل وزير الخارجية المغربي ناصر بوريطة اليوم وزيرة الخارجية السودانية مريم الصادق المهدي. وكان بوريطة قد أجرى اتصالا هاتفيا مع نظيرته السودانية الأسبوع الماضي.", "2021-05-02");
    const c = parties(a, "phone_call");
    expect(c.length).toBe(1);
    expect(has(c[0], "المهدي")).toBe(true);
  });

  it("a short name that is also a word, in a pluperfect (وكان شكري قد أجرى)", () => {
    const a = analyse("القاهرة - استقبل وزير الخارجية سامح شكري اليوم وزير الخارجية الأردني أيمن الصفدي. وكان شكري قد أجرى اتصالا هاتفيا مع وزير الخارجية السعودي الأمير فيصل بن فرحان يوم السبت الماضي.", "2021-05-02");
    const c = parties(a, "phone_call");
    expect(c.length).toBe(1);
    expect(has(c[0], "شكري")).toBe(true);
  });

  it("a day of a recalled sentence (كما كان X قد … في الخامس من مايو الجاري) does not date the next event", () => {
    const a = analyse("الخرطوم - التقى رئيس مجلس السيادة عبد الفتاح البرهان اليوم الأحد 12 مايو 2019 المبعوث الأممي فولكر بيرتس. كما كان الرئيس الإريتري أسياس أفورقي قد زار الخرطوم في الخامس من مايو الجاري. وفي سياق متصل، تلقى البرهان اتصالا هاتفيا من رئيس جنوب السودان سلفاكير ميارديت.", "2019-05-12");
    const c = a.events.find((e) => e.type === "phone_call");
    expect(c?.date).not.toBe("2019-05-05");
  });
});
