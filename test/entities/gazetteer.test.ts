// The gazetteer data files: people.tsv parses (and a bad line is reported with file and line),
// states carry adjectives in every gender and number, offices are well-formed.
import { describe, expect, it } from "vitest";
import { loadJson } from "../../src/data-files.js";
import { loadPeople, officeOn, parsePeople } from "../../src/entities/people.js";
import { adjectiveForms } from "../../scripts/build-gazetteer-forms.js";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { docOf, entitiesOf } from "./helpers.js";

describe("people.tsv", () => {
  const people = loadPeople();

  it("holds a few hundred people with offices in date order", () => {
    expect(people.length).toBeGreaterThanOrEqual(250);
    for (const p of people) {
      expect(p.names.length).toBeGreaterThan(0);
      for (const o of p.offices) if (o.start && o.end) expect(o.start <= o.end).toBe(true);
    }
    const ids = new Set(people.map((p) => p.id));
    for (const id of ["xi_jinping", "putin", "lavrov", "wang_yi", "mbs", "erdogan", "araghchi", "guterres"]) expect(ids.has(id)).toBe(true);
  });

  it("reports a malformed line with file and line number", () => {
    expect(() => parsePeople("# header\nbad\tline", "people.tsv")).toThrow(/people\.tsv:2: expected 6 or 7/);
    expect(() => parsePeople("x\tX\tQ1\tCN\tاسم\tPresident|الرئيس|2020-13|", "p.tsv")).toThrow(/p\.tsv:1: office date "2020-13"/);
    expect(() => parsePeople("x\tX\t42\tCN\tاسم\t", "p.tsv")).toThrow(/Wikidata id "42"/);
  });

  it("finds the office held on a date, or none outside the terms", () => {
    const trump = people.find((p) => p.id === "trump")!;
    expect(officeOn(trump, "2018-01-01", [])?.title_en).toBe("President");
    expect(officeOn(trump, "2023-01-01", [])).toBeNull();
    expect(officeOn(trump, "2025-02-01", [])?.start).toBe("2025-01-20");
  });
});

describe("states.json", () => {
  const states = loadJson<{ states: Array<{ code: string; names: string[]; adjectives: string[] }> }>("data/gazetteer/states.json").states;

  it("covers every ISO state with Arabic names", () => {
    expect(states.length).toBeGreaterThanOrEqual(249);
    const ru = states.find((s) => s.code === "RU")!;
    expect(ru.names).toEqual(expect.arrayContaining(["روسيا", "الاتحاد الروسي"]));
  });

  it("derives adjectives in all genders and numbers, with and without the article", () => {
    expect(adjectiveForms("صيني")).toEqual(expect.arrayContaining(["الصيني", "الصينية", "الصينيون", "الصينيين", "الصينيان", "الصينيتان", "الصينيتين", "صينية"]));
    expect(adjectiveForms("كوري جنوبي")).toEqual(expect.arrayContaining(["الكورية الجنوبية", "كوري جنوبي"]));
    const cn = states.find((s) => s.code === "CN")!;
    expect(cn.adjectives).toContain("الصينية");
  });
});

describe("bodies and people added in the ninth round (general knowledge)", () => {
  const keys = (text: string) => recognizeEntities(docOf(text), { model: false }).map((e) => e.key);

  it("knows CEN-SAD, the African Union's missions in Somalia and the US Fifth Fleet and NAVCENT", () => {
    expect(keys("ودعا الوزيران إلى إعادة تفعيل تجمع دول الساحل والصحراء.")).toContain("org:cen_sad");
    expect(keys("وتشارك القوات في بعثة الاتحاد الأفريقي الانتقالية في الصومال منذ عامين.")).toContain("org:atmis");
    expect(keys("وتستضيف المنامة مقر القيادة المركزية للقوات البحرية الأميركية والأسطول الخامس.")).toEqual(expect.arrayContaining(["org:navcent", "org:us_fifth_fleet"]));
  });

  it("knows Emomali Rahmon and Guo Jiakun", () => {
    expect(keys("واستقبل الرئيس الطاجيكي إمام علي رحمن الوفد.")).toContain("per:rahmon");
    expect(keys("وقال قوه جيا كون في مؤتمر صحفي إن بكين تدعم الحوار.")).toContain("per:guo_jiakun");
  });
});

