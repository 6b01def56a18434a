import { describe, expect, it } from "vitest";
import { datelineOfLine } from "../../src/ingest/dateline.js";
import { extractMetadata, headlineOf } from "../../src/ingest/metadata.js";
import { cleanText } from "../../src/ingest/clean.js";

function meta(raw: string, extra: Partial<Parameters<typeof extractMetadata>[0]> = {}) {
  const c = cleanText(raw);
  return { text: c.text, ...extractMetadata({ text: c.text, dropped: c.dropped, ...extra }) };
}

describe("datelineOfLine", () => {
  it.each([
    ["بكين 12 يونيو 2019 (شينخوا) قال المتحدث", "بكين 12 يونيو 2019 (شينخوا)", "بكين", "2019-06-12", "Xinhua"],
    ["باريس 3 أيار 2022 (أ ف ب) - أعلن الرئيس", "باريس 3 أيار 2022 (أ ف ب)", "باريس", "2022-05-03", "AFP"],
    ["موسكو - 8 أبريل - قال الوزير", "موسكو - 8 أبريل", "موسكو", null, null],
    ["الدوحة في 14 مايو /قنا/ استقبل", "الدوحة في 14 مايو /قنا/", "الدوحة", null, "QNA"],
    ["جدة، 10 شوال 1444هـ (واس) - رأس", "جدة، 10 شوال 1444هـ (واس)", "جدة", "2023-04-30", "SPA"],
    ["الكويت - 11 - 4 (كونا) -- بحث", "الكويت - 11 - 4 (كونا)", "الكويت", null, "KUNA"],
    ["أنقرة (رويترز) - قال", "أنقرة (رويترز)", "أنقرة", null, "Reuters"],
    ["بغداد/ الأناضول/ أعلن", "بغداد/ الأناضول/", "بغداد", null, "Anadolu Agency"],
    ["الخرطوم 9 يناير 2021 م (سونا) - وقع", "الخرطوم 9 يناير 2021 م (سونا)", "الخرطوم", "2021-01-09", "SUNA"],
    ["بكين، الخميس 7 مارس 2024 (شينخوا) - قال", "بكين، الخميس 7 مارس 2024 (شينخوا)", "بكين", "2024-03-07", "Xinhua"],
    ["المنامة في الأحد 9 يونيو 2024م /بنا/ استقبل", "المنامة في الأحد 9 يونيو 2024م /بنا/", "المنامة", "2024-06-09", "BNA"],
    ["لندن: «الشرق الأوسط» أكد وزير", "لندن: «الشرق الأوسط»", "لندن", null, "Asharq Al-Awsat"],
    ["أبوظبي - سكاي نيوز عربية أعلنت", "أبوظبي - سكاي نيوز عربية", "أبوظبي", null, "Sky News Arabia"],
    ["بيروت - وطنية - استقبل رئيس الحكومة", "بيروت - وطنية", "بيروت", null, "NNA"],
    // A place written with a shadda or other mark.
    ["عمّان 9 حزيران 2022 (بترا) - افتتح", "عمّان 9 حزيران 2022 (بترا)", "عمّان", "2022-06-09", "Petra"],
    // The reporter's name between place and agency.
    ["الدوحة/ أحمد يوسف/ الأناضول/ أعلن", "الدوحة/ أحمد يوسف/ الأناضول/", "الدوحة", null, "Anadolu Agency"],
    // In brackets or slashes a name that is also a word is the outlet.
    ["طهران 2 يوليو 2023 (فارس) - أكد", "طهران 2 يوليو 2023 (فارس)", "طهران", "2023-07-02", "Fars"],
    ["بيروت /الأخبار/ كشفت", "بيروت /الأخبار/", "بيروت", null, "Al-Akhbar"],
    // Tatweel standing alone as a dash, and doubled dashes.
    ["بغداد ـ «القدس العربي»: قال", "بغداد ـ «القدس العربي»", "بغداد", null, "Al-Quds Al-Arabi"],
    ["عمان ــ بترا ــ افتتح", "عمان ــ بترا", "عمان", null, "Petra"],
    ["الدوحة -- قنا -- بحث", "الدوحة -- قنا", "الدوحة", null, "QNA"],
    // The outlet first, then the place.
    ["وكالة الأنباء الكويتية - الكويت", "وكالة الأنباء الكويتية - الكويت", "الكويت", null, "KUNA"],
    ["فرانس 24 - باريس: أعلنت الرئاسة", "فرانس 24 - باريس", "باريس", null, "France 24"],
    ["Sputnik - دمشق", "Sputnik - دمشق", "دمشق", null, "Sputnik"],
    // The agency between the place and the date.
    ["بغداد - واع - 4 آذار/مارس 2024 م: استقبل", "بغداد - واع - 4 آذار/مارس 2024 م", "بغداد", "2024-03-04", "INA"],
    ["القاهرة (أ ش أ) 9 يناير 2022 - قال", "القاهرة (أ ش أ) 9 يناير 2022", "القاهرة", "2022-01-09", "MENA"],
    // A byline shared by reporters in two or three cities.
    ["القاهرة - الخرطوم: «الشرق الأوسط» قالت", "القاهرة - الخرطوم: «الشرق الأوسط»", "القاهرة", null, "Asharq Al-Awsat"],
    ["باريس، برلين (أ ف ب) - اتفق", "باريس، برلين (أ ف ب)", "باريس", null, "AFP"],
    ["واشنطن - نيويورك - لندن (رويترز) - قال", "واشنطن - نيويورك - لندن (رويترز)", "واشنطن", null, "Reuters"],
    // The place's country or region after it, in brackets or after a comma: the place is the city.
    ["بنغازي (ليبيا) – رويترز: أعلن", "بنغازي (ليبيا) – رويترز", "بنغازي", null, "Reuters"],
    ["غزة (فلسطين) (أ ف ب) - قتل", "غزة (فلسطين) (أ ف ب)", "غزة", null, "AFP"],
    ["أربيل (كردستان العراق) - (أ ف ب) - قال", "أربيل (كردستان العراق) - (أ ف ب)", "أربيل", null, "AFP"],
    ["دافوس (سويسرا) 17 يناير 2024 (رويترز) - قال", "دافوس (سويسرا) 17 يناير 2024 (رويترز)", "دافوس", "2024-01-17", "Reuters"],
    ["لندن، المملكة المتحدة (CNN)-- أعلنت", "لندن، المملكة المتحدة (CNN)", "لندن", null, "CNN Arabic"],
    ["أتلانتا، ولاية جورجيا الأمريكية (CNN) -- قال", "أتلانتا، ولاية جورجيا الأمريكية (CNN)", "أتلانتا", null, "CNN Arabic"],
    ["مقديشو 3 مارس 2022 (صونا) - استقبل", "مقديشو 3 مارس 2022 (صونا)", "مقديشو", "2022-03-03", "SONNA"],
    // A known city or state and a dash, without date or tag.
    ["تونس - افتتح رئيس الحكومة", "تونس", "تونس", null, null],
    ["الرباط- أجرى وزير الخارجية", "الرباط", "الرباط", null, null],
    ["بيروت – وصل المبعوث الفرنسي", "بيروت", "بيروت", null, null],
    // An outlet first, then "من" and the place; a name that is also a word closing a byline; a dotted name.
    ["إيلاف من القاهرة: كشف مصدر", "إيلاف من القاهرة", "القاهرة", null, "Elaph"],
    ["الزرقاء - الغد", "الزرقاء - الغد", "الزرقاء", null, "Al-Ghad"],
    ["جدة - العربية.نت", "جدة - العربية.نت", "جدة", null, "Al Arabiya"],
    // The agency's tag alone before a dash.
    ["وطنية - ترأس وزير الداخلية اجتماعا", "وطنية", null, null, "NNA"],
    ["(د ب أ) - أعلنت الشرطة", "(د ب أ)", null, null, "dpa"],
  ])("%s", (line, text, place, iso, outlet) => {
    const d = datelineOfLine(line);
    expect(d).not.toBeNull();
    expect(d!.text).toBe(text);
    expect(line.slice(d!.start, d!.end)).toBe(text);
    expect(d!.place).toBe(place);
    expect(d!.date?.iso ?? null).toBe(iso);
    expect(d!.outlet?.name_en ?? null).toBe(outlet);
  });

  it.each([
    "قال الرئيس في 5 مارس 2020 إن بلاده",
    "التقى الرئيس في 5 مارس وزير الخارجية",
    "تعهد البلدان يوم الجمعة بدعم بعضهما",
    "وأضاف (في إشارة إلى الاتفاق) أن",
    "القاهرة - الخرطوم: علاقات تاريخية بين البلدين",
    "وكالات - عواصم",
    "بغداد/ علي حسين/ قال الرئيس",
    "الأناضول - خاص",
    "وزير الخارجية - الرياض",
    "الجزيرة - الدوحة",
    "القاهرة (مصر) تستضيف القمة",
    "وأكد الوزير (الفرنسي) - في بيان - أن",
    "الحكومة - في بيان - أكدت",
    "مسؤول من الخرطوم: الوضع صعب",
    "تونس - الجزائر: شراكة متجددة",
    "الجزيرة - قال مراسلنا",
    "(تفاصيل) - قال",
  ])("no dateline in: %s", (line) => {
    expect(datelineOfLine(line)).toBeNull();
  });
});

