// Web boilerplate removal. Pages and copied articles carry navigation and furniture around the
// report: breadcrumbs, share/print bars, "read also" links, photo captions, credit and site-name
// lines, bare timestamps, copyright footers. Each line is classified on its own by the patterns
// Arabic news sites share; dropped lines are returned (with their kind) because some carry
// metadata — "/مصدر: شينخوا/ 2023:09:20.09:51" names the source and the publication time.
import { foldedWordCount, normalize } from "../text/normalize.js";
import { findDates, mayHoldDate } from "../text/dates.js";
import { outletByName, outletByTag, outletByUrl, type Outlet } from "./outlets.js";
import { placeCountries } from "./places.js";

export type DroppedKind =
  | "breadcrumb"
  | "menu"
  | "share"
  | "related"
  | "caption"
  | "credit"
  | "site"
  | "timestamp"
  | "copyright"
  | "rule";

export interface DroppedLine {
  /** The line as written (trimmed). */
  text: string;
  kind: DroppedKind;
  /** 0-based line number in the input. */
  line: number;
  /** How many body lines had been kept before it: 0 means it came before the body. */
  keptBefore: number;
}

export interface Cleaned {
  /** The body: kept lines, paragraph breaks kept ("\n" or one blank line), spaces tidied. */
  text: string;
  dropped: DroppedLine[];
}

const words = (n: string): string[] => n.split(" ").filter(Boolean);

// Words of share, print and social-media bars (matching forms). A line made only of these is a toolbar.
const TOOLBAR = new Set(
  [
    "مشاركه", "شارك", "شاركها", "شاركوا", "المقال", "الخبر", "الصفحه", "طباعه", "اطبع", "ارسل", "ارسال", "لصديق",
    "البريد", "الالكتروني", "ايميل", "فيسبوك", "فيس", "بوك", "تويتر", "اكس", "واتساب", "واتس", "اب", "تلغرام",
    "تليجرام", "تيليغرام", "لينكدان", "لينكد", "ان", "انستغرام", "انستجرام", "يوتيوب", "تيك", "توك", "نسخ", "انسخ", "الرابط",
    "رابط", "حفظ", "تكبير", "تصغير", "الخط", "تعليق", "تعليقات", "عبر", "على", "مختصر", "هذه", "هذا", "القصه",
    // A search box and a skip link: "بحث", "تخطى إلى المحتوى الرئيسي".
    "بحث", "تخطي", "تخطى", "انتقل", "الي", "المحتوي", "الرييسي", "facebook", "twitter",
    // More of the same bars: "احفظ | شارك", "A+ A- | مشاركة | فايسبوك", "شارك | جوجل بلس | 14 تعليق", "تعليقات الزوار (41)".
    "احفظ", "فايسبوك", "جوجل", "بلس", "ماسنجر", "مسنجر", "بينتريست", "سناب", "شات", "ريديت", "الزوار",
    "القراء", "تعليقك", "اضف", "المفضله", "استمع", "قراءه", "دقايق", "دقيقه", "messenger",
    "whatsapp", "telegram", "linkedin", "email", "e-mail", "print", "share", "x", "a+", "a-", "+", "-", "copy", "link",
  ].map(normalize),
);

// Section heads and link rows that introduce other articles.
const RELATED_HEADS = new Set(
  [
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "مواضيع ذات صلة",
    "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "أخبار متعلقة", "موضوعات متعلقة", "مواضيع متعلقة", "الأكثر قراءة",
    "الأكثر مشاهدة", "الأكثر تداولا", "صور ساخنة", "اخترنا لكم", "المزيد من الأخبار", "المزيد", "كلمات مفتاحية",
    "الكلمات المفتاحية", "الوسوم", "وسوم", "تابعونا على", "تابعوا آخر الأخبار", "تابعوا", "اشترك في", "اشترك الآن",
    "للاشتراك", "حمل تطبيق", "النشرة الإخبارية", "النشرة البريدية", "كلمات ذات صلة", "كلمات دلالية", "الكلمات الدلالية",
    "شارك برأيك", "اقرأ المزيد عن", "آخر الأخبار", "الأخبار الأخيرة", "أخبار مقترحة", "فيديو", "صور", "ملفات ذات صلة", "المزيد حول هذه القصة",
    "related", "read more", "tags",
  ].map(normalize),
);
for (const h of RELATED_HEADS) if (h === "" || h.includes(":")) throw new Error(`related head empty or with a colon: "${h}"`);

/** A related head followed by a colon: "اقرا ايضا:" or "اقرا ايضا :" (a head holds no colon, so its colon is the first). */
function startsWithRelatedHead(head: string): boolean {
  const colon = head.indexOf(":");
  if (colon < 0) return false;
  return RELATED_HEADS.has(head.slice(0, colon)) || (head[colon - 1] === " " && RELATED_HEADS.has(head.slice(0, colon - 1)));
}

