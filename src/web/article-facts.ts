// Splits an article's text into runs by the facts that cover them, so the
// article view can highlight every entity mention, event and statement inline
// without ever building HTML from the text (each run becomes a text node).
import { statementsOf } from "../quotes/statements-of.js";
import type { Analysis, Span } from "../types.js";

export type FactKind = "entity" | "event" | "quote" | "agreement";

export interface Fact {
  /** Unique across kinds: "quote:q1", "entity:e2", … */
  id: string;
  kind: FactKind;
  spans: Span[];
}

export interface Run {
  start: number;
  end: number;
  /** Ids of the facts covering this run, outermost (longest span) first. */
  facts: string[];
}

export function factId(kind: FactKind, id: string): string {
  return `${kind}:${id}`;
}

export { statementsOf };

/** Every fact of an analysis with the spans it marks in the text. */
export function collectFacts(a: Analysis): Fact[] {
  const facts: Fact[] = [];
  for (const e of a.entities) facts.push({ id: factId("entity", e.id), kind: "entity", spans: e.mentions.map(({ start, end }) => ({ start, end })) });
  // Inline, an event shows its trigger; selecting it marks the whole evidence.
  for (const ev of a.events) facts.push({ id: factId("event", ev.id), kind: "event", spans: [{ start: ev.trigger.start, end: ev.trigger.end }] });
  for (const q of statementsOf(a)) facts.push({ id: factId("quote", q.id), kind: "quote", spans: [{ start: q.start, end: q.end }] });
  for (const g of a.agreements) facts.push({ id: factId("agreement", g.id), kind: "agreement", spans: [{ start: g.start, end: g.end }] });
  return facts;
}

/** The spans to mark when a fact is selected (events mark their evidence). */
export function selectionSpans(a: Analysis, id: string): Span[] {
  const [kind, local] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  if (kind === "event") {
    const ev = a.events.find((e) => e.id === local);
    return ev ? [{ start: ev.evidence.start, end: ev.evidence.end }, { start: ev.trigger.start, end: ev.trigger.end }] : [];
  }
  return collectFacts(a).find((f) => f.id === id)?.spans ?? [];
}

/**
 * Cuts [0, length) at every span boundary. Runs that no fact covers are
 * included with `facts: []`; runs are contiguous and ordered. Spans outside the
 * text or empty are ignored rather than trusted.
 */
export function splitRuns(length: number, facts: Fact[], extra: Span[] = []): Run[] {
  const cuts = new Set<number>([0, length]);
  const valid: { id: string; start: number; end: number }[] = [];
  for (const f of facts) {
    for (const s of f.spans) {
      if (!(s.start >= 0 && s.end <= length && s.start < s.end)) continue;
      valid.push({ id: f.id, start: s.start, end: s.end });
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  for (const s of extra) {
    if (s.start >= 0 && s.end <= length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((v) => v.start <= start && v.end >= end)
      .sort((x, y) => y.end - y.start - (x.end - x.start));
    runs.push({ start, end, facts: [...new Set(covering.map((c) => c.id))] });
  }
  return runs;
}