describe("headlineOf", () => {
  it("takes a short first line without a full stop", () => {
    expect(headlineOf("وزير الخارجية يستقبل سفير اليابان\nاستقبل وزير الخارجية اليوم سفير اليابان.")).toBe(
      "وزير الخارجية يستقبل سفير اليابان",
    );
  });
  it("takes a headline that ends on a quoted phrase, not a quoted sentence", () => {
    expect(headlineOf("الرئيس يدعو إلى «حوار وطني شامل»\nدعا الرئيس اليوم إلى حوار.")).toBe("الرئيس يدعو إلى «حوار وطني شامل»");
    expect(headlineOf("وقال الوزير: «الحوار هو الحل.»\nوأضاف")).toBeNull();
  });
  it("takes a headline that opens with a place and a dash", () => {
    expect(headlineOf("غزة - غارات على وسط القطاع\n\nقتل عشرة أشخاص.")).toBe("غزة - غارات على وسط القطاع");
  });

  it("does not take a sentence, a dateline or a lone line", () => {
    expect(headlineOf("استقبل الوزير السفير.\nوبحث معه العلاقات.")).toBeNull();
    expect(headlineOf("بكين 12 يونيو 2019 (شينخوا) قال المتحدث\nوأضاف")).toBeNull();
    expect(headlineOf("وزير الخارجية يستقبل سفير اليابان")).toBeNull();
  });
});

