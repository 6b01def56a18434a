// Query parsing and compilation: operators, phrases, malformed input, and
// FTS5/tsquery output that is always well-formed whatever the user typed.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Database from "better-sqlite3";
import { parseQuery } from "../../src/search/query.js";
import { compileQuery, describe as describeQuery, QueryError, toFts5, toTsquery, type Lexicon } from "../../src/search/compile.js";

const compile = (q: string, lex?: Lexicon) => {
  const node = parseQuery(q);
  if (!node) throw new QueryError("empty");
  return compileQuery(node, lex);
};

describe("query language", () => {
  it("parses words, phrases, AND / OR / NOT, -word and groups", () => {
    expect(describeQuery(compile('وزير "الخارجية الروسي"'))).toBe('وزير AND "خارج روس"');
    expect(describeQuery(compile("الصين OR روسيا"))).toBe("(صين OR روسيا)");
    expect(describeQuery(compile("الصين -روسيا"))).toBe("صين NOT روسيا");
    expect(describeQuery(compile("(الصين OR روسيا) AND NOT الهند"))).toBe("(صين OR روسيا) NOT هند");
    expect(describeQuery(compile("«قمة العشرين»"))).toBe('"قم عشر"');
  });

  it("survives malformed input", () => {
    expect(describeQuery(compile('الصين ) OR ( "روسيا'))).toBe("صين AND روسيا");
    expect(describeQuery(compile("AND OR الصين NOT"))).toBe("صين");
    expect(() => compile("NOT الصين")).toThrow(QueryError);
    expect(() => compile("في من على")).toThrow(QueryError);
    expect(parseQuery("  ( ) \"\" ")).toBeNull();
  });

  it("expands a known name to every spelling, and to its stem where the entity stage missed it", () => {
    const lex: Lexicon = {
      nameTerms: new Set(["سيرغي", "سيرجي", "لافروف", "بوتين"]),
      variants: new Map([["لافروف", ["سيرغي لافروف", "سيرجي لافروف", "لافروف"]]]),
    };
    expect(describeQuery(compile("للافروف", lex))).toBe('("سيرغي لافروف" OR "سيرجي لافروف" OR لافروف)');
    expect(describeQuery(compile("بوتين", lex))).toBe("{بوتين|بوت}");
    expect(toFts5(compile("بوتين", lex))).toBe('("بوتين" OR "بوت")');
    expect(toTsquery(compile("بوتين", lex))).toBe("(('بوتين' | 'بوت'))");
  });

  it("compiles any input to FTS5 and tsquery text that the engines accept", () => {
    const db = new Database(":memory:");
    db.exec(`create virtual table f using fts5(body, tokenize = "ascii tokenchars '_'")`);
    db.prepare("insert into f (body) values (?)").run("صين روسيا near x y");
    const match = db.prepare("select count(*) as n from f where f match ?");
    const alphabet = [..."ابتجدرسصعفقكلمنهوي \"'*^():-_.,+~{}0123456789"].concat(["NEAR", "AND", "OR", "NOT", "الصين", "روسيا", "«", "»", "“", "”"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const q = parts.join("");
        let expr;
        try {
          expr = compile(q);
        } catch (e) {
          expect(e).toBeInstanceOf(QueryError);
          return;
        }
        expect(() => match.get(toFts5(expr))).not.toThrow();
        // tsquery text: quoted lexemes and operators only.
        expect(toTsquery(expr)).toMatch(/^[()'!&|<\->\s\p{L}\p{N}_]+$/u);
      }),
      { numRuns: 500 },
    );
    db.close();
  });
});
