// The relative-date lexicon (data/lexicon/dates.json) as the event stage reads it: day words
// resolved against an anchor, future and vague spans kept without a day.
import { describe, expect, it } from "vitest";
import { dateExpressions, type DateAnchor } from "../../src/events/relative-dates.js";

// Anchor: Monday 2023-11-20.
const monday: DateAnchor = { candidates: ["2023-11-20"], year: null };

function resolve(text: string) {
  return dateExpressions(text, 0, text.length, monday, null).map((d) => [d.text, d.kind, d.date]);
}

describe("relative-date lexicon", () => {
  it.each([
    ["عاد الوفد إلى الرباط أول أمس", "أول أمس", "2023-11-18"],
    ["التقى الوزيران أول من أمس في الدوحة", "أول من أمس", "2023-11-18"],
    ["يصل المبعوث يوم غد إلى الخرطوم", "يوم غد", "2023-11-21"],
    ["تعقد الجولة المقبلة بعد غد في مسقط", "بعد غد", "2023-11-22"],
  ])("%s", (text, written, iso) => {
    expect(resolve(text)).toContainEqual([written, "relative", iso]);
  });

  it.each([
    ["يزور الرئيس أنقرة الأسبوع المقبل", "الأسبوع المقبل"],
    ["تستأنف المفاوضات خلال الأيام القادمة", "الأيام القادمة"],
    ["سيعقد الاجتماع في وقت لاحق", "في وقت لاحق"],
  ])("keeps a future span without a day: %s", (text, written) => {
    expect(resolve(text)).toContainEqual([written, "vague", null]);
  });
});