describe("extractMetadata", () => {
  it("reads outlet, dateline and published from a wire report", () => {
    const m = meta("الملك يستقبل وزير خارجية اليابان\n\nعمان 12 آب 2023 (بترا) - استقبل جلالة الملك اليوم وزير خارجية اليابان.");
    expect(m).toMatchObject({ title: "الملك يستقبل وزير خارجية اليابان", outlet: "Petra", published: "2023-08-12" });
    expect(m.dateline).toMatchObject({ place: "عمان", date: "2023-08-12", text: "عمان 12 آب 2023 (بترا)" });
    expect(m.text.slice(m.dateline!.start, m.dateline!.end)).toBe(m.dateline!.text);
  });

  it("reads publication labels in their conjugations, a time after the date, and a site crediting an agency by slash", () => {
    const m = meta("الرئيس يستقبل وفدا برلمانيا\n\nنشرت في: 27/04/2022 - 18:05\n\nاستقبل الرئيس وفدا برلمانيا.\n\nيورونيوز/ رويترز");
    expect(m).toMatchObject({ published: "2022-04-27", outlet: "Reuters" });
    expect(m.text).not.toContain("نشرت");
    expect(meta("عنوان الخبر هنا\n\nأضيفت بتاريخ 2021/10/09 07:30\n\nقال الوزير إن.").published).toBe("2021-10-09");
    expect(meta("عنوان الخبر هنا\n\nنُشر يوم 9 أكتوبر 2021\n\nقال الوزير إن.").published).toBe("2021-10-09");
    // The update printed first, the publication after it.
    expect(meta("عنوان الخبر هنا\n\nآخر تحديث: 2020-09-14 | نُشر في: 2020-09-12\n\nقال الوزير إن.").published).toBe("2020-09-12");
    // A wire's stamp: the time and date, then the update in brackets.
    expect(meta("عنوان الخبر هنا\n\n09:40 GMT 03.06.2021 (محدثة 18:05 GMT 04.06.2021)\n\nقال الوزير إن.").published).toBe("2021-06-03");
    expect(meta("عنوان الخبر هنا\n\nتاريخ النشر:03.06.2021 | 09:40 GMT\n\nقال الوزير إن.").published).toBe("2021-06-03");
    expect(meta("عنوان الخبر هنا\nتاريخ النشر:03.06.2021 | 09:40 GMT | أخبار العالم\nقال الوزير إن.").published).toBe("2021-06-03");
    expect(meta("عنوان الخبر هنا\n\nنشرت في 11/05/2023 - 09:30 GMT+2\n\nقال الوزير إن.").published).toBe("2023-05-11");
    // An update time alone is not the publication date.
    expect(meta("عنوان الخبر هنا\n\nحُدّثت في: 10 أكتوبر 2021\n\nقال الوزير إن.").published).toBeNull();
  });

  it("takes the one outlet a credit names beside unnamed agencies, none where it names two", () => {
    const body = "وزير الخارجية يزور أنقرة\n\nوصل وزير الخارجية إلى أنقرة في زيارة رسمية.\n\n";
    expect(meta(`${body}المصدر : سكاي نيوز عربية + وكالات`).outlet).toBe("Sky News Arabia");
    expect(meta(`${body}المصدر: العربية ووكالات`).outlet).toBe("Al Arabiya");
    expect(meta(`${body}المصدر: رويترز، مواقع التواصل`).outlet).toBe("Reuters");
    expect(meta(`${body}المصدر: رويترز + أ ف ب`).outlet).toBeNull();
    // Institutions beside the outlet are its sources; a source that may be an unlisted outlet is not.
    expect(meta(`${body}المصدر: سكاي نيوز عربية + وزارة الخارجية التركية`).outlet).toBe("Sky News Arabia");
    expect(meta(`${body}المصدر: رويترز + صحيفة محلية`).outlet).toBeNull();
  });

  it("reads the outlet a byline names beside the reporter", () => {
    const body = "\n\nوصل وزير الخارجية إلى أنقرة في زيارة رسمية.";
    expect(meta("وزير الخارجية يزور أنقرة\n\nبقلم: هدى سالم - صحيفة الغد" + body).outlet).toBe("Al-Ghad");
    expect(meta("وزير الخارجية يزور أنقرة\n\nكتب: هدى سالم" + body).outlet).toBeNull();
  });

  it("reads a name followed by its abbreviation, and a masthead with a section beside the name", () => {
    const body = "وزير الخارجية يزور أنقرة\n\nوصل وزير الخارجية إلى أنقرة في زيارة رسمية.\n\n";
    expect(meta(`${body}وكالة الأنباء القطرية (قنا) - 2023/11/02`)).toMatchObject({ outlet: "QNA", published: "2023-11-02" });
    expect(meta(`${body}هيئة الإذاعة اليابانية NHK - 2019/05/20`)).toMatchObject({ outlet: "NHK World-Japan", published: "2019-05-20" });
    const m = meta("سكاي نيوز عربية | الشرق الأوسط\n" + body);
    expect(m.outlet).toBe("Sky News Arabia");
    expect(m.text).not.toContain("|");
  });

  it("reads the owner a copyright line names, where nothing else names the outlet", () => {
    const body = "وزير الخارجية يزور أنقرة\n\nوصل وزير الخارجية إلى أنقرة في زيارة رسمية.\n\n";
    expect(meta(`${body}© 2025 سكاي نيوز عربية. جميع الحقوق محفوظة.`).outlet).toBe("Sky News Arabia");
    expect(meta(`${body}جميع الحقوق محفوظة لوكالة الأنباء الأردنية 2025`).outlet).toBe("Petra");
    expect(meta(`${body}جميع الحقوق محفوظة © وكالة الأنباء القطرية - قنا 2025`).outlet).toBe("QNA");
    expect(meta(`${body}© جميع الحقوق محفوظة 2025`).outlet).toBeNull();
    // A credit names the source first.
    expect(meta(`${body}المصدر: رويترز\n© 2025 سكاي نيوز عربية`).outlet).toBe("Reuters");
  });

  it("reads a date line whose Hijri date is joined to the Gregorian one by الموافق", () => {
    const m = meta("وزير الخارجية يزور أنقرة\n\nالأحد 12 رمضان 1445هـ الموافق 24 مارس 2024م\n\nوصل وزير الخارجية إلى أنقرة.");
    expect(m.published).toBe("2024-03-24");
    expect(m.text).not.toContain("الموافق");
  });

  it("reads outlet and publication date from a wire's closing line", () => {
    const m = meta("وزير الخارجية يستقبل سفير البرازيل\n\nاستقبل وزير الخارجية اليوم سفير البرازيل.\n\nع ح\nسانا 0915 جمت 14/02/2022");
    expect(m).toMatchObject({ outlet: "SANA", published: "2022-02-14" });
    expect(m.text).not.toContain("جمت");
    expect(meta("الملك يستقبل وفدا\n\nاستقبل الملك وفدا برلمانيا.\n\n(بترا) س ع/ ر ص").outlet).toBe("Petra");
  });

  it("prefers a timestamp line over the dateline, and the credit line over the site line", () => {
    const m = meta("شبكة الأخبار الدولية/\n/مصدر: وام/ 2022:02:03.08:00\nأبوظبي في 2 فبراير 2022 - بحث الشيخ عبدالله مع نظيره.");
    expect(m.outlet).toBe("WAM");
    expect(m.published).toBe("2022-02-03");
    expect(m.dateline?.date).toBe("2022-02-02");
  });

  it("takes the publication date, not the update, from a line that gives both", () => {
    const body = "\nبحث الوزيران في عمان سبل تعزيز التعاون الثنائي.";
    expect(meta("نشر في: 5 آذار 2023 - آخر تحديث: 6 آذار 2023" + body).published).toBe("2023-03-05");
    expect(meta("آخر تحديث: 6 آذار 2023 12:40" + body).published).toBeNull();
    expect(meta("تحديث: 6 آذار 2023" + body).published).toBeNull();
  });

  it("gives null when the year cannot be known", () => {
    const m = meta("موسكو - 8 أبريل - قال الوزير إن المحادثات ستستمر.");
    expect(m.published).toBeNull();
    expect(m.dateline).toMatchObject({ place: "موسكو", date: null });
  });

  it("takes a dateline's year from an update time in the week after it, never from a later one", () => {
    const body = "\n\nعمان 9 أيار (بترا) - بحث وزير الخارجية مع نظيره البرتغالي العلاقات الثنائية.";
    expect(meta("وزير الخارجية يبحث مع نظيره البرتغالي العلاقات" + "\n\nآخر تحديث: 10-05-2023 09:12" + body).published).toBe("2023-05-09");
    // An update a month later says nothing of the year.
    expect(meta("وزير الخارجية يبحث مع نظيره البرتغالي العلاقات" + "\n\nآخر تحديث: 20-06-2023 09:12" + body).published).toBeNull();
  });

  it("takes a dateline's year from a URL of the same month, never from a mere mention of a year", () => {
    const text = "موسكو - 8 أبريل - قال الوزير إن عام 2020 كان صعبا.";
    expect(meta(text).published).toBeNull();
    expect(meta(text, { url: "https://example.org/news/2021/04/x.html" }).published).toBe("2021-04-08");
    expect(meta(text, { url: "https://example.org/news/2021/05/x.html" }).published).toBeNull();
  });

  it("uses stated metadata first and canonicalises the outlet", () => {
    const m = meta("بكين 12 يونيو 2019 (شينخوا) قال المتحدث.", { published: "2019-06-13T01:00:00+08:00", outlet: "سبوتنيك" });
    expect(m.published).toBe("2019-06-13");
    expect(m.outlet).toBe("Sputnik");
  });

  it("finds the outlet from a closing tag, a site name or the URL host", () => {
    expect(meta("وقع البلدان اتفاقية للتعاون في مجال الطاقة. (وام)").outlet).toBe("WAM");
    expect(meta("بحث الجانبان خلال اللقاء سبل تعزيز العلاقات الثنائية بين البلدين. /بنا/").outlet).toBe("BNA");
    expect(meta("بحث الجانبان تعزيز العلاقات الثنائية. / العمانية /").outlet).toBe("ONA");
    expect(meta("بحث الجانبان تعزيز العلاقات بين 2020/2024").outlet).toBeNull();
    expect(meta("وقع البلدان اتفاقية للتعاون.", { siteName: "Sky News Arabia" }).outlet).toBe("Sky News Arabia");
    expect(meta("وقع البلدان اتفاقية للتعاون.", { url: "https://www.youm7.com/story/2024/3/5/x" }).outlet).toBe("Youm7");
    expect(meta("وقع البلدان اتفاقية للتعاون، حسبما أفادت وكالة رويترز.").outlet).toBeNull();
  });

  it("reads a Hijri dateline with its Gregorian equivalent", () => {
    const m = meta("الرياض 20 ذو القعدة 1444 هـ الموافق 9 يونيو 2023 م واس - رأس سمو ولي العهد الاجتماع.");
    expect(m.outlet).toBe("SPA");
    expect(m.published).toBe("2023-06-09");
  });
});

