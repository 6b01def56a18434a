// The shipped JSON Schema against real output of the analysis pipeline (examples and seeds).
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { hasShared, repoRoot, seedsDir } from "../shared.js";
import { runAnalyze } from "../../src/cli/analyze.js";
import type { Analysis } from "../../src/types.js";

const schema = JSON.parse(readFileSync(join(repoRoot, "schema", "analysis.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

async function analyse(paths: string[]): Promise<Analysis[]> {
  const out: Analysis[] = [];
  const errors: string[] = [];
  await runAnalyze(
    paths,
    { format: "jsonl" },
    async (line) => void out.push(JSON.parse(line) as Analysis),
    (line) => void errors.push(line),
  );
  expect(errors).toEqual([]);
  return out;
}

describe("schema/analysis.schema.json", () => {
  let outputs: Analysis[] = [];
  beforeAll(async () => {
    outputs = await analyse([join(repoRoot, "examples"), ...(hasShared ? [seedsDir] : [])]);
  });

  it("accepts every analysis rasd writes", () => {
    expect(outputs.length).toBeGreaterThanOrEqual(12);
    for (const a of outputs) {
      const ok = validate(a);
      expect({ id: a.id, errors: ok ? null : validate.errors }).toEqual({ id: a.id, errors: null });
    }
  });

  it("rejects objects that break the format", () => {
    const a = outputs[0];
    expect(validate({ ...a, schema: "rasd.analysis/2" })).toBe(false);
    expect(validate({ ...a, published: "5 March 2024" })).toBe(false);
    const { text: _dropped, ...noText } = a;
    expect(validate(noText)).toBe(false);
    expect(validate({ ...a, entities: [{ id: "e1", type: "PERSON", name: "x", mentions: [] }] })).toBe(false);
  });

  it("describes a fully populated analysis too", () => {
    const full: Analysis = {
      ...outputs[0],
      entities: [
        {
          id: "e1", type: "PER", name: "س", mentions: [{ start: 0, end: 1, text: "س", role: { start: 0, end: 1, text: "س" } }],
          key: "per:x", name_en: "X", wikidata: "Q1", country: "SA", roles: ["وزير"],
          office: { title_en: "Minister", title_ar: "وزير", country: "SA", start: "2020-01-01", end: null },
          confidence: 0.9, source: "gazetteer",
        },
      ],
      events: [
        {
          id: "v1", type: "visit", participants: ["e1"], initiator: null, date: "2024-01-01", date_text: "أمس", place: null,
          main: true, plover: { event: "CONSULT", mode: "visit" }, trigger: { start: 0, end: 1, text: "س" },
          evidence: { start: 0, end: 1, text: "س" }, confidence: 0.5,
        },
      ],
      quotes: [
        { id: "q1", start: 0, end: 1, text: "س", speaker: "e1", speakers: ["e1"], joint: false, cue: "قال", cue_span: { start: 0, end: 1 }, direct: true, confidence: 0.7 },
      ],
      joint_statements: [
        { id: "q2", start: 0, end: 1, text: "س", speaker: null, speakers: ["e1", "e2"], joint: true, cue: "قالا", cue_span: { start: 0, end: 1 }, direct: false, confidence: 0.7 },
      ],
      unattributed_statements: [
        { id: "q3", start: 0, end: 1, text: "س", speaker: null, speakers: [], joint: false, cue: "أفادت", cue_span: { start: 0, end: 1 }, direct: false, confidence: 0.5 },
      ],
      agreements: [
        { id: "a1", start: 0, end: 1, text: "س", kind: "signed", parties: ["e1"], cue: "وقع", cue_span: { start: 0, end: 1 }, date: null, confidence: 0.6 },
      ],
    };
    expect(validate(full)).toBe(true);
  });
});
