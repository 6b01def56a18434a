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

/** Shadda: the one mark papers write inside month names (شوّال، محرّم، ذو الحجّة). */
const SHADDA = "\u0651";
const isShadda = (c: number): boolean => c === 0x0651;

/**
 * Writes a month name as a regex that accepts the usual spelling variants (hamza forms, ى/ي,
 * ة/ه) and, with `marks`, a shadda after any letter ("شوّال", as some papers print it).
 */
function flexible(name: string, marks = false): string {
  let out = "";
  for (const ch of name) {
    if (ch === " ") out += "\\s+";
    else {
      const v = spellings(ch);
      out += (v.length > 1 ? `[${v}]` : ch) + (marks ? `${SHADDA}?` : "");
    }
  }
  return out;
}

/** The letters flexible() accepts for `ch`. */
function spellings(ch: string): string {
  if ("اأإآ".includes(ch)) return "اأإآ";
  if (ch === "ي" || ch === "ى") return "يى";
  if (ch === "ة" || ch === "ه") return "ةه";
  return ch;
}

function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670]/g, "")
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
const monthRe = (marks: boolean): string => `(?:${ALL_NAMES.map((n) => flexible(n, marks)).join("|")})`;
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
/** The day an ordinal names (الثالث، الحادي والعشرين), read on folded text; null for another word. */
export function ordinalDay(folded: string): number | null {
  return ORDINAL_INDEX.get(fold(folded)) ?? null;
}
/** The day ordinals as a regex alternation over folded text (longest first). */
export const ORDINAL_DAY_FOLDED = `(?:${[...ORDINAL_INDEX.keys()].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+")})`;
const ORDINAL_RE = `(?:${[...ORDINAL_INDEX.keys()].sort((a, b) => b.length - a.length).map((n) => flexible(n)).join("|")})`;

// The era letter after a year: هـ (Hijri) or م (Gregorian), alone or drawn out with tatweel
// ("1445 هـ", "2024 مـ", as newspapers' date lines print them).
const ERA_SUFFIX = `هـ+|ه${NOT_AFTER}|مـ+|م${NOT_AFTER}`;

// day|غرة [من] [شهر] MONTH [المبارك|الحرام] [/MONTH] [،] [من] [عام|سنة] YEAR [هـ|م]  — any part but the month may be absent,
// and a bare month is only taken with a day or a year beside it. A page's date line may set the month
// between slashes (الاثنين 11/سبتمبر/2017 - 04:35 م, as Egyptian news sites print it).
/** The characters a word date can start with (a day's digit or article, an ordinal, a month name): checked first, it spares most positions the whole pattern. */
const WORD_DATE_FIRST = `(?=[${[...new Set(["ا", "أ", "إ", "آ", "غ", ...ALL_NAMES.map((n) => n[0])])].join("")}0-9\u0660-\u0669\u06F0-\u06F9])`;
const wordDateSource = (month: string): string =>
  WORD_DATE_FIRST +
  NOT_BEFORE +
    `(?:(?:(?:ال(?:ـ)?)?(?<day>${DIGIT}{1,2})\\s*(?:/\\s*|من\\s+)?|(?<ordinal>${ORDINAL_RE})\\s+من\\s+|(?<first>غر[ةه])\\s+)(?:شهر\\s+)?)?` +
    `(?<month>${month})${NOT_AFTER}` +
    `(?:\\s+(?<epithet>(?:ال)?(?:مبارك|حرام|معظم))${NOT_AFTER})?` +
    `(?:\\s*[/(]\\s*(?<month2>${month})${NOT_AFTER}(?:\\s*\\))?)?` +
    `(?:\\s*[,،/]?\\s*(?:من\\s+)?(?:(?:ال|ل)?عام\\s+|(?:ل)?سنة\\s+)?(?<year>${DIGIT}{4})(?!${DIGIT})` +
    `(?:\\s*(?<suffix>${ERA_SUFFIX}))?)?`;

/** The word-date patterns over one spelling of the month names. */
interface WordDatePatterns {
  /** Global: every match (for tests). */
  all: RegExp;
  /** Sticky: tried only where the scans below allow a match to start. */
  here: RegExp;
  /** The same with match indices, run again (sticky, at the same place) only when a group's offset is needed: indices make every match slower. */
  at: RegExp;
  /**
   * Where a month name may start (see nextMonthStart): the month pattern without the u flag
   * (much faster to search; the names are all in the BMP), after a character outside a few ranges
   * that hold only letters and marks. Every place where the month pattern matches after a
   * character that is not a letter or mark is found.
   */
  scan: RegExp;
}

