// What the tagger's spans may not hold (sentences written for these tests): an indefinite accusative
// after a body's name, a relative adjective after an indefinite noun, and a Levantine month glossed by
// its Gregorian name (آب/أغسطس), which is also a town's name.
import { describe, expect, it } from "vitest";
import { docOf, entitiesOf, withTaggerSpan } from "./helpers.js";
import { afterAmount, givenNameBehindWaw } from "../../src/entities/model-spans.js";

describe("tagger spans end at the name", () => {
  it("leaves an indefinite accusative after a body out of its name", () => {
    const kept = withTaggerSpan("وأعرب عن أمله في أن يتخذ المجلس موقفا أكثر توازنا من القضية.", "المجلس", "موقفا", "ORG");
    expect(kept.some((c) => c.name.includes("موقفا"))).toBe(false);
  });

  it("makes no place of a relative adjective after an indefinite noun, and keeps one after a preposition", () => {
    expect(withTaggerSpan("وحضر المنتدى ممثلو أكثر من ثلاثين دولة أفريقية ومنظمة إقليمية.", "أفريقية", "أفريقية", "LOC")).toEqual([]);
    expect(withTaggerSpan("ووصل الوفد أمس إلى أنطاكية في زيارة قصيرة.", "أنطاكية", "أنطاكية", "GPE").map((c) => c.name)).toEqual(["أنطاكية"]);
  });
});

describe("a Levantine month glossed by its Gregorian name", () => {
  it("is part of the date, not the town إب", () => {
    for (const text of ["وكانت الجولة السابقة قد عقدت في آب/أغسطس 2023 في جنيف.", "وتعود الزيارة إلى آب (أغسطس) من العام الماضي."]) {
      expect(entitiesOf(text).entities.some((e) => e.country === "YE")).toBe(false);
    }
  });
});

describe("a river named with its colour", () => {
  it("reads النيل الأزرق / الأبيض whole, not النيل and an adjective", () => {
    const { entities } = entitiesOf("وحذر الوزير من أثر السد على المزارعين على ضفاف النيل الأزرق والنيل الأبيض.");
    expect(entities.filter((e) => e.type === "LOC").map((e) => e.name).sort()).toEqual(["النيل الأبيض", "النيل الأزرق"]);
  });
});

describe("a given name behind و before a tagger's one-word person and a title", () => {
  const at = (text: string, word: string) => {
    const doc = docOf(text);
    const k = doc.tokens.findIndex((t) => t.text === word);
    return { doc, k, span: { start: doc.tokens[k].start, end: doc.tokens[k].end, tokenStart: k, tokenEnd: k + 1, type: "PER" as const, confidence: 0.8 } };
  };

  it("takes the given name into the person (وجميل عزام وزير المالية)", () => {
    const { doc, k, span } = at("وحضر الاجتماع أحمد سعيد، وجميل عزام وزير المالية.", "عزام");
    expect(givenNameBehindWaw(doc, span)).toBe(k - 1);
  });

  it("leaves a verb behind و at the sentence's start, a reporting verb or no title after", () => {
    expect(givenNameBehindWaw(at("واستقبل عزام وزير المالية في مكتبه.", "عزام").doc, at("واستقبل عزام وزير المالية في مكتبه.", "عزام").span)).toBe(-1);
    const said = at("وفي المؤتمر وأضاف عزام وزير المالية أن الموازنة جاهزة.", "عزام");
    expect(givenNameBehindWaw(said.doc, said.span)).toBe(-1);
    const plain = at("وحضر الاجتماع أحمد سعيد، وجميل عزام أمس.", "عزام");
    expect(givenNameBehindWaw(plain.doc, plain.span)).toBe(-1);
  });
});

describe("a tagger's one-word person after an amount", () => {
  const span = (text: string, word: string) => {
    const doc = docOf(text);
    const k = doc.tokens.findIndex((t) => t.text === word);
    return { doc, span: { start: doc.tokens[k].start, end: doc.tokens[k].end, tokenStart: k, tokenEnd: k + 1, type: "PER" as const, confidence: 0.8 } };
  };

  it("is the amount's currency (مليار يوان، 40 روبل)", () => {
    const a = span("وتعهدت الحكومة بتقديم قروض بقيمة 12 مليار يوان للمشروعات.", "يوان");
    expect(afterAmount(a.doc, a.span)).toBe(true);
    const b = span("وارتفع سعر الخبز إلى 40 روبل في المدينة.", "روبل");
    expect(afterAmount(b.doc, b.span)).toBe(true);
  });

  it("leaves a name after a year", () => {
    const c = span("واستقبل الرئيس في 2021 كوشنر في مكتبه.", "كوشنر");
    expect(afterAmount(c.doc, c.span)).toBe(false);
  });
});