describe("newspaper and online layouts", () => {
  it("finds the dateline below a deck, and the date line above the headline", () => {
    const raw = [
      "الأحد - 12 ربيع الأول 1446 هـ - 15 سبتمبر 2024 مـ",
      "",
      "مصر والسودان تبحثان «الأمن المائي»",
      "",
      "الوزيران يتفقان على لجنة مشتركة",
      "",
      "القاهرة - الخرطوم: «الشرق الأوسط»",
      "",
      "بحث وزيرا خارجية مصر والسودان، أمس (السبت)، ملف المياه.",
    ].join("\n");
    const m = meta(raw);
    expect(m).toMatchObject({ title: "مصر والسودان تبحثان «الأمن المائي»", outlet: "Asharq Al-Awsat", published: "2024-09-15" });
    expect(m.dateline).toMatchObject({ place: "القاهرة", text: "القاهرة - الخرطوم: «الشرق الأوسط»" });
  });

  it("takes the printed Gregorian date of a date line over the Hijri one's conversion", () => {
    // Umm al-Qura has 1 Ramadan 1444 on 23 March 2023; a paper that began the month a day later prints both.
    const m = meta("الجمعة - 1 رمضان 1444 هـ - 24 مارس 2023 مـ\n\nالرياض وبكين تبحثان التعاون\n\nبحث البلدان أمس سبل التعاون.");
    expect(m.published).toBe("2023-03-24");
  });

  it("reads a date line that sets the month name between slashes (Egyptian portals)", () => {
    const m = meta("الخميس 05/مارس/2020 - 02:10 م\n\nالقاهرة وأثينا تبحثان ترسيم الحدود\n\nالقاهرة - أ ش أ:\nبحث وزيرا الخارجية اليوم الخميس ملف الحدود البحرية.");
    expect(m.published).toBe("2020-03-05");
    expect(m.text).not.toContain("02:10");
  });

  it("reads past a section label above the headline", () => {
    const m = meta("سياسة\n\nالعاهل الأردني يستقبل رئيس وزراء اليابان\n\nعمان 4 أيلول 2023 (بترا) - استقبل جلالة الملك اليوم رئيس وزراء اليابان.");
    expect(m).toMatchObject({ title: "العاهل الأردني يستقبل رئيس وزراء اليابان", outlet: "Petra", published: "2023-09-04" });
    expect(meta("عاجل\n\nبحث وزير الخارجية مع نظيره التركي اليوم الأحد 3 سبتمبر 2023 الأوضاع في المنطقة.").published).toBe("2023-09-03");
  });

  it("reads a site name between slashes with the publication time as a credit line", () => {
    const m = meta("الرئيس الصيني يلتقي رئيس كينيا\n\n/شبكة تلفزيون الصين الدولية/ 2023:11:02.14:05\n\nبكين 1 نوفمبر 2023 - التقى الرئيس الصيني نظيره الكيني.");
    expect(m.outlet).toBe("CGTN Arabic");
    expect(m.published).toBe("2023-11-02");
    expect(m.text).not.toContain("2023:11:02");
    expect(m.dateline?.date).toBe("2023-11-01");
  });
});

