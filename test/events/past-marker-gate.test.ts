// isPast searches a trigger's window for past markers only when a token of it can end one
// (PAST_MARKER_END): check that no window the search would match is skipped, over every
// window of generated wire reports and the seed and example articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticles } from "../../src/bench/generate.js";
import { eventLexicon } from "../../src/events/lexicon.js";
import { anyWordIs, PAST_MARKER_END } from "../../src/events/word-classes.js";
import { buildDoc } from "../../src/text/doc.js";
import type { Article } from "../../src/types.js";
import { seedsDir } from "../shared.js";

const article = (id: string, text: string): Article => ({ id, source: id, rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null });

function corpus(): Article[] {
  const out = [...generateArticles(150, 9)].map((g) => article(g.id, g.text));
  for (const dir of [seedsDir, join(__dirname, "../../examples")]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) out.push(article(f, readFileSync(join(dir, f), "utf8")));
  }
  // Markers written with clitics, inside punctuation, and words that merely contain one.
  out.push(article("t1", "التقى الوزيران في وقت سابق، وكانا قد اجتمعا الشهر الماضي (المنصرم) وقبل أيام وقبل عامين ومنذ سنوات."));
  out.push(article("t2", "الماضيات والسابقون والعامة والأيامى ليست علامات، لكن «مؤخرا» و-سابقا و(مرتين) كذلك."));
  return out;
}

describe("the past-marker gate", () => {
  it("passes every window the past-marker search matches", () => {
    const lex = eventLexicon();
    let matched = 0;
    let gated = 0; // windows of trigger size (18 tokens) the gate spares
    let windows = 0;
    const missed: string[] = [];
    for (const a of corpus()) {
      const tokens = buildDoc(a).tokens;
      for (let from = 0; from < tokens.length; from++) {
        for (const len of [1, 2, 3, 18]) {
          const to = Math.min(tokens.length, from + len);
          const window = tokens.slice(from, to).map((x) => x.norm).join(" ");
          const gate = anyWordIs(tokens, from, to, PAST_MARKER_END);
          if (len === 18) {
            windows++;
            if (!gate) gated++;
          }
          if (lex.anyPastMarker.test(window)) {
            matched++;
            if (!gate) missed.push(window);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(100);
    // The gate spares most windows of a trigger's size the search (96% of them when written).
    expect(gated).toBeGreaterThan(windows / 2);
  });
});
