// The publication date from a lead that calls a full date "today" (src/ingest/lead-date.ts),
// through the real cleaning and metadata steps.
import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../src/ingest/metadata.js";
import { cleanText } from "../../src/ingest/clean.js";

function published(raw: string): string | null {
  const c = cleanText(raw);
  return extractMetadata({ text: c.text, dropped: c.dropped }).published;
}

const TITLE = "وزير الخارجية يستقبل سفير البرازيل\n\n";

describe("lead that calls a full date today", () => {
  it.each([
    ["استقبل وزير الخارجية الأردني، اليوم الخميس 14 مارس 2024، سفير البرازيل لدى المملكة.", "2024-03-14"],
    ["بحث الرئيس التونسي اليوم الأحد الموافق 9 حزيران/يونيو 2024 مع نظيره الجزائري العلاقات.", "2024-06-09"],
    ["عمان - أخبارنا. التقى رئيس الوزراء، اليوم (السبت) 3 شباط/فبراير 2024، وفدا يابانيا.", "2024-02-03"],
    ["وقع البلدان اليوم الموافق 12 كانون الاول/ديسمبر 2023 مذكرة تفاهم.", "2023-12-12"],
    ["أجرى الملك اتصالا هاتفيا اليوم الاربعاء 10 ابريل 2024 مع الرئيس الفرنسي.", "2024-04-10"],
    ["استقبل الأمير اليوم السبت 2 ذو الحجة 1445هـ وزير الدفاع الأمريكي.", "2024-06-08"],
    // Umm al-Qura has Saturday; where the month began a day later the weekday says Sunday.
    ["استقبل الأمير اليوم الأحد 2 ذو الحجة 1445هـ وزير الدفاع الأمريكي.", "2024-06-09"],
    // The Gregorian equivalent, where written, is taken as written.
    ["استقبل الأمير اليوم الأحد 2 ذو الحجة 1445هـ الموافق 9 يونيو 2024م وزير الدفاع.", "2024-06-09"],
  ])("%s", (lead, iso) => {
    expect(published(TITLE + lead + "\n\nوأكد الجانبان أهمية التعاون.")).toBe(iso);
  });

  it.each([
    // أمس, or a weekday alone, needs arithmetic: not a stated date.
    "استقبل وزير الخارجية أمس الأربعاء 13 مارس 2024 سفير البرازيل.",
    // The weekday does not fit the date: something is off, no date.
    "استقبل وزير الخارجية اليوم الجمعة 14 مارس 2024 سفير البرازيل.",
    // Until today: not the day of writing.
    "تستمر المشاورات حتى اليوم الخميس 14 مارس 2024 في عمان.",
    // A date that is not the one called today.
    "أعلن الوزير اليوم أن الاتفاق الموقع في 14 مارس 2021 ما زال ساريا.",
    // Past the lead's first two sentences.
    "استقبل الوزير السفير. وبحث معه العلاقات. وقال اليوم الخميس 14 مارس 2024 إن الزيارة مهمة.",
  ])("no date from: %s", (lead) => {
    expect(published(TITLE + lead + "\n\nوأكد الجانبان أهمية التعاون.")).toBeNull();
  });

  it("never overrides or contradicts a dateline's date", () => {
    expect(published(TITLE + "عمان 13 آذار 2024 (بترا) - استقبل الوزير اليوم الخميس 14 مارس 2024 السفير.")).toBe("2024-03-13");
    expect(published(TITLE + "موسكو - 13 مارس - استقبل الوزير اليوم الخميس 14 مارس 2024 السفير.")).toBeNull();
    expect(published(TITLE + "موسكو - 14 مارس - استقبل الوزير اليوم الخميس 14 مارس 2024 السفير.")).toBe("2024-03-14");
  });

  it("reads the lead below a summary paragraph that has no اليوم, and no further", () => {
    const summary = "أعلن وزير الخارجية عن برنامج جديد للتعاون مع دول المنطقة. والتقى الوزير نظيره البرازيلي.";
    expect(published(TITLE + summary + "\n\nاستضاف الوزير اليوم الخميس (14 آذار/ مارس 2024) في العاصمة اجتماعا وزاريا.")).toBe("2024-03-14");
    expect(published(TITLE + summary + "\n\nاستضاف الوزير اليوم الخميس (14.03.2024) في العاصمة اجتماعا وزاريا.")).toBe("2024-03-14");
    // A first paragraph that calls a day اليوم without a date is the lead: nothing after it is read.
    expect(published(TITLE + "استقبل الوزير اليوم سفير البرازيل.\n\nوكان الوزير قد زار اليوم الخميس 14 مارس 2024 المعرض.")).toBeNull();
    // Nor a third paragraph.
    expect(published(TITLE + summary + "\n\nوأكد الجانبان أهمية التعاون.\n\nوكان الوزير قد زار اليوم الخميس 14 مارس 2024 المعرض.")).toBeNull();
  });

  it("reads the lead after a byline line and a deck", () => {
    const raw = "الصين والمغرب يوقعان اتفاقية\n\nتشمل الطاقة والزراعة\n\nوكالة إفي - مدريد\n\nوقع وزيرا خارجية البلدين اليوم الثلاثاء 5 نوفمبر 2024 اتفاقية تعاون.";
    expect(published(raw)).toBe("2024-11-05");
  });
});