describe("dates of other articles", () => {
  it("never takes the publication date from a related-articles list", () => {
    const raw = ["بحث الوزيران سبل التعاون في اتصال هاتفي.", "", "أخبار ذات صلة", "الوزير يستقبل سفير كوريا", "2024-01-03", "الوزير يزور باريس", "2024-01-02"].join("\n");
    const m = meta(raw);
    expect(m.published).toBeNull();
    expect(m.text).toBe("بحث الوزيران سبل التعاون في اتصال هاتفي.");
  });
});

describe("outlet names that are also words", () => {
  it("count in a site-name line or credit line, not as a body line", () => {
    expect(meta("الخليج/\nبحث الوزيران سبل التعاون في اتصال هاتفي.").outlet).toBe("Al Khaleej");
    expect(meta("المصدر: البيان\nبحث الوزيران سبل التعاون في اتصال هاتفي.").outlet).toBe("Al Bayan");
    const m = meta("بحث الوزيران سبل التعاون.\nالبيان\nوصدر عن الاجتماع بيان مشترك.");
    expect(m.outlet).toBeNull();
    expect(m.text).toContain("\nالبيان\n");
  });
});

describe("a site's own name and the agency it credits", () => {
  it("takes a name that says its kind as the site even where the short name is a word", () => {
    const m = meta("قناة الجزيرة\n\nأمير قطر يستقبل رئيس وزراء ماليزيا\n\nاستقبل أمير قطر اليوم رئيس وزراء ماليزيا.");
    expect(m.outlet).toBe("Al Jazeera");
    expect(m.title).toBe("أمير قطر يستقبل رئيس وزراء ماليزيا");
    expect(meta("الجزيرة\nبحث الوزيران سبل التعاون في اتصال هاتفي.").outlet).toBeNull();
  });

  it("reads the site and the publication time from a line that gives both", () => {
    const m = meta("شي يهنئ رئيس فيتنام\n\n2022-11-30 14:02:11 | arabic.cri.cn\n\nبعث الرئيس الصيني برقية تهنئة إلى رئيس فيتنام.");
    expect(m).toMatchObject({ outlet: "China Radio International", published: "2022-11-30", title: "شي يهنئ رئيس فيتنام" });
    expect(m.text).not.toContain("cri.cn");
    expect(meta("روسيا اليوم - 8 شباط 2023، 09:15\n\nبحث لافروف مع نظيره السوري العلاقات.").outlet).toBe("RT Arabic");
  });

  it("reads 'SITE - AGENCY' as a credit line of the agency, not a dateline", () => {
    const m = meta("بوابة الأهرام | رويترز\n\nمصر وقبرص تبحثان التعاون في الطاقة\n\nبحث وزيرا خارجية مصر وقبرص التعاون في الطاقة.");
    expect(m).toMatchObject({ outlet: "Reuters", dateline: null, title: "مصر وقبرص تبحثان التعاون في الطاقة" });
    expect(m.text).not.toContain("رويترز");
    expect(datelineOfLine("هسبريس - د ب أ")).toBeNull();
  });
});

