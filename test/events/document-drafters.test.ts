// The drafters or sponsors of a signed document, named in a relative clause about it (التي أعدتها X، الذي
// صاغته Y، الذي رعته Z), are no parties; the one left signed alone. Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { analyse, has, parties } from "./pipeline-helpers.js";

describe("drafters of a signed document", () => {
  it("a state initialling a draft others prepared signs alone", () => {
    const a = analyse("وكان العراق قد وقع بالأحرف الأولى الشهر الماضي على مسودة الاتفاق التي أعدتها فرنسا والاتحاد الأوروبي في بروكسل، بينما تحفظت تركيا عليها.", "2025-03-04");
    const s = parties(a, "signing");
    expect(s).toEqual([["العراق"]]);
  });

  it("a minister signing a text a body drafted: his signing, not the body's", () => {
    const a = analyse("ووقع وزير الخارجية الليبي محمد الدبيبة أمس على الوثيقة الختامية التي صاغها الاتحاد الأفريقي.", "2025-03-04");
    const s = parties(a, "signing");
    expect(s.length).toBe(1);
    expect(s[0].length).toBe(1);
    expect(has(s[0], "الدبيبة")).toBe(true);
  });

  it("two signers keep their pair; the sponsor is left out", () => {
    const a = analyse("ووقع الرئيس التشادي محمد إدريس ديبي ونظيره السوداني عبد الفتاح البرهان على الاتفاق الذي رعته قطر.", "2025-03-04");
    const s = parties(a, "signing");
    expect(s.length).toBe(1);
    expect(s[0].length).toBe(2);
    expect(has(s[0], "قطر")).toBe(false);
  });
});