function wordDatePatterns(marks: boolean): WordDatePatterns {
  const month = monthRe(marks);
  const source = wordDateSource(month);
  return {
    all: new RegExp(source, "gu"),
    here: new RegExp(source, "yu"),
    at: new RegExp(source, "dyu"),
    scan: new RegExp(`(?<![\u0621-\u065F\u066E-\u06D3a-zA-Z])${month}`, "g"),
  };
}

// Month names with a shadda make every pattern slower: they are looked for only in text that holds one.
const PLAIN = wordDatePatterns(false);
const MARKED = wordDatePatterns(true);
const patternsFor = (text: string): WordDatePatterns => (text.includes(SHADDA) ? MARKED : PLAIN);

// 2020/12/31, 2020-12-31, 2023:09:20 (year first) and 31/12/2020, 31-12-2020, 31.12.2020 (day first);
// after a label's colon too ("تاريخ النشر:12.04.2023"), not after a time's ("10:12.04.2023" is none);
// a slash or dash may stand between single spaces ("22 / 10 / 2024"), the same both times.
// A number before or after it across a spaced dash or slash makes a longer run (no date), but a
// time does not: "11/08/2023 - 14:32", "09:15 - 2024/03/05" print publication stamps.
// Pages that mix scripts put invisible direction marks beside the separators ("٢٠<RLM>/٠٤<RLM>/٢٠٢٥").
const MARK = "[\\u200E\\u200F\\u061C]?";
const NUMERIC_DATE_SOURCE =
  `(?<![\\p{N}./-]|\\p{N}:|(?<!:\\p{N}*)\\p{N} [-/] )(?:` +
    `(?<y1>${DIGIT}{4})${MARK}(?<s1>[-/.:]| [-/] )${MARK}(?<m1>${DIGIT}{1,2})${MARK}\\k<s1>${MARK}(?<d1>${DIGIT}{1,2})` +
    `|(?<d2>${DIGIT}{1,2})${MARK}(?<s2>[-/.]| [-/] )${MARK}(?<m2>${DIGIT}{1,2})${MARK}\\k<s2>${MARK}(?<y2>${DIGIT}{4})` +
    `)(?![\\p{N}]|[-/][\\p{N}]| [-/] \\p{N}(?!\\p{N}?:\\p{N}))(?:\\s*(?<suffix>${ERA_SUFFIX}))?`;
const NUMERIC_DATE = new RegExp(NUMERIC_DATE_SOURCE, "gu");
const NUMERIC_DATE_HERE = new RegExp(NUMERIC_DATE_SOURCE, "yu");

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

/** Characters no word date contains: a match never crosses one. */
const OUTSIDE_DATES = new Uint8Array(0x10000);
for (const c of ".!?؟:;؛«»\"“”-–—[]") OUTSIDE_DATES[c.charCodeAt(0)] = 1;

// What a code unit is to the patterns, filled in as units are first seen: bit 1 a letter or
// mark, bit 2 a number, bit 3 whitespace (\s), bit 4 seen. Surrogates count as none of these
// (a scan that lets them through only tries a pattern at one more place).
const CLASS = new Uint8Array(0x10000);
const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const ANY_NUMBER = /\p{N}/u;
const WHITESPACE = /\s/u;

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 8;
    if (c < 0xd800 || c > 0xdfff) {
      if (LETTER_OR_MARK.test(ch)) k |= LETTER;
      if (ANY_NUMBER.test(ch)) k |= NUMBER;
      if (WHITESPACE.test(ch)) k |= SPACE;
    }
    CLASS[c] = k;
  }
  return k;
}

/** A code unit as month names are keyed (fold()): alef forms → ا, ى → ي, ة → ه. */
function foldUnit(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622) return 0x0627;
  if (c === 0x0649) return 0x064a;
  if (c === 0x0629) return 0x0647;
  return c;
}

/** The month names (folded, longest first) by their first two letters (folded: pairKey). */
const NAMES_BY_PAIR = new Map<number, string[]>();
const pairKey = (a: number, b: number): number => a * 0x10000 + b;
for (const name of ALL_NAMES) {
  if (name.length < 2 || name[1] === " ") throw new Error(`month name too short for the scan: ${name}`);
  const key = pairKey(name.charCodeAt(0), name.charCodeAt(1));
  NAMES_BY_PAIR.set(key, [...(NAMES_BY_PAIR.get(key) ?? []), name]);
}

