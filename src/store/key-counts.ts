// Counts (or other small whole numbers) per integer key, for the search lists' build
// (search-impacts.ts): keys are pairs or triples of listed-term ids, counted at every
// position of the corpus (tens of millions at 100,000 articles). While the key space is
// small they live in a typed array, where a Map's lookups cost most of the build's time.

/** Key spaces up to this size are held in a typed array (4 bytes a key: 64 MB at most). */
const DENSE_KEYS = 1 << 24;

/** Values per key in [0, keySpace), 0 for a key never set (a value is never set back to 0); keys remembered in the order first set. */
export class KeyCounts {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  /** Keys in the order they were first set (a Map's insertion order). */
  readonly keys: number[] = [];

  constructor(keySpace: number) {
    this.dense = keySpace <= DENSE_KEYS ? new Int32Array(keySpace) : null;
  }

  get(key: number): number {
    return this.dense ? this.dense[key] : (this.sparse.get(key) ?? 0);
  }

  add(key: number, by = 1): void {
    this.set(key, this.get(key) + by);
  }

  set(key: number, value: number): void {
    if (this.dense) {
      if (this.dense[key] === 0 && value !== 0) this.keys.push(key);
      this.dense[key] = value;
    } else {
      if (!this.sparse.has(key)) this.keys.push(key);
      this.sparse.set(key, value);
    }
  }
}