const PHOTO_CREDIT_END = /(?:\([^()]{0,30}ارشيف[^()]{0,30}\)|©\s*[^\s©.،,؟!][^©.،,؟!]{0,30})$/;
/** PHOTO_CREDIT_END needs one of these: tested first, it spares most lines a search from every position. */
const mayEndInPhotoCredit = (n: string): boolean => n.includes("ارشيف") || n.includes("©");
const RIGHTS = /^©|حقوق|all rights|copyright/;
// Where a caption places someone in its picture: "(يسار)", "(الثاني من اليمين)", "(وسط)".
const PICTURE_PLACE = /\((?:يسار|يمين|وسط|في الوسط|الي اليسار|الي اليمين|اليسار|اليمين|(?:[^()]{1,20} )?من (?:اليسار|اليمين))\)/;
// A caption's participle of meeting, in its first words (a sentence would have a verb there):
// "الرئيس مستقبلاً …", "وزير الخارجية مجتمعاً مع …", "الملك متوسطاً …".
const PARTICIPLE_CAPTION = /^(?:\S+ ){1,5}(?:مستقبلا|مستقبله|مجتمعا|مجتمعه|ملتقيا|متوسطا|متوسطه|متريسا|متريسه|مصافحا|مصافحه|مودعا|متسلما|مستمعا)(?: |$)/;
// "وكان الرئيس مستقبلا …": a verb before the participle makes a sentence.
const SENTENCE_VERB_FIRST = /^[وف]?(?:كان|كانت|ظل|ظلت|بقي|بات|اصبح|جلس|وقف|بدا)(?: |$)/;
// Picture agencies a caption credits beside the news agencies: "(غيتي)", "(الأوروبية)", "(الجزيرة)".
const PICTURE_AGENCY = /^(?:غيتي|جيتي|getty(?: images)?|الاوروبيه|الفرنسيه|ا ب|epa|afp|reuters|ap|شترستوك|shutterstock|مواقع التواصل|مواقع التواصل الاجتماعي|وسائل التواصل|منصه اكس|وكالات|ارشيف|الصحافه الفرنسيه)$/;

