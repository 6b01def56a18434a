// Dates of events: absolute expressions (parsed by src/text/dates.ts) and
// expressions relative to the article's anchor date (its dateline, else its
// publication date). An expression that does not fix a day (الأسبوع الماضي)
// or that nothing anchors resolves to null; its text is still kept.
import { loadJson } from "../data-files.js";
import { findDates, isoDate, monthOf, ORDINAL_DAY_FOLDED, ordinalDay, toAsciiDigits } from "../text/dates.js";
import { normalize, normalizeWithMap, type NormalizedText } from "../text/normalize.js";
import type { Article, TextSpan } from "../types.js";
import { addDays, weekdayOf } from "./iso-days.js";
import { foldPattern } from "./patterns.js";

interface DatesFile {
  weekdays: Record<string, number>;
  day_offsets: Record<string, number>;
  vague: string[];
  same_day: string[];
  not_day_after_today: string[];
  not_day_before_today: string[];
  current_month: string[];
  previous_month: string[];
  current_year_words: string[];
  new_year_words: string[];
}

export type DateKind = "absolute" | "relative" | "vague" | "same_day";

/** A date expression in the text and what it resolves to. */
export interface DateExpression extends TextSpan {
  kind: DateKind;
  /** ISO date, or null when the expression does not fix a day or nothing anchors it. */
  date: string | null;
}

/**
 * Candidate anchor dates in order of preference: the dateline's date, the publication
 * date, full dates written in the article's opening lines. `year` alone is known when the
 * article has no date at all but states its current year (see inferCurrentYear).
 */
export interface DateAnchor {
  candidates: string[];
  year: number | null;
}

/** The report's year: the first anchor day's, else the year the text presents as current (null when neither). */
export function anchorYear(anchor: DateAnchor): number | null {
  const base = anchor.candidates[0];
  return base ? Number(base.slice(0, 4)) : anchor.year;
}

interface Compiled {
  /** Tested on a sentence's folded text: could it hold a date expression at all? */
  maybe: RegExp;
  /**
   * The words each expression cannot do without, tested before it is searched for: a pattern
   * opening with a lookbehind is tried at every position of the text (several µs a sentence),
   * a plain alternation of words is skimmed. The gate fails only where the search would find nothing.
   */
  gates: { relative: RegExp; monthRel: RegExp; vague: RegExp; sameDay: RegExp };
  /** The day words (offsets, weekdays) a relative expression is built on, global: where to start looking for one (relativeMatches). */
  dayWords: RegExp;
  relative: RegExp;
  dayMonth: RegExp;
  dayOfMonth: RegExp;
  ordinalOfMonth: RegExp;
  vague: RegExp;
  /** What may follow a vague span to fix its day (folded): (من) اليوم، (من) يوم أمس، صباح اليوم، الثلاثاء. */
  dayAfterVague: RegExp;
  sameDay: RegExp;
  weekdays: Map<string, number>;
  offsets: Map<string, number>;
  notAfterToday: Set<string>;
  notBeforeToday: Set<string>;
  currentMonth: Set<string>;
  previousMonth: Set<string>;
  currentYearWords: string[];
  newYearWords: string[];
}

let compiled: Compiled | null = null;

const alt = (words: Iterable<string>) =>
  [...new Set([...words].map((w) => foldPattern(normalize(w))))].sort((a, b) => b.length - a.length).join("|");

/**
 * A lookahead for the letters a match can open with (the first letters of `words`, folded as alt
 * folds them): a search then tries the costly lookbehind boundary only where one of them stands,
 * not at every character. Empty when a first character is not a plain letter.
 */
function opensWith(words: Iterable<string>): string {
  const first = new Set([...words].map((w) => foldPattern(normalize(w))[0] ?? ""));
  for (const c of first) if (!/^\p{L}$/u.test(c)) return "";
  return `(?=[${[...first].join("")}])`;
}

