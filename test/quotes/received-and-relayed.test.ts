// Who speaks in a clause about something received (a cable, a letter, a call), and titles
// that stop before the statement: sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a title written before a noun-phrase statement", () => {
  it("ends at the verbal noun that opens the statement (فيما أكد الوزير الشمالي دعم … للموقف الجنوبي)", () => {
    const ents: Ents = { nabil: ["PER", "نبيل الراشد"], omar: ["PER", "عمر الحسيني"] };
    const text =
      "تلقى وزير الخارجية الجنوبي نبيل الراشد اتصالا من وزير الخارجية الشمالي عمر الحسيني. وأكد الراشد خلال الاتصال رفض بلاده القاطع للتهجير، فيما أكد الوزير الشمالي دعم حكومته للموقف الجنوبي.";
    expect(pairs(text, ents)).toEqual([
      ["nabil", "رفض بلاده"],
      ["omar", "دعم حكومته"],
    ]);
  });
});
