// Several senders listed after a word opening the list, itself after a preposition (، من بينهم A وB؛
// ، على رأسهم A، وB؛ ، في مقدمتهم A): one message from each. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyse, parties } from "./pipeline-helpers.js";

const last = (names: string[]) => names.join(" > ");

describe("senders listed after من بينهم / على رأسهم / في مقدمتهم", () => {
  it("تلقى X برقيات تهنئة من قادة عرب، من بينهم A والرئيس B: one message from each", () => {
    const a = analyse("الرياض - تلقى ولي العهد السعودي الأمير محمد بن سلمان اليوم برقيات تهنئة من عدد من القادة العرب، من بينهم الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني.", "2025-03-02");
    const m = parties(a, "message").map(last);
    expect(m.length).toBe(2);
    expect(m.some((s) => s.includes("السيسي"))).toBe(true);
    expect(m.some((s) => s.includes("عبدالله الثاني"))).toBe(true);
  });

  it("وتلقى X رسائل من زعماء، على رأسهم A، وB", () => {
    const a = analyse("وتلقى الرئيس الجزائري عبد المجيد تبون رسائل تهنئة من زعماء دول عدة، على رأسهم الرئيس الروسي فلاديمير بوتين، والرئيس الصيني شي جين بينغ، بمناسبة العيد الوطني.", "2025-03-02");
    expect(parties(a, "message").length).toBe(2);
  });
});
