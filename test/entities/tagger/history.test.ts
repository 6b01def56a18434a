import { describe, expect, it } from "vitest";
import { DocHistory, HIST_SLOTS, historyHashes, HISTORY_VALUES } from "../../../src/entities/tagger/history.js";
import { LABELS, NUM_LABELS } from "../../../src/entities/tagger/labels.js";
import { CoreSlot, nextGeneration } from "../../../src/entities/tagger/core-slot.js";
import { Rng } from "../../../src/bench/prng.js";

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
  it("answers the same through core slots, across slot generations and shared slots", () => {
    const rng = new Rng(7);
    const words = ["قال", "غوتيريش", "باريس", "x", "الأمم", "المتحدة", "بوتين", "في"];
    // Slots as the tagger's word cache makes them: one per core per generation, a new generation when the cache is dropped.
    let gen = nextGeneration();
    let slots = new Map<string, CoreSlot>();
    const slotOf = (w: string) => slots.get(w) ?? (slots.set(w, new CoreSlot(w, gen)), slots.get(w)!);
    for (let doc = 0; doc < 20; doc++) {
      const bySlot = new DocHistory();
      const byString = new DocHistory();
      // In odd documents, a second history over the same slots at the same time (a slot carries one history's row at a time).
      const other = doc % 2 ? new DocHistory() : null;
      for (let s = 0; s < 12; s++) {
        if (rng.next() % 7 === 0) {
          gen = nextGeneration();
          slots = new Map();
        }
        const n = 1 + (rng.next() % 6);
        const cores = Array.from({ length: n }, () => words[rng.next() % words.length]);
        const sent = cores.map(slotOf);
        for (let i = 0; i < n; i++) {
          expect(bySlot.valueIndexOfSlot(sent[i])).toBe(byString.valueIndex(cores[i]));
          other?.valueIndexOfSlot(sent[i]);
        }
        const labels = Uint8Array.from(cores, () => rng.next() % NUM_LABELS);
        bySlot.updateSlots(sent, labels, n);
        byString.update(cores, labels);
        if (rng.next() % 2) other?.updateSlots(sent, labels, n);
      }
      for (const w of words) expect(bySlot.valueIndexOfSlot(slotOf(w))).toBe(byString.valueIndex(w));
    }
  });
});
