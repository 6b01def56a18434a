// BIO label set over the four ANERcorp classes, and the chunking rules that
// conlleval uses to turn tag sequences into entity spans.

export const TYPES = ["PER", "LOC", "ORG", "MISC"] as const;
export type NerType = (typeof TYPES)[number];

export const LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** Type of label index `k` (0 = O → null). */
export function labelType(k: number): NerType | null {
  return k === 0 ? null : TYPES[(k - 1) >> 1];
}
export function isInside(k: number): boolean {
  return k > 0 && (k & 1) === 0;
}

/**
 * allowed[prev * L + cur]: BIO validity. prev = -1 (sentence start) is row NUM_LABELS.
 * I-X may only follow B-X or I-X.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let p = 0; p <= NUM_LABELS; p++) {
    for (let c = 0; c < NUM_LABELS; c++) {
      let ok = true;
      if (isInside(c)) ok = p < NUM_LABELS && p !== 0 && labelType(p) === labelType(c);
      a[p * NUM_LABELS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Maps the class names the corpora use onto ours: PERS → PER, MIS* → MISC, GPE → LOC. */
export function canonicalType(t: string): NerType | null {
  const u = t.toUpperCase();
  if (u === "PER" || u === "PERS" || u === "PERSON") return "PER";
  if (u === "LOC" || u === "GPE" || u === "LOCATION") return "LOC";
  if (u === "ORG" || u === "ORGANIZATION") return "ORG";
  if (u.startsWith("MIS")) return "MISC";
  return null;
}

/** Parses a corpus tag ("B-PERS", "I-LOC", "O") into our label; unknown classes become O. */
export function canonicalLabel(tag: string): Label {
  const m = /^([BI])-+(.+)$/.exec(tag);
  if (!m) return "O";
  const t = canonicalType(m[2]);
  return t ? (`${m[1]}-${t}` as Label) : "O";
}

export interface Chunk {
  type: string;
  /** Token index, inclusive. */
  start: number;
  /** Token index, exclusive. */
  end: number;
}

/**
 * conlleval chunking: a chunk starts at B-X, or at I-X after anything that is not X;
 * it ends before O, B-*, or I-Y with Y ≠ X. Works on any "B-/I-/O" strings.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const [, bi, type] = m;
    if (bi === "I" && cur && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    if (cur) out.push(cur);
    cur = { type, start: i, end: i + 1 };
  }
  if (cur) out.push(cur);
  return out;
}

/** Makes a label sequence BIO-valid the way conlleval reads it: I-X after anything but X becomes B-X. */
export function repairBio(labels: readonly string[]): string[] {
  const out = labels.slice();
  for (let i = 0; i < out.length; i++) {
    if (out[i].startsWith("I-") && (i === 0 || out[i - 1] === "O" || out[i - 1].slice(2) !== out[i].slice(2))) {
      out[i] = "B-" + out[i].slice(2);
    }
  }
  return out;
}
