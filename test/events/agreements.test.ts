// Agreements and commitments on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractAgreements } from "../../src/events/agreements.js";
import type { Agreement, Entity } from "../../src/types.js";
import { docOf } from "./helpers.js";
import { entity } from "./oracle.js";

function run(text: string, ents: [string, Entity["type"], string[]][], published: string | null = null): Agreement[] {
  return extractAgreements(docOf(text, { published }), ents.map(([id, type, forms]) => entity(id, type, text, forms)));
}

const pair: [string, Entity["type"], string[]][] = [
  ["a", "PER", ["هاكان فيدان"]],
  ["b", "PER", ["أحمد عطاف"]],
];
const talks = "أجرى وزير الخارجية التركي هاكان فيدان اليوم محادثات مع نظيره الجزائري أحمد عطاف في أنقرة. ";

describe("agreements", () => {
  it("اتفق الجانبان على …: both sides of the reported talks, content after على, the talks' date", () => {
    const ag = run(talks + "واتفق الجانبان على تعزيز التعاون في مجال الطاقة المتجددة.", pair, "2024-07-10");
    expect(ag).toHaveLength(1);
    expect(ag[0]).toMatchObject({ kind: "agreement", parties: ["a", "b"], cue: "واتفق", text: "تعزيز التعاون في مجال الطاقة المتجددة", date: "2024-07-10" });
  });

  it("توصلا إلى توافق بشأن …: consensus with a dual verb and no subject", () => {
    const ag = run(talks + "وتبادل الوزيران وجهات النظر وتوصلا إلى توافق بشأن تسهيل منح التأشيرات.", pair);
    expect(ag.map((a) => [a.kind, a.parties])).toEqual([["consensus", ["a", "b"]]]);
    expect(ag[0].text.startsWith("توافق بشأن تسهيل")).toBe(true);
  });

  it("وقع X وY مذكرة …: signed, the document as content", () => {
    const ag = run(talks + "ووقع فيدان وعطاف في ختام المحادثات مذكرة تفاهم في مجال التعليم العالي.", [
      ["a", "PER", ["هاكان فيدان", "فيدان"]],
      ["b", "PER", ["أحمد عطاف", "عطاف"]],
    ]);
    expect(ag.map((a) => [a.kind, a.parties, a.text])).toEqual([["signed", ["a", "b"], "مذكرة تفاهم في مجال التعليم العالي"]]);
  });

  it("تعهد X بـ …: commitment of the named party, ب written on the content", () => {
    const ag = run("تعهد رئيس الوزراء الكندي مارك كارني بدعم جهود إعادة الإعمار في أوكرانيا.", [["c", "PER", ["مارك كارني"]]]);
    expect(ag.map((a) => [a.kind, a.parties, a.text])).toEqual([["commitment", ["c"], "دعم جهود إعادة الإعمار في أوكرانيا"]]);
  });

  it("states as parties when no person is named", () => {
    const ag = run("تعهدت اليابان والفلبين بتعزيز التعاون البحري.", [
      ["jp", "GPE", ["اليابان"]],
      ["ph", "GPE", ["الفلبين"]],
    ]);
    expect(ag.map((a) => [a.kind, a.parties])).toEqual([["commitment", ["jp", "ph"]]]);
  });

  it("a reference back to an earlier agreement, a negated or a hoped-for one is not recorded", () => {
    expect(run(talks + "وأكدا أهمية تنفيذ التوافق الذي توصل إليه رئيسا البلدين.", pair)).toEqual([]);
    expect(run(talks + "ولم يتفق الجانبان على موعد الزيارة.", pair)).toEqual([]);
    expect(run(talks + "وأعرب فيدان عن أمله أن يتفق الجانبان على خطة عمل.", [...pair, ["a2", "PER", ["فيدان"]]])).toEqual([]);
  });

  it("المجتمعون / التزامهم: the parties of the gathering", () => {
    const text =
      "شارك وزير الخارجية التركي هاكان فيدان ووزير الخارجية الجزائري أحمد عطاف ووزير الخارجية الماليزي محمد حسن اليوم في الاجتماع الوزاري لمنظمة التعاون الإسلامي. وأكد المجتمعون التزامهم بدعم القضية الفلسطينية.";
    const ag = run(text, [...pair, ["c", "PER", ["محمد حسن"]], ["oic", "ORG", ["منظمة التعاون الإسلامي"]]]);
    expect(ag.map((a) => [a.kind, [...a.parties].sort()])).toEqual([["commitment", ["a", "b", "c"]]]);
  });

  it("the content stops where a new statement begins", () => {
    const ag = run(talks + "وتوصل الجانبان إلى اتفاق بشأن الربط الكهربائي، قال فيدان إنه خطوة مهمة.", [...pair, ["a2", "PER", ["فيدان"]]]);
    expect(ag[0].text).toBe("اتفاق بشأن الربط الكهربائي");
  });
});
