import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates, hijriToIso, isoDate, monthOf, parseDateValue, toAsciiDigits } from "../../src/text/dates.js";

const one = (text: string) => {
  const found = findDates(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("findDates", () => {
  it("reads day month year in the Egyptian/Gulf month names", () => {
    const d = one("وصل الوفد إلى عمان يوم 14 نوفمبر 2022 في زيارة رسمية");
    expect(d).toMatchObject({ text: "14 نوفمبر 2022", iso: "2022-11-14", calendar: "gregorian" });
  });

  it("reads the Levantine month names, the combined form and a year suffix", () => {
    expect(one("دمشق في 3 تشرين الأول 2019").iso).toBe("2019-10-03");
    expect(one("بيروت، 7 كانون الثاني/يناير 2021م، أعلن").text).toBe("7 كانون الثاني/يناير 2021م");
    expect(one("عمان 22 آذار 2023").iso).toBe("2023-03-22");
  });

  it("reads two names of one month joined by a slash or brackets, either order, hamza-less", () => {
    expect(one("عمان في 9 شباط/فبراير 2023 أكد").text).toBe("9 شباط/فبراير 2023");
    expect(one("القاهرة، 18 يونيو/حزيران 2022،").iso).toBe("2022-06-18");
    expect(one("وصل يوم 30 تشرين الثاني/نوفمبر 2021").iso).toBe("2021-11-30");
    expect(one("بيروت/ 6 اذار/مارس 2019/ وكالات").text).toBe("6 اذار/مارس 2019");
    expect(one("في 11 نيسان (ابريل) 2018 قال").iso).toBe("2018-04-11");
    expect(one("في 2 اب / اغسطس 2016 وصل").iso).toBe("2016-08-02");
    // Without a year the span stops at the second name, not at the space after it.
    expect(one("منذ 14 تموز/يوليو الماضي").text).toBe("14 تموز/يوليو");
    // Two different months are a span of months, not a date.
    expect(findDates("في 5 كانون الثاني/فبراير 2021")).toHaveLength(0);
  });

  it("reads a newspaper date line: weekday, Hijri and Gregorian with the era letters drawn out", () => {
    const found = findDates("الأحد - 12 ربيع الأول 1446 هـ - 15 سبتمبر 2024 مـ");
    expect(found.map((d) => [d.text, d.calendar, d.iso])).toEqual([
      ["12 ربيع الأول 1446 هـ", "hijri", "2024-09-15"],
      ["15 سبتمبر 2024 مـ", "gregorian", "2024-09-15"],
    ]);
    expect(one("صدر في 3 يناير 2021مـ").text).toBe("3 يناير 2021مـ");
    expect(one("الموافق 1 محرم 1447هــ").text).toBe("1 محرم 1447هــ");
  });

  it("reads month names written with a shadda (شوّال، محرّم، الحجّة), the text as written", () => {
    const found = findDates("الثلاثاء - 3 شوّال 1446 هـ - 1 أبريل 2025 مـ");
    expect(found.map((d) => [d.text, d.calendar, d.iso])).toEqual([
      ["3 شوّال 1446 هـ", "hijri", "2025-04-01"],
      ["1 أبريل 2025 مـ", "gregorian", "2025-04-01"],
    ]);
    expect(one("في 10 محرّم 1446هـ").month).toBe(1);
    expect(one("صدر في 7 ذو الحجّة 1440").text).toBe("7 ذو الحجّة 1440");
  });

  it("reads غرة as the first of the month and a Hijri month's epithet (المبارك، الحرام)", () => {
    expect(one("يبدأ الصيام غرة رمضان 1446هـ").iso).toBe("2025-03-01");
    expect(one("في غرة شهر ذي القعدة 1445 هـ")).toMatchObject({ calendar: "hijri", year: 1445, month: 11, day: 1 });
    expect(one("ليلة 27 رمضان المبارك 1446 هـ").text).toBe("27 رمضان المبارك 1446 هـ");
    expect(one("يوم 9 ذي الحجة الحرام 1445هـ").iso).toBe("2024-06-15");
  });

  it("reads Maghrebi month names", () => {
    expect(one("الرباط 12 شتنبر 2021").iso).toBe("2021-09-12");
    expect(one("الجزائر 5 جويلية 2022").iso).toBe("2022-07-05");
  });

  it("reads Arabic-Indic and Persian digits without moving offsets", () => {
    const text = "أعلن في ١٥ مايو ٢٠٢٤ أن";
    const d = one(text);
    expect(d.iso).toBe("2024-05-15");
    expect(text.slice(d.start, d.end)).toBe("١٥ مايو ٢٠٢٤");
    expect(one("۲۱ فبراير ۲۰۲۰").iso).toBe("2020-02-21");
    expect(toAsciiDigits("٠١٢٣۴۵۶۷۸۹")).toBe("0123456789");
  });

  it("reads a numeric date with invisible direction marks beside its separators", () => {
    const text = "نشر في ١٥\u200f/٠٣\u200f/٢٠٢٤، \u200f٠٩:٤٠";
    const d = one(text);
    expect(d.iso).toBe("2024-03-15");
    expect(text.slice(d.start, d.end)).toBe("١٥\u200f/٠٣\u200f/٢٠٢٤");
    expect(one("2021\u200e-11\u200e-07").iso).toBe("2021-11-07");
    expect(one("ساعة 12\u200f:30 يوم 7/11/2021").iso).toBe("2021-11-07");
  });

  it("converts Hijri dates (Umm al-Qura) to Gregorian", () => {
    const d = one("وصل في 10 شوال 1444هـ إلى جدة");
    expect(d.calendar).toBe("hijri");
    expect(d).toMatchObject({ year: 1444, month: 10, day: 10 });
    expect(d.iso).toBe(hijriToIso(1444, 10, 10));
    expect(d.iso).toBe("2023-04-30");
    expect(one("1 محرم 1446 هـ").iso).toBe("2024-07-07");
  });

  it("reads numeric dates with spaced slashes or dashes, the same both times", () => {
    expect(one("نشر بتاريخ 7 / 11 / 2021").iso).toBe("2021-11-07");
    expect(one("2019 - 04 - 30 م").text).toBe("2019 - 04 - 30 م");
    expect(findDates("النتيجة 7 / 11-2021")).toHaveLength(0);
    expect(findDates("الأرقام 1 / 7 / 11 / 2021")).toHaveLength(0);
  });

  it("reads a numeric date with a time beside it across a spaced dash, not beside another number", () => {
    expect(one("آخر تحديث 03/02/2022 - 09:45").iso).toBe("2022-02-03");
    expect(one("22:10 - 2020/07/19").iso).toBe("2020-07-19");
    expect(one("2019-12-01 / 6:05 م").iso).toBe("2019-12-01");
    expect(findDates("الحصيلة 15 - 03/02/2022")).toHaveLength(0);
    expect(findDates("03/02/2022 - 17 قتيلا")).toHaveLength(0);
  });

  it("reads a numeric date right after a label's colon, not after a time's", () => {
    expect(one("تاريخ النشر:05.09.2022 | 11:20").iso).toBe("2022-09-05");
    expect(findDates("الساعة 11:05.09.2022")).toEqual([]);
  });

  it("reads numeric dates, year first or day first", () => {
    expect(one("صدر البيان بتاريخ 2021/06/04 عن").iso).toBe("2021-06-04");
    expect(one("صدر في 04-06-2021").iso).toBe("2021-06-04");
    expect(one("2023:09:20.09:51").iso).toBe("2023-09-20");
    expect(one("الموعد 12/31/2022 حسب التقويم الأمريكي").iso).toBe("2022-12-31");
  });

  it("keeps partial dates with the missing parts null", () => {
    expect(one("موسكو - 19 سبتمبر - أعلن")).toMatchObject({ day: 19, month: 9, year: null, iso: null });
    expect(one("في أبريل 2019 زار")).toMatchObject({ day: null, month: 4, year: 2019, iso: null });
  });

  it("does not take a bare month word, an impossible date or a plain number", () => {
    expect(findDates("مارس الوزير ضغوطا كبيرة خلال رمضان")).toEqual([]);
    expect(findDates("في 31 فبراير 2021")).toEqual([]);
    expect(findDates("نما الاقتصاد 19.8 بالمئة في 2020")).toEqual([]);
  });

  it("finds several dates in order without overlaps", () => {
    const found = findDates("الرياض 3 رجب 1445هـ الموافق 15 يناير 2024م");
    expect(found.map((d) => d.iso)).toEqual(["2024-01-15", "2024-01-15"]);
    expect(found[0].end).toBeLessThanOrEqual(found[1].start);
  });

  it("every span is the text it covers (property)", () => {
    const pieces = fc.constantFrom("في", "يوم", "31 ديسمبر 2020", "٣ رجب ١٤٤٥هـ", "2021/06/04", "5 آذار", "الوزير", "،", "\n", "مارس", "19.8");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        for (const d of findDates(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
      }),
    );
  });
});

describe("helpers", () => {
  it("monthOf knows every spelling variant", () => {
    expect(monthOf("ابريل")).toEqual({ month: 4, calendar: "gregorian" });
    expect(monthOf("إبريل")).toEqual({ month: 4, calendar: "gregorian" });
    expect(monthOf("ذي الحجة")).toEqual({ month: 12, calendar: "hijri" });
    expect(monthOf("تموز")?.month).toBe(7);
  });
  it("isoDate rejects impossible dates", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2023, 2, 29)).toBeNull();
  });
  it("parseDateValue reads English month names as feeds write them, on the written day", () => {
    expect(parseDateValue("Sun, 07 Jan 2018 23:45:00 +0300")).toBe("2018-01-07");
    expect(parseDateValue("7 January 2018")).toBe("2018-01-07");
    expect(parseDateValue("January 7, 2018 11:02 PM")).toBe("2018-01-07");
    expect(parseDateValue("Sept. 30, 2019")).toBe("2019-09-30");
    expect(parseDateValue("Mayor 7, 2018")).toBeNull();
    expect(parseDateValue("31 Feb 2018")).toBeNull();
  });

  it("parseDateValue accepts ISO dates and datetimes, and Arabic dates", () => {
    expect(parseDateValue("2024-03-05")).toBe("2024-03-05");
    expect(parseDateValue("2024-03-05T23:10:00+03:00")).toBe("2024-03-05");
    expect(parseDateValue("الثلاثاء 5 مارس 2024")).toBe("2024-03-05");
    expect(parseDateValue("قريبا")).toBeNull();
    expect(parseDateValue("2024-13-05")).toBeNull();
  });
});

