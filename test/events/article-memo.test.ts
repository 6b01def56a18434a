import { describe, expect, it } from "vitest";
import { ArticleMemo } from "../../src/events/article-memo.js";

describe("ArticleMemo", () => {
  it("answers for the article asked about last and forgets the one before", () => {
    const memo = new ArticleMemo<object, string>();
    const first = {};
    const second = {};
    expect(memo.get(first)).toBeUndefined();
    memo.set(first, "a");
    expect(memo.get(first)).toBe("a");
    expect(memo.get(second)).toBeUndefined();
    memo.set(second, "b");
    expect(memo.get(second)).toBe("b");
    // Only one article is held, so an earlier article's tables are not kept alive.
    expect(memo.get(first)).toBeUndefined();
  });

  it("tells keys apart by identity, not by content", () => {
    const memo = new ArticleMemo<{ id: string }, number>();
    memo.set({ id: "x" }, 1);
    expect(memo.get({ id: "x" })).toBeUndefined();
  });
});
