// Datelines: the place, date and agency that open a wire report —
//   "بكين 31 ديسمبر 2020 (شينخوا)"   "موسكو - 19 سبتمبر"   "القاهرة في 5 مارس"
//   "الرياض، 3 رجب 1445هـ الموافق 15 يناير 2024م (واس)"   "أبوظبي في 5 مارس / وام /"
//   "الكويت - 5 - 3 (كونا) --"   "واشنطن (رويترز) -"
// Only the start of a body line is read, and a place is taken only when a date or an agency
// tag follows it, or when it is a known city or state before a dash, so an ordinary sentence
// opening is never mistaken for one.
import type { TextSpan } from "../types.js";
import { findDates, type DateMention, toAsciiDigits } from "../text/dates.js";
import { outletByName, outletByQuotedName, outletByTag, type Outlet } from "./outlets.js";
import { placeCountries } from "./places.js";

export interface DatelineMatch extends TextSpan {
  place: string | null;
  /** The date as written (may lack a year or day), or null. */
  date: DateMention | null;
  /** Day and month of a numeric "5 - 3" dateline (KUNA style), which findDates does not read. */
  dayMonth: { day: number; month: number } | null;
  tag: TextSpan | null;
  outlet: Outlet | null;
}

/** One word of a place's name, marks included (عمّان). */
const WORD = String.raw`[\p{Script=Arabic}\p{M}]+`;
/** A place's name as written: one to three words (PLACE_LAZY: as few as the rest allows). */
const PLACE = `${WORD}(?: ${WORD}){0,2}`;
const PLACE_LAZY = `${WORD}(?: ${WORD}){0,2}?`;
const PLACE_WORDS = new RegExp(`^${PLACE}$`, "u");
const NOT_PLACE = /^(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|ذكر|ذكرت|في|من|على|إلى|أن|إن|و|ثم|منذ|حتى|يوم|اليوم|أمس|نشر|نشرت|تاريخ|بتاريخ|تحديث)$/;
const WEEKDAY_AT_END = /(?:^|[\s,،\-–—])(?:يوم\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)$/;
const SEPARATORS = /[\s,،\-–—:/]+$/;
/** A reporter's name of one to four words between slashes (Anadolu): "/ سيدا سفينتش" before "/ الأناضول". */
const REPORTER = /^\s*\/\s*[\p{L}]+(?: [\p{L}]+){0,3}\s*(?=\/)/u;

/**
 * One more place after the first, before the agency: another city of a shared byline
 * (" - برازيليا", "، باريس") or the first place's country or region, after a comma or in
 * brackets ("سوتشي (روسيا) - رويترز", "واشنطن، الولايات المتحدة الأمريكية (CNN)").
 */
const OTHER_PLACE =
  new RegExp(String.raw`^\s*(?:[-–—،,]\s*(${PLACE})|\(\s*(${PLACE})\s*\))(?=\s*[-–—,،(/:«])`, "u");
/** A country or region in brackets closing the text before a date: "سوتشي (روسيا) 4 سبتمبر". */
const BRACKETED_REGION = new RegExp(String.raw`\s*\(\s*${PLACE}\s*\)$`, "u");
/** The first words of a line up to a separator: a place before a tag or date. */
const PLACE_FIRST = new RegExp(String.raw`^\s*(${PLACE})(?=\s*[-–—,،(/:«\s])`, "u");
/** A place, a dash and the word after it. */
const PLACE_DASH = new RegExp(String.raw`^(\s*)(${PLACE_LAZY})\s*[-–—]+\s+(${WORD})`, "u");
/** A place ending the line or standing before a colon, dash or comma. */
const PLACE_CLOSING = new RegExp(String.raw`^${PLACE_LAZY}(?=\s*(?:$|[:\-–—.،,]))`, "u");
/** An outlet's name or tag (never a place: "هسبريس - أ.ف.ب"). */
const namesOutlet = (s: string): boolean => !!(outletByName(s) || outletByTag(s));
const NUMERIC_DAY_MONTH = /^\s*[-–—]?\s*([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})\s*[-–/]\s*([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})(?![0-9\u0660-\u0669\u06F0-\u06F9])/;

/** The place before a date or tag: 1–3 Arabic words, separators and a trailing "في" removed. */
function placeOf(prefix: string): { place: string; start: number } | null {
  let p = prefix.replace(SEPARATORS, "");
  p = p.replace(/\s+في$/, "").replace(SEPARATORS, "");
  if (p.endsWith(")")) p = p.replace(BRACKETED_REGION, "");
  // "بكين، الخميس 31 ديسمبر", "الدوحة في الثلاثاء 5 ديسمبر": a weekday may stand between place and date.
  p = p.replace(WEEKDAY_AT_END, "").replace(SEPARATORS, "").replace(/\s+في$/, "");
  const lead = prefix.length - prefix.trimStart().length;
  p = p.trimStart();
  if (p === "" || p.length > 30 || !PLACE_WORDS.test(p)) return null;
  if (p.split(" ").some((w) => NOT_PLACE.test(w))) return null;
  return { place: p, start: lead };
}