describe("outlet in the opening words", () => {
  it("reads an outlet that opens the first line, and keeps a writer's byline in the body (the writer is a person it names)", () => {
    const m = meta("سكاي نيوز عربية - أبوظبي: أعلنت وزارة الخارجية اليوم عن زيارة مرتقبة.\nكتب محمد علي\nوأضافت الوزارة أن الزيارة تستمر يومين.");
    expect(m.outlet).toBe("Sky News Arabia");
    expect(m.text).toContain("كتب محمد علي");
  });

  it("drops a byline that names an outlet beside its writer, and still reads the outlet", () => {
    const m = meta("وزير الخارجية يزور أنقرة\n\nبقلم: سلمى ناصر - صحيفة الغد\n\nأعلنت وزارة الخارجية اليوم عن زيارة مرتقبة.");
    expect(m.outlet).toBe("Al-Ghad");
    expect(m.text).not.toContain("سلمى ناصر");
  });
});

describe("a release naming its agency only as the one an official spoke to", () => {
  it("takes the dateline country's own agency an official gave a statement to", () => {
    const amiText = "الوزير الأول يفتتح معرضا\n\nنواكشوط، 04/06/2024 - افتتح الوزير الأول معرض الصيد البحري.\n\nوقال وزير الصيد في تصريح خاص للوكالة الموريتانية للأنباء إن المعرض يعكس أهمية القطاع.";
    expect(meta(amiText).outlet).toBe("AMI");
    const spaText = "أمير المنطقة يدشن مشروعات\n\nالدمام - دشن أمير المنطقة الشرقية اليوم عددا من المشروعات.\n\nوأوضح مدير المشروع، في تصريح لـ«واس»، أن العمل سيكتمل العام المقبل.";
    expect(meta(spaText).outlet).toBe("SPA");
    const onaText = "افتتاح منتدى الاستثمار\n\nمسقط - افتتح وزير التجارة أمس منتدى الاستثمار.\n\nوأكد الوزير بتصريح لـ«العمانية» أن المنتدى يستقطب شركات من 20 دولة.";
    expect(meta(onaText).outlet).toBe("ONA");
  });

  it("does not take another country's agency, an agency cited as a source, or a statement without a dateline", () => {
    expect(meta("الرئيس يستقبل وزيرا\n\nالقاهرة - استقبل الرئيس وزير الخارجية.\n\nوقال الوزير في تصريح لوكالة الأنباء السعودية إن الزيارة مهمة.").outlet).toBeNull();
    expect(meta("الرئيس يستقبل وزيرا\n\nنواكشوط - استقبل الرئيس وزير الخارجية.\n\nونقلت الوكالة الموريتانية للأنباء عن الوزير قوله إن الزيارة مهمة.").outlet).toBeNull();
    expect(meta("الرئيس يستقبل وزيرا\n\nاستقبل الرئيس وزير الخارجية.\n\nوقال الوزير في تصريح للوكالة الموريتانية للأنباء إن الزيارة مهمة.").outlet).toBeNull();
  });
});

