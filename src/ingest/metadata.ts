// Article metadata from the cleaned body, the lines cleaning dropped, and what the input or
// the user stated: title, outlet (canonical English name), dateline and publication date.
// Published is taken only from explicit evidence, in this order: the input's own field or HTML
// meta, a timestamp line, the dateline, a date in the URL path, a full date the lead calls
// اليوم (lead-date.ts). Never a guess. (The user's
// --published and --outlet fill in afterwards, where this finds nothing: see article.ts.)
import type { Dateline } from "../types.js";
import { findDates, isoDate, parseDateValue, type DateMention } from "../text/dates.js";
import { agencyFooter, mastheadOutlet, outletPair, siteOfStamp, undashDate, type DroppedLine } from "./clean.js";
import { normalize } from "../text/normalize.js";
import { datelineOfLine, type DatelineMatch } from "./dateline.js";
import { leadTodayDate } from "./lead-date.js";
import { agencyToldAtHome } from "./told-agency.js";
import { canonicalOutlet, outletByName, outletByPageMark, outletByQuotedName, outletByTag, outletByUrl, type Outlet } from "./outlets.js";
import { placeCountries } from "./places.js";
import { creditedNames } from "./credited.js";
import { weekdayOf } from "../events/iso-days.js";

export interface MetadataInput {
  /** The cleaned body. */
  text: string;
  dropped: DroppedLine[];
  /** Stated by the input itself (JSON fields, HTML meta). */
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  /** Site name from HTML (og:site_name). */
  siteName?: string | null;
}

export interface Metadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  dateline: Dateline | null;
  /** The outlet's name as the dropped masthead, credit or copyright lines write it (credited.ts). */
  credited: string[];
}

interface Line {
  start: number;
  text: string;
}

/** The first `max` non-blank lines (found one by one: a body has many lines and only the first few are read). */
function lines(text: string, max: number): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length && out.length < max; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const t = text.slice(start, end);
    if (t.trim() !== "") out.push({ start, text: t });
    start = end + 1;
  }
  return out;
}

/** A first line that reads as a headline: short, no sentence-final punctuation, more text after it. */
export function headlineOf(text: string): string | null {
  const found = lines(text, 3);
  // A section label above the headline ("سياسة", "عاجل") is not the headline.
  if (found.length === 3 && isLabel(found[0].text.trim())) found.shift();
  const [first, second] = found;
  if (!first || !second) return null;
  const t = first.text.trim();
  if (!headlineLike(t) && !longHeadline(t, second.text)) return null;
  // A place and a dash alone ("غزة - …") may open a headline too; a date or an agency tag may not.
  const d = datelineOfLine(t);
  return d && (d.date || d.tag || d.dayMonth) ? null : t;
}

/**
 * A wire's long headline (BNA, SPA and KUNA print 25 words and more): no sentence-final
 * punctuation, and a dateline with its date or agency opening the next line.
 */
function longHeadline(t: string, next: string): boolean {
  if (t.length > 400 || /[.؟?!:،,؛;]$/.test(t)) return false;
  const d = datelineOfLine(next);
  return d !== null && (d.date !== null || d.tag !== null || d.dayMonth !== null);
}

/** One word alone on a line, no punctuation: a section or category label. */
function isLabel(t: string): boolean {
  return t.length <= 25 && !/[\s.؟?!:،,؛;]/.test(t);
}

/**
 * Short and without sentence-final punctuation. A closing quote may end it when no full stop
 * stands inside it: headlines often end on a quoted phrase ("… مع «الجنوب العالمي»").
 */