/**
 * The forms of an agency tag after a place or date, most marked first: in brackets, between
 * slashes, between dashes, a bare word before a separator, a bare word before a space.
 */
const TAG_FORMS: readonly RegExp[] = [
  /^\s*[-–—,،]?\s*\(([^()\d]{1,30})\)/,
  /^\s*[-–—]?\s*\/\s*([^/\d]{1,25}?)\s*\//,
  /^\s*[-–—/]\s*([^\s\-–—()\d/][^\-–—()\d/]{0,24}?)\s*[-–—]/,
  /^\s*[-–—/]?\s*([^\s\-–—()\d/.،,:]{2,12})(?=\s*(?:[-–—:.،,]|$))/,
  /^\s+([^\s()\d]{2,12})(?=\s)/,
];
/** Words a bracket may hold that are no unlisted outlet: a weekday, خاص ("exclusive"). */
const NOT_TAG_WORD = /^(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|خاص)$/;

/** An agency tag right after `at`: "(شينخوا)", "/ وام /", "- واس -", or a bare known tag before a dash. */
function tagAfter(line: string, at: number): { span: TextSpan; outlet: Outlet | null; known: boolean } | null {
  const rest = line.slice(at);
  for (const [i, re] of TAG_FORMS.entries()) {
    const m = re.exec(rest);
    if (!m) continue;
    const inner = m[1].trim();
    // In brackets or between slashes, a name that is also a word is the outlet: "(فارس)", "/الشرق/".
    const outlet = outletByTag(inner) ?? outletByName(inner, { ambiguous: i < 2 });
    // A bracketed tag may be an outlet we do not list; a bare word must be a known tag.
    if (!outlet && (i >= 2 || inner.split(/\s+/).length > 3)) continue;
    if (!outlet && NOT_TAG_WORD.test(inner)) continue;
    const start = at + m[0].search(/\S/);
    const end = at + m[0].replace(/[\s\-–—]+$/, "").length;
    return { span: { start, end, text: line.slice(start, end) }, outlet, known: outlet !== null };
  }
  // "لندن: «الشرق الأوسط»": quoted, even a name that is also a word is the outlet.
  const quoted = /^\s*[:\-–—]?\s*«([^«»\d]{1,30})»/.exec(rest);
  const named = quoted ? outletByQuotedName(quoted[1]) : null;
  if (quoted && named) {
    const start = at + quoted[0].indexOf("«");
    const end = at + quoted[0].length;
    return { span: { start, end, text: line.slice(start, end) }, outlet: named, known: true };
  }
  return knownNameAfter(line, at);
}

/**
 * "دبي - سكاي نيوز عربية": a known outlet name of up to four words after a separator. A name
 * that is also a word ("عمان - الغد") counts where it ends the line or stands before a colon or a dash.
 */
function knownNameAfter(line: string, at: number): { span: TextSpan; outlet: Outlet; known: true } | null {
  const lead = /^\s*[-–—/:]+\s*/.exec(line.slice(at));
  if (!lead) return null;
  const start = at + lead[0].length;
  // split's limit stops after four words: the rest of a long paragraph is never split.
  const words = line.slice(start).split(/\s+/, 4);
  for (let k = words.length; k >= 1; k--) {
    const candidate = words.slice(0, k).join(" ").replace(/[\s.,،:\-–—]+$/, "");
    const end = start + line.slice(start).indexOf(candidate) + candidate.length;
    // "عمان - الغد - أكد …": a dash after the name closes it as well; a place is never the outlet ("جدة - الرياض").
    const closes = /^\s*(?::|[-–—]\s|$)/.test(line.slice(end)) && placeCountries(candidate) === undefined;
    const outlet = outletByName(candidate, { ambiguous: closes }) ?? outletByTag(candidate);
    if (!outlet) continue;
    if (!/^(?:$|[\s.,،:\-–—])/.test(line.slice(end))) continue;
    return { span: { start, end, text: line.slice(start, end) }, outlet, known: true };
  }
  return null;
}

const DASH_NEAR_START = /[-–—]/;

/** Tatweel standing alone between spaces, used as a dash ("لندن ـ «القدس العربي»:"). */
const TATWEEL_DASH = /(?<=\s)\u0640+(?=\s)/g;

