// Who sends a letter or greetings carried in person. Sentences written for these tests.
// - أن الوزير X سلّم Y رسالة من Z: the subject stands before the carrying verb, so the one person after
//   the verb is the one handed the letter (Z → Y), not its carrier.
// - تحيات أمير الكويت وولي عهده الشيخ Z: the sender written by title, and each sender joined by و, sends greetings.
import { describe, expect, it } from "vitest";
import { analyse, parties } from "./pipeline-helpers.js";

describe("a letter handed over, the carrier written before the verb", () => {
  it("ذكر بيان أن المبعوث الأمريكي سلّم الرئيس X رسالة من Z", () => {
    const a = analyse("بيروت - ذكر بيان للرئاسة اللبنانية أن المبعوث الأمريكي سلّم الرئيس جوزاف عون اليوم رسالة خطية من الرئيس الأمريكي دونالد ترامب تتعلق بالأوضاع في الجنوب.", "2025-06-03");
    expect(parties(a, "message")).toEqual([["جوزاف عون", "دونالد ترامب"]]);
  });

  it("وأفاد المكتب بأن وزير الخارجية العماني سلم X رسالة من Z", () => {
    const a = analyse("طهران - أفاد مكتب الرئاسة الإيرانية بأن وزير الخارجية العماني بدر البوسعيدي سلم الرئيس مسعود بزشكيان رسالة من سلطان عمان هيثم بن طارق.", "2025-06-03");
    const m = parties(a, "message");
    expect(m.length).toBe(1);
    expect(m[0].some((n) => n.includes("بزشكيان"))).toBe(true);
    expect(m[0].some((n) => n.includes("هيثم"))).toBe(true);
  });
});

describe("greetings from two senders, the first by title", () => {
  it("نقل إليه تحيات أمير الكويت وولي عهده الشيخ Z: a message from each", () => {
    const a = analyse(
      "الكويت - بعث أمير الكويت الشيخ مشعل الأحمد الجابر الصباح برقية تهنئة إلى الرئيس السوري أحمد الشرع.\n\n" +
        "وفي سياق آخر، استقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم وزير الخارجية الكويتي عبدالله اليحيا، الذي نقل إليه تحيات أمير الكويت وولي عهده الشيخ صباح خالد الحمد الصباح.",
      "2025-06-03",
    );
    const toSudani = parties(a, "message").filter((p) => p.some((n) => n.includes("السوداني")));
    expect(toSudani.length).toBe(2);
    expect(toSudani.some((p) => p.some((n) => n.includes("مشعل")))).toBe(true);
    expect(toSudani.some((p) => p.some((n) => n.includes("صباح")))).toBe(true);
  });
});
