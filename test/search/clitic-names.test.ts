// Words that begin with a letter that can be a proclitic but are common words
// (ولي، وزير) are analysed alike in the index and in queries, and a query word
// is expanded to an entity's spellings only when it is a name form itself, not
// a short residue left after stripping a و or ل (ولي is not و + لي, Li Keqiang).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResult, Store } from "../../src/store/index.js";
import { analyseText, nameTerms } from "../../src/search/analyzer.js";
import { compileQuery, describe as describeExpr } from "../../src/search/compile.js";
import { parseQuery } from "../../src/search/query.js";
import { BACKENDS } from "../store/backends.js";
import { makeAnalysis, type ArticleSpec } from "../store/fixtures.js";

const ids = (r: SearchResult) => r.hits.map((h) => h.id).sort();

const LI = { key: "per:li_keqiang", type: "PER" as const, name: "لي كه تشيانغ", forms: ["لي كه تشيانغ"] };
const LAVROV = { key: "per:sergey_lavrov", type: "PER" as const, name: "سيرغي لافروف", forms: ["سيرغي لافروف", "لافروف"] };

// Written for this test.
const ARTICLES: ArticleSpec[] = [
  {
    id: "c01_crown_prince_and_li",
    outlet: "SPA",
    published: "2023-03-01",
    text: "استقبل ولي العهد السعودي في الرياض رئيس مجلس الدولة الصيني لي كه تشيانغ، وبحث الجانبان توسيع التعاون في مجال الطاقة.",
    entities: [LI],
  },
  {
    id: "c02_crown_prince_and_lavrov",
    outlet: "TASS",
    published: "2023-04-02",
    text: "التقى ولي العهد السعودي وزير الخارجية الروسي سيرغي لافروف. وقال بيان إن ولافروف نقل رسالة، وإن للافروف زيارة أخرى قريبا.",
    entities: [LAVROV],
  },
  {
    id: "c03_li_only",
    outlet: "Xinhua",
    published: "2023-05-03",
    text: "قال لي كه تشيانغ إن الاقتصاد الصيني يواصل النمو رغم الصعوبات العالمية.",
    entities: [LI],
  },
  {
    id: "c04_lavrov_clitic",
    outlet: "RT",
    published: "2023-06-04",
    text: "أكد مصدر دبلوماسي أن للافروف لقاءات مع نظرائه العرب الأسبوع المقبل.",
    entities: [{ ...LAVROV, forms: ["لافروف"] }],
  },
];

describe("clitic readings of names", () => {
  it("the index does not read ولي as و + a name, even in an article naming لي", () => {
    const names = nameTerms([LI.name]);
    const terms = analyseText("ولي العهد لي كه تشيانغ", names);
    expect(terms[0]).toMatchObject({ name: false });
    expect(terms[0].term).not.toBe("لي");
    expect(terms.filter((t) => t.name).map((t) => t.term)).toEqual(["لي", "كه", "تشيانغ"]);
  });

  it("a query expands only words that are name forms, not a 2-letter residue", () => {
    const lex = { nameTerms: new Set(["لي", "كه", "تشيانغ"]), variants: new Map([["لي", ["لي كه تشيانغ", "لي"]]]) };
    expect(describeExpr(compileQuery(parseQuery("ولي العهد")!, lex))).not.toMatch(/تشيانغ|\bلي\b/u);
    expect(describeExpr(compileQuery(parseQuery("لي")!, lex))).toMatch(/تشيانغ/u);
    // ل + a real name behind it still reads as the name.
    const lav = { nameTerms: new Set(["لافروف"]), variants: new Map<string, string[]>() };
    for (const q of ["لافروف", "ولافروف", "للافروف"]) expect(describeExpr(compileQuery(parseQuery(q)!, lav))).toBe("لافروف");
  });
});

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`common words behind clitic letters on ${backend.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await backend.fresh());
      await store.upsert(ARTICLES.map(makeAnalysis));
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it("finds «ولي العهد السعودي» as words and as a phrase, without expanding لي", async () => {
      const both = ["c01_crown_prince_and_li", "c02_crown_prince_and_lavrov"];
      for (const q of ["ولي العهد السعودي", '"ولي العهد السعودي"', "«ولي العهد»", "ولي العهد"]) {
        const r = await store.search({ q });
        expect(ids(r), q).toEqual(both);
        expect(r.parsed, q).not.toMatch(/تشيانغ/u);
      }
      const r = await store.search({ q: "ولي العهد السعودي" });
      const c01 = r.hits.find((h) => h.id === "c01_crown_prince_and_li")!;
      const text = ARTICLES[0].text;
      expect(c01.highlights.map((h) => text.slice(h.start, h.end))).toEqual(["ولي", "العهد", "السعودي"]);
    });

    it("still finds the name لي as a name, and لافروف under every clitic form", async () => {
      expect(ids(await store.search({ q: "لي كه تشيانغ" }))).toEqual(["c01_crown_prince_and_li", "c03_li_only"]);
      for (const q of ["لافروف", "ولافروف", "للافروف"]) {
        expect(ids(await store.search({ q })), q).toEqual(["c02_crown_prince_and_lavrov", "c04_lavrov_clitic"]);
      }
    });
  });
}
