import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTagger, tagDoc } from "../../../src/entities/tagger/index.js";
import { decodeModel, encodeModel } from "../../../src/entities/tagger/model.js";
import { NUM_LABELS as L } from "../../../src/entities/tagger/labels.js";
import { buildDoc } from "../../../src/text/doc.js";
import type { Article } from "../../../src/types.js";
import { repoRoot } from "../../shared.js";

describe("model file", () => {
  it("round-trips keys, quantised weights and transitions", () => {
    const keys = Uint32Array.from([3, 17, 99]);
    const weights = Float32Array.from({ length: 3 * L }, (_, i) => (i % 7) - 3.5);
    const trans = Float32Array.from({ length: (L + 1) * L }, (_, i) => i / 10);
    const { header, model } = decodeModel(encodeModel({ trainGazetteer: [["باريس", 2]], externalGazetteer: [], provenance: {} }, keys, weights, trans));
    expect(header.trainGazetteer).toEqual([["باريس", 2]]);
    expect(Array.from(model.keys)).toEqual([3, 17, 99]);
    for (let i = 0; i < weights.length; i++) expect(model.weights[i]).toBeCloseTo(weights[i], 3);
    expect(model.row(17)).toBe(1);
    expect(model.row(18)).toBe(-1);
  });
  it("rejects a file that is not a model", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(() => decodeModel(gzipSync(Buffer.from("hello world!")), "x.bin.gz")).toThrow(/x\.bin\.gz: not a rasd NER model/);
  });
});

describe("shipped tagger", () => {
  const tagger = loadTagger();

  it("tags an obvious news sentence", () => {
    const words = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن منظمة الأمم المتحدة ستعقد اجتماعا الأسبوع المقبل .".split(" ");
    const { tags, scores } = tagger.tag(words);
    const at = (w: string) => tags[words.indexOf(w)];
    expect(at("إيمانويل")).toBe("B-PER");
    expect(at("ماكرون")).toBe("I-PER");
    expect(at("باريس")).toBe("B-LOC");
    expect(at("الأمم")).toMatch(/-ORG$/);
    expect(at("المتحدة")).toBe("I-ORG");
    expect(at("اجتماعا")).toBe("O");
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it("finds spans over a Doc, skipping proclitics at the start of a mention", () => {
    const text = "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة ، وبحث الجانبان العلاقات مع وروسيا .";
    const article: Article = { id: "t", source: "test", rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null };
    const spans = tagDoc(buildDoc(article), tagger);
    const found = spans.map((s) => [text.slice(s.start, s.end), s.type]);
    expect(found).toContainEqual(["أيمن الصفدي", "PER"]);
    expect(found).toContainEqual(["القاهرة", "LOC"]);
    expect(found).toContainEqual(["روسيا", "LOC"]);
    for (const s of spans) expect(s.confidence).toBeGreaterThan(0);
    const fast = tagDoc(buildDoc(article), tagger, { confidence: false });
    expect(fast.map((s) => [s.start, s.end, s.type])).toEqual(spans.map((s) => [s.start, s.end, s.type]));
  });
});

describe("rasd ner --conll", () => {
  it("writes token gold predicted lines for a small CoNLL file", () => {
    const dir = mkdtempSync(join(tmpdir(), "rasd-ner-"));
    const file = join(dir, "small.conll");
    writeFileSync(file, ["استقبل O", "الملك O", "عبدالله B-PERS", "الثاني I-PERS", "في O", "عمان B-LOC", ". O", "", "وصل O", "إلى O", "لندن B-LOC", ". O", ""].join("\n"));
    const out = execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/main.ts"), "ner", "--conll", file], { cwd: repoRoot, encoding: "utf8" });
    const blocks = out.trimEnd().split("\n\n").map((b) => b.split("\n").map((l) => l.split(" ")));
    expect(blocks.length).toBe(2);
    expect(blocks[0].map((c) => c.length)).toEqual(Array(7).fill(3));
    expect(blocks[0][2].slice(0, 2)).toEqual(["عبدالله", "B-PER"]);
    expect(blocks[1][2]).toEqual(["لندن", "B-LOC", "B-LOC"]);
  });
});
