// Relative dates against an anchor (dateline or publication date), and null when unanchored.
import { describe, expect, it } from "vitest";
import { dateExpressions, inferCurrentYear, type DateAnchor } from "../../src/events/relative-dates.js";

const anchored = (iso: string): DateAnchor => ({ candidates: [iso], year: null });
const none: DateAnchor = { candidates: [], year: null };

function resolve(text: string, anchor: DateAnchor, previous: string | null = null) {
  return dateExpressions(text, 0, text.length, anchor, previous).map((d) => [d.text, d.kind, d.date]);
}

describe("relative dates (anchor Thursday 2024-05-16)", () => {
  const thu = anchored("2024-05-16");
  it.each([
    ["وصل الوزير اليوم إلى عمان", "اليوم", "2024-05-16"],
    ["استقبل الرئيس اليوم (الخميس) الوزير", "اليوم (الخميس)", "2024-05-16"],
    ["استقبل الرئيس اليوم الخميس الوزير", "اليوم الخميس", "2024-05-16"],
    ["التقى الوزيران أمس في الرياض", "أمس", "2024-05-15"],
    ["أجرى اتصالا مساء أمس الأربعاء", "مساء أمس الأربعاء", "2024-05-15"],
    ["التقيا أمس الأول", "أمس الأول", "2024-05-14"],
    ["اتصل به الليلة الماضية", "الليلة الماضية", "2024-05-15"],
    ["وصل قبل يومين إلى عمان", "قبل يومين", "2024-05-14"],
    ["وصل يوم الإثنين إلى القاهرة", "يوم الإثنين", "2024-05-13"],
    ["وصل يوم الخميس إلى القاهرة", "يوم الخميس", "2024-05-16"],
    ["اجتمعا الخميس الماضي", "الخميس الماضي", "2024-05-09"],
    ["عقدت القمة في 3 مايو الجاري", "3 مايو الجاري", "2024-05-03"],
    ["التقيا في 28 أبريل الماضي", "28 أبريل الماضي", "2024-04-28"],
    ["التقيا في 20 ديسمبر الماضي", "20 ديسمبر الماضي", "2023-12-20"],
    ["التقيا في 9 من الشهر الجاري", "9 من الشهر الجاري", "2024-05-09"],
    ["التقيا في 9 الجاري", "9 الجاري", "2024-05-09"],
    ["عقد الاجتماع في 31 ديسمبر 2020", "31 ديسمبر 2020", "2020-12-31"],
    ["التقيا في 2 مايو", "2 مايو", "2024-05-02"],
    ["التقيا في 20 ديسمبر", "20 ديسمبر", "2023-12-20"],
    ["بتاريخ 2020/12/31", "2020/12/31", "2020-12-31"],
    ["في ٣١ ديسمبر ٢٠٢٠", "٣١ ديسمبر ٢٠٢٠", "2020-12-31"],
  ])("%s", (text, written, iso) => {
    expect(resolve(text, thu)).toContainEqual([written, expect.any(String), iso]);
  });

  it("a weekday that contradicts the anchor picks the anchor candidate that agrees, else null", () => {
    // Published on Wednesday, dateline Tuesday: "اليوم (الثلاثاء)" is the dateline's day.
    expect(resolve("قال اليوم (الثلاثاء)", { candidates: ["2023-09-20", "2023-09-19"], year: null })).toEqual([
      ["اليوم (الثلاثاء)", "relative", "2023-09-19"],
    ]);
    expect(resolve("قال اليوم (الأحد)", thu)).toEqual([["اليوم (الأحد)", "relative", null]]);
  });

  it("expressions that do not fix a day keep their text and resolve to null", () => {
    for (const text of ["الأسبوع الماضي", "الشهر الماضي", "قبل أيام", "في وقت سابق"]) {
      expect(resolve(`التقيا ${text}`, thu)).toEqual([[text, "vague", null]]);
    }
  });

  it("اليوم in set phrases is not a date", () => {
    expect(resolve("بمناسبة اليوم الوطني", thu)).toEqual([]);
    expect(resolve("منذ ذلك الحين وحتى اليوم", thu)).toEqual([]);
  });

  it("في اليوم نفسه is the day of the event before, or null", () => {
    expect(resolve("وفي اليوم نفسه تبادلا التهاني", thu, "2024-05-16")).toEqual([["وفي اليوم نفسه", "same_day", "2024-05-16"]]);
    expect(resolve("وفي اليوم نفسه تبادلا التهاني", thu, null)).toEqual([["وفي اليوم نفسه", "same_day", null]]);
  });
});

describe("without an anchor", () => {
  it.each(["اليوم", "أمس", "يوم الجمعة", "21 يناير الجاري", "9 الجاري"])("%s resolves to null", (written) => {
    const got = resolve(`التقى الوزيران ${written}`, none);
    expect(got).toHaveLength(1);
    expect(got[0][0]).toBe(written);
    expect(got[0][2]).toBeNull();
  });

  it("absolute dates need no anchor", () => {
    expect(resolve("في 5 مارس 2023", none)).toEqual([["5 مارس 2023", "absolute", "2023-03-05"]]);
  });

  it("the current year the text states: في 21 يناير الجاري resolves with it", () => {
    expect(resolve("في 21 يناير الجاري", { candidates: [], year: 2025 })).toEqual([["21 يناير الجاري", "relative", "2025-01-21"]]);
  });
});

