// Absolute dates written in Arabic news text: "31 ديسمبر 2020", "5 كانون الثاني/يناير",
// "3 رجب 1445هـ", "2020/12/31", "٣١-١٢-٢٠٢٠". Returns spans into the text as written,
// so datelines, timestamps and (in events/) relative-date resolution all build on one parser.
// Digits may be Western, Arabic-Indic (٠-٩) or Persian (۰-۹); each is one UTF-16 unit, so
// converting them never moves an offset.
import { hijriToGregorian } from "@tabby_ai/hijri-converter";
import type { TextSpan } from "../types.js";

export type Calendar = "gregorian" | "hijri";

/** A date expression found in text. Partial dates (no year, no day) are returned too. */
export interface DateMention extends TextSpan {
  calendar: Calendar;
  /** Year, month and day in `calendar` as written; null where the text leaves them out. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** Gregorian ISO date (YYYY-MM-DD) when year, month and day are all known, else null. */
  iso: string | null;
}

// Month names in the families Arabic newsrooms use: Egyptian/Gulf (يناير), Levantine/Iraqi
// (كانون الثاني), Maghrebi (جانفي، ماي، جوان، جويلية، أوت، غشت، شتنبر، نونبر، دجنبر).
export const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه"],
  ["فبراير", "شباط", "فيفري", "فبرابر"],
  ["مارس", "آذار", "أذار"],
  ["أبريل", "نيسان", "أفريل", "ابريل"],
  ["مايو", "أيار", "ماي"],
  ["يونيو", "يونيه", "حزيران", "جوان"],
  ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز"],
  ["أغسطس", "آب", "أوت", "غشت", "اغسطس"],
  ["سبتمبر", "أيلول", "شتنبر"],
  ["أكتوبر", "تشرين الأول", "تشرين أول"],
  ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"],
  ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر"],
];

export const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ["محرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع أول"],
  ["ربيع الثاني", "ربيع الآخر", "ربيع ثاني"],
  ["جمادى الأولى", "جمادى الأول", "جمادى أولى"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثانية"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"],
];

/** Digit characters of all three scripts, for use inside regular expressions. */
export const DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";

/** Arabic-Indic and Persian digits to ASCII; the result has the same length. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function parseNumber(s: string): number {
  return Number.parseInt(toAsciiDigits(s), 10);
}

/** Writes a month name as a regex that accepts the usual spelling variants (hamza forms, ى/ي, ة/ه). */
function flexible(name: string): string {
  let out = "";
  for (const ch of name) {
    if ("اأإآ".includes(ch)) out += "[اأإآ]";
    else if (ch === "ي" || ch === "ى") out += "[يى]";
    else if (ch === "ة" || ch === "ه") out += "[ةه]";
    else if (ch === " ") out += "\\s+";
    else out += ch;
  }
  return out;
}

function fold(s: string): string {
  return s
    .replace(/[اأإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/\s+/g, " ")
    .trim();
}

const MONTH_INDEX = new Map<string, { month: number; calendar: Calendar }>();
for (const [calendar, table] of [
  ["gregorian", GREGORIAN_MONTHS],
  ["hijri", HIJRI_MONTHS],
] as const) {
  table.forEach((names, i) => {
    for (const n of names) MONTH_INDEX.set(fold(n), { month: i + 1, calendar });
  });
}

/** Month number and calendar of a month name as written (any variant), or null. */
export function monthOf(name: string): { month: number; calendar: Calendar } | null {
  return MONTH_INDEX.get(fold(name)) ?? null;
}

const ALL_NAMES = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length);
const MONTH_RE = `(?:${ALL_NAMES.map(flexible).join("|")})`;
const L = "\\p{L}\\p{M}";
const NOT_BEFORE = `(?<![${L}\\p{N}])`;
const NOT_AFTER = `(?![${L}\\p{N}])`;

// Day ordinals as news prose writes them: "الخامس من مارس", "الحادي والعشرين من أيلول".
const UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const ORDINAL_DAYS = new Map<string, number>();
UNITS.forEach((u, i) => ORDINAL_DAYS.set(u, i + 1));
ORDINAL_DAYS.set("العاشر", 10);
ORDINAL_DAYS.set("الحادي عشر", 11);
UNITS.slice(1).forEach((u, i) => ORDINAL_DAYS.set(`${u} عشر`, i + 12));
ORDINAL_DAYS.set("العشرين", 20);
ORDINAL_DAYS.set("الحادي والعشرين", 21);
UNITS.slice(1).forEach((u, i) => ORDINAL_DAYS.set(`${u} والعشرين`, i + 22));
ORDINAL_DAYS.set("الثلاثين", 30);
ORDINAL_DAYS.set("الحادي والثلاثين", 31);
const ORDINAL_INDEX = new Map([...ORDINAL_DAYS].map(([k, v]) => [fold(k), v]));
const ORDINAL_RE = `(?:${[...ORDINAL_INDEX.keys()].sort((a, b) => b.length - a.length).map(flexible).join("|")})`;

