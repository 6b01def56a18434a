// Variants of one name within an article (sentences written for these tests): a body written in full
// and then by its first words, and a tagger's span that is the surname of a person already named.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { docOf, entitiesOf } from "./helpers.js";

describe("a body's short form is the body named in full in the article", () => {
  it("joins the first words of a longer name to it", () => {
    const { entities } = entitiesOf(
      "وترأس الوزيران اجتماعات اللجنة العليا الكويتية العمانية المشتركة في مسقط. وقال الوزير إن اللجنة العليا ستجتمع مرة أخرى العام المقبل.",
    );
    const orgs = entities.filter((e) => e.type === "ORG");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.map((m) => m.text)).toContain("اللجنة العليا");
  });

  it("joins a known body's short form (صندوق النقد) to the known body", () => {
    const { entities } = entitiesOf("وبدأت الحكومة مفاوضات مع صندوق النقد الدولي هذا الشهر، وتأمل التوصل مع صندوق النقد إلى اتفاق.");
    const orgs = entities.filter((e) => e.type === "ORG" && e.name.startsWith("صندوق"));
    expect(orgs).toHaveLength(1);
  });

  it("keeps a short form apart when two longer names begin with it", () => {
    const { entities } = entitiesOf(
      "وأصدرت اللجنة العليا الكويتية العمانية المشتركة بيانا، فيما اجتمعت اللجنة العليا الكويتية القطرية المشتركة أمس. وقالت اللجنة العليا إنها راضية.",
    );
    const orgs = entities.filter((e) => e.type === "ORG");
    expect(orgs.length).toBeGreaterThanOrEqual(2);
    expect(orgs.filter((e) => e.mentions.some((m) => m.text === "اللجنة العليا"))).toHaveLength(1);
    expect(orgs.filter((e) => e.mentions.some((m) => m.text === "اللجنة العليا") && e.mentions.length > 1)).toHaveLength(0);
  });
});

describe("a tagged surname of several words is the person", () => {
  it("never makes the last words of a named person's name a body", () => {
    const doc = docOf("وصلت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إلى القاهرة. وقالت فون دير لاين إن الشراكة مهمة.");
    const entities = recognizeEntities(doc);
    expect(entities.some((e) => e.type !== "PER" && e.name === "فون دير لاين")).toBe(false);
  });
});

describe("a generic body is not a foreign body's short form", () => {
  it("keeps وزارة الخارجية apart from وزارة الخارجية الأمريكية", () => {
    const { entities } = entitiesOf("واستقبل الوزير نائب وزير الخارجية الأمريكي، وحضر اللقاء وكيل وزارة الخارجية. وقالت وزارة الخارجية الأمريكية في بيان إن المباحثات بناءة.");
    const us = entities.find((e) => e.type === "ORG" && e.name === "وزارة الخارجية الأمريكية");
    expect(us?.mentions.map((m) => m.text)).not.toContain("وزارة الخارجية");
  });
});

describe("a known name written with عبد apart or joined, and with its ruling house (ninth round)", () => {
  it("matches عبد العزيز written apart where the gazetteer writes عبدالعزيز, and takes آل سعود into the mention", () => {
    const { entities } = entitiesOf("وتلقى الأمير محمد بن نايف بن عبد العزيز آل سعود اتصالا من الوزير.");
    const p = entities.find((e) => e.type === "PER");
    expect(p?.key).toBe("per:mbn");
    expect(p?.mentions[0].text).toBe("محمد بن نايف بن عبد العزيز آل سعود");
  });

  it("matches عبدالعزيز joined where the gazetteer writes it so", () => {
    const { entities } = entitiesOf("وتلقى ولي العهد محمد بن نايف بن عبدالعزيز اتصالا من الوزير.");
    expect(entities.find((e) => e.type === "PER")?.mentions[0].text).toBe("محمد بن نايف بن عبدالعزيز");
  });
});

describe("a compound short name written as another spelling of the full name writes it", () => {
  it("links تشاووش أوغلو to the minister named earlier as جاويش أوغلو", () => {
    const { entities } = entitiesOf("واجتمع الوزير مع نظيره التركي مولود جاويش أوغلو في أنقرة. وقال تشاووش أوغلو للصحفيين إن المباحثات بناءة.");
    const per = entities.filter((e) => e.type === "PER");
    expect(per).toHaveLength(1);
    expect(per[0].mentions.map((m) => m.text)).toContain("تشاووش أوغلو");
  });
});
