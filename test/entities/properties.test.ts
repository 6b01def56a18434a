// Properties of the entity stage on generated text: sentences assembled from gazetteer names,
// proclitics and filler words. Whatever the combination, every mention is an exact slice of
// the text, mentions of different entities never cross, and ids are unique.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const NAMES = ["روسيا", "الصين", "الاتحاد الروسي", "مجلس الأمن الدولي", "الأمم المتحدة", "بريكس", "سيرغي لافروف", "وانغ يي", "شي جين بينغ", "منظمة شانغهاي للتعاون", "الولايات المتحدة", "بكين", "وزارة الخارجية الصينية", "الحزب الشيوعي الصيني"];
const CLITICS = ["", "و", "ب", "ل", "وب", "ول", "ف"];
const FILLER = ["قال", "إن", "مع", "في", "،", ".", "الرئيس", "وزير الخارجية", "نظيره", "الجانبين", "اليوم", "التعاون", "«", "»", "(", ")", "-", "2024"];

const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...NAMES)).map(([c, n]) => (c === "ل" && n.startsWith("ال") ? "لل" + n.slice(2) : c + n)),
  fc.constantFrom(...FILLER),
);

describe("entity stage properties", () => {
  it("keeps mentions exact, non-crossing and ids unique on any mix of names and clitics", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), (pieces) => {
        const text = pieces.join(" ");
        const { entities } = entitiesOf(text);
        const ids = new Set(entities.map((e) => e.id));
        expect(ids.size).toBe(entities.length);
        const all = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, e: e.id })));
        for (const m of all) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
        for (const a of all) {
          for (const b of all) {
            if (a.e === b.e || a === b) continue;
            const cross = a.start < b.start && b.start < a.end && a.end < b.end;
            expect(cross).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
