// Ranges of days in one month are dated by their first day (the start of a multi-day event), in
// the scanner and so in the event stage's resolver.
import { describe, expect, it } from "vitest";
import { findDates, findDatesByPattern } from "../../src/text/dates.js";
import { dateExpressions } from "../../src/events/relative-dates.js";

const one = (text: string) => {
  const found = findDates(text);
  expect(found).toHaveLength(1);
  expect(findDatesByPattern(text)).toEqual(found);
  return found[0];
};

describe("day ranges", () => {
  it.each([
    ["انعقد المنتدى يومي 14 و15 مايو 2025 في الرباط", "14 و15 مايو 2025", "2025-05-14"],
    ["تستمر الزيارة من 7 إلى 9 تشرين الثاني 2022", "7 إلى 9 تشرين الثاني 2022", "2022-11-07"],
    ["خلال الفترة 28-30 يونيو 2021", "28-30 يونيو 2021", "2021-06-28"],
    ["المؤتمر المنعقد بين 3 و 5 شباط/فبراير 2020", "3 و 5 شباط/فبراير 2020", "2020-02-03"],
    ["القمة المقررة ١١–١٢ ديسمبر ٢٠٢٣ في جدة", "١١–١٢ ديسمبر ٢٠٢٣", "2023-12-11"],
  ])("%s", (text, written, iso) => {
    const d = one(text);
    expect(d.text).toBe(written);
    expect(text.slice(d.start, d.end)).toBe(written);
    expect(d.iso).toBe(iso);
  });

  it("keeps a single day, a count before a date and a falling pair as they are", () => {
    expect(one("أصيب 12 - 3 مارس 2020").iso).toBe("2020-03-03");
    expect(one("الخامس من مارس 2024").iso).toBe("2024-03-05");
    expect(one("في 30 - 2 أبريل 2019").iso).toBe("2019-04-02");
    expect(one("في الفترة 9-10 أغسطس")).toMatchObject({ day: 9, month: 8, year: null });
  });

  it("gives the event stage the first day of a range", () => {
    const text = "عقد الوزيران جولة مباحثات يومي 21 و22 سبتمبر 2024 في عمّان.";
    const anchor = { candidates: ["2024-09-23"], year: null };
    expect(dateExpressions(text, 0, text.length, anchor, null).map((d) => [d.text, d.date])).toContainEqual(["21 و22 سبتمبر 2024", "2024-09-21"]);
  });
});