describe("a paper named only in its masthead, dateline or own report", () => {
  const body = "وزير الخارجية يزور أنقرة\n\n";
  it("reads a quoted masthead name in a dateline, also the short name of a paper listed by its long one", () => {
    expect(datelineOfLine("جدة - «الرياض»")?.outlet?.name_en).toBe("Al Riyadh");
    expect(datelineOfLine("صلالة - «عمان»:")?.outlet?.name_en).toBe("Oman Daily");
    expect(datelineOfLine("باريس، بروكسل - «الحياة»")?.outlet?.name_en).toBe("Al-Hayat");
  });

  it("reads a name that is also a word between dashes after the place, never a place there", () => {
    expect(datelineOfLine("إربد - الغد - افتتح وزير")?.outlet?.name_en).toBe("Al-Ghad");
    expect(datelineOfLine("الجهراء - الراي - أكد")?.outlet?.name_en).toBe("Al-Rai");
    expect(datelineOfLine("جدة - الرياض - أكد الوزير")?.outlet ?? null).toBeNull();
  });

  it("reads a masthead line: the quoted name with its place or handle, the name and its place or section", () => {
    expect(meta(`${body}«عكاظ» (الرياض) okaz_online@\n\nوقع الوزيران اتفاقية للتعاون.`).outlet).toBe("Okaz");
    expect(meta(`${body}«الحياة» - نيويورك\n\nوقع الوزيران اتفاقية للتعاون.`).outlet).toBe("Al-Hayat");
    expect(meta(`${body}الحرة - بغداد\n\nوقع الوزيران اتفاقية للتعاون.`).outlet).toBe("Al-Hurra");
    expect(meta(`${body}الشرق الأوسط - رأي\n\nوقع الوزيران اتفاقية للتعاون.`).outlet).toBe("Asharq Al-Awsat");
    // A region and a topic after a dash is a headline's, not a masthead.
    expect(meta("الخليج - أوروبا: شراكة تتوسع في الطاقة والتجارة\n\nوقع الوزيران اتفاقية للتعاون.").outlet).toBeNull();
  });

  it("reads the one paper its report says was told or learned something, never an agency", () => {
    expect(meta(`${body}وقال مسؤول تركي لـ«الأخبار» إن الزيارة ناجحة.`).outlet).toBe("Al-Akhbar");
    expect(meta(`${body}وأوضح دبلوماسي في تصريح لـ "المصري اليوم" أن المحادثات مثمرة.`).outlet).toBe("Al-Masry Al-Youm");
    expect(meta(`${body}وعلمت «القبس» أن الوزير سيزور الكويت.`).outlet).toBe("Al-Qabas");
    expect(meta(`${body}وحصلت «الشرق الأوسط» على نسخة من البيان.`).outlet).toBe("Asharq Al-Awsat");
    expect(meta(`${body}وقال مسؤول لـ«رويترز» إن الزيارة ناجحة.`).outlet).toBeNull();
    expect(meta(`${body}وقال مسؤول لـ«الغد» إن الزيارة ناجحة، وقال آخر لـ«الراي» إنها مهمة.`).outlet).toBeNull();
  });

  it("takes the one site among agencies in a source list", () => {
    const text = `${body}وصل وزير الخارجية إلى أنقرة في زيارة رسمية.\n\n`;
    expect(meta(`${text}المصدر: RT + "نوفوستي"`).outlet).toBe("RT Arabic");
    expect(meta(`${text}المصدر: سكاي نيوز عربية + رويترز + أ ف ب`).outlet).toBe("Sky News Arabia");
    expect(meta(`${text}المصدر: رويترز + تاس`).outlet).toBeNull();
  });
});

