// Organisations: a ministry's short form that is a person's title, nested and short forms of
// bodies named in full, names that run on past a preposition (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const orgNames = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "ORG").map((e) => e.name);

describe("a ministry's short form with a feminine adjective after the office word", () => {
  it("is the person's title, not the ministry (وزير الخارجية الأمريكية)", () => {
    for (const text of [
      "واجتمع الرئيس مع وزير الخارجية الأمريكية في القاهرة أمس.",
      "وأجرى الوزير اتصالا هاتفيا بوزيرة الخارجية الأميركية تناول الأوضاع.",
      "وصرح مساعد وزير الخارجية الأمريكية بأن المفاوضات مستمرة.",
    ]) expect(orgNames(text)).toEqual([]);
  });

  it("stays the ministry where it stands alone or is named in full", () => {
    expect(orgNames("وقالت الخارجية الأمريكية في بيان إن الحوار مستمر.")).toEqual(["وزارة الخارجية الأمريكية"]);
    expect(orgNames("وأكد المتحدث باسم الخارجية الأمريكية أن الحوار مستمر.")).toEqual(["وزارة الخارجية الأمريكية"]);
    expect(orgNames("واستقبل السفير وكيل وزارة الخارجية الأمريكية للشؤون السياسية.")).toEqual(["وزارة الخارجية الأمريكية"]);
  });
});