function headlineLike(t: string): boolean {
  if (t.length > 160) return false;
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 20) return false;
  return !/(?:[.؟?!:،,؛;]|[.؟?!،,]["»”])$/.test(t);
}

/**
 * The dateline opening the body: the first line after the title, or after a deck (subtitle
 * lines, which read as headlines too) below it — newspapers print one or two.
 */
function findDateline(text: string, title: string | null): { match: DatelineMatch; offset: number } | null {
  for (const line of lines(text, 4)) {
    const t = line.text.trim();
    if (title && t === title) continue;
    const match = datelineOfLine(line.text);
    if (match) return { match, offset: line.start };
    if (!headlineLike(t) && !isLabel(t)) return null;
  }
  return null;
}

// What a copyright line holds besides its owner's name.
const COPYRIGHT_WORDS = /©|\(c\)|جميع الحقوق محفوظ[ةه]?|الحقوق محفوظ[ةه]?|حقوق النشر محفوظ[ةه]?|حقوق النشر|all rights reserved|copyright|\p{N}+/giu;

/**
 * The owner a copyright line names: "© 2026 CGTN العربية. جميع الحقوق محفوظة.", "جميع الحقوق
 * محفوظة لوكالة الأنباء الأردنية 2024", "… © الوكالة العربية السورية للأنباء - سانا 2023".
 */
function copyrightOwner(text: string): Outlet | null {
  const rest = text.replace(COPYRIGHT_WORDS, " ").replace(/[.،,|:]/g, " ").replace(/\s+/g, " ").trim();
  // "لوكالة …", "لـ سانا", "لمؤسسة الأهرام": the owner after ل.
  const owner = rest.replace(/^لـ?\s*/, "").replace(/^(?:مؤسس[ةه]|موقع)\s+/, "");
  for (const c of [owner, rest]) {
    const o = outletByName(c, { ambiguous: true }) ?? outletByTag(c) ?? (outletPair(normalize(c)) ? outletByName(c.split(/\s+[-–—|]\s+/)[0], { ambiguous: true }) : null);
    if (o) return o;
  }
  return null;
}

/** The outlet a dropped credit or site-name line names: "/مصدر: شينخوا/ …", "CGTN العربية/", "المصدر: وام". */
function outletOfDropped(d: DroppedLine): string | null {
  if (d.kind === "copyright") return copyrightOwner(d.text)?.name_en ?? null;
  if (d.kind !== "credit" && d.kind !== "site") return null;
  const footer = d.kind === "credit" ? agencyFooter(d.text) : null;
  if (footer) return footer.name_en;
  const candidates = [d.text];
  const label = /(?:المصدر|مصدر|نقلا عن|نقلاً عن|source)\s*[:：/]\s*([^/|\d]+)/i.exec(d.text);
  if (label) {
    candidates.unshift(label[1]);
    // "المصدر: الجزيرة + وكالات": one named outlet beside unnamed agencies or sites is the source.
    const named = soleNamed(label[1]);
    if (named) return named.name_en;
  }
  // "/صحيفة الشعب اليومية أونلاين/ 2025:04:18.08:42": the name between the slashes.
  const slashed = /^\/([^/]+)\//.exec(d.text.trim());
  if (slashed) candidates.unshift(slashed[1]);
  // A name that is also a word (الخليج، البيان) counts in a credit line or a "…/" site line only.
  // A site line above the body is a masthead (clean.ts drops a name that is also a word only there).
  const marked = d.kind === "credit" || /^\/|\/$/.test(d.text.trim()) || (d.kind === "site" && d.keptBefore === 0);
  // "2024-06-07 20:15:33 | arabic.news.cn", "سبوتنيك عربي - 22 أكتوبر 2024": the site beside the time.
  const site = d.kind === "credit" ? siteOfStamp(d.text) : null;
  if (site) {
    const o = /\.[a-z]{2,}$/i.test(site) ? outletByUrl(`https://${site}`) : (outletByName(site) ?? outletByTag(site));
    if (o) return o.name_en;
  }
  // "DW عربية | سياسة واقتصاد": the name beside a section.
  const masthead = d.kind === "site" ? mastheadOutlet(d.text) : null;
  if (masthead) return masthead.name_en;
  // A byline naming the reporter's outlet: "بقلم: سارة علي - صحيفة الغد", "كتب - محمد علي | بوابة الأهرام".
  const byline = d.kind === "credit" ? bylineOutlet(d.text) : null;
  if (byline) return byline.name_en;
  // A web host alone on a site line: "arabic.rt.com".
  if (d.kind === "site" && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(d.text.trim())) return outletByUrl(`https://${d.text.trim()}`)?.name_en ?? null;
  // "هسبريس - أ.ف.ب": the agency a site credits is the source.
  if (d.kind === "credit" && outletPair(normalize(d.text))) {
    const named = d.text.split(/\s+[-–—|]\s+|\s*\/\s*/).map((p) => outletByName(p, { ambiguous: true }) ?? outletByTag(p));
    const agency = named.find((o) => o?.kind === "agency") ?? named[0];
    if (agency) return agency.name_en;
  }
  for (const c of candidates) {
    const o = outletByName(c, { ambiguous: marked }) ?? outletByTag(c);
    if (o) return o.name_en;
  }
  return null;
}

const BYLINE_HEAD = /^(?:كتب|كتبت|بقلم|تقرير|اعداد|مراسل|المراسل)(?=\s|:|$)/;

/** The one outlet a byline names in one of its parts (split by dashes, bars, commas), or null. */
function bylineOutlet(text: string): Outlet | null {
  if (!BYLINE_HEAD.test(normalize(text))) return null;
  const named = new Set<Outlet>();
  for (const raw of text.split(/\s*[-–—|،,:/]\s*/)) {
    const part = raw.trim();
    const o = part === "" ? null : (outletByName(part, { ambiguous: true }) ?? outletByTag(part));
    if (o) named.add(o);
  }
  return named.size === 1 ? [...named][0] : null;
}

// Sources a credit names without naming an outlet.
const UNNAMED_SOURCES = /^(?:وكالات|وكالات الانباء|وكالات انباء|مواقع|مواقع التواصل|مواقع التواصل الاجتماعي|صحف|وسائل اعلام|مراسلون|مراسلين|متابعات|الصحافه)$/;
// A source that may be an outlet we do not list ("صحيفة محلية", "وكالة …"): with it, the named one is not alone.
const MAYBE_OUTLET = /^(?:صحيفه|جريده|مجله|وكاله|قناه|موقع|شبكه|اذاعه|تلفزيون|بوابه|راديو)(?: |$)/;

/**
 * The one outlet a list of sources names ("الجزيرة + وكالات", "رويترز، وكالات", "RT + وزارة
 * الخارجية الروسية", "TRT عربي - وكالات"), or null if none or several. Institutions beside it
 * (a ministry, a presidency) are its sources, not other outlets.
 */
function soleNamed(list: string): Outlet | null {
  const parts = list.split(/\s*[+،,&]\s*|\s+[-–—|]\s+|\s+و(?=\S)/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return null;
  const named = new Set<Outlet>();
  for (const p of parts) {
    const n = normalize(p.replace(/["“”«»]/g, ""));
    if (UNNAMED_SOURCES.test(n)) continue;
    const o = outletByName(n, { ambiguous: true }) ?? outletByTag(n);
    if (!o) {
      if (MAYBE_OUTLET.test(n) || /^[a-z]/i.test(p)) return null;
      continue;
    }
    named.add(o);
  }
  if (named.size === 1) return [...named][0];
  // "RT + نوفوستي", "سكاي نيوز عربية + رويترز": the one site or channel among agencies put the report together.
  const sites = [...named].filter((o) => o.kind !== "agency");
  return sites.length === 1 ? sites[0] : null;
}

/**
 * A masthead line of the outlet and its place or section, where the name may be a word too:
 * "«عكاظ» (جدة)", "«الحياة» - لندن", "الحرة - واشنطن", "الشرق الأوسط - رأي". A place or one or
 * two words after the name, nothing else on the line.
 */
function mastheadLine(t: string): Outlet | null {
  const quoted = /^«([^«»\d]{2,30})»\s*(?:\(([^()\d]{2,30})\)|[-–—:]\s*([^\d.،,:]{2,30}))?(?:\s+\S*@\S*)?$/u.exec(t);
  if (quoted) return outletByQuotedName(quoted[1]);
  const dashed = /^([^\d\-–—:.،,«»]{2,30}?)\s+[-–—]\s+([^\d\-–—:.،,«»]{2,30})$/u.exec(t);
  if (!dashed) return null;
  const after = dashed[2].trim();
  if (placeCountries(after) === undefined && after.split(/\s+/).length > 2) return null;
  return placeCountries(dashed[1].trim()) === undefined ? outletByName(dashed[1], { ambiguous: true }) : null;
}

/** An outlet name opening the first body line, "سكاي نيوز عربية - أبوظبي: …". */
function openingName(text: string): string | null {
  for (const line of lines(text, 3)) {
    const masthead = mastheadLine(line.text.trim());
    if (masthead) return masthead.name_en;
  }
  for (const line of lines(text, 2)) {
    const words = line.text.trim().split(/\s+/).slice(0, 4);
    for (let k = words.length; k >= 1; k--) {
      const head = words.slice(0, k).join(" ");
      const next = line.text.trim().slice(head.length);
      if (!/^\s*[-–—:|]/.test(next)) continue;
      const o = outletByName(head);
      if (o) return o.name_en;
    }
  }
  return null;
}

// A paper names itself in its own report as the one told or the one that learned:
// "قالت مصادر لـ«الحياة»", "في تصريح لـ"الغد"", "وعلمت «الأخبار» أن", "حصلت «عكاظ» على نسخة".
const SELF_REFERENCE = /(?:(?<![\p{L}])لـ?\s*|(?:علمت|تلقت|حصلت|اطلعت|سألت)\s+)[«"“]([^«»"“”\d\n]{2,30})[»"”]/gu;

/**
 * The one paper (no agency: "لـ«رويترز»" cites another outlet) that the report says was told
 * something or learned it, in its own quoted name; null if none or several.
 */
function selfReference(text: string): Outlet | null {
  let found: Outlet | null = null;
  for (const m of text.matchAll(SELF_REFERENCE)) {
    const o = outletByQuotedName(m[1]);
    if (!o || o.kind === "agency") continue;
    if (found && found !== o) return null;
    found = o;
  }
  return found;
}

/** A tag closing the last paragraph, "… (وام)" / "… - (أ ف ب)" / "… /قنا/". */
function closingTag(text: string): string | null {
  const m = /(?:\(([^()\d]{1,20})\)|\/\s*([^/\d]{1,20}?)\s*\/)\s*[.]?\s*$/.exec(text.slice(-60));
  return m ? (outletByTag(m[1] ?? m[2]) ?? null)?.name_en ?? null : null;
}

function detectOutlet(input: MetadataInput, dateline: DatelineMatch | null): string | null {
  if (input.outlet) return canonicalOutlet(input.outlet);
  const head = input.dropped.filter((d) => d.keptBefore <= 1);
  const tail = input.dropped.filter((d) => d.keptBefore > 1);
  // The credited source first (a Xinhua report on another site is Xinhua's), then the site.
  for (const d of head.filter((x) => x.kind === "credit")) {
    const o = outletOfDropped(d);
    if (o) return o;
  }
  if (dateline?.outlet) return dateline.outlet.name_en;
  for (const d of head.filter((x) => x.kind === "site")) {
    const o = outletOfDropped(d);
    if (o) return o;
  }
  for (const d of tail) {
    const o = outletOfDropped(d);
    if (o) return o;
  }
  const opening = openingName(input.text);
  if (opening) return opening;
  const closing = closingTag(input.text);
  if (closing) return closing;
  if (input.siteName) return canonicalOutlet(input.siteName);
  const byUrl = input.url ? outletByUrl(input.url) : null;
  if (byUrl) return byUrl.name_en;
  // A label of one outlet's page template left in the copy ("صدر الصورة، Getty Images").
  for (const d of input.dropped) {
    const o = d.kind === "caption" ? outletByPageMark(d.text) : null;
    if (o) return o.name_en;
  }
  // "نواكشوط، 18/02/2025 - … في تصريح لوكالة الأنباء الموريتانية": the home agency's own report.
  const home = dateline?.place && !dateline.tag ? agencyToldAtHome(input.text, dateline.place) : null;
  if (home) return home.name_en;
  return selfReference(input.text)?.name_en ?? null;
}

/** Year, month and day in a URL path: /2024/03/05/, /2024-03-05, /20240305. */
function urlDate(url: string | null | undefined): { year: number; month: number | null; day: number | null } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full = /(?:^|\/|[^\d])((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?=\/|[^\d]|$)/.exec(path) ?? /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\/|[^\d]|$)/.exec(path);
  if (full) {
    const iso = isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
    if (iso) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  }
  const ym = /\/((?:19|20)\d\d)\/(\d\d)\//.exec(path);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return { year: Number(ym[1]), month: Number(ym[2]), day: null };
  return null;
}

/**
 * The year of a dateline that states only day and month, when other evidence fixes it without
 * doubt: a URL date of the same month, or the same day and month written with a year elsewhere
 * in the article. Several candidate years, or none, leave it unknown.
 */
function safeYear(month: number, day: number, input: MetadataInput, anchor: string | null, updated: string | null): number | null {
  // A dateline is written on (or a day or two before) publication: a known publication date
  // within a month of the day and month fixes the year, across a new year too.
  if (anchor) {
    const a = Date.parse(anchor);
    const y = Number(anchor.slice(0, 4));
    for (const cand of [y - 1, y, y + 1]) {
      const iso = isoDate(cand, month, day);
      if (iso && Math.abs(Date.parse(iso) - a) <= 31 * 86_400_000) return cand;
    }
  }
  // An update comes on or after publication, mostly within days: the day and month in the week
  // up to an update time fix the year ("آخر تحديث: 07-03-2021 14:35" above "عمان 7 آذار (بترا)").
  if (updated) {
    const u = Date.parse(updated);
    const y = Number(updated.slice(0, 4));
    for (const cand of [y - 1, y]) {
      const iso = isoDate(cand, month, day);
      if (iso && Date.parse(iso) <= u && u - Date.parse(iso) <= 7 * 86_400_000) return cand;
    }
  }
  const years = new Set<number>();
  const filed = filingDate(input.dropped);
  if (filed && filed.month === month && filed.day === day) years.add(filed.year);
  const u = urlDate(input.url);
  if (u && u.month === month && (u.day === null || u.day === day)) years.add(u.year);
  for (const d of findDates(input.text)) {
    if (d.calendar === "gregorian" && d.year !== null && d.month === month && d.day === day) years.add(d.year);
  }
  return years.size === 1 ? [...years][0] : null;
}

const SHORT_MONTHS = ["ينا", "فبر", "مار", "ابر", "ماي", "يون", "يول", "اغس", "سبت", "اكت", "نوف", "ديس"];
// "كونا291823 جمت ديس 08": day 29, 18:23 GMT, December 2008 (KUNA's closing line).
const FILING_STAMP = /(\d{2})\d{4}\s*(?:جمت|gmt)\s+(\p{L}{3})\s+(\d{2})$/iu;

/** Day, month and year of a wire's filing stamp on a closing credit line, or null. */
function filingDate(dropped: DroppedLine[]): { year: number; month: number; day: number } | null {
  for (const d of dropped) {
    if (d.kind !== "credit") continue;
    const m = FILING_STAMP.exec(normalize(d.text));
    const month = m ? SHORT_MONTHS.indexOf(m[2]) + 1 : 0;
    if (m && month > 0) return { year: 2000 + Number(m[3]), month, day: Number(m[1]) };
  }
  return null;
}

function datelineDate(match: DatelineMatch, input: MetadataInput, anchor: string | null, updated: string | null): string | null {
  const d: DateMention | null = match.date;
  if (d?.iso) return d.iso;
  const dm = d && d.calendar === "gregorian" && d.month !== null && d.day !== null ? { month: d.month, day: d.day } : match.dayMonth;
  if (!dm) return null;
  const year = safeYear(dm.month, dm.day, input, anchor, updated);
  return year === null ? null : isoDate(year, dm.month, dm.day);
}

const UPDATE_LABEL = /(?:آخر تحديث|اخر تحديث|تم التحديث|تحديث|مُ?حدَّ?ث[ةه]?(?=[\s:)]|$)|آخر تعديل|اخر تعديل|حُ?د[َّ]*ثت?(?=\s|:)|عُ?د[َّ]*لت?(?=\s|:)|updated)/i;
const PUBLISHED_LABEL = /(?:^|[^\p{L}])(?:نُ?شِ?رَ?(?:ت)?|تاريخ النشر|أُ?ضيفَ?(?:ت)?|published|posted)(?![\p{L}])/iu;

function timestampDate(dropped: DroppedLine[]): string | null {
  for (const d of dropped) {
    // Below a "related" head the dates belong to other articles.
    if (d.kind === "related") break;
    if (d.kind !== "timestamp" && d.kind !== "credit") continue;
    // An update time is not the publication date: only a date before the update label counts
    // ("نشر في: 5 مارس 2024 - آخر تحديث: 6 مارس 2024"), or after a publication label that
    // follows it ("آخر تحديث: 2024-03-06 | نشر في: 2024-03-05").
    let t = undashDate(d.text);
    const first = UPDATE_LABEL.exec(t);
    const published = first ? PUBLISHED_LABEL.exec(t.slice(first.index)) : null;
    if (first && published) t = t.slice(first.index + published.index);
    const update = UPDATE_LABEL.exec(t);
    const dates = findDates(update ? t.slice(0, update.index) : t).filter((x) => x.iso !== null);
    // "السبت - 25 شوال 1445 هـ - 04 مايو 2024 مـ": the printed Gregorian date, not a conversion
    // of the Hijri one (the month's start may differ from Umm al-Qura's by a day).
    const found = dates.find((x) => x.calendar === "gregorian") ?? dates[0];
    if (found?.iso) return found.iso;
  }
  return null;
}

/** The first full date after an update label in a stamp or credit line ("آخر تحديث: 07-03-2021"), or null. */
function updateDate(dropped: DroppedLine[]): string | null {
  for (const d of dropped) {
    if (d.kind === "related") break;
    if (d.kind !== "timestamp" && d.kind !== "credit") continue;
    const label = UPDATE_LABEL.exec(d.text);
    const found = label ? findDates(d.text.slice(label.index)).find((x) => x.iso !== null) : undefined;
    if (found?.iso) return found.iso;
  }
  return null;
}

/**
 * The date the first paragraph calls اليوم (lead-date.ts), unless a dateline states another day.
 * The first paragraph is the first line after the title that does not read as a headline
 * (a deck or a byline). A first paragraph without اليوم may be a summary printed above the
 * report (DW, BBC: "أعلنت ميركل … عن إنشاء صندوق …" before "استضافت ميركل اليوم الثلاثاء
 * (30 تشرين الأول/ أكتوبر 2018) …"): then the next paragraph is the lead.
 */
function leadDate(text: string, title: string | null, found: { match: DatelineMatch; offset: number } | null): string | null {
  const match = found?.match;
  let paragraphs = 0;
  for (const line of lines(text, 7)) {
    const t = line.text.trim();
    if ((title && t === title) || headlineLike(t) || isLabel(t)) continue;
    const inLine = found && found.offset === line.start ? found.match.end : 0;
    const iso = leadTodayDate(line.text, inLine);
    if (!iso && ++paragraphs === 1 && !/(?:^|[^\p{L}])اليوم(?![\p{L}])/u.test(line.text)) continue;
    if (!iso) return null;
    const month = Number(iso.slice(5, 7));
    const day = Number(iso.slice(8, 10));
    const written = match?.date;
    if (written && written.calendar === "gregorian" && ((written.month !== null && written.month !== month) || (written.day !== null && written.day !== day))) return null;
    if (written && written.calendar === "hijri") return null;
    if (match?.dayMonth && (match.dayMonth.month !== month || match.dayMonth.day !== day)) return null;
    return iso;
  }
  return null;
}

const TODAY_WEEKDAY = /(?<![\p{L}])اليوم\s*[,،(]?\s*(الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)(?![\p{L}])/u;
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6 };

/**
 * A page that prints only its update time ("آخر تحديث: الأحد 27 حزيران 2021"), whose lead
 * calls the same weekday اليوم ("عقدت في بغداد اليوم الأحد"): it was written that day (an update
 * comes on or after publication, and a week later the lead would not say اليوم).
 */
function updatedToday(input: MetadataInput, title: string | null): string | null {
  const updated = updateDate(input.dropped);
  if (!updated) return null;
  for (const line of lines(input.text, 4)) {
    const t = line.text.trim();
    if ((title && t === title) || headlineLike(t)) continue;
    const m = TODAY_WEEKDAY.exec(t.slice(0, 400));
    if (!m) return null;
    const day = WEEKDAY_NUMBER[m[1].replace(/^الإ/, "ال").replace(/^الأ/, "الا")];
    return day === weekdayOf(updated) ? updated : null;
  }
  return null;
}

export function extractMetadata(input: MetadataInput): Metadata {
  const title = input.title?.trim() || headlineOf(input.text);
  const found = findDateline(input.text, title);
  const match = found?.match ?? null;
  const given = input.published ? parseDateValue(input.published) : null;
  const stated = given ?? timestampDate(input.dropped);
  let dateline: Dateline | null = null;
  let fromDateline: string | null = null;
  if (found && match) {
    fromDateline = datelineDate(match, input, stated, stated ? null : updateDate(input.dropped));
    dateline = {
      start: found.offset + match.start,
      end: found.offset + match.end,
      text: match.text,
      place: match.place,
      date: fromDateline,
    };
  }
  const u = urlDate(input.url);
  const fromUrl = u && u.month !== null && u.day !== null ? isoDate(u.year, u.month, u.day) : null;
  const published = stated ?? fromDateline ?? fromUrl ?? leadDate(input.text, title, found) ?? updatedToday(input, title);
  const outlet = detectOutlet(input, match);
  return {
    title: title || null,
    outlet,
    published,
    dateline,
    credited: creditedNames(input.dropped, outlet),
  };
}
