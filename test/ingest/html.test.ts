import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/ingest/html.js";
import { toArticle } from "../../src/ingest/article.js";

const PARA1 = "بيروت 4 تموز 2023 (الوكالة الوطنية) - استقبل رئيس الحكومة في السراي اليوم وزير خارجية قبرص وبحث معه العلاقات الثنائية وملف النازحين.";
const PARA2 = "وأكد الوزير القبرصي أن بلاده تدعم استقرار لبنان، مشيرا إلى أهمية التعاون في مجال الطاقة في شرق المتوسط وتنسيق المواقف داخل الاتحاد الأوروبي.";

const page = `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>ميقاتي يستقبل وزير خارجية قبرص | موقع الأخبار</title>
<meta property="og:title" content="ميقاتي يستقبل وزير خارجية قبرص">
<meta property="og:site_name" content="الوكالة الوطنية للإعلام">
<meta property="article:published_time" content="2023-07-04T21:40:00+03:00">
<link rel="canonical" href="https://nna-leb.gov.lb/ar/politics/123456">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-04"}</script>
</head><body>
<header><nav><a href="/">الصفحة الرئيسية</a> &gt; <a href="/ar/politics">سياسة</a></nav></header>
<main><article>
<h1>ميقاتي يستقبل وزير خارجية قبرص</h1>
<div class="share">مشاركة : فيسبوك تويتر واتساب</div>
<p>${PARA1}</p>
<figure><img src="a.jpg" alt=""><figcaption>الرئيس ميقاتي والوزير القبرصي</figcaption></figure>
<p>${PARA2}</p>
<p>اقرأ أيضا: وزير الخارجية يلتقي السفير الفرنسي</p>
</article>
<aside><h3>الأكثر قراءة</h3><ul><li>خبر آخر</li></ul></aside></main>
<footer>جميع الحقوق محفوظة © 2023</footer>
<script>var x = "not text";</script>
</body></html>`;

describe("extractHtml", () => {
  it("extracts the main content, title and metadata", () => {
    const x = extractHtml(page);
    expect(x.title).toBe("ميقاتي يستقبل وزير خارجية قبرص");
    expect(x.published).toBe("2023-07-04");
    expect(x.siteName).toBe("الوكالة الوطنية للإعلام");
    expect(x.url).toBe("https://nna-leb.gov.lb/ar/politics/123456");
    expect(x.text).toContain(PARA1);
    expect(x.text).toContain(PARA2);
    expect(x.text.startsWith("ميقاتي يستقبل وزير خارجية قبرص\n\n")).toBe(true);
    expect(x.text).not.toContain("not text");
    expect(x.text).not.toContain("الرئيس ميقاتي والوزير القبرصي");
  });

  it("falls back to the body when there is no article markup", () => {
    const x = extractHtml(`<html><body><p>${PARA1}</p></body></html>`);
    expect(x.text).toContain(PARA1);
    expect(x.title).toBeNull();
    expect(x.published).toBeNull();
  });
});

describe("toArticle on HTML", () => {
  it("cleans the extracted text and fills the metadata", () => {
    const a = toArticle({ id: "p", source: "p.html", rawHash: "0".repeat(64), html: page });
    expect(a.text).toBe(["ميقاتي يستقبل وزير خارجية قبرص", PARA1, PARA2].join("\n\n"));
    expect(a).toMatchObject({ title: "ميقاتي يستقبل وزير خارجية قبرص", outlet: "NNA", published: "2023-07-04" });
    expect(a.url).toBe("https://nna-leb.gov.lb/ar/politics/123456");
    expect(a.dateline).toMatchObject({ place: "بيروت", date: "2023-07-04" });
    expect(a.text.slice(a.dateline!.start, a.dateline!.end)).toBe(a.dateline!.text);
  });

  it("lets --published and --outlet fill only what the article lacks", () => {
    const bare = { id: "b", source: "b.txt", rawHash: "0".repeat(64), text: "بحث الوزيران سبل التعاون." };
    expect(toArticle(bare, { published: "2024-01-02", outlet: "واس" })).toMatchObject({ published: "2024-01-02", outlet: "SPA" });
    const stated = { ...bare, text: PARA1 };
    expect(toArticle(stated, { published: "2024-01-02", outlet: "Reuters" })).toMatchObject({ published: "2023-07-04", outlet: "NNA" });
  });
});