function lexicon(): Compiled {
  if (compiled) return compiled;
  const f = loadJson<DatesFile>("data/lexicon/dates.json");
  const weekdays = new Map(Object.entries(f.weekdays).map(([k, v]) => [normalize(k), v]));
  const offsets = new Map(Object.entries(f.day_offsets).map(([k, v]) => [normalize(k), v]));
  const WD = `(?:${alt(weekdays.keys())})`;
  const OFF = `(?:${alt(offsets.keys())})`;
  const B = "(?<![\\p{L}\\p{N}])";
  const A = "(?![\\p{L}\\p{N}])";
  const PARTS = ["صباح", "مساء", "ظهر", "ليله", "فجر", "عصر"];
  const PART = `(?:(?:${PARTS.join("|")})\\s+)?`;
  const MONTH_REL = `(?:${alt([...f.current_month, ...f.previous_month])})`;
  const words = [
    ...weekdays.keys(),
    ...offsets.keys(),
    ...f.vague.map((v) => normalize(v).split(" ").pop() ?? ""),
    ...f.same_day.map((v) => normalize(v).split(" ").pop() ?? ""),
    ...f.current_month,
    ...f.previous_month,
  ].filter(Boolean);
  compiled = {
    maybe: new RegExp(`\\d|${alt(words)}|${alt(f.vague.map((v) => normalize(v).split(" ")[0] ?? ""))}`, "u"),
    gates: {
      relative: new RegExp(`${OFF}|${WD}`, "u"),
      monthRel: new RegExp(MONTH_REL, "u"),
      vague: new RegExp(alt(f.vague), "u"),
      sameDay: new RegExp(alt(f.same_day), "u"),
    },
    dayWords: new RegExp(`${OFF}|${WD}`, "gu"),
    // اليوم، أمس الثلاثاء، اليوم (الخميس)، يوم الجمعة، الجمعة الماضي، مساء أمس الأول
    relative: new RegExp(
      `${opensWith(["و", "ف", ...PARTS, "يوم", ...offsets.keys(), ...weekdays.keys()])}${B}[وف]?${PART}(?:يوم\\s+)?(?:(?<off>${OFF})(?<before>\\s+الاول)?${A}(?:\\s*[(\\[]?\\s*(?:يوم\\s+)?(?<wd1>${WD})${A}\\s*[)\\]]?)?` +
        `|(?<wd2>${WD})${A}(?:\\s+(?:(?<past>الماضي|الماضيه|المنصرم|الفائت)|(?<next>المقبل|المقبله|القادم|القادمه))${A})?)`,
      "gu",
    ),
    // 21 يناير الجاري / 3 مارس الماضي (a day and a month, no year)
    dayMonth: new RegExp(`${B}(?:ال)?(?<day>\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?(?<month>[\\p{L}]+(?:\\s+[\\p{L}]+)?)\\s+(?<rel>${MONTH_REL})${A}`, "gu"),
    // 21 الجاري / 21 من الشهر الجاري
    dayOfMonth: new RegExp(`${B}(?:ال)?(?<day>\\d{1,2})\\s+(?:من\\s+)?(?:(?:ال)?شهر\\s+)?(?<rel>${MONTH_REL})${A}`, "gu"),
    // في الثالث من الشهر الجاري، العاشر من الشهر الماضي (a day in words needs من الشهر: الثاني الجاري is rare and ambiguous)
    ordinalOfMonth: new RegExp(`${B}(?<ord>${ORDINAL_DAY_FOLDED})\\s+من\\s+(?:ال)?شهر\\s+(?<rel>${MONTH_REL})${A}`, "gu"),
    // في وقت سابق اليوم، في وقت سابق من يوم أمس، في وقت سابق الثلاثاء: the day written after it fixes the day.
    dayAfterVague: new RegExp(`^\\s+(?:من\\s+)?(?:(?:صباح|مساء)\\s+)?(?:اليوم|يوم|امس|${WD})${A}`, "u"),
    vague: new RegExp(`${opensWith(f.vague)}${B}(?:${alt(f.vague)})${A}`, "gu"),
    sameDay: new RegExp(`${opensWith(["و", "ف", ...f.same_day])}${B}[وف]?(?:${alt(f.same_day)})${A}`, "gu"),
    weekdays,
    offsets,
    notAfterToday: new Set(f.not_day_after_today.map(normalize)),
    notBeforeToday: new Set(f.not_day_before_today.map(normalize)),
    currentMonth: new Set(f.current_month.map(normalize)),
    previousMonth: new Set(f.previous_month.map(normalize)),
    currentYearWords: f.current_year_words.map(normalize),
    newYearWords: f.new_year_words.map(normalize),
  };
  return compiled;
}

