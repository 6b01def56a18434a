// Label conventions differ between the training corpora: ANERcorp tags currencies and
// religions MISC (دولار، الإسلام) where WikiFANE and AQMAR leave them O, and WikiFANE tags
// country names used for sports teams ORG. Before training, single-word decisions in the other
// corpora are brought in line with the target corpus where the target corpus is consistent
// about that word (counts from its training part only).
import type { LabelledSentence } from "./corpora.js";
import { analyse } from "./features.js";
import type { Label } from "./labels.js";

/**
 * A word's dominant single-word decision in the reference corpus ("O", or a type when the word is
 * a one-word entity), when it is consistent enough. Words inside longer names count as neither.
 */
export function consistentTypes(sentences: readonly LabelledSentence[], minCount: number, minRatio: number): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const cores = analyse(s.words).cores;
    cores.forEach((c, i) => {
      const l = s.labels[i];
      const single = l.startsWith("B-") && !(s.labels[i + 1] ?? "O").startsWith("I-");
      const t = l === "O" ? "O" : single ? l.slice(2) : "part";
      let m = counts.get(c);
      if (!m) counts.set(c, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const out = new Map<string, string>();
  for (const [c, m] of counts) {
    let total = 0;
    let best = "";
    let bestN = 0;
    for (const [t, n] of m) {
      total += n;
      if (n > bestN) [best, bestN] = [t, n];
    }
    if (best !== "part" && bestN >= minCount && bestN / total >= minRatio) out.set(c, best);
  }
  return out;
}

/**
 * Relabels single-word decisions (an O word between O words, or a one-word entity) to the
 * reference type of the word's core. Returns the number of words changed; edits in place.
 */
export function harmonise(sentences: LabelledSentence[], reference: ReadonlyMap<string, string>): number {
  let changed = 0;
  for (const s of sentences) {
    const cores = analyse(s.words).cores;
    const L = s.labels;
    for (let i = 0; i < L.length; i++) {
      const ref = reference.get(cores[i]);
      if (ref === undefined) continue;
      const prevOut = i === 0 || L[i - 1] === "O" || ref === "O" || !L[i - 1].endsWith(ref);
      const nextIn = i + 1 < L.length && L[i + 1].startsWith("I-");
      const cur = L[i] === "O" ? "O" : L[i].slice(2);
      if (cur === ref || nextIn || L[i].startsWith("I-")) continue;
      if (!prevOut && ref !== "O") continue;
      L[i] = (ref === "O" ? "O" : `B-${ref}`) as Label;
      changed++;
    }
  }
  return changed;
}

/**
 * Words the reference corpus keeps outside names although they head them: titles and the like
 * (الشيخ، الرئيس، الأمير), seen at least `minCount` times right before a name of a type and
 * starting such a name at most `maxRatio` times as often. Keyed by type.
 */
export function leadingOutsiders(sentences: readonly LabelledSentence[], minCount: number, maxRatio: number): Map<string, Set<string>> {
  const before = new Map<string, number>();
  const first = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of sentences) {
    const L = s.labels;
    for (let i = 0; i < L.length; i++) {
      if (!L[i].startsWith("B-")) continue;
      const t = L[i].slice(2);
      bump(first, `${t}\t${s.words[i]}`);
      if (i > 0 && L[i - 1] === "O") bump(before, `${t}\t${s.words[i - 1]}`);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const [k, n] of before) {
    if (n < minCount || (first.get(k) ?? 0) > maxRatio * n) continue;
    const [t, w] = k.split("\t");
    let set = out.get(t);
    if (!set) out.set(t, (set = new Set()));
    set.add(w);
  }
  return out;
}

/** Moves such words out of the front of longer names (B-X I-X … → O B-X …). Returns the number of names changed. */
export function stripLeading(sentences: LabelledSentence[], outsiders: ReadonlyMap<string, ReadonlySet<string>>): number {
  let changed = 0;
  for (const s of sentences) {
    const L = s.labels;
    for (let i = 0; i + 1 < L.length; i++) {
      if (!L[i].startsWith("B-")) continue;
      const t = L[i].slice(2);
      // Strip every leading outsider (الرئيس الشيخ خليفة → O O B-PER) while a name word is left.
      let j = i;
      while (j + 1 < L.length && L[j + 1] === `I-${t}` && outsiders.get(t)?.has(s.words[j])) j++;
      if (j === i) continue;
      for (let k = i; k < j; k++) L[k] = "O" as Label;
      L[j] = `B-${t}` as Label;
      changed++;
    }
  }
  return changed;
}