/** The dateline at the very start of `line` (offsets relative to the line), or null. */
export function datelineOfLine(line: string): DatelineMatch | null {
  const head = line.slice(0, 160);
  if (!head.includes("\u0640")) return datelineOf(line);
  // Read with each such tatweel as a dash of the same length: offsets stay, the text is the line's own.
  const found = datelineOf(line.slice(0, 200).replace(TATWEEL_DASH, (t) => "-".repeat(t.length)));
  if (!found) return null;
  const text = (span: TextSpan): string => line.slice(span.start, span.end);
  return { ...found, text: text(found), tag: found.tag && { ...found.tag, text: text(found.tag) } };
}

function datelineOf(line: string): DatelineMatch | null {
  const head = line.slice(0, 160);
  const dates = findDates(head);
  const first = dates[0];
  if (first) {
    // A known tag first: "القاهرة (أ ش أ) 9 يناير" is no place with its region in brackets.
    const placeTag = placeTagBefore(line, head.slice(0, first.start));
    const place = placeTag?.place ?? placeOf(head.slice(0, first.start));
    if (place) {
      let date: DateMention = first;
      let end = first.end;
      // "3 رجب 1445هـ الموافق 15 يناير 2024م": the Gregorian equivalent follows.
      const second = dates[1];
      if (second && /^\s*[,،]?\s*(?:الموافق|الموافقة|الموافق ل|م?وافق)\s*$/.test(head.slice(first.end, second.start))) {
        if (second.calendar === "gregorian") date = second;
        end = second.end;
      }
      const tag = placeTag?.tag ?? tagAfter(line, end);
      // Without an agency tag, only the dateline's own punctuation sets it apart from a sentence
      // that happens to open with a date ("التقى الرئيس في 5 مارس …"): a one-word place, and a
      // dash or comma before or after the date, or a stated year.
      if (!tag) {
        const between = head.slice(place.start + place.place.length, first.start);
        const after = line.slice(end, end + 3);
        const punctuated = /[-–—,،]/.test(between) || /^\s*[-–—:،,]/.test(after) || (date.year !== null && !/في/.test(between));
        if (place.place.includes(" ") || !punctuated) return null;
      }
      const stop = tag ? Math.max(tag.span.end, end) : end;
      return {
        start: place.start,
        end: stop,
        text: line.slice(place.start, stop),
        place: place.place,
        date,
        dayMonth: null,
        tag: tag?.span ?? null,
        outlet: tag?.outlet ?? null,
      };
    }
  }
  const found = placeThenTag(line, head) ?? outletThenPlace(line, head);
  if (found) return found;
  // The last two forms need a dash within their first words: most body lines have none there.
  return DASH_NEAR_START.test(head.slice(0, 48)) ? (placeThenDash(line, head) ?? tagFirst(line, head)) : null;
}

/**
 * A place and a known agency tag before the date: "طهران - إرنا - 17 حزيران/يونيو 2023" (IRNA),
 * "القاهرة (أ ش أ) - 5 مارس 2024". Only separators may stand between the tag and the date.
 */
function placeTagBefore(line: string, prefix: string): { place: { place: string; start: number }; tag: ReturnType<typeof tagAfter> } | null {
  const m = PLACE_FIRST.exec(prefix);
  const place = m ? placeOf(m[0]) : null;
  if (!m || !place || namesOutlet(place.place)) return null;
  const tag = tagAfter(line, m[0].length);
  if (!tag?.known || tag.span.end > prefix.length || !/^[\s\-–—,،:/]*$/.test(prefix.slice(tag.span.end))) return null;
  return { place, tag };
}

/**
 * An agency's tag alone before a dash, without a place: "وطنية - استقبل …" (NNA), "(رويترز) - قال …".
 * Bare, only a listed tag counts (an abbreviation, no ordinary word); in brackets, any outlet name.
 */
function tagFirst(line: string, head: string): DatelineMatch | null {
  // A sentence follows (two words at least), not a byline's word ("الأناضول - خاص").
  const m = /^(\s*)(?:\(([^()\d]{1,25})\)|([^\s\-–—()\d/.،,:]{2,12}))\s*[-–—]+\s+([^\s.،,:]+)\s+\S/u.exec(head);
  if (!m || NOT_BYLINE_PLACE.test(m[4])) return null;
  const outlet = m[2] !== undefined ? (outletByTag(m[2]) ?? outletByName(m[2], { ambiguous: true })) : outletByTag(m[3]);
  if (!outlet) return null;
  const start = m[1].length;
  const end = start + (m[2] !== undefined ? m[2].length + 2 : m[3].length);
  const span = { start, end, text: line.slice(start, end) };
  return { ...span, place: null, date: null, dayMonth: null, tag: span, outlet };
}

