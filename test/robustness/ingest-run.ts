// Runs one hostile case through the ingest path (read → clean → analyse →
// store) into a real store and reports what it stored and what it reported.
import type { Analysis } from "../../src/types.js";
import { openStore } from "../../src/store/index.js";
import { runIngest } from "../../src/cli/corpus.js";
import type { CaseInputs } from "./cases.js";
import { spanProblems } from "./spans.js";

export interface CaseOutcome {
  stored: number;
  errors: string[];
  /** Good ids missing from the store. */
  lost: string[];
  /** Stored ids that no good input had. */
  unexpected: string[];
  /** Span, text and error-message problems. */
  problems: string[];
}

export async function storedAnalyses(db: string): Promise<Analysis[]> {
  const store = await openStore(db);
  try {
    const out: Analysis[] = [];
    for await (const line of store.export({ format: "jsonl" })) out.push(JSON.parse(line) as Analysis);
    return out;
  } finally {
    await store.close();
  }
}

/** Judges a store's content and reported errors against a case's expectations. */
export function judge(inputs: CaseInputs, errors: string[], analyses: Analysis[]): CaseOutcome {
  const ids = new Set(analyses.map((a) => a.id));
  const good = new Set(inputs.goodIds);
  const problems: string[] = [];
  if (analyses.length !== ids.size) problems.push(`${analyses.length - ids.size} duplicate ids stored`);
  if (errors.length !== inputs.errors) problems.push(`expected ${inputs.errors} errors, got ${errors.length}`);
  for (const e of errors) if (inputs.errorPattern && !inputs.errorPattern.test(e)) problems.push(`unclear error: ${e}`);
  for (const a of analyses) {
    problems.push(...spanProblems(a));
    for (const s of inputs.textHas?.[a.id] ?? []) if (!a.text.includes(s)) problems.push(`${a.id}: text lacks ${JSON.stringify(s)}`);
    for (const s of inputs.textLacks?.[a.id] ?? []) if (a.text.includes(s)) problems.push(`${a.id}: text holds ${JSON.stringify(s)}`);
  }
  return {
    stored: ids.size,
    errors,
    lost: inputs.goodIds.filter((id) => !ids.has(id)),
    unexpected: [...ids].filter((id) => !good.has(id)),
    problems,
  };
}

/** In-process `rasd ingest` (the same runIngest the CLI calls), analysis on this thread. */
export async function ingestCase(inputs: CaseInputs, db: string): Promise<CaseOutcome> {
  const summary = await runIngest(inputs.paths, { db, workers: 0 });
  const errors = summary.failures.map((f) => (f.error.startsWith(f.source) ? f.error : `${f.source}: ${f.error}`));
  return judge(inputs, errors, await storedAnalyses(db));
}
