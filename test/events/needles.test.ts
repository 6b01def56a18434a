// phraseNeedle: every match of a lexicon phrase contains its needle, so a text without the
// needle can be answered "no match" without running the phrase regex (the speed-up of anyOf).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePhrase, phraseNeedle } from "../../src/events/patterns.js";
import { normalize } from "../../src/text/normalize.js";

const events = JSON.parse(readFileSync("data/lexicon/events.json", "utf8")) as {
  macros: Record<string, string>;
  types: Record<string, { triggers: { p: string }[] }>;
  context: { past_markers: { p: string[] }; initiator_request: string[] };
};

const phrases = [
  ...Object.values(events.types).flatMap((t) => t.triggers.map((x) => x.p)),
  ...events.context.past_markers.p,
  ...events.context.initiator_request,
];

const texts = ["examples", join("..", "shared", "seeds")]
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => normalize(readFileSync(join(d, f), "utf8"))));

describe("phraseNeedle", () => {
  it("is a word that cannot be left out, without clitics or article", () => {
    expect(phraseNeedle("الماضي")).toBe("ماضي");
    expect(phraseNeedle("بناء (?:على)? طلب")).toBe("بناء");
    expect(phraseNeedle("في وقت سابق")).toBe("سابق");
    expect(phraseNeedle("(?:علي)?")).toBeNull();
    expect(phraseNeedle("بحث ..8 مع", {}, { afterFirst: true })).toBe("مع");
    expect(phraseNeedle("زار (?=موسكو)موسكو")).toBe("زار");
  });

  /** Every match of these phrases over the examples and seeds, with the phrase's needle (phrases without one skipped). */
  function* matchesWithNeedle(ps: string[], opts: { afterFirst?: boolean } = {}): Generator<{ p: string; match: string; needle: string; n: RegExp }> {
    for (const p of ps) {
      const needle = phraseNeedle(p, events.macros, opts);
      if (needle === null) continue;
      const re = new RegExp(compilePhrase(p, events.macros), "gu");
      const n = new RegExp(needle, "u");
      for (const text of texts) for (const m of text.matchAll(re)) yield { p, match: m[0], needle, n };
    }
  }

  it("occurs after the first word of every trigger match over the examples and seeds", () => {
    let matches = 0;
    for (const { p, match, needle, n } of matchesWithNeedle(Object.values(events.types).flatMap((t) => t.triggers.map((x) => x.p)), { afterFirst: true })) {
      matches++;
      const afterFirst = match.slice(match.search(/[^\p{L}\p{N}]/u));
      expect(n.test(afterFirst), `${p} matched "${match}" without its needle ${needle} after the first word`).toBe(true);
    }
    expect(matches).toBeGreaterThan(0);
  });

  it("occurs in every match of every lexicon phrase over the examples and seeds", () => {
    let matches = 0;
    for (const { p, match, needle, n } of matchesWithNeedle(phrases)) {
      matches++;
      expect(n.test(match), `${p} matched "${match}" without its needle ${needle}`).toBe(true);
    }
    expect(matches).toBeGreaterThan(0);
  });
});
