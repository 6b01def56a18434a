// House styles of Arabic-language wire services: how each writes its dateline,
// what its web pages put around the body, and where its articles live.
import type { Rng } from "./prng.js";
import { type Day, hijri, levantineMonth, monthName, pad2 } from "./calendar.js";

export interface OutletStyle {
  /** Canonical English name, as in data/outlets.json. */
  outlet: string;
  /** Home country (ISO code in data/bench/actors.json). */
  country: string;
  host: string;
  /** Dateline for a story filed in `city` on `day`; the lead follows it on the same line unless it ends in "\n". */
  dateline(day: Day, city: string, rng: Rng): string;
  /** Lines above the title (breadcrumbs, timestamps). */
  header(day: Day, rng: Rng): string[];
  /** Lines after the body (credits, share and related links). */
  trailer(rng: Rng): string[];
  /** Preferred quotation marks. */
  quotes: readonly ["«", "»"] | readonly ['"', '"'];
}

const time = (rng: Rng): string => `${pad2(rng.int(6, 23))}:${pad2(rng.int(0, 59))}`;
const G = (d: Day): string => `${d.day} ${monthName(d)} ${d.year}`;
const share = ["شارك:", "مشاركة", "طباعة", "إرسال لصديق", "تويتر | فيسبوك | واتساب"];

