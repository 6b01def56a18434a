// A medium named as the subject of a reporting verb says it in its own name; an unnamed one, a
// correspondent or a medium relaying another's words is sourcing. Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { quotesOf, type Ents } from "./helpers.js";

const ents: Ents = {
  agency: ["ORG", "وكالة الأنباء البحرينية"],
  paper: ["ORG", "صحيفة النهار"],
  wire: ["ORG", "رويترز"],
  sami: ["PER", "سامي الخطيب"],
};
const pairs = (text: string) => quotesOf(text, ents).map((q) => [q.speaker, q.text.split(" ").slice(0, 2).join(" ")]);

describe("a medium as the subject of a reporting verb", () => {
  it("named after the verb, it is the speaker (وقالت وكالة … إن، وذكرت وكالة رويترز أن)", () => {
    expect(pairs("وقالت وكالة الأنباء البحرينية إن الملك تلقى برقية تهنئة من نظيره.")).toEqual([["agency", "الملك تلقى"]]);
    expect(pairs("وذكرت وكالة رويترز أن المفاوضات ستستأنف مطلع الشهر المقبل.")).toEqual([["wire", "المفاوضات ستستأنف"]]);
  });

  it("named before the verb in its clause, it is the speaker (لكن صحيفة … قالت إن)", () => {
    expect(pairs("ولم تعلن الحكومة موعد الجولة، لكن صحيفة النهار قالت إن الجولة ستعقد في الخريف.")).toEqual([["paper", "الجولة ستعقد"]]);
  });

  it("named as the source heading the clause, it is the speaker (ووفقا لوكالة رويترز، فإن …)", () => {
    expect(pairs("ووفقا لوكالة رويترز، فإن الجانبين ناقشا ملف الطاقة.")).toEqual([["wire", "الجانبين ناقشا"]]);
    expect(pairs("وبحسب وسائل إعلام محلية، فإن الجانبين ناقشا ملف الطاقة.")).toEqual([]);
    // The clause after it names its own speaker: the medium only passes the words on.
    expect(pairs("وبحسب ما أوردته وكالة رويترز، قال سامي الخطيب إن الجانبين ناقشا ملف الطاقة.")).toEqual([["sami", "الجانبين ناقشا"]]);
  });

  it("relaying another's words (نقلا عن مصدر، عن مسؤول), it is no speaker", () => {
    // The unnamed source's words stay unattributed.
    expect(pairs("وقالت وكالة الأنباء البحرينية نقلا عن مصدر مطلع إن الزيارة أرجئت.").map(([s]) => s)).toEqual([null]);
    expect(pairs("ونقلت وكالة الأنباء البحرينية عن سامي الخطيب قوله إن الزيارة أرجئت.").map(([s]) => s)).toEqual(["sami"]);
  });

  it("unnamed, or a correspondent of it, it is no speaker", () => {
    expect(pairs("وقالت وكالة أنباء رسمية إن الزيارة أرجئت إلى موعد لاحق.")).toEqual([]);
    expect(pairs("وقال مراسل صحيفة النهار إن الوفد غادر القاعة قبل نهاية الجلسة.")).toEqual([]);
  });
});