describe("wire layouts: a long headline, a filing stamp, a page with only its update time", () => {
  it("takes a long headline above a dateline as the title and reads the dateline", () => {
    const head = "ولي العهد يستقبل رئيس وزراء اليابان ويبحث معه تعزيز العلاقات الثنائية في مجالات الطاقة والاستثمار والتقنية، ويقيم مأدبة غداء تكريما له والوفد المرافق في قصر اليمامة";
    const m = meta(`${head}\n\nالرياض في 3 مارس / واس / استقبل ولي العهد رئيس وزراء اليابان.`);
    expect(m.title).toBe(head);
    expect(m.outlet).toBe("SPA");
  });

  it("reads the year of a day-and-month dateline from KUNA's closing filing stamp", () => {
    const m = meta("الكويت تشارك في الاجتماع\n\nالقاهرة - 14 - 3 (كونا) -- شارك وزير الخارجية في الاجتماع.\n\nع ن ر / م س\nكونا141032 جمت مار 11");
    expect(m).toMatchObject({ outlet: "KUNA", published: "2011-03-14" });
    expect(m.text).not.toContain("جمت");
  });

  it("dates a page by its update time when the lead calls that weekday اليوم, not another", () => {
    const head = "وزير الخارجية يزور أنقرة\n\nآخر تحديث: الثلاثاء 9 مايو 2023. 10:05 مساءً\n\n";
    expect(meta(`${head}عمان - أجرى وزير الخارجية اليوم الثلاثاء محادثات في أنقرة.`).published).toBe("2023-05-09");
    expect(meta(`${head}عمان - أجرى وزير الخارجية اليوم الاثنين محادثات في أنقرة.`).published).toBeNull();
    expect(meta(`${head}عمان - أجرى وزير الخارجية أمس محادثات في أنقرة.`).published).toBeNull();
  });

  it("maps a site name with its English brand to the outlet", () => {
    expect(meta("عنوان الخبر هنا\n\nقال الوزير إن.", { siteName: "BBC News عربي" }).outlet).toBe("BBC Arabic");
  });
});

describe("an outlet's page template", () => {
  const body = "وبحث وزير الخارجية مع نظيره العماني في مسقط سبل تعزيز العلاقات الثنائية بين البلدين.\n\nوأكد الجانبان أهمية مواصلة التشاور.";
  it("names the outlet by a label only its pages print (صدر الصورة، / التعليق على الصورة،)", () => {
    expect(meta(`مباحثات في مسقط حول العلاقات الثنائية\n\nصدر الصورة، Reuters\nالتعليق على الصورة، الوزيران خلال اللقاء\n\n${body}`).outlet).toBe("BBC Arabic");
    expect(meta(`مباحثات في مسقط حول العلاقات الثنائية\n\nالتعليق على الصورة، الوزيران خلال اللقاء\n\n${body}`).outlet).toBe("BBC Arabic");
  });
  it("leaves other picture credits alone, and a credited agency first", () => {
    expect(meta(`مباحثات في مسقط حول العلاقات الثنائية\n\nصورة: رويترز\n\n${body}`).outlet).toBeNull();
    expect(meta(`مباحثات في مسقط حول العلاقات الثنائية\n\nصدر الصورة، Getty Images\n\nمسقط (رويترز) - ${body}`).outlet).toBe("Reuters");
  });
});