describe("a page's date line with the month between slashes", () => {
  it("reads الاثنين 11/مارس/2019 - 04:35 م, and a slash before the year after a day and month", () => {
    expect(one("الأحد 14/أبريل/2019 - 10:15 ص").iso).toBe("2019-04-14");
    expect(one("نشر في 3/ يونيو/ 2021").iso).toBe("2021-06-03");
    // two names of one month keep their slash
    expect(one("في 2 اب / اغسطس 2016 وصل").iso).toBe("2016-08-02");
  });
});

describe("ordinal days", () => {
  it("reads days written as ordinals", () => {
    expect(one("في الخامس من مارس 2024 وقع").iso).toBe("2024-03-05");
    expect(one("في الحادي والعشرين من أيلول 2019").iso).toBe("2019-09-21");
    expect(one("يوم الثالث عشر من يناير").text).toBe("الثالث عشر من يناير");
    expect(one("يوم الثالث عشر من يناير")).toMatchObject({ day: 13, month: 1, year: null });
    expect(findDates("الاجتماع الأول من نوعه")).toEqual([]);
    expect(findDates("في الأسبوع الأول من مارس 2024")[0]).toMatchObject({ day: null, month: 3, year: 2024 });
    expect(findDates("خلال النصف الثاني من مايو")).toEqual([]);
  });
});
