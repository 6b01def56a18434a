import { describe, expect, it } from "vitest";
import { formatPretty } from "../../src/cli/pretty.js";
import type { Analysis } from "../../src/types.js";

const text = "الرياض 4 مارس 2024 (واس) - تلقى ولي العهد اتصالا هاتفيا من رئيس وزراء اليابان، وقال إن البلدين اتفقا على تعزيز التعاون.";
const span = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

const analysis: Analysis = {
  schema: "rasd.analysis/1",
  id: "a1",
  source: "a1.txt",
  raw_hash: "f".repeat(64),
  outlet: "SPA",
  published: "2024-03-04",
  title: "ولي العهد يتلقى اتصالا من رئيس وزراء اليابان",
  url: "https://www.spa.gov.sa/x",
  dateline: { ...span("الرياض 4 مارس 2024 (واس)"), place: "الرياض", date: "2024-03-04" },
  entities: [
    {
      id: "e1", type: "PER", name: "ولي العهد", mentions: [span("ولي العهد")], key: "per:crown_prince", name_en: "Crown Prince",
      wikidata: null, country: "SA", roles: ["ولي العهد"], office: { title_en: "Crown Prince", title_ar: "ولي العهد", country: "SA", start: "2017-06-21", end: null },
      confidence: 0.9, source: "gazetteer",
    },
    {
      id: "e2", type: "GPE", name: "اليابان", mentions: [span("اليابان")], key: "gpe:JP", name_en: "Japan", wikidata: "Q17",
      country: "JP", roles: [], office: null, confidence: 0.95, source: "gazetteer",
    },
  ],
  events: [
    {
      id: "v1", type: "phone_call", participants: ["e1", "e2"], initiator: "e2", date: "2024-03-04", date_text: null, place: null,
      main: true, plover: { event: "CONSULT", mode: "phone" }, trigger: span("اتصالا هاتفيا"), evidence: span("تلقى ولي العهد اتصالا هاتفيا"),
      confidence: 0.8,
    },
  ],
  quotes: [
    {
      id: "q1", ...span("البلدين اتفقا على تعزيز التعاون"), speaker: "e1", speakers: ["e1"], joint: false, cue: "قال",
      cue_span: { start: text.indexOf("قال"), end: text.indexOf("قال") + 3 }, direct: false, confidence: 0.7,
    },
  ],
  agreements: [
    {
      id: "g1", ...span("اتفقا على تعزيز التعاون"), kind: "agreement", parties: ["e1", "e2"], cue: "اتفقا",
      cue_span: { start: text.indexOf("اتفقا"), end: text.indexOf("اتفقا") + 5 }, date: null, confidence: 0.6,
    },
  ],
  text,
};

describe("formatPretty", () => {
  const out = formatPretty(analysis);

  it("shows the metadata", () => {
    expect(out).toContain("══ a1");
    expect(out).toMatch(/outlet\s+SPA/);
    expect(out).toMatch(/published\s+2024-03-04/);
    expect(out).toContain("«الرياض 4 مارس 2024 (واس)»");
    expect(out).toContain("place: الرياض");
    expect(out).toContain(analysis.title!);
  });

  it("shows entities with type, English name, roles and office", () => {
    expect(out).toMatch(/e1\s+PER\s+ولي العهد\s+\(Crown Prince\)/);
    expect(out).toMatch(/e2\s+GPE\s+اليابان\s+\(Japan\)/);
    expect(out).toContain("roles: ولي العهد");
    expect(out).toContain("office: Crown Prince (SA) 2017-06-21–…");
  });

  it("shows events with participants by name, date, main/other and initiator", () => {
    expect(out).toMatch(/v1\s+phone_call\s+main\s+2024-03-04/);
    expect(out).toContain("participants: ولي العهد (Crown Prince)، اليابان (Japan)");
    expect(out).toContain("initiator: اليابان (Japan)");
    expect(out).toContain("«اتصالا هاتفيا»");
  });

  it("shows statements with speaker, cue, kind and text, and agreements with parties", () => {
    expect(out).toContain("q1   ولي العهد (Crown Prince) — قال (reported)");
    expect(out).toContain("«البلدين اتفقا على تعزيز التعاون»");
    expect(out).toMatch(/g1\s+agreement\s+parties: ولي العهد \(Crown Prince\)، اليابان \(Japan\)\s+cue: اتفقا/);
  });

  it("counts every section, empty ones included", () => {
    const empty = formatPretty({ ...analysis, entities: [], events: [], quotes: [], agreements: [], dateline: null, title: null });
    for (const head of ["Entities (0)", "Events (0)", "Statements (0)", "Agreements (0)"]) expect(empty).toContain(head);
    expect(empty).toMatch(/dateline\s+—/);
  });
});
