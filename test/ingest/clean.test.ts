import { describe, expect, it } from "vitest";
import { Rng } from "../../src/bench/prng.js";
import { classifyLine, classifyLineWhole, cleanText, timestampOnly } from "../../src/ingest/clean.js";

describe("classifyLine", () => {
  it.each([
    ["الصفحة الرئيسية >> أخبار عربية", "breadcrumb"],
    ["الرئيسية » سياسة » عربي ودولي", "breadcrumb"],
    ["أخبار > العالم > الشرق الأوسط", "breadcrumb"],
    ["مشاركة :", "share"],
    ["شارك على: فيسبوك تويتر واتساب", "share"],
    ["طباعة | إرسال لصديق", "share"],
    ["اقرأ أيضا: وزير الخارجية يستقبل سفير اليابان", "related"],
    ["أخبار ذات صلة", "related"],
    ["صور ساخنة", "related"],
    ["الأكثر قراءة", "related"],
    ["الصورة: الوزيران خلال المؤتمر الصحفي (رويترز)", "caption"],
    ["صورة أرشيفية للقصر الرئاسي في بغداد", "caption"],
    ["صورة ملتقطة يوم 3 مايو 2023 تظهر الوفدين خلال المحادثات في مسقط", "caption"],
    ["المصدر: وكالات", "credit"],
    ["تحرير: سامي يوسف", "credit"],
    ["/مصدر: وام/ 2024-03-05 10:22", "credit"],
    ["(رويترز)", "credit"],
    ["2024-03-05 10:22", "timestamp"],
    ["نشر في: الثلاثاء 5 مارس 2024 - 10:22 ص", "timestamp"],
    ["05.11.2024", "timestamp"],
    ["آخر تحديث: 14:05 بتوقيت مكة المكرمة", "timestamp"],
    ["سكاي نيوز عربية/", "site"],
    ["/قناة الأخبار الدولية/", "site"],
    ["وكالة الأنباء السعودية", "site"],
    ["جميع الحقوق محفوظة © 2024", "copyright"],
    ["* * *", "rule"],
    // A wire's closing lines: tag with editors' initials or filing time, end mark, time zone marks.
    ["(وفا) ع.ح/ س.م", "credit"],
    ["كونا/ ن ع/ ت ب", "credit"],
    ["سانا 0915 جمت 14/02/2022", "credit"],
    ["- انتهى -", "rule"],
    ["// النهاية //", "rule"],
    ["09:20 ت غ", "timestamp"],
    ["وكالة الأنباء القطرية/ ع م", "credit"],
    ["(وكالة الأنباء الأردنية) س ع/ ر ص", "credit"],
    // Menus, footer links and breadcrumbs split by bars, bullets or slashes.
    ["عن الموقع | اتصل بنا | شروط الاستخدام", "breadcrumb"],
    ["أخبار • رياضة • ثقافة وفنون", "breadcrumb"],
    ["أخبار / عربي ودولي / الخليج", "breadcrumb"],
    // A skip link and a search box; captions closed by their photo credit; a text credit.
    ["تخطى إلى المحتوى الرئيسي", "share"],
    ["بحث", "share"],
    ["وزير الخارجية خلال المؤتمر الصحفي في الدوحة (رويترز-أرشيف)", "caption"],
    ["الوزيران خلال توقيع الاتفاقية في القاهرة يوم 3 مايو 2024. © أ ف ب", "caption"],
    ["نص : سكاي نيوز عربية", "credit"],
    // A masthead: the site's name and a section.
    ["سكاي نيوز عربية | الشرق الأوسط", "site"],
    // A stamp: the Hijri and the Gregorian date joined by الموافق.
    ["السبت 3 رجب 1445هـ الموافق 13 يناير 2024م", "timestamp"],
    // A newspaper's masthead date with its issue and volume; a date split by dashes; a time glued to the year.
    ["الخميس - 3 شهر شوال 1446 هـ - 1 مايو 2025 مـ رقم العدد [17001]", "timestamp"],
    ["السبت 4 من صفر 1440 هــ 13 أكتوبر 2018 السنة 142 العدد 48160", "timestamp"],
    ["الثلاثاء 2 ربيع الأول 1444هـ - العدد 9123 - 27 سبتمبر 2022م", "timestamp"],
    ["12 - نوفمبر - 2019", "timestamp"],
    // Egyptian portals print the month name between slashes, with the weekday and time.
    ["الأربعاء 04/مارس/2020 - 11:20 ص", "timestamp"],
    ["آخر تحديث: 3/11/202209:41 (بتوقيت مكة المكرمة)", "timestamp"],
    ["15/05/2025 09:10 (توقيت الكويت)", "timestamp"],
    // The stamp with the page's section beside it, after a bar.
    ["تاريخ النشر:14.02.2019 | 11:30 GMT | أخبار روسيا", "timestamp"],
    ["2023-05-08 | سياسة", "timestamp"],
    // A bar beside a sentence's words is no stamp.
    ["أكد الوزير | في بيان صدر في 2023-05-08 أن", null],
    // Share bars with their counts and the words sites vary.
    ["حفظ | شارك | واتساب | 7 تعليقات", "share"],
    ["احفظ | شارك", "share"],
    ["A+ A- طباعة | فايسبوك تويتر", "share"],
    ["تعليقات القراء (12) | مشاركة", "share"],
    ["0 تعليق | طباعة", "share"],
    // A date whose month holds a toolbar word (آب: "اب" of واتس اب) stays a stamp.
    ["17 آب 2023", "timestamp"],
    ["جوجل بلس ماسنجر | نسخ الرابط", "share"],
    ["انسخ الرابط", "share"],
    // Captions: a picture named at the end, a scene of a meeting, a picture's rights.
    ["وزير الخارجية السعودي - صورة أرشيفية", "caption"],
    ["الرئيسان خلال القمة (صورة من الأرشيف)", "caption"],
    ["جانب من المباحثات الموسعة بين الوفدين", "caption"],
    ["جوانب من الاجتماع الوزاري", "caption"],
    ["حقوق الصورة AFP Image caption الوزيران في مؤتمر صحفي مشترك", "caption"],
    // A caption placing people in its picture and closed by its credit, however long.
    ["رئيس الوزراء العراقي (وسط) يتوسط وزيري الخارجية الإيراني والسعودي خلال اجتماع في بغداد الشهر الماضي لبحث ملفات المنطقة (غيتي)", "caption"],
    ["الرئيسان (من اليسار) في قصر الإليزيه (الفرنسية)", "caption"],
    // A caption of a reception in the participle, closed by the photographer's name or an agency.
    ["رئيس الحكومة مستقبلاً السفير البريطاني في السرايا (حسن عسل).", "caption"],
    ["الملك مترئساً اجتماع مجلس الأمن الوطني (بترا)", "caption"],
    ["وزير الخارجية مجتمعا مع نظيره القبرصي (أحمد عزت ومحمد علي)", "caption"],
    // Tags, section links, newsletters, a call to follow with its colon.
    ["كلمات ذات صلة: الأردن | العراق | الطاقة", "related"],
    ["الكلمات الدلالية: مصر، قبرص", "related"],
    ["المزيد من أخبار الخليج", "related"],
    ["النشرة البريدية", "related"],
    ["تابع العربية على: فيسبوك | تويتر", "related"],
    // Editors' initials alone, with the agencies drawn on; a wire's serial number; a tag after dashes.
    ["ر ح م / س ع", "credit"],
    ["ه.ع/ م.ص (أ ف ب، رويترز)", "credit"],
    ["0735", "rule"],
    ["-- (قنا) م ع/ ر س", "credit"],
    ["© جميع الحقوق محفوظة لصحيفة الخليج 2024 - دار الخليج للصحافة والطباعة والنشر", "copyright"],
  ])("%s → %s", (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each([
    "وزير الخارجية يستقبل سفير اليابان",
    "عمان 5 آذار (بترا) - بحث وزير الخارجية مع نظيره العراقي سبل التعاون.",
    "وقال الوزير « إن الحوار هو الطريق الوحيد » مضيفا أن بلاده مستعدة.",
    "وأكد الجانبان أهمية مشاركة القطاع الخاص في مشاريع الطاقة.",
    "الصين",
    "تعليق: العلاقات العربية الصينية إلى آفاق أرحب",
    "وفي عام 2020 وقع البلدان اتفاقية للتعاون.",
    "واس قال إن",
    "سانا من دمشق",
    "وكالة الأنباء القطرية أن الوزير سيزور",
    "عاجل | الوزير يصل إلى العاصمة في زيارة رسمية",
    "الرياض / أبوظبي / الدوحة تتفق على خطة مشتركة للطاقة",
    "وقال الوزير إن الاتفاق سيوقع قريبا (رويترز)",
    "بحث الوزير مع نظيره العلاقات الثنائية.",
    // A year alone, a sentence that opens with تابع or جانب, a slash between words of a sentence.
    "2024",
    "تابع الرئيس الاجتماع من مقر الحكومة",
    "جانب من المباحثات تناول ملف الطاقة.",
    "أكد الوزير / المسؤول أن الزيارة ناجحة",
    // A bracket placing someone, in a sentence that closes with a full stop or with no credit.
    "وظهر الوزير (يسار) إلى جانب نظيره خلال المؤتمر (رويترز).",
    "وجلس الرئيس (وسط) بين الوفدين (في القاعة الكبرى)",
    "وكان الرئيس مستقبلا الوفد في القصر (الجمهوري).",
  ])("keeps body text: %s", (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe("classifyLine on long lines", () => {
  // Pieces of boilerplate heads, toolbar words, body words, marks that fold away, ligatures and
  // characters outside the BMP, so that the first 64 characters of a line can both decide and not.
  const PIECES = [
    "الصفحة الرئيسية", "الرئيسية", ">>", "»", "«", "|", ":", "الصورة", "صورة", "أرشيفية", "تصوير", "-", "(", "[",
    "شارك", "فيسبوك", "تويتر", "واتساب", "طباعة", "إرسال", "لصديق", "مشاركة", "•", "وزير", "الخارجية", "قال", "إن",
    "2024", "،", ".", "\u064E", "\u0640", "\u200F", "\uFEFB", "\uFDFA", "😀", "*", "—",
  ];

  it("decides a line of more than 20 words as the whole line does", () => {
    const rng = new Rng(20261121); // seeded: a failure can be replayed
    const kinds = new Set<string | null>();
    for (let n = 0; n < 3000; n++) {
      // Lines that open with only a few kinds of piece, so that whole toolbars and rules occur too.
      const pool = PIECES.slice(rng.int(0, 29), rng.int(0, 29) + 10);
      const words: string[] = [];
      for (let k = 0, len = rng.int(18, 37); k < len; k++) words.push(pool[Math.floor(rng.float() * pool.length)]); // an empty pool gives empty words
      const line = words.join(rng.chance(0.8) ? " " : "").trim();
      const kind = classifyLineWhole(line);
      kinds.add(kind);
      expect(classifyLine(line), JSON.stringify(line)).toBe(kind);
    }
    expect(kinds).toEqual(new Set([null, "breadcrumb", "share", "caption", "rule"]));
  });
});

describe("timestampOnly", () => {
  it("is true only for a date or time with labels around it", () => {
    expect(timestampOnly("2023:09:20.09:51")).toBe(true);
    expect(timestampOnly("تاريخ النشر: 12/03/2024")).toBe(true);
    expect(timestampOnly("وصل الوزير في 12 مارس 2024")).toBe(false);
    expect(timestampOnly("أخبار اليوم")).toBe(false);
    expect(timestampOnly("الأربعاء 8 شباط 2023 - 09:15 ص")).toBe(true);
  });

  it("takes a time zone with its offset as a label (GMT+2, UTC+03:00)", () => {
    expect(timestampOnly("نشر في 11/05/2023 - 09:30 GMT+2")).toBe(true);
    expect(timestampOnly("آخر تحديث 2022-01-04 17:45 UTC+03:00")).toBe(true);
    expect(timestampOnly("نشر في 11/05/2023 - 09:30 GMT+2 بقلم سامي")).toBe(false);
  });

  it("leaves a site's name beside the time whole, so the line is a credit line", () => {
    expect(classifyLine("2022-11-30 14:02:11 | arabic.cri.cn")).toBe("credit");
    expect(classifyLine("روسيا اليوم - 8 شباط 2023، 09:15")).toBe("credit");
    expect(classifyLine("إذاعة الصين الدولية | 30/11/2022")).toBe("credit");
    expect(classifyLine("arabic.cgtn.com")).toBe("site");
    // Any web host beside the time is a page stamp; a name that is also a word stays body text.
    expect(classifyLine("news.example.org 8 شباط 2023")).toBe("credit");
    expect(classifyLine("الخليج 8 شباط 2023")).toBeNull();
  });
});

describe("cleanText", () => {
  it("joins the kept lines with at most one blank line between them and none at the ends", () => {
    const PIECES = ["وقال الوزير إن المحادثات كانت مثمرة.", "", " ", "\t", "مشاركة :", "2024-03-05 10:22", "(رويترز)", "أخبار ذات صلة", "نص"];
    const rng = new Rng(7);
    for (let n = 0; n < 500; n++) {
      const lines = Array.from({ length: rng.int(0, 9) }, () => rng.pick(PIECES));
      const input = lines.join(rng.chance(0.5) ? "\n" : "\r\n");
      const { text, dropped } = cleanText(input);
      // The join as first written: every line not dropped, "\n" between, runs of newlines cut to two.
      const gone = new Set(dropped.map((d) => d.line));
      const expected = lines
        .map((l) => l.trim())
        .filter((_, i) => !gone.has(i))
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .replace(/^\n+|\n+$/g, "");
      expect(text, JSON.stringify(input)).toBe(expected);
    }
  });

  const page = [
    "الصفحة الرئيسية >> أخبار عربية",
    "",
    "الأردن والعراق يبحثان تعزيز التعاون الاقتصادي",
    "",
    "/مصدر: بترا/   2024:03:05.10:22",
    "",
    "عمان 5 آذار (بترا) - بحث وزير الخارجية الأردني مع نظيره العراقي اليوم سبل تعزيز التعاون.",
    "الصورة: الوزيران خلال اللقاء",
    "",
    "وأكد الوزيران أهمية تنفيذ مشاريع الربط الكهربائي بين البلدين.   ",
    "",
    "اقرأ أيضا:",
    "الأردن ومصر يبحثان مشروع الغاز",
    "العراق يوقع اتفاقية مع تركيا",
    "",
    "مشاركة :",
    "صور ساخنة",
  ].join("\r\n");

  it("keeps the title and paragraphs and drops the furniture", () => {
    const { text, dropped } = cleanText(page);
    expect(text).toBe(
      [
        "الأردن والعراق يبحثان تعزيز التعاون الاقتصادي",
        "",
        "عمان 5 آذار (بترا) - بحث وزير الخارجية الأردني مع نظيره العراقي اليوم سبل تعزيز التعاون.",
        "",
        "وأكد الوزيران أهمية تنفيذ مشاريع الربط الكهربائي بين البلدين.",
      ].join("\n"),
    );
    expect(dropped.map((d) => d.kind)).toEqual(["breadcrumb", "credit", "caption", "related", "related", "related", "share", "related"]);
    expect(dropped[1]).toMatchObject({ text: "/مصدر: بترا/ 2024:03:05.10:22", keptBefore: 1 });
  });

  it("keeps single-newline paragraph breaks as they are", () => {
    expect(cleanText("سطر أول من الخبر.\nسطر ثان من الخبر.\n").text).toBe("سطر أول من الخبر.\nسطر ثان من الخبر.");
  });

  it("is idempotent", () => {
    const once = cleanText(page).text;
    expect(cleanText(once).text).toBe(once);
  });
});

describe("page furniture around the report", () => {
  it("drops readers' comments to the page's end, but not a comments head above the report", () => {
    const page = "الوزير يزور عمان\n\nوصل وزير الخارجية إلى عمان في زيارة رسمية.\n\nالتعليقات (2)\n\n1 - قارئ\n\nزيارة مهمة للبلدين.\n\n2 - متابع\n\nنتمنى التوفيق.";
    const { text } = cleanText(page);
    expect(text).toBe("الوزير يزور عمان\n\nوصل وزير الخارجية إلى عمان في زيارة رسمية.");
  });

  it("drops a masthead name and a two-part section above the headline, only above it", () => {
    const { text, dropped } = cleanText("الأخبار\n\nالعراق / سياسة\n\nالوزير يزور بغداد\n\nوصل وزير الخارجية إلى بغداد.");
    expect(text).toBe("الوزير يزور بغداد\n\nوصل وزير الخارجية إلى بغداد.");
    expect(dropped.map((d) => d.kind)).toEqual(["site", "breadcrumb"]);
    // Two places above the headline open a dateline; a lone word above a paragraph is the report's.
    expect(cleanText("الرياض / أبوظبي\n\nالوزيران يتفقان\n\nاتفق الوزيران على خطة.").dropped).toEqual([]);
    expect(cleanText("الخليج\nبحث الوزيران سبل التعاون.").dropped).toEqual([]);
  });

  it("drops a summary that repeats the first paragraph's opening, keeping the paragraph", () => {
    const lead = "أجرى وزير الخارجية المصري اتصالا هاتفيا اليوم الاثنين مع نظيره الأردني";
    const { text } = cleanText(`الوزيران يبحثان التعاون\n\n${lead}.\n\n${lead} تناول العلاقات الثنائية وتطورات المنطقة.\n\nوأكد الجانبان أهمية التنسيق.`);
    expect(text).toBe(`الوزيران يبحثان التعاون\n\n${lead} تناول العلاقات الثنائية وتطورات المنطقة.\n\nوأكد الجانبان أهمية التنسيق.`);
  });
});

describe("a whole page copied as text", () => {
  const BODY1 = "استقبل وزير الخارجية اليوم في العاصمة نظيره البرتغالي وبحث معه العلاقات الثنائية وسبل تطويرها.";
  const BODY2 = "وأكد الوزيران أهمية توسيع التبادل التجاري بين البلدين في مجالي الطاقة والسياحة.";
  const page = [
    "شبكة الأخبار",
    "الرئيسية",
    "سياسة",
    "اقتصاد",
    "صور",
    "فيديو",
    "البث المباشر",
    "وزير الخارجية يستقبل نظيره البرتغالي",
    "نشر في: 9 أيار 2023 - 10:15",
    "سامي الأحمد | 09.05.2023 - محدث : 10.05.2023",
    BODY1,
    BODY2,
    "تابعوا آخر أخبار شبكة الأخبار عبر تطبيقنا",
    "البرتغال",
    "وزارة الخارجية",
    "الطاقة",
    "أخبار ذات صلة",
    "وزير الاقتصاد يزور لشبونة الشهر المقبل",
    "افتتاح معرض للطاقة المتجددة",
  ].join("\n");

  it("drops the menu, its bare heads open no list of links, and the headline, stamp and body stay", () => {
    const { text, dropped } = cleanText(page);
    expect(text).toBe(["وزير الخارجية يستقبل نظيره البرتغالي", BODY1, BODY2].join("\n"));
    expect(dropped.filter((d) => d.kind === "menu").map((d) => d.text)).toEqual([
      "شبكة الأخبار", "الرئيسية", "سياسة", "اقتصاد", "صور", "فيديو", "البث المباشر", "البرتغال", "وزارة الخارجية", "الطاقة", "أخبار ذات صلة",
    ]);
    // The bare head ending the tags' run still opens its list.
    expect(dropped.filter((d) => d.kind === "related").map((d) => d.text)).toContain("افتتاح معرض للطاقة المتجددة");
    expect(dropped.find((d) => d.text.startsWith("سامي"))?.kind).toBe("credit");
  });

  it("keeps short lines that stand alone: a headline, a subheading", () => {
    const text = ["قمة ثلاثية", "", BODY1, "", "خلفية", "", BODY2].join("\n");
    expect(cleanText(text).text).toBe(text);
  });
});
