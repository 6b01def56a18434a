// Foreign family names whose first letter و reads as the conjunction (sentences written for rasd):
// after a given name no conjunction stands, so وليامز/ويلسون/ويبر are the surname, in the title
// pattern and in the tagger's spans; a known surname or a word after و stays a second person or word.
import { describe, expect, it } from "vitest";
import { entitiesOf, docOf } from "./helpers.js";
import { joinSurnamesBehindWaw } from "../../src/entities/model-spans.js";
import type { TaggedSpan } from "../../src/entities/tagger/index.js";

const persons = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

/** A tagger's person over the tokens `from`..`to` (inclusive), its start behind the first token's clitic. */
function span(text: string, from: number, to: number): { doc: ReturnType<typeof docOf>; s: TaggedSpan } {
  const doc = docOf(text);
  const a = doc.tokens[from];
  return { doc, s: { start: a.start + a.pre.length, end: doc.tokens[to].end, tokenStart: from, tokenEnd: to + 1, type: "PER", confidence: 0.8 } };
}

describe("surnames that begin with و", () => {
  it("keeps the surname after a title's given name", () => {
    expect(persons("وقالت المبعوثة الأممية بالإنابة ستيفاني وليامز إن العمل مستمر.")).toContain("ستيفاني وليامز");
    expect(persons("وصرح السفير البريطاني جون ويبر بأن بلاده تدعم الحوار.")).toContain("جون ويبر");
  });

  it("leaves a known surname followed by another person apart", () => {
    const found = persons("واستقبل الرئيس ماكرون وشولتس في قصر الإليزيه.");
    expect(found.some((n) => n.includes("وشولتس"))).toBe(false);
  });

  it("joins the tagger's given name and the surname it read behind a conjunction", () => {
    const text = "والتقت ستيفاني ويليامز الوفد في جنيف.";
    const { doc, s } = span(text, 2, 2);
    const first: TaggedSpan = { start: doc.tokens[1].start, end: doc.tokens[1].end, tokenStart: 1, tokenEnd: 2, type: "PER", confidence: 0.8 };
    const out = joinSurnamesBehindWaw(doc, [first, s]);
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual(["ستيفاني ويليامز"]);
  });

  it("does not join a second given name the lexicon knows (محمد وعلي)", () => {
    const text = "والتقى محمد وعلي الوفد في جنيف.";
    const { doc, s } = span(text, 2, 2);
    const first: TaggedSpan = { start: doc.tokens[1].start, end: doc.tokens[1].end, tokenStart: 1, tokenEnd: 2, type: "PER", confidence: 0.8 };
    expect(joinSurnamesBehindWaw(doc, [first, s])).toHaveLength(2);
  });
});

describe("given names that begin with و after a title", () => {
  it("reads an unknown word behind و right after a nationality or a body, before a name word, as a given name", () => {
    expect(persons("وأجرى وزير الخارجية الكيني ويكليف أوباري مباحثات في نيروبي.")).toContain("ويكليف أوباري");
    expect(persons("وصرح رئيس البرلمان الصومالي وارسمه عبدي بأن الجلسة تأجلت.")).toContain("وارسمه عبدي");
  });

  it("leaves a second party coordinated after the title apart", () => {
    const found = persons("واستقبل وزير الخارجية الكيني ونظيره الأوغندي الوفد.");
    expect(found.some((n) => n.startsWith("و"))).toBe(false);
    expect(persons("وحضر رئيس الوزراء الإثيوبي وقرينته الحفل.").some((n) => n.startsWith("و"))).toBe(false);
  });
});
