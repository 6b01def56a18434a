import { describe, expect, it } from "vitest";
import { DocHistory, HIST_SLOTS, historyHashes, HISTORY_VALUES } from "../../../src/entities/tagger/history.js";
import { LABELS } from "../../../src/entities/tagger/labels.js";

const idx = (tags: string[]) => tags.map((t) => LABELS.indexOf(t as (typeof LABELS)[number]));

describe("DocHistory", () => {
  it("summarises how a word was tagged earlier in the document", () => {
    const h = new DocHistory();
    expect(h.value("غوتيريش")).toBe("none");
    h.update(["قال", "غوتيريش"], idx(["O", "B-PER"]));
    expect(h.value("غوتيريش")).toBe("PER:a");
    expect(h.value("قال")).toBe("O");
    h.update(["غوتيريش", "غوتيريش"], idx(["O", "B-PER"]));
    expect(h.value("غوتيريش")).toBe("PER:m");
    for (const w of ["غوتيريش", "قال", "x"]) expect(HISTORY_VALUES).toContain(h.value(w));
  });
  it("hashes current, previous and next values per token", () => {
    const out = historyHashes(["none", "PER:a", "O"], new Uint32Array(3 * HIST_SLOTS));
    expect(out.every((x) => x !== 0)).toBe(true);
    expect(new Set(out).size).toBe(out.length);
  });
});
