// Property: on any text built from diplomatic-news words, with entities on real spans, the
// event and agreement stages never throw, and every span they return is a slice of the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAgreements } from "../../src/events/agreements.js";
import { extractEvents } from "../../src/events/extract.js";
import type { Entity, TextSpan } from "../../src/types.js";
import { docOf } from "./helpers.js";

const WORDS = [
  "استقبل", "التقى", "اتصالا", "هاتفيا", "عبر", "تقنية", "الفيديو", "برقية", "تهنئة", "إلى", "من", "مع", "بين", "و",
  "زيارة", "رسمية", "وصل", "القمة", "الاجتماع", "الوزاري", "لمجلس", "التعاون", "وقع", "مذكرة", "تفاهم", "الجولة", "الثانية",
  "المشاورات", "اتفق", "الجانبان", "على", "توصلا", "توافق", "تعهد", "بدعم", "اليوم", "(الخميس)", "أمس", "يوم", "الجمعة",
  "21", "يناير", "الجاري", "2024", "نظيره", "الروسي", "سموه", "الرئيسان", "سيلتقي", "لم", "،", ".", "\n", "«", "»",
  "كريم", "بن", "سالم", "ماريا", "لوبيز", "مصر", "المغرب",
];

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 60 }).map((ws) => ws.join(" "));

function entitiesOn(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (id: string, type: Entity["type"], form: string) => {
    const mentions = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) mentions.push({ start: i, end: i + form.length, text: form });
    if (mentions.length) out.push({ id, type, name: form, mentions, key: id, name_en: null, wikidata: null, country: null, roles: [], office: null, confidence: 1, source: "pattern" });
  };
  add("e1", "PER", "كريم بن سالم");
  add("e2", "PER", "ماريا لوبيز");
  add("e3", "GPE", "مصر");
  add("e4", "GPE", "المغرب");
  return out;
}

const isSlice = (text: string, s: TextSpan) => s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text;

describe("events and agreements on arbitrary word sequences", () => {
  it("never throw; spans are slices; participants are entity ids", () => {
    fc.assert(
      fc.property(textArb, fc.option(fc.constantFrom("2024-05-16", "2020-12-31"), { nil: null }), (text, published) => {
        const entities = entitiesOn(text);
        const ids = new Set(entities.map((e) => e.id));
        const doc = docOf(text, { published });
        for (const e of extractEvents(doc, entities)) {
          expect(isSlice(text, e.trigger) && isSlice(text, e.evidence)).toBe(true);
          expect(e.participants.every((p) => ids.has(p))).toBe(true);
          expect(e.date === null || /^\d{4}-\d{2}-\d{2}$/.test(e.date)).toBe(true);
        }
        for (const a of extractAgreements(doc, entities)) {
          expect(isSlice(text, a)).toBe(true);
          expect(a.parties.every((p) => ids.has(p))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
