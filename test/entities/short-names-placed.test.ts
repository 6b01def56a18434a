// A family name that is also an ordinary word (شكري: "my thanks") stands for the person the article
// names in full only where a name stands: by a reporting verb, opening a clause after أن، or as the
// one whose words are relayed. Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const mentionsOf = (text: string, name: string) =>
  entitiesOf(text).entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe("a family name that is also a word", () => {
  it("is the person after أن / بأن and before قوله, once the full name is written", () => {
    const text =
      "وصل وزير الخارجية المصري سامح شكري اليوم إلى بيروت. وأفاد المتحدث بأن شكري عقد جلسة مباحثات مع نظيره. ونقل المتحدث عن شكري قوله إن البلدين شريكان.";
    expect(mentionsOf(text, "سامح شكري")).toEqual(["سامح شكري", "شكري", "شكري"]);
  });

  it("stays a word elsewhere (وأعرب عن شكري وتقديري)", () => {
    const text = "وصل وزير الخارجية المصري سامح شكري اليوم إلى بيروت، وقال: أعرب عن شكري وتقديري لحسن الاستقبال.";
    expect(mentionsOf(text, "سامح شكري")).toEqual(["سامح شكري"]);
  });
});
