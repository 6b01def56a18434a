// Date writing as Arabic wire services do it: both month-name families
// (يناير… and كانون الثاني…), weekday names, Hijri dates, numeric forms.
import { gregorianToHijri } from "@tabby_ai/hijri-converter";

export const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
export const LEVANTINE_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
export const HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** A calendar day (UTC) with the parts the templates need. */
export interface Day {
  iso: string;
  year: number;
  month: number; // 1..12
  day: number;
  weekday: string;
}

const DAY_MS = 86_400_000;

export function dayFromEpochDays(n: number): Day {
  const d = new Date(n * DAY_MS);
  return {
    iso: d.toISOString().slice(0, 10),
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: WEEKDAYS[d.getUTCDay()],
  };
}

export function epochDays(iso: string): number {
  return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY_MS);
}

export function addDays(day: Day, n: number): Day {
  return dayFromEpochDays(epochDays(day.iso) + n);
}

export function monthName(day: Day): string {
  return MONTHS[day.month - 1];
}

export function levantineMonth(day: Day): string {
  return LEVANTINE_MONTHS[day.month - 1];
}

/** "2 رمضان 1445 هـ" for the day (tabular Umm al-Qura conversion). */
export function hijri(day: Day): string {
  const h = gregorianToHijri({ year: day.year, month: day.month, day: day.day });
  return `${h.day} ${HIJRI_MONTHS[h.month - 1]} ${h.year} هـ`;
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");