export const OUTLET_STYLES: readonly OutletStyle[] = [
  {
    outlet: "SPA", country: "SA", host: "www.spa.gov.sa", quotes: ['"', '"'],
    dateline: (d, city, rng) =>
      rng.chance(0.5) ? `${city} ${hijri(d)} الموافق ${G(d)} م (واس) -\n` : `${city} ${G(d)} (واس) - `,
    header: (d, rng) => (rng.chance(0.5) ? [`${pad2(d.day)}/${pad2(d.month)}/${d.year} ${time(rng)}`] : []),
    trailer: (rng) => (rng.chance(0.6) ? ["//انتهى//", rng.pick(share)] : ["//انتهى//"]),
  },
  {
    outlet: "WAM", country: "AE", host: "www.wam.ae", quotes: ["«", "»"],
    dateline: (d, city) => `${city} في ${d.day} ${monthName(d)} / وام / `,
    header: (d, rng) => (rng.chance(0.6) ? [`${d.weekday}، ${G(d)} - ${time(rng)}`] : []),
    trailer: (rng) => (rng.chance(0.5) ? ["وام/" + rng.pick(["عاصم الخولي", "رضا عبدالنور", "أحمد النعيمي"]), rng.pick(share)] : []),
  },
  {
    outlet: "SANA", country: "SY", host: "sana.sy", quotes: ['"', '"'],
    dateline: (d, city) => `${city}-سانا\n${d.day} ${levantineMonth(d)} ${d.year}\n`,
    header: () => ["الرئيسية » سياسة"],
    trailer: (rng) => (rng.chance(0.7) ? ["تابعوا أخبار سانا على تلغرام", "أخبار ذات صلة"] : []),
  },
  {
    outlet: "QNA", country: "QA", host: "www.qna.org.qa", quotes: ['"', '"'],
    dateline: (d, city) => `${city} في ${pad2(d.day)} ${monthName(d)} /قنا/ `,
    header: (d) => [`${d.year}-${pad2(d.month)}-${pad2(d.day)}`],
    trailer: () => ["قنا", "مشاركة"],
  },
  {
    outlet: "KUNA", country: "KW", host: "www.kuna.net.kw", quotes: ['"', '"'],
    dateline: (d, city) => `${city} - ${d.day} - ${d.month} (كونا) -- `,
    header: (d, rng) => [`${pad2(d.day)}/${pad2(d.month)}/${d.year} ${time(rng)}`],
    trailer: (rng) => [`(النهاية) ${rng.pick(["ع ح", "م ع ح", "ر ج"])} / ${rng.pick(["ف ب", "ع ق", "ح م ع"])}`],
  },
  {
    outlet: "MENA", country: "EG", host: "www.mena.org.eg", quotes: ["«", "»"],
    dateline: (d, city) => `${city} في ${d.day} ${monthName(d)} (أ ش أ) - `,
    header: (d, rng) => ["الرئيسية > أخبار مصر > سياسة", `${d.weekday} ${G(d)} - ${time(rng)}`],
    trailer: (rng) => (rng.chance(0.5) ? ["شارك:", "طباعة"] : []),
  },
  {
    outlet: "Xinhua", country: "CN", host: "arabic.news.cn", quotes: ['"', '"'],
    dateline: (d, city) => `${city} ${G(d)} (شينخوا) `,
    header: (d, rng) => ["الصفحة الرئيسية >> " + rng.pick(["الصين", "التبادلات الدولية", "الشرق الأوسط"]), `/مصدر: شينخوا/   ${d.year}:${pad2(d.month)}:${pad2(d.day)}.${time(rng).replace(":", ":")}`],
    trailer: (rng) => (rng.chance(0.6) ? ["صور ساخنة", "أخبار ذات صلة"] : []),
  },
  {
    outlet: "RT Arabic", country: "RU", host: "arabic.rt.com", quotes: ["«", "»"],
    dateline: (d, city) => `${city} - ${d.day} ${monthName(d)}\n`,
    header: (d, rng) => [`تاريخ النشر: ${pad2(d.day)}.${pad2(d.month)}.${d.year} | ${time(rng)} GMT`],
    trailer: () => ["المصدر: RT", "تابعوا RT على"],
  },
  {
    outlet: "Sputnik", country: "RU", host: "sarabic.ae", quotes: ['"', '"'],
    dateline: (_d, city) => `${city} - سبوتنيك. `,
    header: (d) => [`${pad2(d.day)}.${pad2(d.month)}.${d.year}`],
    trailer: () => ["اقرأ أيضا:"],
  },
  {
    outlet: "Anadolu Agency", country: "TR", host: "www.aa.com.tr", quotes: ['"', '"'],
    dateline: (_d, city) => `${city}/ الأناضول\n`,
    header: (d, rng) => [`${pad2(d.day)}.${pad2(d.month)}.${d.year}`, rng.pick(["الأناضول", "محمد شيخ يوسف", "زين خليل"])],
    trailer: () => ["الوسوم:", "أخبار ذات صلة"],
  },
  {
    outlet: "IRNA", country: "IR", host: "ar.irna.ir", quotes: ["«", "»"],
    dateline: (d, city) => `${city}/ ${d.day} ${monthName(d)}/ إرنا - `,
    header: (d, rng) => [`${d.day} ${monthName(d)} ${d.year}، ${time(rng)}`],
    trailer: () => ["رمز الخبر: " + "۸۴" + "۶۱۲۳"],
  },
  {
    outlet: "Petra", country: "JO", host: "petra.gov.jo", quotes: ['"', '"'],
    dateline: (d, city) => `${city} ${d.day} ${levantineMonth(d)} ${d.year} (بترا) - `,
    header: () => [],
    trailer: (rng) => [`--(بترا) ${rng.pick(["ن ح/ ع ق", "م ت/ ب ط", "ص ع/ س ص"])}`],
  },
  {
    outlet: "MAP", country: "MA", host: "www.mapexpress.ma", quotes: ['"', '"'],
    dateline: (d, city) => `${city} - ${G(d)} (ومع) - `,
    header: () => [],
    trailer: () => [],
  },
  {
    outlet: "BNA", country: "BH", host: "www.bna.bh", quotes: ["«", "»"],
    dateline: (d, city) => `${city} في ${d.day} ${monthName(d)} / بنا / `,
    header: () => [],
    trailer: (rng) => (rng.chance(0.5) ? ["ع ذ", "مشاركة"] : []),
  },
];