describe("inferCurrentYear", () => {
  it("a year tied to the present in words", () => {
    expect(inferCurrentYear("ارتفعت التجارة خلال العام الجاري 2026 بنسبة كبيرة")).toBe(2026);
    expect(inferCurrentYear("في شهر مارس من عام 2019 الجاري")).toBe(2019);
  });
  it("a review of Y-1 and a look at Y, framed as the new year", () => {
    expect(inferCurrentYear("استعرض الجانبان ما تحقق في عام 2023، وتطلعا إلى عام 2024. وفي العام الجديد سيواصلان التعاون.")).toBe(2024);
  });
  it("otherwise nothing is guessed", () => {
    expect(inferCurrentYear("تهدف الخطة إلى مضاعفة التجارة بحلول عام 2030.")).toBeNull();
    expect(inferCurrentYear("وقعت الاتفاقية عام 2015 وجددت عام 2016.")).toBeNull();
    expect(inferCurrentYear("التقى الرئيسان يوم الجمعة.")).toBeNull();
  });
});

describe("articleAnchor", () => {
  const art = (text: string, published: string | null = null) => ({
    id: "t", source: "t", rawHash: "", text, title: null, outlet: null, published, dateline: null, url: null,
  });
  it("takes a dateline-shaped date of the opening lines", async () => {
    const { articleAnchor } = await import("../../src/events/relative-dates.js");
    expect(articleAnchor(art("الرباط - 2 فبراير 2023 (ومع) - وقع الوزيران اليوم مذكرة.")).candidates).toEqual(["2023-02-02"]);
    expect(articleAnchor(art("تاريخ النشر: 19.09.2024 | 15:12 GMT\nوقع الوزيران اليوم خطة.")).candidates).toEqual(["2024-09-19"]);
  });
  it("a page's timestamp in Arabic-Indic digits with bidi marks and a time after a comma", async () => {
    const { articleAnchor } = await import("../../src/events/relative-dates.js");
    expect(articleAnchor(art("الوزير يلتقي نظيره\n\n٠٧\u200f/١١\u200f/٢٠٢٤، \u200f٠٩:٤٠\n\nالتقى الوزير اليوم نظيره.")).candidates).toEqual(["2024-11-07"]);
    expect(articleAnchor(art("الوزير يلتقي نظيره\n07/11/2024، 09:40\nالتقى الوزير اليوم نظيره.")).candidates).toEqual(["2024-11-07"]);
  });
  it("not a date from prose, and not without any", async () => {
    const { articleAnchor } = await import("../../src/events/relative-dates.js");
    expect(articleAnchor(art("أكد الوزير أن الاتفاق الذي وقع في 5 مارس 2020 ما زال ساريا، والتقى اليوم نظيره.")).candidates).toEqual([]);
    expect(articleAnchor(art("التقى الوزيران اليوم.", "2024-01-10")).candidates).toEqual(["2024-01-10"]);
  });
});

describe("a day in words of this month or the last, and a day and month to come", () => {
  const thu = anchored("2024-05-16");
  it.each([
    ["التقيا في الثالث من الشهر الجاري", "الثالث من الشهر الجاري", "2024-05-03"],
    ["اجتمعوا في الحادي عشر من الشهر الحالي", "الحادي عشر من الشهر الحالي", "2024-05-11"],
    ["وكانا قد التقيا في العشرين من الشهر الماضي", "العشرين من الشهر الماضي", "2024-04-20"],
    ["زارها في الخامس والعشرين من الشهر المنصرم", "الخامس والعشرين من الشهر المنصرم", "2024-04-25"],
  ])("%s", (text, span, iso) => {
    expect(resolve(text, thu)).toContainEqual([span, "relative", iso]);
  });

  it("a day and month without year or الماضي a few weeks ahead is that day to come, further ahead last year's", () => {
    expect(resolve("دعوا إلى إجراء الانتخابات في موعدها في 20 يونيو", thu)).toContainEqual(["20 يونيو", "relative", "2024-06-20"]);
    expect(resolve("على أن تعقد الجولة في 1 تموز", thu)).toContainEqual(["1 تموز", "relative", "2024-07-01"]);
    expect(resolve("التقيا في 20 ديسمبر", thu)).toContainEqual(["20 ديسمبر", "relative", "2023-12-20"]);
    expect(resolve("التقيا في 10 مايو", thu)).toContainEqual(["10 مايو", "relative", "2024-05-10"]);
    // late December: early January is next month's day
    expect(resolve("تنطلق المحادثات في 8 يناير", anchored("2024-12-28"))).toContainEqual(["8 يناير", "relative", "2025-01-08"]);
  });

  it("في وقت سابق followed by a weekday is that day, not a vague earlier time", () => {
    expect(resolve("ووصل الوزير إلى الرياض، في وقت سابق الثلاثاء، في زيارة", thu)).toEqual([["الثلاثاء", "relative", "2024-05-14"]]);
  });
});

describe("a day and month after a full date of the same text", () => {
  it("takes that date's year (في 4 آب 2020، الأولى في 6 آب), unless it would come after the anchor", () => {
    expect(resolve("زارها مرتين بعد الزلزال في 4 آب 2020، الأولى في 6 آب", anchored("2021-09-24"))).toContainEqual(["6 آب", "relative", "2020-08-06"]);
    expect(resolve("وقعا الاتفاق في 3 مارس 2024، ثم التقيا في 10 مايو", anchored("2024-05-16"))).toContainEqual(["10 مايو", "relative", "2024-05-10"]);
  });
});
