// The byte formats of search-postings.ts: postings as varints (about 2 bytes a posting; a build holds
// millions of them) and every article's length as a uint16 per rowid. Written by the lists' build
// (search-impacts.ts), read by search (search-postings.ts).

/** One term's or phrase's articles in ascending order, with its frequency in each. */
export interface Postings {
  docs: Int32Array;
  tfs: Int32Array;
}

/** Lengths at or past this are stored as it, and such articles are not ranked from the postings. */
export const LENGTH_CAP = 0xffff;

/** Growable bytes of unsigned LEB128 varints. */
class Varints {
  bytes = new Uint8Array(64);
  length = 0;
  put(v: number): void {
    if (this.length + 10 > this.bytes.length) {
      const more = new Uint8Array(this.bytes.length * 2);
      more.set(this.bytes);
      this.bytes = more;
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }
}

/**
 * Encodes postings as they come, articles ascending: the count, the article gaps, then the frequencies,
 * all varints (about 2 bytes a posting; a build holds millions of them).
 */
export class PostingsWriter {
  private gaps = new Varints();
  private tfs = new Varints();
  private n = 0;
  private last = 0;
  push(doc: number, tf: number): void {
    this.gaps.put(doc - this.last);
    this.tfs.put(tf);
    this.last = doc;
    this.n++;
  }
  finish(): Uint8Array {
    const head = new Varints();
    head.put(this.n);
    const out = new Uint8Array(head.length + this.gaps.length + this.tfs.length);
    out.set(head.bytes.subarray(0, head.length));
    out.set(this.gaps.bytes.subarray(0, this.gaps.length), head.length);
    out.set(this.tfs.bytes.subarray(0, this.tfs.length), head.length + this.gaps.length);
    return out;
  }
}

export function decodePostings(b: Uint8Array): Postings {
  // Inlined varints with a one-byte fast path: most gaps and frequencies are below 128, and a
  // common term has ~100,000 of each to read per query.
  let o = 0;
  const slow = (): number => {
    let v = 0;
    let m = 1;
    for (;;) {
      const c = b[o++];
      v += (c & 0x7f) * m;
      if (c < 0x80) return v;
      m *= 128;
    }
  };
  const n = slow();
  const docs = new Int32Array(n);
  const tfs = new Int32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = b[o];
    if (c < 0x80) {
      o++;
      prev += c;
    } else prev += slow();
    docs[i] = prev;
  }
  for (let i = 0; i < n; i++) {
    const c = b[o];
    if (c < 0x80) {
      o++;
      tfs[i] = c;
    } else tfs[i] = slow();
  }
  return { docs, tfs };
}

/** Every article's length (tokens), indexed by rowid, capped at LENGTH_CAP. */
export function encodeLengths(lengths: Map<number, number>): Uint8Array {
  let last = 0;
  for (const d of lengths.keys()) last = Math.max(last, d);
  const a = new Uint16Array(last + 1);
  for (const [d, len] of lengths) a[d] = Math.min(len, LENGTH_CAP);
  return new Uint8Array(a.buffer);
}
