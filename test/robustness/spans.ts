// Every span an analysis carries, and the problems with them: each must lie
// inside the article text, and each TextSpan's text must equal its slice.
import type { Analysis, Span } from "../../src/types.js";
import { statementsOf } from "../../src/quotes/statements-of.js";

interface Labelled {
  what: string;
  span: Span & { text?: string };
}

export function spansOf(a: Analysis): Labelled[] {
  const out: Labelled[] = [];
  if (a.dateline) out.push({ what: "dateline", span: a.dateline });
  for (const e of a.entities) {
    for (const m of e.mentions) {
      out.push({ what: `entity ${e.id} mention`, span: m });
      if (m.role) out.push({ what: `entity ${e.id} role`, span: m.role });
    }
  }
  for (const e of a.events) {
    out.push({ what: `event ${e.id} trigger`, span: e.trigger });
    out.push({ what: `event ${e.id} evidence`, span: e.evidence });
  }
  for (const q of statementsOf(a)) {
    out.push({ what: `quote ${q.id}`, span: q });
    out.push({ what: `quote ${q.id} cue`, span: q.cue_span });
  }
  for (const g of a.agreements) {
    out.push({ what: `agreement ${g.id}`, span: g });
    out.push({ what: `agreement ${g.id} cue`, span: g.cue_span });
  }
  return out;
}

/** Human-readable problems; an empty list means every span is sound. */
export function spanProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const n = a.text.length;
  for (const { what, span } of spansOf(a)) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start > end) {
      problems.push(`${a.id}: ${what} [${start}, ${end}) outside the text (length ${n})`);
    } else if (span.text !== undefined && span.text !== a.text.slice(start, end)) {
      problems.push(`${a.id}: ${what} text ${JSON.stringify(span.text)} != slice ${JSON.stringify(a.text.slice(start, end))}`);
    }
  }
  return problems;
}
