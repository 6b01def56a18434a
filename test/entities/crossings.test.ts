// Border crossings named after their head (sentences written for rasd): the whole name after معبر/منفذ is
// the place, though a word of it is a town, a person's name or an ordinary word; an adjective after the
// name, a perpetrator (منفذ الهجوم) and a bare adjective (معبر آمن) are not.
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const of = (text: string) => entitiesOf(text).entities.map((e) => `${e.type} ${e.name}`);

describe("border crossings", () => {
  it("takes the whole name after the head, a town or a name inside it included", () => {
    expect(of("وأغلقت السلطات معبر كرم أبو سالم التجاري مساء الأحد.")).toContain("LOC معبر كرم أبو سالم");
    expect(of("ودخلت قافلة المساعدات عبر معبر باب الهوى إلى الشمال.")).toContain("LOC معبر باب الهوى");
    const found = of("وبحث الجانبان تشغيل معبر إبراهيم الخليل بين البلدين.");
    expect(found).toContain("LOC معبر إبراهيم الخليل");
    expect(found).not.toContain("GPE الخليل");
  });

  it("leaves the crossing's kind out of its name", () => {
    expect(of("وافتتح الوزيران منفذ الوليد الحدودي صباح اليوم.")).toContain("LOC منفذ الوليد");
  });

  it("reads no crossing in a perpetrator or a bare adjective", () => {
    expect(of("وقالت الشرطة إن منفذ الهجوم اعتقل قرب الحدود.").some((n) => n.startsWith("LOC"))).toBe(false);
    expect(of("وطالبت المنظمة بفتح معبر آمن للمدنيين.").some((n) => n.startsWith("LOC"))).toBe(false);
  });
});
