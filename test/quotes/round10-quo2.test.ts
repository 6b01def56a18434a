// Tenth-round quote families (second fixer): sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const pairs = (text: string, ents: Ents) => quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a state or its capital as the subject speaks, with a noun phrase too", () => {
  const ents: Ents = {
    tehran: ["GPE", "طهران"],
    beijing: ["GPE", "بكين"],
    rabat: ["GPE", "الرباط"],
    china: ["GPE", "الصين"],
    algeria: ["GPE", "الجزائر"],
  };

  it("أكدت طهران اليوم رفضها …، أعلنت بكين رفضها …: the capital, from the object", () => {
    const text = "وأكدت طهران اليوم رفضها لأي تدخل أجنبي في شؤون المنطقة. وأعلنت بكين رفضها القاطع للعقوبات الأحادية.";
    expect(pairs(text, ents)).toEqual([
      ["tehran", "أكدت", "رفضها لأي"],
      ["beijing", "أعلنت", "رفضها القاطع"],
    ]);
  });

  it("أعربت الصين عن …، دعت الجزائر إلى …، جددت الرباط تمسكها …: the state or capital", () => {
    const text = "وأعربت الصين عن قلقها البالغ إزاء تصاعد التوتر. ودعت الجزائر إلى ضبط النفس. وجددت الرباط تمسكها بالحل السياسي.";
    expect(pairs(text, ents)).toEqual([
      ["china", "أعربت", "قلقها البالغ"],
      ["algeria", "دعت", "ضبط النفس"],
      ["rabat", "جددت", "تمسكها بالحل"],
    ]);
  });

  it("an official in the capital is no speaker of the capital", () => {
    const text = "وأكد مسؤول في طهران رفض بلاده لأي تدخل أجنبي.";
    expect(pairs(text, ents).map((p) => p[0])).not.toContain("tehran");
  });
});
