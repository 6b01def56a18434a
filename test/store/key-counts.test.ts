// KeyCounts must count as a Map does, in a Map's insertion order, whether it holds its keys in a
// typed array (small key space) or in a Map (large one): the search lists' build writes rows in that order.
import { describe, expect, it } from "vitest";
import { KeyCounts } from "../../src/store/key-counts.js";
import { Rng } from "../../src/bench/prng.js";

function reference(keys: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

describe("KeyCounts", () => {
  for (const space of [1000, 2 ** 30]) {
    it(`counts like a Map, in its insertion order (key space ${space})`, () => {
      const rng = new Rng(3);
      const keys = Array.from({ length: 5000 }, () => rng.int(0, 999) * Math.floor(space / 1000));
      const c = new KeyCounts(space);
      for (const k of keys) c.add(k);
      const ref = reference(keys);
      expect(c.keys).toEqual([...ref.keys()]);
      expect(c.keys.map((k) => c.get(k))).toEqual([...ref.values()]);
      expect(c.get(space - 1)).toBe(ref.get(space - 1) ?? 0);
    });
  }

  it("sets values once per key, keeping the first-set order", () => {
    const c = new KeyCounts(100);
    [7, 3, 50].forEach((k, i) => c.set(k, i + 1));
    c.add(3, 10);
    expect(c.keys).toEqual([7, 3, 50]);
    expect([c.get(7), c.get(3), c.get(50), c.get(8)]).toEqual([1, 12, 3, 0]);
  });
});
