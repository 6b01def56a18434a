// Runs a text written for a test through ingest and the whole pipeline, and lists events by name.
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

export function analyse(text: string, published: string | null): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** The participants' names of the events of a type, each list sorted. */
export function parties(a: Analysis, type: string): string[][] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => byId.get(p) ?? p).sort());
}

/** Whether a participant list holds a name (a part of it is enough). */
export const has = (list: string[], name: string) => list.some((p) => p.includes(name));
