import type { Doc, Entity } from "../types.js";

/** Entity stage: recognise and resolve named entities in one document. */
export function recognizeEntities(_doc: Doc): Entity[] {
  return [];
}
