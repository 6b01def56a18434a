// Integer lists as search reads them from SQLite: group_concat text and sorted key arrays.

/** "3,1,2" → [3, 1, 2] (any non-digit separates), without a string per number. */
export function parseInts(s: string): number[] {
  const out: number[] = [];
  let v = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) v = (v < 0 ? 0 : v * 10) + c;
    else if (v >= 0) { out.push(v); v = -1; }
  }
  if (v >= 0) out.push(v);
  return out;
}

/** Article keys in ascending order: parsed from SQLite, or decoded from the postings (no copy into an array). */
export type SortedKeys = readonly number[] | Int32Array;

/** Whether x is in xs, sorted ascending (binary search). */
export function inSorted(xs: SortedKeys, x: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] === x) return true;
    if (xs[m] < x) lo = m + 1;
    else hi = m - 1;
  }
  return false;
}
