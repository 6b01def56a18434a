// Names built on ولد/بن (Mauritanian and Gulf usage; sentences written for rasd): the word after the
// particle is the name even where its first letter reads as a clitic (ولد لبات، بن لحمر), and a title
// word after the particle (ولد الشيخ) is part of the name, no title opening another person.
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const persons = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

describe("names built on ولد", () => {
  it("keeps a father's name that reads as ل + a word after the particle", () => {
    expect(persons("والتقى رئيس الوزراء المبعوث الموريتاني سيدي محمد ولد لبات في نواكشوط.")).toContain("سيدي محمد ولد لبات");
  });

  it("reads الشيخ after ولد as the name, not an honorific opening another person", () => {
    const found = persons("وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن المشاورات مستمرة. وأطلع ولد الشيخ أحمد الشيخ صباح الخالد على ما انتهت إليه الجولة.");
    expect(found).toContain("إسماعيل ولد الشيخ أحمد");
    expect(found).not.toContain("أحمد الشيخ");
  });

  it("takes the surname after ولد, whole or by its start, as the person's short mention", () => {
    const { entities } = entitiesOf("وصل المبعوث الموريتاني أحمد ولد سيدي محمد إلى الخرطوم. وقال ولد سيدي محمد إن الحوار مستمر، وأضاف ولد سيدي أن الجولة تنتهي غدا.");
    const person = entities.filter((e) => e.type === "PER");
    expect(person).toHaveLength(1);
    const texts = person[0].mentions.map((m) => m.text);
    expect(texts).toContain("ولد سيدي محمد");
    expect(texts).toContain("ولد سيدي");
    expect(texts).not.toContain("محمد");
  });
});