/** Whether the month pattern's alternative for `name` matches at `i` and ends where NOT_AFTER allows. */
function monthNameAt(text: string, i: number, name: string): boolean {
  let j = i;
  for (let k = 0; k < name.length; k++) {
    const want = name.charCodeAt(k);
    if (want === 0x20) {
      // "\s+" (the name's next letter is never whitespace, so taking all of it is the only way).
      if (j >= text.length || (classOf(text.charCodeAt(j)) & SPACE) === 0) return false;
      while (j < text.length && (classOf(text.charCodeAt(j)) & SPACE) !== 0) j++;
    } else if (j < text.length && foldUnit(text.charCodeAt(j)) === want) {
      j++;
      while (j < text.length && isShadda(text.charCodeAt(j))) j++;
    } else return false;
  }
  return j === text.length || (classOf(text.charCodeAt(j)) & (LETTER | NUMBER)) === 0;
}

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
const isAlef = (c: number): boolean => c === 0x0627 || c === 0x0623 || c === 0x0625 || c === 0x0622;

/**
 * Where a month name may start at or after `from`, or -1: a name, spelled as the month pattern allows
 * and followed by what NOT_AFTER allows, after a character that is not a letter or mark. In a
 * word-date match the month follows the match's start (NOT_BEFORE), whitespace, or a day's digit.
 */
function nextMonthStart(text: string, from: number, p: WordDatePatterns): number {
  const scan = p.scan;
  scan.lastIndex = from;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = m.index;
    if (i === 0 || (classOf(text.charCodeAt(i - 1)) & LETTER) === 0) {
      let second = i + 1;
      while (second < text.length && isShadda(text.charCodeAt(second))) second++;
      const names = NAMES_BY_PAIR.get(pairKey(foldUnit(text.charCodeAt(i)), foldUnit(text.charCodeAt(second))));
      if (names) for (const name of names) if (monthNameAt(text, i, name)) return i;
    }
    scan.lastIndex = i + 1;
  }
  return -1;
}

/**
 * The matches of the word-date pattern in `text`, in order, as text.matchAll would give them, with the
 * pattern tried only where a match can start. Every match holds a month (at a place
 * nextMonthStart finds) and never crosses a character of OUTSIDE_DATES, so no match starts
 * before the stretch (between two such characters) of the next possible month. Within the
 * stretch a match starts at that month, or earlier with a day: a digit, "ال" (an ordinal, or
 * الـ before digits) or "غر" (غرة) after a character that is neither letter, mark nor number.
 */
function* wordDateMatches(text: string, pats: WordDatePatterns): Generator<RegExpExecArray> {
  let from = 0;
  let tried = 0; // places before this were tried already
  for (let month = nextMonthStart(text, 0, pats); month >= 0; month = nextMonthStart(text, month + 1, pats)) {
    if (month < from) continue;
    let p = month;
    while (p > from && OUTSIDE_DATES[text.charCodeAt(p - 1)] === 0) p--;
    if (p < tried) p = tried;
    for (; p <= month; p++) {
      if (p < month) {
        const c = text.charCodeAt(p);
        // A day's digit, "ال" (an ordinal, or الـ before digits), or "غرة" (the first of the month).
        if (!isDigit(c) && !(isAlef(c) && text.charCodeAt(p + 1) === 0x0644) && !(c === 0x063a && text.charCodeAt(p + 1) === 0x0631)) continue;
        if (p > 0 && (classOf(text.charCodeAt(p - 1)) & (LETTER | NUMBER)) !== 0) continue;
      }
      pats.here.lastIndex = p;
      const m = pats.here.exec(text);
      if (m) {
        yield m;
        from = m.index + m[0].length;
        break;
      }
    }
    // Past a match, the search goes on from its end; else every place up to the month was tried.
    tried = p <= month ? from : month + 1;
  }
}

