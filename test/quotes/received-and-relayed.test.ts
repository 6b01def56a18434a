// Who speaks in a clause about something received (a cable, a letter, a call), and titles
// that stop before the statement: sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a clause about what was received is its sender's", () => {
  const ents: Ents = {
    nabil: ["PER", "نبيل الراشد"],
    omar: ["PER", "عمر الحسيني"],
    lina: ["PER", "لينا فارس"],
  };

  it("تلقى Y برقية من X، أكد فيها أن …: the sender", () => {
    const text = "وتلقى الرئيس نبيل الراشد برقية تهنئة من الرئيس عمر الحسيني، أكد فيها أن بلاده ستبقى سندا للأشقاء.";
    expect(pairs(text, ents)).toEqual([["omar", "بلاده ستبقى"]]);
  });

  it("a letter received, with a title and a state before the sender's name (من أمير دولة …)", () => {
    const text = "تسلمت الرئيسة لينا فارس رسالة خطية من ملك المملكة المتحدة للجزر الشرقية عمر الحسيني، أعرب فيها عن تطلعه إلى تعزيز التعاون.";
    expect(pairs(text, ents)).toEqual([["omar", "تطلعه إلى"]]);
  });

  it("a call received: خلاله without و is the caller's; وأكد خلاله with its own subject stays that subject's", () => {
    const a = "تلقى الوزير نبيل الراشد اتصالا هاتفيا من نظيره عمر الحسيني، أكد خلاله أن حكومته ستعترف بالدولة الجديدة.";
    expect(pairs(a, ents)).toEqual([["omar", "حكومته ستعترف"]]);
    const b = "تلقى الوزير نبيل الراشد اتصالا هاتفيا من نظيره عمر الحسيني، وأكد خلاله الراشد أن بلاده ترحب بالخطوة.";
    expect(pairs(b, ents)).toEqual([["nabil", "بلاده ترحب"]]);
  });

  it("a cable sent (بعث X برقية إلى Y، أكد فيها) and a clause with no word for the thing received stay the subject's", () => {
    const a = "بعث الرئيس عمر الحسيني برقية إلى الرئيس نبيل الراشد، أكد فيها أن بلاده تقف إلى جانب الأشقاء.";
    expect(pairs(a, ents)).toEqual([["omar", "بلاده تقف"]]);
    const b = "وتسلم الرئيس نبيل الراشد رسالة من نظيره عمر الحسيني، ثم أكد أن البلدين يواجهان التحديات نفسها.";
    expect(pairs(b, ents)).toEqual([["nabil", "البلدين يواجهان"]]);
  });
});

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
