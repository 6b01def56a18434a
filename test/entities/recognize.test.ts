// The entity stage on sentences written for these tests (not taken from any article).
import { describe, expect, it } from "vitest";
import { resolveReference, findReferences } from "../../src/entities/reference.js";
import { byName, entitiesOf, names } from "./helpers.js";

describe("mention spans", () => {
  it("leave proclitics out and keep the article", () => {
    const { entities } = entitiesOf("تعاونت الصين وروسيا مع البرازيل وبالهند في إطار المجموعة.");
    const russia = byName(entities, "روسيا")!;
    expect(russia.mentions[0].text).toBe("روسيا");
    expect(byName(entities, "الصين")!.mentions[0].text).toBe("الصين");
    expect(byName(entities, "الهند")!.mentions[0].text).toBe("الهند");
    expect(russia.key).toBe("gpe:RU");
  });

  it("keep the text of every mention equal to its slice", () => {
    const text = "وقال للصحفيين إن للصين ولروسيا دورا، ووصل وزير الخارجية المصري إلى موسكو والقاهرة.";
    const { entities } = entitiesOf(text);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(byName(entities, "الصين")).toBeDefined(); // للصين: the elided article is restored in the name
  });

  it("do not make nationality adjectives entities but use them for countries", () => {
    const { entities } = entitiesOf("أكد وزير الخارجية الكيني موساليا مودافادي أن الموقف الصيني واضح.");
    expect(names(entities)).not.toContain("الصيني");
    expect(names(entities)).not.toContain("الكيني");
    const p = byName(entities, "موساليا مودافادي")!;
    expect(p.type).toBe("PER");
    expect(p.source).toBe("pattern");
    expect(p.country).toBe("KE");
    expect(p.roles).toEqual(["وزير الخارجية الكيني"]);
  });
});

describe("organisations", () => {
  it("find nested names at every level", () => {
    const { entities } = entitiesOf("وقال عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الفيتنامي إن الزيارة ناجحة.");
    const orgs = names(entities.filter((e) => e.type === "ORG"));
    expect(orgs).toEqual(expect.arrayContaining([
      "المكتب السياسي للجنة المركزية للحزب الشيوعي الفيتنامي",
      "اللجنة المركزية للحزب الشيوعي الفيتنامي",
      "الحزب الشيوعي الفيتنامي",
    ]));
    for (const o of entities.filter((e) => e.type === "ORG")) expect(o.country).toBe("VN");
  });

  it("extend a head over its complements and stop before a verb phrase", () => {
    const { entities } = entitiesOf("أعلنت وزارة الخارجية الإندونيسية يوم الأحد أن منظمة شنغهاي للتعاون ستعقد قمتها.");
    expect(byName(entities, "وزارة الخارجية الإندونيسية")?.country).toBe("ID");
    expect(byName(entities, "منظمة شانغهاي للتعاون")?.key).toBe("org:sco"); // spelling variant, canonical name
  });

  it("keep one coordinated noun inside a party's name but not a second body", () => {
    const { entities } = entitiesOf("وقال حزب العدالة والتنمية التركي إن. وأعلنت وزارة الخارجية الصينية والروسية موقفا.");
    expect(byName(entities, "حزب العدالة والتنمية التركي")?.country).toBe("TR");
    expect(byName(entities, "وزارة الخارجية الصينية")).toBeDefined();
  });

  it("tell a national security council from the UN's", () => {
    const { entities } = entitiesOf("التقى سكرتير مجلس الأمن الروسي بمندوبي الدول الأعضاء في مجلس الأمن الدولي.");
    const national = entities.find((e) => e.type === "ORG" && e.country === "RU");
    expect(national?.name).toMatch(/^مجلس الأمن/);
    expect(entities.find((e) => e.key === "org:unsc")?.mentions).toHaveLength(1);
  });

  it("read a known organisation after a preposition", () => {
    const { entities } = entitiesOf("وانضمت الدولتان لمجموعة بريكس وإلى البريكس الموسعة.");
    const brics = entities.filter((e) => e.key === "org:brics");
    expect(brics).toHaveLength(1);
    expect(brics[0].mentions.map((m) => m.text)).toEqual(["مجموعة بريكس", "البريكس"]);
  });
});

