// Day arithmetic on ISO dates ("2025-03-04") for the relative dates of events: اليوم، أمس and
// weekdays resolve against every anchor candidate, and a Date parsed from a string and written
// back with toISOString for each cost more than the rest of the date search. Days are counted
// from 1970-01-01 in the proleptic Gregorian calendar, as Date does in UTC (days_from_civil and
// civil_from_days, H. Hinnant, "chrono-compatible low-level date algorithms").

/** Days from 1970-01-01 to year-month-day; a day past the month's end runs into the next month, as with Date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date `days` after 1970-01-01. */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Days since 1970-01-01 of an ISO date of the years 1000–8999, or null for anything else (left to Date). */
function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return null;
  const year = decimal(iso, 0, 4);
  const month = decimal(iso, 5, 7);
  const day = decimal(iso, 8, 10);
  if (year < 1000 || year > 8999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return daysFromCivil(year, month, day);
}

/** The number written in s[from, to) in ASCII digits, -1 when another character is there. */
function decimal(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const viaDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ISO date `n` days after `iso` (before it for negative `n`; |n| of a few centuries at most). */
export function addDays(iso: string, n: number): string {
  const days = dayNumber(iso);
  if (days !== null) return civilFromDays(days + n);
  const d = viaDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The day of the week of an ISO date, 0 for Sunday (as Date's getUTCDay). */
export function weekdayOf(iso: string): number {
  const days = dayNumber(iso);
  // 1970-01-01 was a Thursday.
  return days !== null ? (((days + 4) % 7) + 7) % 7 : viaDate(iso).getUTCDay();
}
