// Places whose head noun is part of the name (sentences written for rasd): a body of water named after
// a town, a state or a person (خليج عمان، نهر الأردن، خور عبد الله) is the water, not the town or state;
// provinces and federal states the gazetteer lists with their head (ولاية الوحدة، منطقة الرياض) are
// places of their own beside the city of the same name.
import { describe, expect, it } from "vitest";
import { makeCandidate } from "../../src/entities/candidate.js";
import { widenTaggedPlaces } from "../../src/entities/places.js";
import { byName, docOf, entitiesOf, names } from "./helpers.js";

describe("a body of water named after a place", () => {
  it("is the whole phrase, and the town or state inside it no mention", () => {
    const { entities } = entitiesOf("بحثت القوات البحرية تأمين الملاحة في خليج عمان وبحر العرب، وعبر خليج عدن ونهر الأردن.");
    expect(byName(entities, "خليج عمان")?.type).toBe("LOC");
    expect(byName(entities, "خليج عدن")?.type).toBe("LOC");
    expect(byName(entities, "نهر الأردن")?.type).toBe("LOC");
    expect(names(entities)).not.toContain("عمان");
    expect(names(entities)).not.toContain("عدن");
    expect(names(entities)).not.toContain("الأردن");
  });

  it("does not merge with the town the article also names", () => {
    const { entities } = entitiesOf("وصل الوزير إلى عدن قادما من جدة، وتحدث عن القرصنة في خليج عدن.");
    expect(byName(entities, "عدن")?.type).toBe("GPE");
    expect(byName(entities, "خليج عدن")?.type).toBe("LOC");
  });

  it("is a place where the tagger read the head and a person's name as a person (خور عبد الله)", () => {
    const text = "وتناولت المباحثات تنظيم الملاحة في خور عبد الله بين البلدين.";
    const doc = docOf(text);
    const a = doc.tokens.findIndex((t) => t.text === "خور");
    const b = doc.tokens.findIndex((t) => t.text === "الله");
    const span = makeCandidate({ type: "PER", tokStart: a, tokEnd: b + 1, start: doc.tokens[a].start, end: doc.tokens[b].end, name: "خور عبد الله", source: "model", confidence: 0.6 });
    const model = [span];
    widenTaggedPlaces(doc, model);
    expect(model[0].type).toBe("LOC");
    expect(model[0].name).toBe("خور عبد الله");
  });
});

describe("provinces and federal states", () => {
  it("reads a state whose name is an ordinary word with its head (ولاية الوحدة)", () => {
    const { entities } = entitiesOf("وتشمل الاتفاقية إعادة تأهيل الحقول النفطية في ولاية الوحدة وولاية أعالي النيل.");
    expect(byName(entities, "ولاية الوحدة")?.type).toBe("GPE");
    expect(byName(entities, "ولاية أعالي النيل")?.type).toBe("GPE");
  });

  it("keeps a Saudi region apart from its capital city", () => {
    const { entities } = entitiesOf("وكان في استقباله أمير منطقة القصيم، ثم توجه إلى الرياض حيث استقبله أمير منطقة الرياض.");
    expect(byName(entities, "منطقة الرياض")?.type).toBe("GPE");
    expect(byName(entities, "الرياض")?.mentions.map((m) => m.text)).toEqual(["الرياض"]);
    expect(byName(entities, "منطقة القصيم")?.type).toBe("GPE");
  });

  it("knows Turkish provinces as places, not a person (قهرمان مرعش)", () => {
    const { entities } = entitiesOf("وأعلنت السلطات أن الهزة ضربت ولاية كهرمان مرعش وامتدت إلى ملاطية وأديامان وهطاي.");
    for (const n of ["كهرمان مرعش", "ملاطية", "أديامان", "هطاي"]) expect(byName(entities, n)?.type).toBe("GPE");
  });
});