function wordDates(text: string, matches: Iterable<RegExpExecArray>, pats: WordDatePatterns): DateMention[] {
  const out: DateMention[] = [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const named = monthOf(g.month ?? "");
    if (!named) continue;
    // "أكتوبر/تشرين الأول", "ايار/مايو": two names of one month. Two different months
    // ("يناير/فبراير") are a span of months, not a date.
    if (g.month2 && monthOf(g.month2)?.month !== named.month) continue;
    let start = m.index;
    let day = g.day ? parseNumber(g.day) : g.ordinal ? (ORDINAL_INDEX.get(fold(g.ordinal)) ?? null) : g.first ? 1 : null;
    // After a definite noun an ordinal is its adjective, not a day: "الأسبوع الأول من مارس", "النصف الثاني من مايو".
    if (g.ordinal && /(?:^|\s)[وفبل]?ال\p{L}+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      day = null;
      pats.at.lastIndex = m.index;
      start = pats.at.exec(text)?.indices?.groups?.month?.[0] ?? start;
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

/** The matches of NUMERIC_DATE in `text`, as text.matchAll would give them: the pattern is tried only where a run of digits starts. */
function* numericDateMatches(text: string): Generator<RegExpExecArray> {
  DIGITS.lastIndex = 0;
  while (DIGITS.test(text)) {
    const end = DIGITS.lastIndex;
    NUMERIC_DATE_HERE.lastIndex = end - digitRunLength(text, end);
    const m = NUMERIC_DATE_HERE.exec(text);
    if (m) {
      yield m;
      DIGITS.lastIndex = Math.max(end, m.index + m[0].length);
    } else DIGITS.lastIndex = end;
  }
}

/** Runs of digits; `test` with lastIndex finds the next one without building a match. */
const DIGITS = new RegExp(`${DIGIT}+`, "g");

function digitRunLength(text: string, end: number): number {
  let n = 0;
  while (n < end && isDigit(text.charCodeAt(end - n - 1))) n++;
  return n;
}

function numericDates(text: string, matches: Iterable<RegExpExecArray>): DateMention[] {
  const out: DateMention[] = [];
  for (const m of matches) {
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

const ANY_DIGIT = new RegExp(DIGIT);

/** False when `text` cannot hold a date findDates would find (no digit, no month name): a cheap test first. */
export function mayHoldDate(text: string): boolean {
  return ANY_DIGIT.test(text) || nextMonthStart(text, 0, patternsFor(text)) >= 0;
}

/** All absolute date expressions in `text`, in order, without overlaps (the longer one wins). */
export function findDates(text: string): DateMention[] {
  const pats = patternsFor(text);
  return withoutOverlaps([...rangeStarts(text, wordDates(text, wordDateMatches(text, pats), pats)), ...numericDates(text, numericDateMatches(text))]);
}

/** findDates with both patterns run over the whole text: what the scans must equal (for tests). */
export function findDatesByPattern(text: string): DateMention[] {
  const pats = patternsFor(text);
  return withoutOverlaps([...rangeStarts(text, wordDates(text, text.matchAll(pats.all), pats)), ...numericDates(text, text.matchAll(NUMERIC_DATE))]);
}

// A range of days in one month: "22-23 أكتوبر 2024", "من 3 إلى 5 مارس", "يومي 22 و23 أكتوبر"
// ("و23" hides the second day from the pattern, so the month is found alone). The first day, the
// start of what happened over the range, is the date (as event databases date a multi-day event).
const RANGE_LINK = `\\s*(?:[-–—]|و|(?:إلى|الى|حتى|لغاية)\\s)\\s*`;
const RANGE_BEFORE_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(?<first>${DIGIT}{1,2})${RANGE_LINK}$`, "u");
const RANGE_BEFORE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?<first>${DIGIT}{1,2})${RANGE_LINK}(?<last>${DIGIT}{1,2})\\s*(?:من\\s+)?$`, "u");

/** Word dates widened over a range of days before them, dated by its first day. */
function rangeStarts(text: string, found: DateMention[]): DateMention[] {
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    if (d.month === null) continue;
    const startsWithDigit = isDigit(text.charCodeAt(d.start));
    if (d.day !== null && !startsWithDigit) continue; // an ordinal or غرة day: no digits before it to read
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    const m = (d.day === null ? RANGE_BEFORE_MONTH : RANGE_BEFORE_DAY).exec(before);
    if (!m?.groups) continue;
    const first = parseNumber(m.groups.first);
    const last = d.day ?? parseNumber(m.groups.last);
    if (first >= last) continue;
    const widened = makeMention(text, d.start - before.length + m.index, d.end, d.calendar, d.year, d.month, first);
    if (widened) found[i] = widened;
  }
  return found;
}

function withoutOverlaps(found: DateMention[]): DateMention[] {
  const all = found.sort(
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
  const latin = latinDate(s);
  if (latin) return latin;
  const found = findDates(value).find((d) => d.iso !== null);
  return found?.iso ?? null;
}

const LATIN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A date written with an English month name, as feeds and page metadata give it: RFC 2822
 * "Tue, 05 Mar 2024 10:00:00 +0300", "5 March 2024", "March 5, 2024". The calendar day as
 * written (no time-zone shift).
 */
function latinDate(s: string): string | null {
  const dayFirst = /(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/.exec(s);
  const monthFirst = dayFirst ? null : /(?<![A-Za-z])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/.exec(s);
  const [day, name, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (!name) return null;
  const month = LATIN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  // A full name must be a real one ("Mayor 5, 2024" is no date).
  if (month === 0 || (name.length > 3 && !/^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i.test(name))) return null;
  return isoDate(Number(year), month, Number(day));
}
