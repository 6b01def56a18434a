// A tagger's full name that shares a given name (محمد، عبد) with a known person of the article is a
// person of its own; a span over a known person's surname is still that person's short name.
// Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { combine } from "../../src/entities/combine.js";
import { makeCandidate } from "../../src/entities/candidate.js";
import { getLexicon } from "../../src/entities/lexicon.js";
import { docOf } from "./helpers.js";

function run(text: string, known: [string, string], tagged: [string, string]) {
  const doc = docOf(text);
  const span = ([first, last]: [string, string], source: "gazetteer" | "model") => {
    // The tagger's span is looked for from the end: its given name also stands inside the known name.
    const a = source === "model" ? doc.tokens.findLastIndex((t) => t.text === first) : doc.tokens.findIndex((t) => t.text === first);
    const b = doc.tokens.findIndex((t, k) => k >= a && t.text === last);
    return makeCandidate({ type: "PER", tokStart: a, tokEnd: b + 1, start: doc.tokens[a].start, end: doc.tokens[b].end, name: text.slice(doc.tokens[a].start, doc.tokens[b].end), source, confidence: source === "model" ? 0.6 : 0.95 });
  };
  return combine(doc, getLexicon(), { phrases: [], people: [span(known, "gazetteer")], orgs: [], patternPeople: [], things: [], model: [span(tagged, "model")], roles: [] }).map((c) => c.name);
}

describe("given names shared between persons", () => {
  it("keeps a tagger's full name whose given name is in another person's name", () => {
    expect(run("استقبل سالم محمد الحداد أمس المفاوض محمد عبدالرزاق في عدن.", ["سالم", "الحداد"], ["محمد", "عبدالرزاق"])).toContain("محمد عبدالرزاق");
  });

  it("still reads a span over a known surname as that person's", () => {
    expect(run("استقبل سالم محمد الحداد أمس. وقال الحداد لضيفه إن الحوار مستمر.", ["سالم", "الحداد"], ["الحداد", "لضيفه"])).not.toContain("الحداد لضيفه");
  });
});