/**
 * A known place and a dash, and no tag or date: "الجزائر - انطلقت …", "الدوحة- بحث …" (agencies
 * and sites that print none). Only a city or state of the gazetteer counts, so a sentence opening
 * with a noun and a dash is not one; a second place after the dash ("القاهرة - الخرطوم: …")
 * pairs two places, it is no dateline.
 */
function placeThenDash(line: string, head: string): DatelineMatch | null {
  const m = PLACE_DASH.exec(head);
  if (!m || !placeOf(m[2]) || !placeCountries(m[2]) || placeCountries(m[3])) return null;
  if (namesOutlet(m[2])) return null;
  const start = m[1].length;
  const end = start + m[2].length;
  return { start, end, text: line.slice(start, end), place: m[2], date: null, dayMonth: null, tag: null, outlet: null };
}

/** Place then tag, with or without a numeric day-month between: "واشنطن (رويترز)", "الكويت - 5 - 3 (كونا)". */
function placeThenTag(line: string, head: string): DatelineMatch | null {
  const m = PLACE_FIRST.exec(head);
  if (!m) return null;
  const place = placeOf(m[0]);
  if (!place) return null;
  let at = m[0].length;
  let dayMonth: DatelineMatch["dayMonth"] = null;
  const num = NUMERIC_DAY_MONTH.exec(head.slice(at));
  if (num) {
    const day = Number(toAsciiDigits(num[1]));
    const month = Number(toAsciiDigits(num[2]));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      dayMonth = { day, month };
      at += num[0].length;
    }
  }
  let tag = tagAfter(line, at);
  // "أنقرة/ محمد شيخ يوسف/ الأناضول": the reporter's name between place and agency.
  if (!tag?.known && !dayMonth) {
    const reporter = REPORTER.exec(head.slice(at));
    const after = reporter ? tagAfter(line, at + reporter[0].length) : null;
    if (after?.known) tag = after;
  }
  // "طوكيو - برازيليا: «الشرق الأوسط»": reporters in two or three cities share one byline.
  for (let more = 0; more < 2 && !dayMonth && !tag?.known; more++) {
    const next = OTHER_PLACE.exec(head.slice(at));
    if (!next || !placeOf(next[1] ?? next[2])) break;
    at += next[0].length;
    tag = tagAfter(line, at);
  }
  if (!tag || !tag.known) return null;
  // "هسبريس - أ.ف.ب": a site crediting an agency, no place.
  if (namesOutlet(place.place)) return null;
  return {
    start: place.start,
    end: tag.span.end,
    text: line.slice(place.start, tag.span.end),
    place: place.place,
    date: null,
    dayMonth,
    tag: tag.span,
    outlet: tag.outlet,
  };
}

// Words that follow an outlet's name in a byline but are no place: "RT - خاص", "وكالات - عواصم".
const NOT_BYLINE_PLACE = /^(?:خاص|خاصة|حصري|عاجل|متابعات|وكالات|عواصم|تقرير|ترجمة|مراسلنا|فيديو)$/;

/**
 * The outlet first, then the place: "إذاعة الصين الدولية - بكين", "سكاي نيوز عربية - أبوظبي: …",
 * "إيلاف من بيروت: …".
 * The outlet must be a known, unambiguous name or tag, and the place must end the line or stand
 * before a colon or dash.
 */
function outletThenPlace(line: string, head: string): DatelineMatch | null {
  // The name is all before the line's first dash or slash (or " من " before a place and a
  // colon: "إيلاف من لندن:"): at most four words.
  const dash = /\s*[-–—/]+\s*/.exec(head.slice(0, 60));
  const from_ = /\s+من\s+(?=[^:]{2,30}:)/.exec(head.slice(0, 60));
  const sep = dash && (!from_ || dash.index < from_.index) ? dash : from_;
  if (!sep) return null;
  const lead = head.length - head.trimStart().length;
  const name = head.slice(lead, sep.index);
  if (name === "" || name.split(" ").length > 4) return null;
  const outlet = outletByName(name) ?? outletByTag(name);
  if (!outlet) return null;
  const from = sep.index + sep[0].length;
  const p = PLACE_CLOSING.exec(head.slice(from));
  if (!p || NOT_BYLINE_PLACE.test(p[0]) || !placeOf(p[0]) || namesOutlet(p[0])) return null;
  const end = from + p[0].length;
  return {
    start: lead,
    end,
    text: line.slice(lead, end),
    place: p[0],
    date: null,
    dayMonth: null,
    tag: { start: lead, end: sep.index, text: line.slice(lead, sep.index) },
    outlet,
  };
}