/** The article's anchor candidates (see DateAnchor). */
export function articleAnchor(article: Article): DateAnchor {
  const candidates: string[] = [];
  const add = (d: string | null | undefined) => {
    if (d && !candidates.includes(d)) candidates.push(d);
  };
  add(article.dateline?.date);
  add(article.published);
  // A full date in the opening lines written as a dateline or timestamp (a short line head
  // before it, a bracket, dash, slash, time or line end after it) — never one from prose.
  // (bidi marks a copied page leaves inside a timestamp, ٢٠‏/٠٤‏/٢٠٢٥، ‏١٣:٠٥, dropped: they split its numbers)
  const opening = article.text.slice(0, 300).replace(BIDI_MARKS, "");
  for (const d of findDates(opening)) {
    const lineStart = opening.lastIndexOf("\n", d.start - 1) + 1;
    const head = opening.slice(lineStart, d.start).trim();
    const tail = opening.slice(d.end, d.end + 20);
    // Words only (طهران - إرنا - 17 حزيران …: a dash is no word); after the date a bracket, dash,
    // slash, colon, time, line end, م or الموافق (the same day in the other calendar).
    const shortHead = head === "" || head.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 3;
    // (a time may follow a comma, in either digits: ٢٠/٠٤/٢٠٢٥، ١٣:٠٥)
    if (shortHead && /^\s*(?:$|\n|[(\[/|\-–—:]|[,،]?\s*[\d٠-٩]{1,2}:[\d٠-٩]{2}|م\b|(?:ال)?موافق)/u.test(tail)) add(d.iso);
    else if (d.iso) add(statedToday(opening, d.start, d.iso));
  }
  return { candidates, year: candidates.length ? null : inferCurrentYear(article.text) };
}

/** Left-to-right and right-to-left marks, embeddings and isolates. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The anchor a lead states in words: "اليوم الثلاثاء 22 أكتوبر 2024"، "أمس (الأحد) الموافق 15
 * سبتمبر 2024" name the report's day (the day after, for أمس) as plainly as a dateline. A weekday
 * written there must agree with the date.
 */
function statedToday(text: string, dateStart: number, iso: string): string | null {
  const lex = lexicon();
  const raw = text.slice(Math.max(0, dateStart - 40), dateStart);
  if (!/اليوم|[أا]مس/u.test(raw)) return null;
  const before = normalize(raw);
  const m = /(?:^|[\s(])[وف]?(?:(?:صباح|مساء)\s+)?(?:يوم\s+)?(?<off>اليوم|امس)\s*[(]?\s*(?<wd>\p{L}+)?\s*[)]?\s*[,،]?\s*(?:الموافق\s*)?[,،]?\s*$/u.exec(before);
  if (!m?.groups) return null;
  const wd = m.groups.wd;
  if (wd && wd !== "الموافق" && lex.weekdays.get(wd) !== weekdayOf(iso)) return null;
  return m.groups.off === "امس" ? addDays(iso, 1) : iso;
}

/**
 * For an article with neither dateline nor publication date: the year the text itself
 * presents as the current one, or null. Accepted evidence, strongest first:
 * 1. a year tied to the present in words: "العام الجاري 2025", "2025 الجاري", "هذا العام (2025)";
 * 2. a look back and a look ahead: the latest year written is Y, the text also writes Y-1,
 *    and it speaks of the new or current year (العام الجديد، هذا العام) — the usual frame of
 *    a review written early in Y. Anything weaker gives null: no year is guessed.
 */
export function inferCurrentYear(text: string): number | null {
  const lex = lexicon();
  const folded = normalize(toAsciiDigits(text));
  const cur = alt(lex.currentYearWords);
  const tied = new RegExp(
    `(?:(?:${cur})\\s*[(،,]?\\s*(?<y1>(?:19|20)\\d{2}))|(?:(?<y2>(?:19|20)\\d{2})\\s+(?:الجاري|الحالي))`,
    "u",
  ).exec(folded);
  if (tied) return Number(tied.groups?.y1 ?? tied.groups?.y2);
  const years = [...folded.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (!years.length) return null;
  const latest = Math.max(...years);
  const present = [...lex.currentYearWords, ...lex.newYearWords].some((w) => folded.includes(w));
  return present && years.includes(latest - 1) ? latest : null;
}

function resolveWeekday(anchor: DateAnchor, weekday: number, strictlyBefore: boolean): string | null {
  const base = anchor.candidates[0];
  if (!base) return null;
  let delta = (weekdayOf(base) - weekday + 7) % 7;
  if (strictlyBefore && delta === 0) delta = 7;
  return addDays(base, -delta);
}

/** السبت المقبل: the first such weekday after the anchor (a plan). */
function nextWeekday(anchor: DateAnchor, weekday: number): string | null {
  const base = anchor.candidates[0];
  if (!base) return null;
  return addDays(base, (weekday - weekdayOf(base) + 7) % 7 || 7);
}

/** A day offset (اليوم، أمس) from the first anchor that agrees with the weekday the text names, if it names one. */
function resolveOffset(anchor: DateAnchor, offset: number, weekday: number | null): string | null {
  for (const base of anchor.candidates) {
    const d = addDays(base, offset);
    if (weekday === null || weekdayOf(d) === weekday) return d;
  }
  return null;
}

/** Year for a day and month written without one: the anchor's year, or the year before when that date would lie after the anchor. */
function yearFor(anchor: DateAnchor, month: number, day: number, rel: "current" | "previous" | "none" | "next"): string | null {
  const base = anchor.candidates[0];
  if (!base) {
    if (anchor.year !== null && rel === "current") return isoDate(anchor.year, month, day);
    return null;
  }
  const y = Number(base.slice(0, 4));
  const same = isoDate(y, month, day);
  // 24 ديسمبر المقبل: the first such day after the anchor (a plan, never a past day).
  if (rel === "next") return same && same > base ? same : isoDate(y + 1, month, day);
  const soon = (d: string | null) => !!d && d >= addDays(base, AHEAD_MIN_DAYS) && d <= addDays(base, AHEAD_MAX_DAYS);
  const following = isoDate(y + 1, month, day);
  // (in late December, "في 5 يناير" is next month's day the same way)
  if (rel === "none" && soon(following)) return following;
  if (same && same <= base) return same;
  // "الانتخابات في موعدها في 24 ديسمبر" in a report of November: a day a few weeks ahead is that
  // day to come (a plan), not one eleven months back, which copy would write with الماضي.
  if (rel === "none" && soon(same)) return same;
  return isoDate(y - 1, month, day);
}

/**
 * A day and month with no year and no الماضي / المقبل that would fall this many days after the
 * anchor is read as coming (a plan); nearer, the anchor may lag the event (a report filed a day
 * late), farther, the day is last year's.
 */
const AHEAD_MIN_DAYS = 3;
const AHEAD_MAX_DAYS = 75;

/**
 * Every date expression in text[start, end) with its resolution against `anchor`.
 * `previousDate` resolves "في اليوم نفسه" (the date of the event mentioned before); `foldedSlice`,
 * when the caller has it, is normalizeWithMap(text.slice(start, end)) with its offsets counted
 * from `foldedOrigin` (start, as normalizeWithMap gives them; 0 for a view of the whole text's map).
 */
export function dateExpressions(
  text: string,
  start: number,
  end: number,
  anchor: DateAnchor,
  previousDate: string | null = null,
  foldedSlice: NormalizedText | null = null,
  foldedOrigin = start,
): DateExpression[] {
  const lex = lexicon();
  const slice = text.slice(start, end);
  const out: DateExpression[] = [];
  const taken = (a: number, b: number) => out.some((d) => a < d.end && b > d.start);
  const push = (a: number, b: number, kind: DateKind, date: string | null) => {
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (taken(a, b)) return;
    out.push({ start: a, end: b, text: text.slice(a, b), kind, date });
  };

  // The relative expressions are matched on folded text (hamza, ta marbuta, digits), mapped back.
  const n = foldedSlice ?? normalizeWithMap(slice);
  // Absolute dates first (they win over anything overlapping them); they need digits, or a day in
  // words with الماضي/الجاري after its month (التاسع من سبتمبر الماضي).
  const digitsHere = /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(slice);
  // بعد انفجار المرفأ في 4 آب 2020، الأولى في 6 آب: a day and month after a full date of the same text takes its year.
  let writtenYear: number | null = null;
  for (const d of digitsHere || (lex.gates.monthRel.test(n.text) && ORDINAL_DAY.test(n.text)) ? findDates(slice) : []) {
    const a = start + d.start;
    const b = start + d.end;
    if (d.iso) {
      push(a, b, "absolute", d.iso);
      if (d.calendar === "gregorian") writtenYear = Number(d.iso.slice(0, 4));
    } else if (d.day !== null && d.month !== null && d.year === null && d.calendar === "gregorian") {
      // "في 21 يناير" with no year: the anchor's year, or the year before when that day
      // would come after the anchor (a report does not date past events in the future).
      const follower = FOLLOWER.exec(normalize(text.slice(b, b + 30)));
      const inherited = !follower && writtenYear !== null ? isoDate(writtenYear, d.month, d.day) : null;
      const base = anchor.candidates[0];
      if (inherited && (!base || inherited <= base)) push(a, b, "relative", inherited);
      else if (!follower) push(a, b, "relative", yearFor(anchor, d.month, d.day, "none"));
      else if (/مقبل|قادم/.test(follower.groups?.rel ?? "")) push(a, b, "relative", yearFor(anchor, d.month, d.day, "next"));
      else {
        // 3 مارس الماضي، التاسع من سبتمبر الماضي، 14 نيسان / أبريل الماضي، 3 آذار (مارس) الجاري.
        const current = /جاري|حالي/.test(follower.groups?.rel ?? "");
        const y = anchorYear(anchor);
        const date = current ? (y === null ? null : isoDate(y, d.month, d.day)) : yearFor(anchor, d.month, d.day, "previous");
        const written = FOLLOWER_WRITTEN.exec(text.slice(b, b + 30));
        push(a, b + (written?.[0].length ?? 0), "relative", date);
      }
    }
  }
  const base = foldedSlice ? foldedOrigin : start;
  const folded = n.text;
  const orig = (i: number) => (i < n.starts.length ? base + n.starts[i] : start + slice.length);
  const origEnd = (i: number) => (i > 0 ? base + n.ends[i - 1] : start);

  // Both day-and-month forms need an ASCII digit (\d under the u flag) and a month word; most sentences have neither.
  const digits = /[0-9]/.test(folded) && lex.gates.monthRel.test(folded);
  for (const m of digits ? folded.matchAll(lex.dayMonth) : []) {
    const g = m.groups ?? {};
    const month = monthOf(g.month ?? "");
    if (!month || month.calendar !== "gregorian") continue;
    const day = Number(g.day);
    const rel = lex.currentMonth.has(g.rel ?? "") ? "current" : "previous";
    let date: string | null;
    if (rel === "current") {
      const y = anchorYear(anchor);
      date = y === null ? null : isoDate(y, month.month, day);
    } else {
      date = yearFor(anchor, month.month, day, "previous");
    }
    push(orig(m.index), origEnd(m.index + m[0].length), "relative", date);
  }
  for (const m of digits ? folded.matchAll(lex.dayOfMonth) : []) {
    const g = m.groups ?? {};
    push(orig(m.index), origEnd(m.index + m[0].length), "relative", dayOfAnchorMonth(anchor, Number(g.day), lex.previousMonth.has(g.rel ?? "")));
  }
  const ordinals = lex.gates.monthRel.test(folded) && ORDINAL_DAY.test(folded);
  for (const m of ordinals ? folded.matchAll(lex.ordinalOfMonth) : []) {
    const g = m.groups ?? {};
    const day = ordinalDay(g.ord ?? "");
    if (day !== null) push(orig(m.index), origEnd(m.index + m[0].length), "relative", dayOfAnchorMonth(anchor, day, lex.previousMonth.has(g.rel ?? "")));
  }
  for (const m of lex.gates.sameDay.test(folded) ? folded.matchAll(lex.sameDay) : []) {
    push(orig(m.index), origEnd(m.index + m[0].length), "same_day", previousDate);
  }
  for (const m of lex.gates.relative.test(folded) ? relativeMatches(folded) : []) {
    const g = m.groups ?? {};
    const a = m.index;
    const b = m.index + m[0].length;
    if (g.off) {
      const word = g.off;
      const after = wordAfter(folded, b);
      const before = wordBefore(folded, a).replace(/^[وف](?=..)/u, "");
      if (word === "اليوم" && !g.wd1 && (lex.notAfterToday.has(after) || lex.notBeforeToday.has(before))) continue;
      let offset = lex.offsets.get(word) ?? 0;
      if (g.before) offset -= 1; // أمس الأول: the day before yesterday
      const wd = g.wd1 ? lex.weekdays.get(g.wd1) ?? null : null;
      push(orig(a), origEnd(b), "relative", resolveOffset(anchor, offset, wd));
    } else if (g.wd2) {
      const before = wordBefore(folded, a);
      if (before === "صلاه" || before === "خطبه") continue;
      const wd = lex.weekdays.get(g.wd2);
      if (wd === undefined) continue;
      push(orig(a), origEnd(b), "relative", g.next ? nextWeekday(anchor, wd) : resolveWeekday(anchor, wd, Boolean(g.past)));
    }
  }
  for (const m of lex.gates.vague.test(folded) ? folded.matchAll(lex.vague) : []) {
    // في وقت سابق (من) اليوم، في وقت لاحق من اليوم ذاته: the day written after it fixes the day.
    if (lex.dayAfterVague.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    push(orig(m.index), origEnd(m.index + m[0].length), "vague", null);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Day `day` of the anchor's month (الجاري) or of the month before it (الماضي); null with no anchor day. */
function dayOfAnchorMonth(anchor: DateAnchor, day: number, previousMonth: boolean): string | null {
  const base = anchor.candidates[0];
  if (!base) return null;
  let y = Number(base.slice(0, 4));
  let mo = Number(base.slice(5, 7));
  if (previousMonth) {
    mo -= 1;
    if (mo === 0) {
      mo = 12;
      y -= 1;
    }
  }
  return isoDate(y, mo, day);
}


/** What follows a day and month with no year (folded): the month's other name (/ أبريل، (مارس)), then الماضي، الجاري، المقبل …. */
const FOLLOWER = /^[\s)]*(?<other>[/(]\s*\p{L}+\s*\)?\s*)?(?:ال)?(?<rel>جاري|حالي|ماضي|منصرم|منقضي|مقبل|قادم)(?![\p{L}\p{N}])/u;

/** FOLLOWER's extent in the text as written (marks and all). */
const FOLLOWER_WRITTEN = /^[\s)]*(?:[/(]\s*[\p{L}\p{M}]+\s*\)?\s*)?[\p{L}\p{M}]+/u;

/** A day written as an ordinal before its month (التاسع من، الحادي والعشرين من), folded: the only day in words findDates reads. */
const ORDINAL_DAY = /(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عشر|عشرين|ثلاثين) من /u;

/**
 * The matches of lex.relative in `folded`, as folded.matchAll(lex.relative) gives them, with the
 * search started near the next day word rather than tried at each letter before it (the pattern
 * opens with a lookbehind; trying it along a whole sentence cost more than the rest of the date
 * search). Every match holds a day word (offset or weekday, which dayWords finds) and starts at
 * most two words before it ([وف]صباح يوم أمس), so none starts between `from` and that place.
 */
export function* relativeMatches(folded: string): Generator<RegExpExecArray> {
  const lex = lexicon();
  let from = 0;
  for (;;) {
    lex.dayWords.lastIndex = from;
    const day = lex.dayWords.exec(folded);
    if (!day) return;
    lex.relative.lastIndex = Math.max(from, twoWordsBefore(folded, day.index));
    const m = lex.relative.exec(folded);
    if (!m) return;
    yield m;
    from = m.index + m[0].length; // never empty: a match holds a day word
  }
}

/** relativeMatches with the pattern run over the whole text: what the search must equal (for tests). */
export function relativeMatchesByPattern(folded: string): RegExpExecArray[] {
  const { source, flags } = lexicon().relative;
  return [...folded.matchAll(new RegExp(source, flags))]; // a fresh copy: matchAll starts at the pattern's lastIndex
}

/** The start of the second word before the word holding text[at] (words: runs of anything but ASCII white space). */
function twoWordsBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isAsciiSpace(text.charCodeAt(i - 1))) i--;
  for (let n = 0; n < 2; n++) {
    while (i > 0 && isAsciiSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isAsciiSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * Tab, line feed, vertical tab, form feed, carriage return, space: white space to \s. Other white
 * space counts as a letter here, which only moves twoWordsBefore's start further back.
 */
const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

const WORD_AFTER = /\s*(\p{L}*)/uy;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;

/**
 * The letters right after `at` past any white space: what text.slice(at).trimStart().split(/[^\p{L}]+/u)[0]
 * gives, without copying and splitting the rest of the sentence (\s and trimStart agree on white space).
 */
function wordAfter(text: string, at: number): string {
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.exec(text)![1];
}

/** The letters ending text[0, at) before any white space: the last part of text.slice(0, at).trimEnd().split(/[^\p{L}]+/u), read backwards. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1])) end--; // white space is all in the BMP
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

/** Whether folded sentence text can contain a date expression at all (a cheap test before dateExpressions). */
export function mayHoldDate(folded: string): boolean {
  return lexicon().maybe.test(folded);
}

/** A folded word that names a day (اليوم، أمس، الخميس): where a title written after a name has ended. */
export function isDayWord(word: string): boolean {
  const lex = lexicon();
  return lex.weekdays.has(word) || lex.offsets.has(word);
}
