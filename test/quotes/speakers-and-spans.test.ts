// Families of wire writing where a statement started in the wrong place, went to
// another person of the same title, or was not read at all. Sentences written for
// these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const firstWords = (text: string, n = 2) => text.split(/\s+/).slice(0, n).join(" ");
const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, firstWords(q.text)]);

describe("a direct statement split around its verb («…»، قال X، «…»)", () => {
  const ents: Ents = { karim: ["PER", "كريم منصور"], lina: ["PER", "لينا حداد"] };

  it("starts with the first part, with guillemets or straight marks, and keeps the second", () => {
    const text =
      "التقى كريم منصور نظيرته لينا حداد في الرباط. «إن الحوار بين بلدينا لم ينقطع يوما»، قال منصور، «وهو اليوم أقوى من أي وقت مضى». " +
      '"نحن ننظر إلى المستقبل بثقة كبيرة"، قالت حداد، "ونعمل معا على مشروعات مشتركة".';
    const qs = quotesOf(text, ents);
    expect(qs.map((q) => [q.speaker, firstWords(q.text, 3), q.direct])).toEqual([
      ["karim", "إن الحوار بين", true],
      ["lina", "نحن ننظر إلى", true],
    ]);
    expect(qs[0].text.endsWith("أقوى من أي وقت مضى")).toBe(true);
  });

  it("leaves a quotation that only follows the verb as it was (قال X، «…»)", () => {
    const text = "وفي المؤتمر الصحفي، قال كريم منصور، «إن الحوار بين بلدينا لم ينقطع يوما».";
    expect(pairs(text, ents)).toEqual([["karim", "إن الحوار"]]);
  });
});
