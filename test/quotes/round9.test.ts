// Ninth-round quote families: sentences written for these tests; people and events invented.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const ents: Ents = {
  hadi: ["PER", "هادي الزين", "الزين"],
  rana: ["PER", "رنا فخري", "فخري"],
  agency: ["ORG", "وكالة أنباء الجنوب"],
};

const pairs = (text: string) => quotesOf(text, ents).map((q) => [q.speaker, q.cue, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a reminder (مذكرا بأن) opens its own statement", () => {
  it("the participle of ذكّر after a statement", () => {
    const text = "وقال هادي الزين إن الحوار هو السبيل الوحيد للحل، مذكرا بأن بلاده استضافت ثلاث جولات من المفاوضات.";
    expect(pairs(text)).toEqual([
      ["hadi", "قال", "الحوار هو"],
      ["hadi", "مذكرا", "بلاده استضافت"],
    ]);
  });

  it("a memorandum (مذكرة) is no cue", () => {
    const text = "ووقع الجانبان مذكرة تفاهم في مجال النقل البحري، وقال هادي الزين إن المذكرة تفتح الباب لتعاون أوسع.";
    expect(pairs(text)).toEqual([["hadi", "قال", "المذكرة تفتح"]]);
  });
});

describe("a parenthetical between a cue and its complement", () => {
  it("عبّر X، في الرسالة ذاتها، عن …: the strict verb reaches past the parenthetical", () => {
    const text = "كما عبر هادي الزين، في الرسالة ذاتها، عن ارتياحه لنتائج الزيارة الأخيرة.";
    expect(pairs(text)).toEqual([["hadi", "عبر", "ارتياحه لنتائج"]]);
  });

  it("without the parenthetical's closing comma before عن, عبر stays a preposition", () => {
    const text = "وانتقل هادي الزين عبر الحدود، في رحلة استمرت يومين، إلى العاصمة.";
    expect(pairs(text)).toEqual([]);
  });

  it("نقلت الوكالة عن X قوله، في تصريح …، إن …: the relayed statement after a parenthetical", () => {
    const text = "ونقلت وكالة أنباء الجنوب عن رنا فخري قولها، في تصريح على هامش المنتدى، إن حكومتها ستواصل دعم اللاجئين.";
    expect(pairs(text)).toEqual([["rana", "قولها", "حكومتها ستواصل"]]);
  });
});

describe("a prayer for someone (دعا الله أن، سأل المولى أن) is a statement", () => {
  it("the participle داعيا with الله and an epithet before أن", () => {
    const text = "وأعرب هادي الزين عن تعازيه لأسر الضحايا، داعيا الله تعالى أن يمن على المصابين بالشفاء العاجل.";
    expect(pairs(text)).toEqual([
      ["hadi", "أعرب", "تعازيه لأسر"],
      ["hadi", "داعيا", "يمن على"],
    ]);
  });

  it("سأل with المولى عز وجل before أن", () => {
    const text = "وسأل هادي الزين المولى عز وجل أن يحفظ البلاد من كل مكروه.";
    expect(pairs(text)).toEqual([["hadi", "سأل", "يحفظ البلاد"]]);
  });

  it("a name written like سأل (سال) inside a clause is no cue", () => {
    const people: Ents = { sal: ["PER", "عمر سال", "سال"] };
    const text = "واستقبل سال الوفد الزائر، وأكد أن الزيارة تفتح صفحة جديدة.";
    expect(quotesOf(text, people).map((q) => [q.speaker, q.cue])).toEqual([["sal", "أكد"]]);
  });

  it("دعا إلى + a noun phrase keeps its own frame", () => {
    const text = "ودعا هادي الزين المجتمع الدولي إلى تحمل مسؤولياته تجاه اللاجئين.";
    expect(pairs(text)).toEqual([["hadi", "دعا", "المجتمع الدولي"]]);
  });
});