describe("a page's stamp, byline and furniture", () => {
  const P1 = "استقبل رئيس الوزراء اليوم وزير خارجية البرتغال وبحث معه العلاقات الثنائية وسبل تطويرها في مجالات الطاقة والسياحة.";
  const P2 = "وأكد رئيس الوزراء حرص بلاده على توسيع التعاون مع البرتغال والاتحاد الأوروبي في المرحلة المقبلة.";
  const page = (meta: string) => `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>رئيس الوزراء يستقبل وزير خارجية البرتغال - صحيفة الغد</title></head><body>
<div class="top"><a href="/">الغد</a><ul class="menu"><li><a href="/1">محليات</a></li><li><a href="/2">عربي ودولي</a></li><li><a href="/3">اقتصاد</a></li></ul></div>
<div class="crumbs"><a href="/">الرئيسية</a> &gt; <a href="/1">محليات</a> &gt; سياسة</div>
<div class="story"><h1>رئيس الوزراء يستقبل وزير خارجية البرتغال</h1>${meta}
<div class="content"><p>${P1}</p><p>${P2}</p></div></div>
<div class="foot"><p>من نحن | اتصل بنا | سياسة الخصوصية</p><p>جميع الحقوق محفوظة © 2024</p></div>
</body></html>`;
  const raw = (meta: string) => ({ id: "s", source: "s.html", rawHash: "0".repeat(64), html: page(meta) });

  it("reads the publication date from a stamp between the title and the body, and the site from <title>", () => {
    const a = toArticle(raw('<div class="info"><span>الخميس ١٤ آذار ٢٠٢٤</span> <span>١٠:٣٠ ص</span></div>'));
    expect(a).toMatchObject({ outlet: "Al-Ghad", published: "2024-03-14" });
    expect(a.text).toBe(["رئيس الوزراء يستقبل وزير خارجية البرتغال", P1, P2].join("\n\n"));
  });

  it("reads a stamp printed beside its category between the title and the body", () => {
    const a = toArticle(raw('<div class="meta"><span class="date">2024-03-14</span> <span class="cat">سياسة</span></div>'));
    expect(a.published).toBe("2024-03-14");
  });

  it("reads the stamp of a meta row that prints the byline beside it", () => {
    for (const [meta, iso] of [
      ['<div class="post-meta"><span class="author">الغد - بترا</span> <span class="date">الخميس 14 آذار 2024 - 10:30</span></div>', "2024-03-14"],
      ['<div class="post-meta"><span class="author">كتب: ن.ع - و.م.ع</span> <span class="date">الاثنين 1 يوليوز 2024 - 09:05</span></div>', "2024-07-01"],
    ]) expect(toArticle(raw(meta)).published, meta).toBe(iso);
  });

  it("reads outlet and time from a byline", () => {
    const a = toArticle(raw('<p class="byline">المملكة اليوم | 2024-03-14 10:30</p>'));
    expect(a.published).toBe("2024-03-14");
    expect(a.text).not.toContain("10:30");
  });

  it("reads the site from the footer's copyright where nothing else names it", () => {
    const html = page("").replace(" - صحيفة الغد</title>", "</title>").replace("جميع الحقوق محفوظة © 2024", "جميع الحقوق محفوظة © 2024 وكالة الأنباء الأردنية");
    expect(toArticle({ id: "f", source: "f.html", rawHash: "0".repeat(64), html }).outlet).toBe("Petra");
  });

  it("takes the site <title> names after the headline, or before a bar, never a headline's first words", () => {
    const at = (title: string) => extractHtml(`<html><head><title>${title}</title></head><body><p>${P1}</p></body></html>`).siteName;
    expect(at("الوزير يصل إلى لشبونة - وكالة الأنباء القطرية")).toBe("وكالة الأنباء القطرية");
    expect(at("سكاي نيوز عربية | الوزير يصل إلى لشبونة")).toBe("سكاي نيوز عربية");
    expect(at("رويترز - الوزير يصل إلى لشبونة")).toBeNull();
    expect(at("الوزير يصل إلى لشبونة - موقع الحي")).toBeNull();
  });

  it("takes the headline part of a 'headline | site' <title> that the page prints as its heading", () => {
    const html = `<html><head><title>الوزير يبحث مع نظيره البرتغالي التعاون | وزارة الخارجية</title></head><body><div><h2>الوزير يبحث مع نظيره البرتغالي التعاون</h2><p>${P1}</p><p>${P2}</p></div></body></html>`;
    const a = toArticle({ id: "t", source: "t.html", rawHash: "0".repeat(64), html });
    expect(a.title).toBe("الوزير يبحث مع نظيره البرتغالي التعاون");
    expect(a.text.startsWith("الوزير يبحث مع نظيره البرتغالي التعاون\n\n")).toBe(true);
    expect(a.text).not.toContain("| وزارة الخارجية");
  });

  it("drops menus, breadcrumbs and footer links from a page read whole", () => {
    const x = extractHtml(`<html><body><div class="top"><ul><li><a href="/1">محليات</a></li><li><a href="/2">عربي ودولي</a></li><li><a href="/3">اقتصاد</a></li></ul></div><h1>عنوان الخبر</h1><p>${P1}</p><ul><li>بند أول من نص الخبر</li><li>بند ثان</li><li>بند ثالث</li></ul></body></html>`);
    expect(x.text).not.toContain("محليات");
    expect(x.text).toContain("بند أول من نص الخبر");
    expect(x.text).toContain(P1);
  });
});
