// The postings' byte format (src/store/postings-codec.ts) round-trips articles and frequencies of every
// size: one-byte and multi-byte varints, gaps past 2^21, frequencies past 127.
import { describe, expect, it } from "vitest";
import { decodePostings, PostingsWriter } from "../../src/store/postings-codec.js";

describe("postings codec", () => {
  it("decodes what was written", () => {
    const docs = [0, 1, 2, 130, 131, 20_000, 3_000_000, 2 ** 31 - 2];
    const tfs = [1, 127, 128, 1, 300, 2, 70_000, 5];
    const w = new PostingsWriter();
    docs.forEach((d, i) => w.push(d, tfs[i]));
    const got = decodePostings(w.finish());
    expect(Array.from(got.docs)).toEqual(docs);
    expect(Array.from(got.tfs)).toEqual(tfs);
  });

  it("decodes an empty list, and a long one of small gaps", () => {
    expect(decodePostings(new PostingsWriter().finish()).docs.length).toBe(0);
    const w = new PostingsWriter();
    for (let d = 5; d < 50_000; d += 3) w.push(d, (d % 7) + 1);
    const got = decodePostings(w.finish());
    expect(got.docs.length).toBe(16_665);
    expect(got.docs[16_664]).toBe(49_997);
    expect(got.tfs[16_664]).toBe((49_997 % 7) + 1);
  });
});
