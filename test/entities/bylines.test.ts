// A writer's byline on its own line (كتب - X، كتبت: X، بقلم X; sentences written for rasd) survives the
// cleaning and names its writer as a person; one that names an outlet beside the writer is furniture.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { buildDoc } from "../../src/text/doc.js";
import { recognizeEntities } from "../../src/entities/recognize.js";

function persons(text: string): string[] {
  const article = toArticle({ id: "t", source: "test", rawHash: "", text });
  return recognizeEntities(buildDoc(article), { model: false }).filter((e) => e.type === "PER").map((e) => e.name);
}

describe("writers' bylines", () => {
  it("reads the writer after كتب with a dash, كتبت with a colon and بقلم", () => {
    expect(persons("الوزير يستقبل الوفد\n\nكتب - حسام عبد الرحيم\n\nاستقبل الوزير اليوم وفدا تجاريا.")).toEqual(["حسام عبد الرحيم"]);
    expect(persons("الوزير يستقبل الوفد\n\nكتبت: ريم عبدالكريم\n\nاستقبل الوزير اليوم وفدا تجاريا.")).toEqual(["ريم عبدالكريم"]);
    expect(persons("الوزير يستقبل الوفد\n\nبقلم سليم حداد\n\nاستقبل الوزير اليوم وفدا تجاريا.")).toEqual(["سليم حداد"]);
  });

  it("reads no writer where an outlet stands beside the name", () => {
    expect(persons("الوزير يستقبل الوفد\n\nبقلم: سليم حداد - صحيفة الغد\n\nاستقبل الوزير اليوم وفدا تجاريا.")).toEqual([]);
  });
});