/** The credit that closes a caption, in brackets: a news or picture agency ("(رويترز)", "(غيتي)", "(رويترز-أرشيف)"). */
function photoCredit(line: string): boolean {
  const m = /\(([^()]{1,40})\)\s*$/.exec(line);
  if (!m) return false;
  return m[1].split(/\s*[-–—/،,]\s*/).every((p) => {
    const n = normalize(p);
    return PICTURE_AGENCY.test(n) || outletByTag(p) !== null || outletByName(p, { ambiguous: true }) !== null;
  });
}
const PROMO = /^(?:تابعوا|تابعونا|اشترك|اشتركوا|حمل|حملوا|نزل|نزلوا) /;
const CAPTION_HEAD = /^[([]?\s*(?:الصوره|صوره|الصور|صور|تصوير|مصدر الصوره|صدر الصوره|التعليق علي الصوره|photo|image)\s*[:：/\-–،,]/;
const CAPTION_START = /^[([]?\s*(?:(?:صوره|الصوره|صور) (?:ارشيفيه|ملتقطه|التقطت|تظهر|نشرتها|وزعتها|من|للرييس|لوزير|توضيحيه|تعبيريه)|(?:حقوق|مصدر|صدر) الصوره|image caption|التعليق علي الصوره)/;
// A caption that names its picture at the end: "الرئيس خلال اللقاء - صورة أرشيفية", "… (صورة من الأرشيف)".
const CAPTION_END = /(?:[-–—|]|^|\()\s*(?:صوره ارشيفيه|صوره من الارشيف|من الارشيف|صوره توضيحيه|صوره تعبيريه|ارشيفيه)\s*\)?\.?$/;
// A short caption under a meeting's picture: "جانب من اللقاء", "جانب من المباحثات الثنائية".
const SCENE_CAPTION = /^(?:جانب|جوانب|لقطه|لقطات) من /;
const CREDIT_HEAD =
  /^[/([]?\s*(?:المصدر|مصدر|المصادر|تحرير|اعداد|ترجمه|نص|المحرر(?: المسوول)?|تنسيق|كتب|كتبت|بقلم|مراسل|المراسل|نقلا عن|source|editor)\s*[:：/]/;
const BREADCRUMB_HEAD = /^(?:الصفحه الرييسيه|الرييسيه|home)\s*(?:>>|>|»|›|\/|\||<<|«|‹)/;
// ">" and "›" only separate navigation; "»" and "«" also quote, so they count only in runs without the other.
const BREADCRUMB_SEP = /\s(?:>>|>|›|<<|<|‹)\s/;
const GUILLEMET_SEP = /\s[»«]\s/g;
const COPYRIGHT = /(?:©|جميع الحقوق محفوظه|حقوق النشر|all rights reserved|copyright)/;

// What may stand beside a date in a timestamp line: labels, weekdays, times, zones.
// Words count only whole (ص and م must not eat letters of a site's name beside the date).
const TIMESTAMP_FILLER = new RegExp(
  `(?<!\\p{L})(?:${[
    // Publication and update labels in their usual conjugations (نشر/نشرت، أضيف/أضيفت، حدث/حدثت).
    "(?:نشر|نشرت|اضيف|اضيفت|حدث|حدثت|عدل|عدلت)(?: في| بتاريخ| يوم)?", "تم النشر", "تاريخ النشر", "تاريخ الاضافه",
    "اخر تحديث", "اخر تعديل", "تم التحديث", "محدث", "محدثه", "تحديث", "التاريخ", "بتاريخ",
    // "5 رمضان 1445هـ الموافق 15 مارس 2024م": the word joining a Hijri date to its Gregorian equivalent.
    "الموافق", "الموافقه", "موافق",
    // A newspaper's masthead line prints its issue and volume beside the date: "رقم العدد [16213]", "السنة 139 العدد 46698".
    "(?:رقم )?العدد\\s*[\\[(]?\\s*\\d{1,6}\\s*[\\])]?", "السنه\\s+\\d{1,4}(?!\\d)",
    "published", "updated", "posted", "الساعه", "ب?توقيت [^\\d]+", "غرينتش", "جرينتش",
    // A zone with its offset ("14:52 GMT+2", "UTC+03:00").
    "(?:gmt|utc)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?", "صباحا", "مساء", "ظهرا",
    "ت م", "ت غ", "جمت", "ص", "م", "am", "pm", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "منذ",
  ].join("|")})(?!\\p{L})|\\d{1,2}:\\d{2}(?::\\d{2})?|[|:،,\\-–—/.()+]`,
  "gu",
);

/** Boilerplate kind of one trimmed line, or null when it is body text. */
export function classifyLine(line: string): DroppedKind | null {
  // Most lines are body paragraphs: a long one is decided by its first words, unless they cannot
  // tell. (No rule tells 21 words from more.)
  // A line closed by a bracket may be a caption closed by its photo credit: read whole.
  if (line.length > HEAD && !line.endsWith(")") && foldedWordCount(line, 20) > 20) {
    const kind = classifyByHead(line);
    if (kind !== undefined) return kind;
  }
  const n = normalize(line);
  return classifyFolded(line, n, wordsOf(n));
}

/** The words of folded text: it has single spaces and none at its ends. */
function wordsOf(n: string): number {
  if (n === "") return 0;
  let k = 1;
  for (let i = n.indexOf(" "); i >= 0; i = n.indexOf(" ", i + 1)) k++;
  return k;
}

/** classifyLine without the short way for long lines: what that way must give (for tests). */
export function classifyLineWhole(line: string): DroppedKind | null {
  const n = normalize(line);
  return classifyFolded(line, n, wordsOf(n));
}

/** The characters of a long line whose folded form decides it, when it can be decided by them. */
const HEAD = 64;

/**
 * classifyLine for a line of more than 20 words, from its first HEAD characters; undefined when
 * they cannot decide. At that length only the letter test, the patterns anchored at the start
 * (which read fewer than 32 folded characters) and the toolbar words apply, and a toolbar line
 * needs every word to be one: a complete word of the head that is not decides it.
 */
function classifyByHead(line: string): DroppedKind | null | undefined {
  const cut = isHighSurrogate(line.charCodeAt(HEAD - 1)) ? HEAD + 1 : HEAD;
  // A prefix of normalize(line): folding goes character by character.
  const n = normalize(line.slice(0, cut));
  if (n.length < 32 || !/[\p{L}\p{N}]/u.test(n)) return undefined;
  if (BREADCRUMB_HEAD.test(n)) return "breadcrumb";
  const complete = n.lastIndexOf(" ");
  if (complete < 0 || everyWord(n.slice(0, complete), (t) => isToolbarWord(t) || isBarCount(t))) return undefined;
  if (CAPTION_HEAD.test(n) || CAPTION_START.test(n)) return "caption";
  return null;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** A word of a share or print bar (folded), with the colons and bars around it. */
function isToolbarWord(t: string): boolean {
  return TOOLBAR.has(t.replace(/^[:|]+|[:|]+$/g, "")) || /^[:|•·]+$/.test(t);
}

/** A count a bar prints beside its words: "14" (تعليق), "(41)". */
const isBarCount = (t: string): boolean => /^[:|]*\(?\d{1,6}\)?[:|]*$/.test(t);

/** A share or print bar: toolbar words and the counts beside them, at least one word. */
function toolbarLine(n: string): boolean {
  let named = false;
  const every = everyWord(n, (t) => {
    if (!isToolbarWord(t)) return isBarCount(t);
    if (!/^[:|•·]+$/.test(t)) named = true;
    return true;
  });
  return every && named;
}

// Heads under which a page prints its readers' comments, to its end: "تعليقات الزوار", "التعليقات (3)".
const COMMENTS_HEAD = /^(?:التعليقات|تعليقات الزوار|تعليقات القراء|اضف تعليقك|اضف تعليقا|اترك تعليقا|اكتب تعليقك|شارك برايك)(?: \(?\d{1,5}\)?)?$/;

/** A line that opens the readers' comments (folded and trimmed of its colon). */
export function isCommentsHead(line: string): boolean {
  return COMMENTS_HEAD.test(withoutTrailingMarks(normalize(line)));
}

/** classifyLine over the folded line `n` of `wordCount` words. */
function classifyFolded(line: string, n: string, wordCount: number): DroppedKind | null {
  if (wordCount === 0) return null;
  const short = wordCount <= 12;
  if (!/[\p{L}\p{N}]/u.test(n)) return "rule";
  if (
    BREADCRUMB_HEAD.test(n) ||
    (short && !/[.؟!]$/.test(n) && (BREADCRUMB_SEP.test(n) || (countMatches(n, GUILLEMET_SEP) >= 2 && !(n.includes("«") && n.includes("»")))))
  )
    return "breadcrumb";
  if (short && linkRow(n)) return "breadcrumb";
  // Counts beside toolbar words, but no date: "17 آب 2023" holds اب (of واتس اب) and numbers.
  if (toolbarLine(n) && !(/\d/.test(n) && findDates(line).length > 0)) return "share";
  if (wordCount <= 20) {
    const head = withoutTrailingMarks(n);
    if (RELATED_HEADS.has(head) || startsWithRelatedHead(head)) return "related";
  }
  // A site's call to follow or subscribe: "تابعوا آخر أخبار … عبر Google News", "تابعوا RT على".
  if (short && PROMO.test(n) && !/[.؟!]$/.test(n)) return "related";
  // "تابع الجزيرة نت على: فيسبوك | إكس": the singular call, with its colon (تابع alone also opens sentences).
  if (short && /^تابع [^.؟!:]{2,40} علي\s*:/.test(n)) return "related";
  if (CAPTION_HEAD.test(n) || CAPTION_START.test(n)) return "caption";
  if (wordCount <= 20 && (n.includes("ارشيف") || n.includes("صوره")) && CAPTION_END.test(n) && !RIGHTS.test(n)) return "caption";
  if (short && SCENE_CAPTION.test(n) && !/[.؟!:،,]$/.test(n)) return "caption";
  // A link to the site's section below the report: "المزيد من سياسة", "المزيد من أخبار الخليج".
  if (wordCount <= 4 && /^المزيد من /.test(n) && !/[.؟!]$/.test(n)) return "related";
  // A caption that places the people in the picture and closes with its credit, no full stop:
  // "الوزير (يسار) لدى لقائه نظيره في جدة (رويترز)", "… (الثاني من اليمين) خلال القمة (الأناضول)".
  if (wordCount <= 40 && n.endsWith(")") && PICTURE_PLACE.test(n) && photoCredit(line)) return "caption";
  // A caption of a reception in the participle, closed by the photographer's name: "الرئيس بري
  // مستقبلاً الموفد الفرنسي في عين التينة (نبيل إسماعيل)." (Lebanese and Gulf papers' style).
  if (wordCount <= 25 && PARTICIPLE_CAPTION.test(n) && !SENTENCE_VERB_FIRST.test(n) && (/\([^()\d.،,:]{1,20} [^()\d.،,:]{1,20}\)\.?$/.test(n) || photoCredit(line))) return "caption";
  // A caption closed by its photo credit: "… خلال اللقاء (الفرنسية-أرشيف)", "… في 26 حزيران 2020. © أ ف ب".
  if (wordCount <= 30 && mayEndInPhotoCredit(n) && PHOTO_CREDIT_END.test(n) && !RIGHTS.test(n)) return "caption";
  if (short && CREDIT_HEAD.test(n)) return "credit";
  // A byline on its own line: "كتب محمد أحمد", "بقلم: سارة علي".
  if (wordCount <= 5 && /^(?:كتب|كتبت|بقلم|اعداد|تقرير)\s/.test(n) && !/[.،,؟!]/.test(n)) return "credit";
  if ((short || (wordCount <= 20 && /^(?:©|جميع الحقوق محفوظه)/.test(n))) && COPYRIGHT.test(n)) return "copyright";
  // What the line holds besides a date and its labels, read once for both tests below.
  const left = wordCount <= 16 ? stampLeftover(line) : undefined;
  if (left === "") return "timestamp";
  // The site's name or host beside the publication time: "2024-06-07 20:15:33 | arabic.news.cn".
  if (short && siteOfStamp(line, left) !== null) return "credit";
  // A reporter's name beside the publication time: "محمد علي | 29.04.2024 - محدث: 30.04.2024".
  if (short && bylineStamp(line)) return "credit";
  // The publication time with the page's section beside it: "تاريخ النشر:20.12.2016 | 18:07 GMT | أخبار العالم".
  if (short && left && sectionedStamp(line)) return "timestamp";
  // A web host alone on a line: "arabic.rt.com".
  if (wordCount === 1 && HOST.test(line) && outletByUrl(`https://${line.replace(/^[|/\s]+|[|/\s]+$/g, "")}`)) return "site";
  // A site name between slashes and the publication time: "/صحيفة الشعب اليومية أونلاين/ 2025:04:18.08:42".
  if (short && n.startsWith("/") && slashedCredit(line)) return "credit";
  // A wire's closing line: its tag with the editors' initials or the filing time ("(بترا) ر ص/ م ع", "وام/عصم/", "بنا 1420 جمت 23/05/2023").
  if (wordCount <= 8 && agencyFooter(line)) return "credit";
  // The editors' initials alone, with the agencies a report drew on: "م ع ح / ع ع", "ع.ح/ ع.أ.ج (د ب أ، رويترز)".
  if (wordCount <= 12 && editorsInitials(line)) return "credit";
  // A wire's serial or filing number alone below the report: "0118".
  if (/^\d{3,6}$/.test(n) && !/^(?:19|20)\d\d$/.test(n)) return "rule";
  // The end mark of a wire release: "// انتهى //", "(انتهى)", "-النهاية-".
  if (wordCount <= 3 && /^[\s/()\-–—*.]*(?:انتهي|النهايه)[\s/()\-–—*.]*$/.test(n)) return "rule";
  // A line that is only an agency tag, "(رويترز)" or "- وام -".
  if (wordCount <= 4 && /^[([\-–—/\s]*[^()[\]]+[)\]\-–—/\s]*$/.test(n) && outletByTag(n)) return "credit";
  // A masthead: the site's name and a section or language, "DW عربية | سياسة واقتصاد".
  if (wordCount <= 8 && mastheadOutlet(line)) return "site";
  // A site and the agency it credits: "هسبريس - أ.ف.ب", "بوابة الأهرام | أ ش أ".
  if (wordCount <= 8 && outletPair(n)) return "credit";
  // A site-name line: "CGTN العربية/", "/شبكة ... الإخبارية/", or exactly an outlet's name.
  if (wordCount <= 7 && (/^\/|\/$/.test(n) || outletByName(n)) && findDates(line).length === 0) return "site";
  return null;
}

/**
 * A stamp line split by bars whose parts are the stamp and a section's name: every part holds a
 * date, a time and labels only, or one to four words with no digit or sentence mark, and one
 * part holds a full date.
 */
function sectionedStamp(line: string): boolean {
  const parts = line.split(/\s*\|\s*/).filter((p) => p.trim() !== "");
  if (parts.length < 2) return false;
  let dated = false;
  for (const p of parts) {
    if (timestampOnly(p)) {
      if (findDates(undashDate(p)).some((d) => d.iso !== null)) dated = true;
      continue;
    }
    const n = normalize(p);
    if (wordsOf(n) > 4 || /[\p{N}.،,؛:؟?!"«»]/u.test(n)) return false;
  }
  return dated;
}

/** A character linkRow's separators hold: without one, no pattern below is tried. */
const LINK_SEP_CHAR = /[|•·/]/;

/**
 * A row of three or more links split by bars, bullets or slashes (one kind), each of one to
 * three words, no digits: "من نحن | اتصل بنا | سياسة الخصوصية", "أخبار / سياسة / الخليج" (a
 * site's menu, footer or breadcrumbs; a stamp's parts hold digits, a headline has no three bars).
 */
function linkRow(n: string): boolean {
  if (!LINK_SEP_CHAR.test(n)) return false;
  const sep = / [|•·] .* [|•·] /.test(n) ? / [|•·] / : / \/ .* \/ /.test(n) ? / \/ / : null;
  if (!sep || /\p{N}/u.test(n)) return false;
  return n.split(sep).every((p) => p !== "" && wordsOf(p) <= 3);
}

/** Folded text without the spaces, colons, dashes, dots and "!" that end it (whitespace is only " " once folded). */
function withoutTrailingMarks(n: string): string {
  let end = n.length;
  while (end > 0 && TRAILING_MARKS.has(n.charCodeAt(end - 1))) end--;
  return end === n.length ? n : n.slice(0, end);
}

const TRAILING_MARKS = new Set([..." :：-–—.!"].map((c) => c.charCodeAt(0)));

function countMatches(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/** Whether every space-separated word of `s` passes `test` (in order, stopping at the first that fails). */
function everyWord(s: string, test: (word: string) => boolean): boolean {
  let from = 0;
  for (;;) {
    const sp = s.indexOf(" ", from);
    const word = s.slice(from, sp < 0 ? s.length : sp);
    if (word && !test(word)) return false;
    if (sp < 0) return true;
    from = sp + 1;
  }
}

/**
 * A page's stamp beside a word or two of its own (a category, an author's short name): "2026-01-18
 * سياسة". Only for lines already known to stand outside the article's text (an HTML page's lines
 * between its title and body): in a body, such a line may be a sentence's fragment.
 */
export function looseStamp(line: string): boolean {
  const left = stampLeftover(line);
  if (left === null || /[.،,؟?!]/.test(line) || !findDates(line).some((d) => d.iso !== null)) return false;
  return left === "" || left.split(" ").length <= 2;
}

// "30 - أغسطس - 2021": a stamp's day, month name and year split by dashes (findDates reads them split by spaces).
const DASHED_WORD_DATE = /(?<![\p{L}\p{N}])(\p{N}{1,2})\s*[-–]\s*(\p{L}{3,9})\s*[-–]\s*(\p{N}{4})(?![\p{L}\p{N}])/gu;

/** The line with a dash-split word date ("30 - أغسطس - 2021") or a glued time rewritten with spaces, for reading its date. */
// "7/6/202318:05": a numeric date with its time glued to the year.
const GLUED_TIME = /(?<![\p{N}/])(\p{N}{1,2}\/\p{N}{1,2}\/\p{N}{4})(\p{N}{1,2}:\p{N}{2})(?!\p{N})/gu;

export function undashDate(line: string): string {
  const undashed = line.includes("-") || line.includes("–") ? line.replace(DASHED_WORD_DATE, "$1 $2 $3") : line;
  return undashed.includes(":") ? undashed.replace(GLUED_TIME, "$1 $2") : undashed;
}

/** True when the line holds a date or time and nothing else but labels ("نشر في:", weekdays, zones). */
export function timestampOnly(line: string): boolean {
  return stampLeftover(line) === "";
}

/**
 * What a line holding a date or time has besides it and its labels (folded, "" for nothing),
 * or null when it holds no date or time.
 */
function stampLeftover(raw: string): string | null {
  // A date needs a digit or a month name, a time needs digits: without either, nothing to look for.
  if (!mayHoldDate(raw)) return null;
  const line = undashDate(raw);
  const dates = findDates(line);
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + " " + rest.slice(d.end);
  const folded = normalize(rest);
  const hadTime = /\d{1,2}:\d{2}/.test(folded);
  if (dates.length === 0 && !hadTime) return null;
  return folded.replace(TIMESTAMP_FILLER, " ").trim();
}

const HOST = /(?:^|\s|\|)((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|\s|\|)/i;

/**
 * The site a publication-time line names beside its date, as written: an outlet's name or a web
 * host ("2024-06-07 20:15:33 | arabic.news.cn", "سبوتنيك عربي - 22 أكتوبر 2024، 10:30"), or null.
 */
export function siteOfStamp(line: string, leftover?: string | null): string | null {
  const host = HOST.exec(line);
  if (host) {
    const rest = line.slice(0, host.index) + " " + line.slice(host.index + host[0].length);
    return stampLeftover(rest) === "" ? host[1] : null;
  }
  // `leftover`, when given, is stampLeftover(line) already read by the caller.
  const left = leftover === undefined ? stampLeftover(line) : leftover;
  if (!left) return null;
  return outletByName(left) || outletByTag(left) ? left : null;
}

// What follows a wire's tag on its closing line: editors' initials (one to three letters each), a
// filing time (1420, 231420) and its zone (جمت = GMT, ت م = Mecca time, ت غ = Greenwich time).
// KUNA closes with its tag glued to the day and time, the month cut to three letters and the
// year to two: "كونا291823 جمت ديس 08".
const FOOTER_PART = /^(?:\p{L}{1,2}|\d{4,6}|جمت|gmt|(?:ينا|فبر|مار|ابر|ماي|يون|يول|اغس|سبت|اكت|نوف|ديس) \d{2})$/u;
/** A tag glued to its filing time: "كونا291823". */
const GLUED_TAG = /^(\p{L}{2,12})(\d{4,6})(?=\s|$)/u;
/** Initials of three letters stand only between slashes ("وام/عصم/"). */
const SLASHED_INITIALS = /^\p{L}{3}$/u;
/** Short words a sentence after a tag would hold: no initials. */
const NOT_INITIALS = new Set(["في", "من", "عن", "ان", "قد", "لا", "لم", "لن", "ما", "هو", "هي", "او", "ثم", "كل"]);

/**
 * The outlet of a wire's closing line — its tag, then only editors' initials, a filing time or a
 * date: "(بترا) ر ص/ م ع", "العمانية/ س ع", "وام/عصم/", "بنا 1420 جمت 23/05/2023" — or null.
 */
export function agencyFooter(line: string): Outlet | null {
  // "--(بترا) ر ع/ س ح": the dashes a wire sets before its closing tag.
  const t = line.trim().replace(/^[-–—]+\s*/, "").replace(GLUED_TAG, "$1 $2");
  // The tag in brackets, before a slash, or as the first word.
  const m = /^\(([^()\d]{1,25})\)(.*)$/u.exec(t) ?? /^\/?([^/\d]{1,25})\/(.*)$/u.exec(t) ?? /^(\S{2,12})(\s.*)$/u.exec(t);
  if (!m) return null;
  // A full name counts where brackets or a slash mark it off: "وكالة الأنباء العمانية/ س ع".
  const outlet = outletByTag(m[1]) ?? (/^[(/]|\//.test(t) && m[1].includes(" ") ? outletByName(m[1].trim()) : null);
  if (!outlet) return null;
  const slashed = m[2].includes("/");
  const rest = stampLeftover(m[2]) ?? normalize(m[2]);
  // The month and two-digit year stay one part ("ديس 08"), joined by "_" while the rest is split.
  const parts = rest.replace(/(\p{L}{3}) (\d{2})$/u, "$1_$2").split(/[\s/|:،,.\-–—]+/).filter((t) => t !== "").map((t) => t.replace("_", " "));
  const initials = (t: string) => (FOOTER_PART.test(t) || (slashed && SLASHED_INITIALS.test(t))) && !NOT_INITIALS.has(t);
  return parts.length > 0 && parts.every(initials) ? outlet : null;
}

/**
 * An outlet's name (one that is no ordinary word) and a label of at most three words, split by a
 * bar: "NHK WORLD-JAPAN | العربية", "بوابة الأهرام | مصر". No digit, no sentence punctuation.
 */
export function mastheadOutlet(line: string): Outlet | null {
  // Two parts need a bar or a slash between them.
  if (!/[|｜/]/.test(line) || /[\p{N}.،,؟?!:]/u.test(line)) return null;
  let parts = line.split(/\s+[|｜]\s+/);
  // "الأناضول / الدول العربية": the name first, then a section that is no place ("القاهرة/ الأناضول" is a dateline).
  const slashed = parts.length === 1;
  if (slashed) parts = line.split(/\s*\/\s*/);
  if (parts.length !== 2) return null;
  const named = parts.map((p) => outletByName(p) ?? (slashed ? outletByTag(p) : null));
  if (!named[0] === !named[1] || (slashed && (!named[0] || placeCountries(parts[1])))) return null;
  return parts[named[0] ? 1 : 0].split(/\s+/).length <= 3 ? (named[0] ?? named[1]) : null;
}

/** A name of two to four words and a publication stamp, on either side of a bar. */
function bylineStamp(line: string): boolean {
  if (!line.includes("|")) return false;
  const parts = line.split(/\s*\|\s*/).filter((p) => p !== "");
  if (parts.length !== 2) return false;
  const name = (p: string) => {
    if (/[\p{N}.،,؟?!:()«»"]/u.test(p)) return false;
    const words = p.split(/\s+/).length;
    return words >= 2 && words <= 4;
  };
  return (name(parts[0]) && timestampOnly(parts[1])) || (name(parts[1]) && timestampOnly(parts[0]));
}

/** Initials: one to three letters, dots between them allowed ("ع.أ.ج"). */
const INITIALS = /^(?:\p{L}{1,3}|(?:\p{L}\.){1,3}\p{L}?)$/u;

/**
 * A line of editors' initials split by a slash, and maybe the agencies the report drew on in
 * brackets: "م ع ح / ع ع", "ع.ح/ ع.أ.ج (د ب أ، رويترز، أ ف ب)". Two groups, each a few initials.
 */
function editorsInitials(line: string): boolean {
  const m = /^([^/()]+)\/([^/()]+)(?:\(([^()]+)\))?\s*\.?$/u.exec(line.trim());
  if (!m) return false;
  const groups = [m[1], m[2]].map((g) => g.trim().split(/\s+/).filter((t) => t !== ""));
  if (groups.some((g) => g.length === 0 || g.length > 4 || !g.every((t) => INITIALS.test(t) && !NOT_INITIALS.has(t)))) return false;
  // The bracketed agencies, where written, must all be outlets.
  return !m[3] || m[3].split(/\s*[،,]\s*/).every((a) => outletByTag(a) !== null || outletByName(a, { ambiguous: true }) !== null);
}

/** Two or three outlet names or tags joined by dashes, bars or slashes, and nothing else (folded line). */
export function outletPair(n: string): boolean {
  // A slash needs no spaces around it ("فرانس24/ أ ف ب"); a dash does (names hold none between spaces).
  if (!/ [-–—|/] |\//.test(n)) return false;
  const parts = n.split(/ [-–—|] | ?\/ ?/);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => (outletByName(p, { ambiguous: true }) ?? outletByTag(p)) !== null);
}

/** "/NAME/ DATE": a name of 1–6 words between slashes, then only a date or time with its labels. */
function slashedCredit(line: string): boolean {
  const m = /^\/([^/\d]{2,60})\/(.+)$/.exec(line);
  return m !== null && m[1].trim().split(/\s+/).length <= 6 && timestampOnly(m[2]);
}

/** The index of the next non-blank line after `i` (lines.length when none). */
function nextLine(lines: string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].trim() === "") j++;
  return j;
}

/** At least this many menu items in a row make a menu. */
const MENU_RUN = 4;

/** A line a site's menu could hold: one to three words, no digit, no punctuation but "&" or "/". */
function menuItem(line: string): boolean {
  const t = line.trim();
  if (t === "" || t.length > 30 || /[\p{N}.،,؟?!:؛;«»"()|<>]/u.test(t)) return false;
  return t.split(/\s+/).length <= 3;
}

/**
 * The lines of runs of MENU_RUN or more menu items (blank lines between them allowed) that no
 * other rule claims (a bare head such as "فيديو" or "صور" does not open a list of links there):
 * a copied page's navigation, "الرئيسية / أخبار / اقتصاد / رياضة …" one item a line. An article's
 * own short lines (a headline, a subheading) stand alone, not four in a row.
 */
function menuLines(lines: string[], known: Map<number, DroppedKind | null>): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MENU_RUN) for (const i of run) out.add(i);
    run = [];
  };
  lines.forEach((raw, i) => {
    if (raw.trim() === "") return;
    if (!menuItem(raw)) return close();
    const kind = classifyLine(tidy(raw));
    known.set(i, kind);
    if (kind === null || kind === "related") run.push(i);
    // A site's name, a share word or a breadcrumb among the items leaves the run open.
    else if (kind !== "site" && kind !== "credit" && kind !== "share" && kind !== "breadcrumb") close();
  });
  close();
  return out;
}

function isBareHead(line: string): boolean {
  const head = withoutTrailingMarks(normalize(line));
  return RELATED_HEADS.has(head);
}

function isLinkTitle(line: string): boolean {
  return words(normalize(line)).length <= 15 && !/[.!؟?]["»”)]?$/.test(line);
}

const SPACE_TO_TIDY = /[\u00A0\t]| {2}/;

/** A line as cleanText reads it: tabs, no-break spaces and runs of spaces made one space, trimmed. */
function tidy(raw: string): string {
  return (SPACE_TO_TIDY.test(raw) ? raw.replace(/[\u00A0\t ]+/g, " ") : raw).trim();
}

/**
 * What a line above the headline is, where the line alone says nothing: the site's name printed
 * as a masthead ("النهار", "الحياة": names that are also words count only here), or a section
 * label of two parts ("أخبار | سياسة", "لبنان / سياسة"; linkRow wants three).
 */
function aboveTitle(line: string, next: string | undefined): DroppedKind | null {
  if (line.length > 40 || /[\p{N}.،,؟?!:«»"()]/u.test(line)) return null;
  // Above a paragraph, a lone word is the report's own first line ("الجزيرة" may be its headline).
  if (next === undefined || /[.؟?!]["»”)]?\s*$/.test(next.trim())) return null;
  const o = outletByName(line, { ambiguous: true });
  if (o && line.split(/\s+/).length <= 3) return "site";
  const parts = line.split(/\s+[|/]\s+|\s*\/\s*/);
  if (parts.length !== 2 || parts.some((p) => p === "" || p.split(/\s+/).length > 2)) return null;
  // "الرياض / أبوظبي" opens a dateline or a headline; "لبنان / سياسة" is a section.
  return parts.every((p) => placeCountries(p) !== undefined) ? null : "breadcrumb";
}

/** Characters of two paragraphs' starts that, equal, make the first a summary of the second. */
const REPEAT_HEAD = 50;

/**
 * A summary printed above the report that repeats its first paragraph's opening ("article__summary"
 * on RT, a deck on others), among the first lines: left in, every fact in it is read twice.
 * The shorter of the two goes.
 */
function markRepeatedLead(lines: string[], known: Map<number, DroppedKind | null>): void {
  let prev = -1;
  let prevHead = "";
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    const t = lines[i].trim();
    if (t === "") continue;
    seen++;
    const head = t.length >= REPEAT_HEAD ? normalize(t.slice(0, REPEAT_HEAD + 10)).slice(0, REPEAT_HEAD) : "";
    if (head !== "" && head === prevHead && !known.has(prev) && !known.has(i)) {
      known.set(t.length >= lines[prev].trim().length ? prev : i, "caption");
      return;
    }
    prev = i;
    prevHead = head;
  }
}

/** A writer's byline: كتب/كتبت/بقلم, a dash or colon, and the writer's name alone (two to four Arabic words). */
const WRITER_BYLINE = /^(?:كتب|كتبت|بقلم)\s*[-–—:：ـ]*\s*((?:[\u0621-\u064A]+\s*){2,4})$/u;

/**
 * A byline naming its writer and nothing else (كتب - محمد عبد الرحمن، كتبت: منى عبدالله، بقلم أحمد
 * سالم): a person the article names, so the line is kept in the body as well as read as a credit. With
 * an outlet or a place beside the name (بقلم: X - صحيفة الغد) it is furniture only.
 */
export function writerByline(line: string): boolean {
  const n = normalize(line).replace(/[\u064B-\u0652\u0640]/g, "");
  return WRITER_BYLINE.test(n.trim());
}

/** Drops boilerplate lines and tidies whitespace; the title and paragraphs stay. */
export function cleanText(input: string): Cleaned {
  const lines = (input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input).split("\n");
  // The body: kept lines, one blank line where any stood between two of them, none at its ends.
  const parts: string[] = [];
  let blank = false;
  const dropped: DroppedLine[] = [];
  let keptCount = 0;
  // After a bare "اقرأ أيضا:" / "أخبار ذات صلة" head come link titles: short lines without a full stop.
  let inLinkList = false;
  let inComments = false;
  const known = new Map<number, DroppedKind | null>();
  const menus = menuLines(lines, known);
  markRepeatedLead(lines, known);
  lines.forEach((raw, i) => {
    // trim() drops exactly what /^[\s\uFEFF]+|\s+$/ would (\s includes U+FEFF), in one pass.
    // (Only a tab, a no-break space or two spaces in a row change anything: most lines skip the replace.)
    const line = tidy(raw);
    if (line === "") {
      blank = true;
      return;
    }
    // Readers' comments run from their head to the page's end: each is a reader's words, not the report's.
    if (!inComments && keptCount > 0 && line.length <= 40 && isCommentsHead(line)) inComments = true;
    let kind = inComments ? "related" : menus.has(i) ? "menu" : known.has(i) ? known.get(i)! : classifyLine(line);
    if (kind === null && keptCount === 0) kind = aboveTitle(line, lines[nextLine(lines, i)]);
    // Link titles, and the dates printed under them, belong to the list (not to this article).
    if (inLinkList && (kind === "timestamp" || (!kind && isLinkTitle(line)))) kind = "related";
    // A bare head ending a menu run ("الوسوم … مواضيع ذات صلة") still opens its list; one inside the run ("فيديو") does not.
    inLinkList = (kind === "related" && (inLinkList || isBareHead(line))) || (kind === "menu" && isBareHead(line) && !menus.has(nextLine(lines, i)));
    if (kind) {
      dropped.push({ text: line, kind, line: i, keptBefore: keptCount });
      // A writer's byline stays in the body too: the writer is a person the article names (the entity stage reads it).
      if (kind !== "credit" || !writerByline(line)) return; // leaves no blank line behind: paragraph breaks around it collapse
    }
    if (parts.length > 0) parts.push(blank ? "\n\n" : "\n");
    parts.push(line);
    blank = false;
    keptCount++;
  });
  return { text: parts.join(""), dropped };
}
