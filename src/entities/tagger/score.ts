// Entity-level scoring as conlleval counts it: a predicted chunk is correct
// only when its span and type both equal a gold chunk's.
import { chunks } from "./labels.js";

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  perClass: Record<string, ClassScore>;
  micro: ClassScore;
  macroF1: number;
}

function finish(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** gold / pred: per sentence, tags in a shared vocabulary (e.g. both canonical "B-PER"). */
export function scoreChunks(gold: ReadonlyArray<readonly string[]>, pred: ReadonlyArray<readonly string[]>): Scores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]);
    const p = chunks(pred[s]);
    const gk = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
    const pk = new Set(p.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of p) {
      if (gk.has(`${c.start}:${c.end}:${c.type}`)) get(c.type).tp++;
      else get(c.type).fp++;
    }
    for (const c of g) if (!pk.has(`${c.start}:${c.end}:${c.type}`)) get(c.type).fn++;
  }
  const perClass: Record<string, ClassScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of [...counts.entries()].sort()) {
    perClass[t] = finish(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const classes = Object.values(perClass);
  const macroF1 = classes.length ? classes.reduce((a, c) => a + c.f1, 0) / classes.length : 0;
  return { perClass, micro: finish(tp, fp, fn), macroF1 };
}

export function formatScores(s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = ["class     P       R       F1      gold   pred"];
  const row = (name: string, c: ClassScore) =>
    `${name.padEnd(6)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.tp + c.fn).padStart(5)}  ${String(c.tp + c.fp).padStart(5)}`;
  for (const [t, c] of Object.entries(s.perClass)) lines.push(row(t, c));
  lines.push(row("micro", s.micro));
  lines.push(`macro-F1 ${pct(s.macroF1)}`);
  return lines.join("\n");
}
