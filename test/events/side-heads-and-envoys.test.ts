// Who holds a round of talks and whose title an envoy's is (eighth round), on sentences written for
// these tests and run through the whole pipeline: a round between two ministries is held by the persons
// heading each side (ترأس الجانب … X، فيما ترأس الجانب … Y); an envoy's title set before his name by a
// comma, with where he is sent (المبعوث الخاص … إلى الشرق الأوسط وأفريقيا، X), is his and names nobody else.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("a round of talks between ministries is held by the heads of the sides", () => {
  it("ترأس الجانب المغربي X، فيما ترأس الجانب الإسباني Y (the next sentence)", () => {
    const a = analyse(
      "الرباط 14 يونيو 2022 (و م ع) - عقدت اليوم بالرباط الدورة الثالثة من المشاورات السياسية بين وزارة الشؤون الخارجية المغربية ووزارة الخارجية الإسبانية. وترأس الجانب المغربي السفير فؤاد يزوغ، فيما ترأس الجانب الإسباني كاتب الدولة للشؤون الخارجية أنخيل لوسادا.",
      "2022-06-14",
    );
    const rounds = parties(a, "consultation");
    expect(rounds.length).toBe(1);
    expect(has(rounds[0], "فؤاد يزوغ") && has(rounds[0], "أنخيل لوسادا")).toBe(true);
  });
});

describe("an envoy's title with his destination, set before his name by a comma", () => {
  it("X، المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا، Y: not the UN envoy named later", () => {
    const a = analyse(
      "موسكو 9 ديسمبر 2015 (سبوتنيك) - أجرى نائب وزير الخارجية الروسي، المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا، ميخائيل بوغدانوف، اليوم، مشاورات سياسية مع نائب وزير الخارجية الإيراني حسين أمير عبد اللهيان. وأكد بوغدانوف دعم بلاده لجهود المبعوث الأممي الخاص إلى سوريا ستافان دي ميستورا.",
      "2015-12-09",
    );
    const talks = a.events.flatMap((e) => e.participants.map((p) => a.entities.find((x) => x.id === p)?.name ?? p));
    expect(talks.some((n) => n.includes("بوغدانوف"))).toBe(true);
    expect(talks.some((n) => n.includes("دي ميستورا"))).toBe(false);
  });
});
