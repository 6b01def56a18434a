// A word core as the prediction history (history.ts) meets it in the tagger: one object per
// distinct core among a model's cached words, so a document's history finds the core's counts
// through a field of the object rather than by its string (two string lookups per token).

let generations = 0;

/** A fresh number for a set of slots (a model's word cache, until it is dropped). */
export function nextGeneration(): number {
  return ++generations;
}

export class CoreSlot {
  /** The DocHistory (its stamp) that `row` belongs to; 0: none yet. */
  doc = 0;
  /** The core's row in that history's counts, -1 when it has none. */
  row = -1;

  constructor(
    readonly core: string,
    /** The set the slot belongs to (nextGeneration): one slot per core within a set. */
    readonly generation: number,
  ) {}
}
