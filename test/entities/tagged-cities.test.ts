// Cities the gazetteer leaves out as ambiguous words (sentences written for rasd): once the tagger has
// found one as a place, it is that city, a GPE with its state; the word alone is still no place.
import { describe, expect, it } from "vitest";
import { docOf, entitiesOf } from "./helpers.js";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { taggedCity } from "../../src/entities/tagged-cities.js";

describe("ambiguous cities found by the tagger", () => {
  it("types a tagged جدة as the Saudi city", () => {
    const found = recognizeEntities(docOf("ووصل وزير الخارجية الإندونيسي إلى جدة مساء الثلاثاء في زيارة رسمية."));
    const city = found.find((e) => e.name === "جدة");
    expect(city?.type).toBe("GPE");
  });

  it("knows the cities by their folded form and leaves other words alone", () => {
    expect(taggedCity("جده")?.country).toBe("SA");
    expect(taggedCity("مدينه")).toBeUndefined();
  });

  it("is not matched without the tagger", () => {
    expect(entitiesOf("وقالت جدة الطفل إن الأسرة نزحت.").entities.some((e) => e.type === "GPE")).toBe(false);
  });
});

describe("an ambiguous city after a settlement head", () => {
  it("is the same city as the tagger's mention, one entity", () => {
    const found = recognizeEntities(docOf("ووصل الوفد إلى مدينة جدة مساء الأحد، وعقد في جدة اجتماعا مع المسؤولين."));
    expect(found.filter((e) => e.name === "جدة")).toHaveLength(1);
  });
});
