// A memo of one value per article, for the event stage's per-document tables (its context, its
// event analysis, title and slot tables), which several stages ask for about the same article.
//
// Why not a WeakMap keyed by the document: with these caches as WeakMaps, whose values lead back
// to their key (a context holds its Doc), V8's young-generation collections did not free an
// article: its tokens, entities and tables were promoted to the old generation and freed only by
// full collections (seen with V8's sampling heap profiler, counting objects not freed by minor
// GCs). Keeping the latest article only, strongly, lets them die young: on 1,500 generated
// articles, objects promoted per article fell from ~88 KB to ~5 KB, and a 2-worker run of 4,000
// articles did 26 full collections instead of 46.

export class ArticleMemo<K extends object, V> {
  private key: K | null = null;
  private value: V | undefined;

  /** The value remembered for `key`, when `key` is the article asked about last. */
  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  /** Remembers `value` for `key`, forgetting the previous article. */
  set(key: K, value: V): void {
    this.key = key;
    this.value = value;
  }
}
