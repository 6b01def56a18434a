// Every Candidate is made here, with all its fields in one order (the optional ones undefined):
// combine, resolve and describe then see one object shape wherever a candidate came from, so
// their property reads stay monomorphic and the JIT does not deoptimise on yet another shape.
import type { Candidate } from "./types.js";

export function makeCandidate(c: Candidate): Candidate {
  return {
    type: c.type,
    tokStart: c.tokStart,
    tokEnd: c.tokEnd,
    start: c.start,
    end: c.end,
    name: c.name,
    source: c.source,
    confidence: c.confidence,
    entry: c.entry,
    country: c.country,
    role: c.role,
    short: c.short,
    extendsGazetteer: c.extendsGazetteer,
    namedAfter: c.namedAfter,
    keyName: c.keyName,
  };
}