// day [من] [شهر] MONTH [/MONTH] [،] [من] [عام|سنة] YEAR [هـ|م]  — any part but the month may be absent,
// and a bare month is only taken with a day or a year beside it.
/** The characters a word date can start with (a day's digit or article, an ordinal, a month name): checked first, it spares most positions the whole pattern. */
const WORD_DATE_FIRST = `(?=[${[...new Set(["ا", "أ", "إ", "آ", ...ALL_NAMES.map((n) => n[0])])].join("")}0-9\u0660-\u0669\u06F0-\u06F9])`;
const WORD_DATE_SOURCE =
  WORD_DATE_FIRST +
  NOT_BEFORE +
    `(?:(?:(?:ال(?:ـ)?)?(?<day>${DIGIT}{1,2})\\s*(?:من\\s+)?|(?<ordinal>${ORDINAL_RE})\\s+من\\s+)(?:شهر\\s+)?)?` +
    `(?<month>${MONTH_RE})${NOT_AFTER}` +
    `(?:\\s*[/(]\\s*(?<month2>${MONTH_RE})\\s*\\)?)?` +
    `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:(?:ال|ل)?عام\\s+|(?:ل)?سنة\\s+)?(?<year>${DIGIT}{4})(?!${DIGIT})` +
    `(?:\\s*(?<suffix>هـ|ه${NOT_AFTER}|م${NOT_AFTER}))?)?`;
const WORD_DATE = new RegExp(WORD_DATE_SOURCE, "gu");
// The same pattern with match indices, run again (sticky, at the same place) only when a group's offset is needed:
// indices make every match slower.
const WORD_DATE_AT = new RegExp(WORD_DATE_SOURCE, "dyu");

// 2020/12/31, 2020-12-31, 2023:09:20 (year first) and 31/12/2020, 31-12-2020, 31.12.2020 (day first).
const NUMERIC_DATE = new RegExp(
  `(?<![\\p{N}.:/-])(?:` +
    `(?<y1>${DIGIT}{4})(?<s1>[-/.:])(?<m1>${DIGIT}{1,2})\\k<s1>(?<d1>${DIGIT}{1,2})` +
    `|(?<d2>${DIGIT}{1,2})(?<s2>[-/.])(?<m2>${DIGIT}{1,2})\\k<s2>(?<y2>${DIGIT}{4})` +
    `)(?![\\p{N}]|[-/][\\p{N}])(?:\\s*(?<suffix>هـ|ه${NOT_AFTER}|م${NOT_AFTER}))?`,
  "gu",
);

/** True when y-m-d is a real Gregorian date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (!isValidDate(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Gregorian ISO date of a Umm al-Qura Hijri date, or null outside 1343–1500 AH or when invalid. */
export function hijriToIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  try {
    const g = hijriToGregorian({ year: y, month: m, day: d });
    return isoDate(g.year, g.month, g.day);
  } catch {
    return null; // out of the converter's range, or day 30 of a 29-day month
  }
}

const HIJRI_YEARS = { min: 1300, max: 1500 };
const GREGORIAN_YEARS = { min: 1900, max: 2100 };

function plausibleYear(y: number, calendar: Calendar): boolean {
  const r = calendar === "hijri" ? HIJRI_YEARS : GREGORIAN_YEARS;
  return y >= r.min && y <= r.max;
}

function makeMention(
  text: string,
  start: number,
  end: number,
  calendar: Calendar,
  year: number | null,
  month: number | null,
  day: number | null,
): DateMention | null {
  if (year !== null && !plausibleYear(year, calendar)) return null;
  if (day !== null && (day < 1 || day > (calendar === "hijri" ? 30 : 31))) return null;
  let iso: string | null = null;
  if (year !== null && month !== null && day !== null) {
    iso = calendar === "hijri" ? hijriToIso(year, month, day) : isoDate(year, month, day);
    if (iso === null) return null; // 31 February and the like: not a date
  }
  return { start, end, text: text.slice(start, end), calendar, year, month, day, iso };
}

// Every word date has a month name in it; most lines have none, and this is far cheaper to look for.
const ANY_MONTH = new RegExp(MONTH_RE, "u");

