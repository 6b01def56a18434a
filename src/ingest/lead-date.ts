// The publication date a wire lead states by calling a full date "today":
//   "استقبل ولي العهد، اليوم الثلاثاء 22 أكتوبر/تشرين الأول 2024، نائب وزير …"
//   "بعث الرئيس اليوم الأحد الموافق 15 سبتمبر 2024 برقية …"
// Wire copy is dated the day its lead calls اليوم, so such a lead is explicit evidence of the
// publication date. Only اليوم counts (أمس or a weekday alone would be arithmetic, not a
// statement), only a full date written right after it (a weekday, الموافق, brackets or a comma
// between at most), only in the first two sentences of the first paragraph, and a weekday
// written beside the date must be that date's weekday (a Hijri date may be a day off: the
// weekday decides).
import { addDays, weekdayOf } from "../events/iso-days.js";
import { findDates, type DateMention } from "../text/dates.js";

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["الاحد", 0], ["الاثنين", 1], ["الثلاثاء", 2], ["الاربعاء", 3], ["الخميس", 4], ["الجمعه", 5], ["السبت", 6],
]);

// What may stand between اليوم and the date: a weekday (bracketed or not), الموافق, commas.
const TODAY_TO_DATE =
  /^اليوم\s*[,،]?\s*(?:\(\s*)?(?<weekday>(?:ال)?\p{L}+)?(?:\s*\))?\s*[,،]?\s*(?:(?:ال)?موافق\s*(?:ل\s*)?)?[,،(]?\s*$/u;
// "حتى اليوم 5 مارس 2024", "منذ اليوم": not the day of writing.
const NOT_TODAY_BEFORE = /(?:^|[^\p{L}])(?:حتى|إلى|الى|منذ)\s+$/u;
const EQUIVALENT = /^\s*[,،(]?\s*(?:ال)?موافق(?:ة)?\s*(?:ل\s*)?$/;

const fold = (s: string): string => s.replace(/[أإآ]/g, "ا").replace(/ة/g, "ه");

/** The end of the second sentence of `paragraph` after `from` (or the paragraph's end). */
function leadEnd(paragraph: string, from: number): number {
  let seen = 0;
  const stop = /[.!؟?](?=\s|$)/g;
  stop.lastIndex = from;
  for (let m = stop.exec(paragraph); m; m = stop.exec(paragraph)) {
    if (++seen === 2) return m.index + 1;
  }
  return paragraph.length;
}

/** How far after اليوم its date is read: a weekday, الموافق and a Hijri date with its Gregorian equivalent. */
const WINDOW = 100;

/**
 * The ISO date the lead paragraph calls اليوم, or null. `from` is where the lead's own text
 * starts in `paragraph` (after a dateline that opens it).
 */
export function leadTodayDate(paragraph: string, from: number): string | null {
  const first = paragraph.indexOf("اليوم", from);
  if (first < 0) return null;
  const end = leadEnd(paragraph, from);
  for (let at = first; at >= 0 && at < end; at = paragraph.indexOf("اليوم", at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(paragraph[at - 1])) continue;
    if (NOT_TODAY_BEFORE.test(paragraph.slice(Math.max(from, at - 8), at))) continue;
    const window = paragraph.slice(at, Math.min(end, at + WINDOW));
    const dates = findDates(window);
    const written = dates[0];
    if (!written?.iso) continue;
    const between = TODAY_TO_DATE.exec(window.slice(0, written.start));
    if (!between) continue;
    const iso = todayIso(window, dates, between.groups?.weekday);
    if (iso) return iso;
  }
  return null;
}

/** The date right after اليوم (its Gregorian equivalent where one follows a Hijri date), checked against a written weekday. */
function todayIso(window: string, dates: DateMention[], weekday: string | undefined): string | null {
  const [written, next] = dates;
  // "2 ذو الحجة 1445هـ الموافق 8 يونيو 2024م": the Gregorian equivalent, where given, is exact.
  const d = written.calendar === "hijri" && next?.iso && next.calendar === "gregorian" && EQUIVALENT.test(window.slice(written.end, next.start)) ? next : written;
  const iso = d.iso;
  if (iso === null) return null;
  if (weekday === undefined || /^(?:ال)?موافق$/.test(weekday)) return iso;
  const day = WEEKDAYS.get(fold(weekday));
  if (day === undefined) return null;
  const shift = ((day - weekdayOf(iso) + 10) % 7) - 3; // -3 … 3
  if (shift === 0) return iso;
  // A Hijri month may start a day before or after Umm al-Qura's (local sighting): the weekday tells which.
  if (d.calendar === "hijri" && Math.abs(shift) === 1) return addDays(iso, shift);
  return null;
}