describe("people and titles", () => {
  it("attach stacked titles and appositions", () => {
    const { entities } = entitiesOf(
      "قال عضو مجلس الدولة وزير الخارجية الصيني وانغ يي إن البلدين شريكان. والتقى وانغ يي، عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني، بالوفد.",
      "2021-06-01",
    );
    const wang = byName(entities, "وانغ يي")!;
    expect(wang.roles[0]).toBe("عضو مجلس الدولة وزير الخارجية الصيني");
    expect(wang.roles[1]).toMatch(/^عضو المكتب السياسي/);
    expect(wang.mentions).toHaveLength(2);
    expect(entities.find((e) => e.key === "org:cn_state_council")?.mentions[0].text).toBe("مجلس الدولة");
  });

  it("merge spelling variants and misspellings of one person", () => {
    const { entities } = entitiesOf("اتصل سيرجي لافروف بنظيره. وقال سيرغي لافروف إن الرئيس فلاديمين بوتين سيزور بكين، وأكد فلاديمير بوتين ذلك.");
    const lavrov = entities.filter((e) => e.key === "per:lavrov");
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0].mentions).toHaveLength(2);
    const putin = entities.filter((e) => e.key === "per:putin");
    expect(putin).toHaveLength(1);
    expect(putin[0].mentions.map((m) => m.text)).toEqual(["فلاديمين بوتين", "فلاديمير بوتين"]);
    expect(putin[0].name).toBe("فلاديمير بوتين");
  });

  it("tie short names to a full name only where it is named", () => {
    const named = entitiesOf("استقبل الرئيس شي جين بينغ الوفد. وقال شي إن الصين مستعدة. وأضاف وانغ أن الحوار مهم.");
    const xi = named.entities.find((e) => e.key === "per:xi_jinping")!;
    expect(xi.mentions.map((m) => m.text)).toEqual(["شي جين بينغ", "شي"]);
    expect(named.entities.find((e) => e.name === "وانغ")).toBeUndefined();
    const unnamed = entitiesOf("وقال شي إن الصين مستعدة.");
    expect(unnamed.entities.filter((e) => e.type === "PER")).toHaveLength(0);
  });

  it("ties a short form of an unknown name to its full form", () => {
    const { entities } = entitiesOf("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده ترحب. وأضاف مودافادي أن الاتفاق مهم.");
    const p = byName(entities, "موساليا مودافادي")!;
    expect(p.mentions.map((m) => m.text)).toEqual(["موساليا مودافادي", "مودافادي"]);
  });

  it("gives the office held on the article's date", () => {
    const y2019 = entitiesOf("وصل الرئيس الأمريكي دونالد ترامب إلى لندن.", "2019-06-03").entities;
    expect(byName(y2019, "دونالد ترامب")?.office?.title_en).toBe("President");
    const y2022 = entitiesOf("قال دونالد ترامب إن الانتخابات مهمة.", "2022-05-01").entities;
    expect(byName(y2022, "دونالد ترامب")?.office).toBeNull();
    const wang = entitiesOf("التقى وانغ يي بالسفير.", "2023-06-01").entities;
    expect(byName(wang, "وانغ يي")?.office?.title_en).toMatch(/Central Foreign Affairs Commission/);
    const lavrov = entitiesOf("قال سيرغي لافروف إن المحادثات بناءة.", "2024-02-10").entities[0];
    expect(lavrov.office).toMatchObject({ title_en: "Foreign Minister", country: "RU", end: null });
    expect(lavrov.name_en).toBe("Sergey Lavrov");
  });

  it("describes people with key, country, confidence and source", () => {
    const { entities } = entitiesOf("وبحث ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس الفرنسي إيمانويل ماكرون العلاقات.");
    const mbs = entities.find((e) => e.key === "per:mbs")!;
    expect(mbs).toMatchObject({ type: "PER", country: "SA", source: "gazetteer" });
    expect(mbs.confidence).toBeGreaterThan(0.9);
    expect(entities.find((e) => e.key === "per:macron")?.country).toBe("FR");
  });
});

describe("references", () => {
  it("resolve titles and counterparts to named people", () => {
    const text = "أجرى الرئيس الصيني شي جين بينغ اتصالا مع نظيره الروسي فلاديمير بوتين. وقال الرئيس الروسي إن العلاقات متينة.";
    const { doc, entities } = entitiesOf(text, "2024-01-01");
    const start = text.indexOf("الرئيس الروسي");
    expect(resolveReference(doc, entities, { start, end: start + "الرئيس الروسي".length })?.key).toBe("per:putin");
    const refs = findReferences(doc, entities);
    expect(refs.map((r) => [r.text, entities.find((e) => e.id === r.entity)?.key])).toEqual([["الرئيس الروسي", "per:putin"]]);
  });

  it("resolve a bare title when exactly one named person holds it", () => {
    const text = "التقى وزير الخارجية الأردني أيمن الصفدي الرئيس السوري بشار الأسد. وقال الوزير إن الزيارة مهمة.";
    const { doc, entities } = entitiesOf(text, "2024-01-01");
    const start = text.indexOf("الوزير");
    expect(resolveReference(doc, entities, { start, end: start + 6 })?.key).toBe("per:safadi");
  });

  it("resolve nothing when the person is not named", () => {
    const text = "وقال الرئيس الفرنسي إن بلاده تدعم الحوار.";
    const { doc, entities } = entitiesOf(text);
    expect(resolveReference(doc, entities, { start: 5, end: 19 })).toBeNull();
  });
});

describe("edge cases", () => {
  it("returns nothing for empty text, punctuation or a bare title", () => {
    for (const text of ["", "!!! ... 2020", "الرئيس", "وزير الخارجية الصيني", "مجلس"]) {
      const { entities } = entitiesOf(text);
      expect(entities.filter((e) => e.type !== "MISC")).toEqual([]);
    }
  });
});

describe("a role joined by و after a name", () => {
  it("names another person, not the one before it in apposition (X وأمير قطر)", () => {
    const { entities } = entitiesOf("وبحث الوزير في اتصالين منفصلين مع السيسي وأمير قطر جهود الإغاثة.");
    const sisi = entities.find((e) => e.name.includes("السيسي"))!;
    expect(sisi.roles.some((r) => r.includes("قطر"))).toBe(false);
    expect(sisi.country).not.toBe("QA");
  });
});