const MONTH_AT = new RegExp(MONTH_RE, "gu");
/** Characters no word date contains: a match never crosses one. */
const OUTSIDE_DATES = new Set([...".!?؟:;؛«»\"“”-–—[]"].map((c) => c.charCodeAt(0)));

/**
 * The matches of WORD_DATE in `text`, in order, as text.matchAll would give them. Every match
 * holds a month name and never crosses a character of OUTSIDE_DATES, so the search for the
 * next match starts at the stretch (between two such characters) of the next month name:
 * no match can start in the stretches before it.
 */
function* wordDateMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from < text.length) {
    MONTH_AT.lastIndex = from;
    const month = MONTH_AT.exec(text);
    if (!month) return;
    let start = month.index;
    while (start > from && !OUTSIDE_DATES.has(text.charCodeAt(start - 1))) start--;
    WORD_DATE.lastIndex = start;
    const m = WORD_DATE.exec(text);
    if (!m) return;
    yield m;
    from = m.index + m[0].length;
  }
}

function wordDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (!ANY_MONTH.test(text)) return out;
  for (const m of wordDateMatches(text)) {
    const g = m.groups ?? {};
    const named = monthOf(g.month ?? "");
    if (!named) continue;
    let start = m.index;
    let day = g.day ? parseNumber(g.day) : g.ordinal ? (ORDINAL_INDEX.get(fold(g.ordinal)) ?? null) : null;
    // After a definite noun an ordinal is its adjective, not a day: "الأسبوع الأول من مارس", "النصف الثاني من مايو".
    if (g.ordinal && /(?:^|\s)[وفبل]?ال\p{L}+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      day = null;
      WORD_DATE_AT.lastIndex = m.index;
      start = WORD_DATE_AT.exec(text)?.indices?.groups?.month?.[0] ?? start;
    }
    let year = g.year ? parseNumber(g.year) : null;
    let end = m.index + m[0].length;
    // A bare month name is too ambiguous (مارس is also a verb, رمضان a name).
    if (day === null && year === null) continue;
    let calendar: Calendar = named.calendar;
    const suffix = g.suffix ?? "";
    if (suffix.startsWith("ه")) calendar = "hijri";
    if (year !== null && suffix === "" && named.calendar === "hijri" && !plausibleYear(year, "hijri")) {
      // "رمضان 2024": a Hijri month with a Gregorian year is a month-year in prose, keep month only.
      year = null;
      end = m.index + m[0].indexOf(g.month ?? "") + (g.month ?? "").length;
      if (day === null) continue;
    }
    const found = makeMention(text, start, end, calendar, year, named.month, day);
    if (found) out.push(found);
  }
  return out;
}

const ANY_DIGIT = new RegExp(DIGIT);

function numericDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (!ANY_DIGIT.test(text)) return out;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const g = m.groups ?? {};
    const yearFirst = g.y1 !== undefined;
    const y = parseNumber(yearFirst ? g.y1 : g.y2);
    let mo = parseNumber(yearFirst ? g.m1 : g.m2);
    let d = parseNumber(yearFirst ? g.d1 : g.d2);
    // Arabic writes day before month; a US-style 12/31/2020 shows itself by a "month" above 12.
    if (!yearFirst && mo > 12 && d <= 12) [mo, d] = [d, mo];
    const suffix = g.suffix ?? "";
    const calendar: Calendar = suffix.startsWith("ه") || plausibleYear(y, "hijri") ? "hijri" : "gregorian";
    let end = m.index + m[0].length;
    if (suffix === "") end = m.index + m[0].trimEnd().length;
    const found = makeMention(text, m.index, end, calendar, y, mo, d);
    if (found) out.push(found);
  }
  return out;
}

/** False when `text` cannot hold a date findDates would find (no digit, no month name): a cheap test first. */
export function mayHoldDate(text: string): boolean {
  return ANY_DIGIT.test(text) || ANY_MONTH.test(text);
}

/** All absolute date expressions in `text`, in order, without overlaps (the longer one wins). */
export function findDates(text: string): DateMention[] {
  const all = [...wordDates(text), ...numericDates(text)].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const out: DateMention[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/**
 * A date given as metadata (a flag, a JSON field, an HTML meta tag): ISO date or datetime
 * ("2024-03-05", "2024-03-05T10:22:00+03:00"), or any single full date findDates understands.
 * Returns the ISO date or null. A datetime keeps its own calendar day (the local publication date).
 */
export function parseDateValue(value: string): string | null {
  const s = toAsciiDigits(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const found = findDates(value).find((d) => d.iso !== null);
  return found?.iso ?? null;
}