describe("bodies added in the tenth round (general knowledge)", () => {
  const keys = (text: string) => recognizeEntities(docOf(text), { model: false }).map((e) => e.key);

  it("knows Sudan's transitional council and its civilian coalition, AFAD, Imran Khan's party", () => {
    expect(keys("وسلم الوسيط المجلس العسكري الانتقالي مقترحا جديدا بعد مشاورات مع قوى إعلان الحرية والتغيير.")).toEqual(expect.arrayContaining(["org:sudan_tmc", "org:sudan_ffc"]));
    expect(keys("وأعلنت إدارة الكوارث والطوارئ التركية إرسال فرق إغاثة إضافية.")).toContain("org:afad");
    expect(keys("وفاز مرشحو حركة الإنصاف بأغلب المقاعد.")).toContain("org:pti");
  });

  it("knows Libya's dialogue forum, UNSMIL and the Red Sea council whole, past the prepositions in their names", () => {
    expect(keys("وتستأنف بعثة الأمم المتحدة للدعم في ليبيا جلسات ملتقى الحوار السياسي الليبي الشهر المقبل.")).toEqual(expect.arrayContaining(["org:unsmil", "org:lpdf"]));
    const red = recognizeEntities(docOf("وبحث الوزيران عمل مجلس الدول العربية والأفريقية المطلة على البحر الأحمر وخليج عدن."), { model: false });
    expect(red.find((e) => e.key === "org:red_sea_council")?.mentions[0].text).toBe("مجلس الدول العربية والأفريقية المطلة على البحر الأحمر وخليج عدن");
  });

  it("reads a bilateral high-level cooperation council as its own body, not the Gulf Cooperation Council", () => {
    const k = keys("وترأس الرئيسان اجتماع مجلس التعاون الاستراتيجي رفيع المستوى بين البلدين.");
    expect(k).toContain("org:hlcc");
    expect(k).not.toContain("org:gcc");
  });

  it("knows IGAD with the article and the AU Assembly's bureau by its long and short names, one body each", () => {
    expect(keys("وأكدت الإيغاد استعدادها لاستضافة المحادثات.")).toContain("org:igad");
    const ents = recognizeEntities(docOf("وترأس الرئيس اجتماع هيئة مكتب رؤساء الاتحاد الأفريقي، ثم أصدرت هيئة مكتب الاتحاد الأفريقي بيانا ختاميا."), { model: false });
    expect(ents.filter((e) => e.key === "org:au_bureau")).toHaveLength(1);
    expect(ents.find((e) => e.key === "org:au_bureau")?.mentions).toHaveLength(2);
  });

  it("reads religious institutions as bodies, not places (الأزهر الشريف، دار الإفتاء المصرية، الكنيسة القبطية)", () => {
    const ents = recognizeEntities(docOf("وأشاد الوفد بالمنح التي يقدمها الأزهر الشريف، وبتعاون دار الإفتاء المصرية والكنيسة القبطية الأرثوذكسية."), { model: false });
    for (const key of ["org:al_azhar", "org:egypt_dar_al_ifta", "org:coptic_church"]) expect(ents.find((e) => e.key === key)?.type).toBe("ORG");
    // The university keeps its own name; the mosque is no mention of the institution.
    const uni = recognizeEntities(docOf("وتخرج في جامعة الأزهر قبل أن يخطب في الجامع الأزهر."), { model: false });
    expect(uni.map((e) => e.name)).toContain("جامعة الأزهر");
    expect(uni.some((e) => e.key === "org:al_azhar")).toBe(false);
  });
});

describe("Latin letters joined by a hyphen to a number", () => {
  it("reads a model's designation (AP-1000), not the acronym it spells", () => {
    const { entities } = entitiesOf("ووقعت الحكومة عقدا لبناء مفاعلين من طراز AP-1000 قرب الساحل.");
    expect(entities.some((e) => e.type === "ORG")).toBe(false);
  });

  it("still reads the acronym alone", () => {
    const { entities } = entitiesOf("ونقلت وكالة AP عن مسؤول قوله إن المحادثات انتهت.");
    expect(entities.some((e) => e.type === "ORG")).toBe(true);
  });
});
