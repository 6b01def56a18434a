import type { Doc, Entity, Quote } from "../types.js";

/** Statement stage: attributed statements, direct and reported. */
export function extractQuotes(_doc: Doc, _entities: Entity[]): Quote[] {
  return [];
}
