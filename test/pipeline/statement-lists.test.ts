// Where an analysis puts each statement: `quotes` holds the statements of a named speaker (the
// contract's quotes), `unattributed_statements` those whose speaker is not named. Article written
// for this test; the officials are invented.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { statementsOf } from "../../src/quotes/statements-of.js";

const TEXT = [
  "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير الخارجية الإيطالي أنطونيو تاياني.",
  "وقال الصفدي إن المملكة ترحب بكل جهد يعيد الاستقرار إلى المنطقة.",
  "وأفادت مصادر دبلوماسية مطلعة بأن الجانبين ناقشا ترتيبات مؤتمر إقليمي للمانحين في الربيع المقبل.",
].join("\n");

const analysis = () => analyzeArticle(toArticle({ id: "lists", source: "test", rawHash: "0", text: TEXT }));

describe("statement lists", () => {
  it("keeps a named speaker's words in quotes and an unnamed source's in unattributed_statements", () => {
    const a = analysis();
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    expect(a.quotes.map((q) => [names.get(q.speaker ?? ""), q.text.split(" ")[0]])).toEqual([["أيمن الصفدي", "المملكة"]]);
    expect(a.unattributed_statements.map((q) => [q.speaker, q.speakers, q.text.split(" ")[0]])).toEqual([[null, [], "الجانبين"]]);
    expect(a.quotes.every((q) => q.speaker !== null)).toBe(true);
  });

  it("numbers every statement once across the lists", () => {
    const ids = statementsOf(analysis()).map((q) => q.id);
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
