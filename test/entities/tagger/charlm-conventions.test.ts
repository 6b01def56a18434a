import { describe, expect, it } from "vitest";
import { CharLM } from "../../../src/entities/tagger/charlm.js";
import { consistentTypes, harmonise, leadingOutsiders, stripLeading } from "../../../src/entities/tagger/conventions.js";
import type { LabelledSentence } from "../../../src/entities/tagger/corpora.js";

describe("character class models", () => {
  const lm = CharLM.build([
    ["شوارزنيغر", 1], ["شرودر", 1], ["غيرهارد", 1], ["فرانكفورت", 2], ["شتوتغارت", 2],
    ["الذي", 0], ["قال", 0], ["الحكومة", 0], ["وزير", 0], ["اجتماع", 0],
  ]);

  it("scores letter sequences of a class higher for unseen words of that class", () => {
    const f = lm.features("شرايبر");
    expect(f).toHaveLength(5);
    const per = Number(f[0].split(":")[1]);
    const o = lm.features("الاجتماع");
    expect(per).toBeGreaterThan(Number(o[0].split(":")[1]));
  });

  it("round-trips through JSON and ignores very short words", () => {
    const back = CharLM.fromJSON(JSON.parse(JSON.stringify(lm.toJSON())));
    expect(back.features("شرايبر")).toEqual(lm.features("شرايبر"));
    expect(lm.features("في")).toEqual([]);
  });
});

describe("label conventions", () => {
  const s = (words: string[], labels: string[]) => ({ words, labels }) as LabelledSentence;
  const ref = consistentTypes(
    [s(["بلغ", "السعر", "دولار", "و", "دولار"], ["O", "O", "B-MISC", "O", "B-MISC"]), s(["دولار", "واحد"], ["B-MISC", "O"]), s(["عبد", "الله"], ["B-PER", "I-PER"])],
    3,
    0.8,
  );

  it("takes a word's single-word decision from the reference corpus when it is consistent", () => {
    expect(ref.get("دولار")).toBe("MISC");
    expect(ref.has("عبد")).toBe(false); // inside longer names only
  });

  it("relabels lone words of another corpus, never parts of longer names", () => {
    const other = [s(["مليون", "دولار", "امريكي"], ["O", "O", "O"]), s(["دولار", "هونغ", "كونغ"], ["B-MISC", "I-MISC", "I-MISC"])];
    expect(harmonise(other, ref)).toBe(1);
    expect(other[0].labels).toEqual(["O", "B-MISC", "O"]);
    expect(other[1].labels).toEqual(["B-MISC", "I-MISC", "I-MISC"]);
  });
});

describe("leading words kept outside names", () => {
  const s = (words: string[], labels: string[]) => ({ words, labels }) as LabelledSentence;
  const ref = [1, 2, 3].map((k) => s(["قال", "الشيخ", `اسم${k}`, "امس"], ["O", "O", "B-PER", "O"]));

  it("are learnt from the reference corpus and moved out of the other corpora's names", () => {
    const out = leadingOutsiders(ref, 3, 0.1);
    expect(out.get("PER")?.has("الشيخ")).toBe(true);
    const other = [s(["الشيخ", "زايد", "قال"], ["B-PER", "I-PER", "O"]), s(["الشيخ"], ["B-PER"])];
    expect(stripLeading(other, out)).toBe(1);
    expect(other[0].labels).toEqual(["O", "B-PER", "O"]);
    expect(other[1].labels).toEqual(["B-PER"]); // nothing would be left of the name
  });
});
